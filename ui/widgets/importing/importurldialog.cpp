#include "importing/importurldialog.h"

#include "web/webfetcher.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace parallax {

ImportUrlDialog::ImportUrlDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(u"importUrlDialog"_s);
    setWindowTitle(tr("Import from URL"));
    auto *label = new QLabel(tr("Addresses of the articles to fetch, one a line. Parallax fetches "
                                "only these pages, keeps each page with its article, and skips "
                                "articles already in the library."));
    label->setWordWrap(true);
    m_edit = new QPlainTextEdit;
    m_edit->setObjectName(u"urlList"_s);
    m_edit->setAccessibleName(tr("Web addresses"));
    m_edit->setPlaceholderText(u"https://…"_s);
    m_edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    // An address copied before opening the dialog is what the user most likely wants.
    const QString copied = QGuiApplication::clipboard()->text().trimmed();
    if (isFetchableUrl(QUrl(copied)) && !copied.contains(u'\n'))
        m_edit->setPlainText(copied + u'\n');
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->setObjectName(u"importUrlButtons"_s);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ImportUrlDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_edit, 1);
    layout->addWidget(buttons);
    resize(620, 320);
}

QStringList ImportUrlDialog::urls() const
{
    QStringList urls;
    for (const QString &line : m_edit->toPlainText().split(u'\n', Qt::SkipEmptyParts))
        if (!line.trimmed().isEmpty() && !urls.contains(line.trimmed()))
            urls.append(line.trimmed());
    return urls;
}

void ImportUrlDialog::setText(const QString &text)
{
    m_edit->setPlainText(text);
}

void ImportUrlDialog::accept()
{
    const QStringList wanted = urls();
    if (wanted.isEmpty()) {
        QMessageBox::information(this, windowTitle(),
                                 tr("Type or paste at least one web address."));
        return;
    }
    QStringList refused;
    for (const QString &url : wanted)
        if (!isFetchableUrl(QUrl(url)))
            refused.append(url);
    if (!refused.isEmpty()) {
        QMessageBox::warning(this, windowTitle(),
                             tr("These lines are not web addresses (http or https):\n\n%1")
                                 .arg(refused.join(u'\n')));
        return;
    }
    QDialog::accept();
}

} // namespace parallax
