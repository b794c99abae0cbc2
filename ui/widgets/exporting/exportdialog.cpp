#include "exporting/exportdialog.h"

#include "files/filedialogs.h"
#include "storage/claimstore.h"
#include "storage/codestore.h"
#include "storage/database.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace parallax {

namespace {

const ExportFormat kFormats[] = {
    ExportFormat::Html,          ExportFormat::Pdf,         ExportFormat::Markdown,
    ExportFormat::Csv,           ExportFormat::Json,        ExportFormat::Qdpx,
    ExportFormat::WebAnnotation, ExportFormat::ClaimReview, ExportFormat::Codebook};

} // namespace

ExportDialog::ExportDialog(LibraryRef library, QList<qint64> selectedArticles, QWidget *parent)
    : QDialog(parent), m_library(std::move(library)), m_selected(std::move(selectedArticles))
{
    setObjectName(u"exportDialog"_s);
    setWindowTitle(tr("Export"));

    auto *scopeBox = new QGroupBox(tr("What to export"));
    auto *grid = new QGridLayout(scopeBox);
    m_scopes = new QButtonGroup(this);
    m_whole = new QRadioButton(tr("The whole library"));
    m_whole->setObjectName(u"scopeLibrary"_s);
    m_articles =
        new QRadioButton(tr("The selected articles (%n)", nullptr, int(m_selected.size())));
    m_articles->setObjectName(u"scopeArticles"_s);
    m_articles->setEnabled(!m_selected.isEmpty());
    m_claim = new QRadioButton(tr("One claim with its appearances:"));
    m_claim->setObjectName(u"scopeClaim"_s);
    m_code = new QRadioButton(tr("Everything coded with:"));
    m_code->setObjectName(u"scopeCode"_s);
    m_claims = new QComboBox;
    m_claims->setObjectName(u"exportClaim"_s);
    if (auto claims = ClaimStore(*m_library).list())
        for (const Claim &claim : std::as_const(*claims))
            m_claims->addItem(claim.statement.left(90), claim.id);
    m_codes = new QComboBox;
    m_codes->setObjectName(u"exportCode"_s);
    if (auto codes = CodeStore(*m_library).list()) {
        QHash<qint64, int> depth;
        for (const Code &code : std::as_const(*codes)) {
            depth.insert(code.id, code.parentId ? depth.value(*code.parentId) + 1 : 0);
            m_codes->addItem(
                QString(depth.value(code.id) * 3, u' ') + code.name +
                    (depth.value(code.id) == 0 ? tr(" (with its sub-codes)") : QString()),
                code.id);
        }
    }
    m_claim->setEnabled(m_claims->count() > 0);
    m_code->setEnabled(m_codes->count() > 0);
    m_claims->setEnabled(false);
    m_codes->setEnabled(false);
    int row = 0;
    for (QRadioButton *button : {m_whole, m_articles, m_claim, m_code}) {
        m_scopes->addButton(button, row);
        grid->addWidget(button, row++, 0);
    }
    grid->addWidget(m_claims, 2, 1);
    grid->addWidget(m_codes, 3, 1);
    grid->setColumnStretch(1, 1);
    (m_selected.isEmpty() ? m_whole : m_articles)->setChecked(true);

    m_format = new QComboBox;
    m_format->setObjectName(u"exportFormat"_s);
    for (ExportFormat format : kFormats)
        m_format->addItem(formatTitle(format) + u" (."_s + fileSuffix(format) + u')', int(format));
    m_path = new QLineEdit;
    m_path->setObjectName(u"exportPath"_s);
    auto *browse = new QPushButton(tr("Choose…"));
    browse->setObjectName(u"exportBrowse"_s);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("Save to:"), pathRow);

    m_preview = new QLabel;
    m_preview->setObjectName(u"exportPreview"_s);
    m_preview->setWordWrap(true);
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_preview->setMargin(8);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_ok = buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(u"exportAccept"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scopeBox);
    layout->addLayout(form);
    layout->addWidget(m_preview);
    layout->addWidget(buttons);
    resize(560, 0);

    connect(m_scopes, &QButtonGroup::idToggled, this, [this] {
        m_claims->setEnabled(m_claim->isChecked());
        m_codes->setEnabled(m_code->isChecked());
        updatePreview();
    });
    connect(m_claims, &QComboBox::currentIndexChanged, this, &ExportDialog::updatePreview);
    connect(m_codes, &QComboBox::currentIndexChanged, this, &ExportDialog::updatePreview);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::followFormat);
    connect(m_path, &QLineEdit::textChanged, this,
            [this] { m_ok->setEnabled(!m_path->text().trimmed().isEmpty()); });
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);

    // The user's documents folder when there is one, else their home.
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString folder =
        !documents.isEmpty() && QDir(documents).exists() ? documents : QDir::homePath();
    m_path->setText(QDir(folder).filePath(QFileInfo(m_library->path()).completeBaseName() + u'.' +
                                          fileSuffix(format())));
    updatePreview();
}

ExportScope ExportDialog::scope() const
{
    if (m_articles->isChecked())
        return ExportScope::articles(m_selected);
    if (m_claim->isChecked() && m_claims->currentIndex() >= 0)
        return ExportScope::claims({m_claims->currentData().toLongLong()});
    if (m_code->isChecked() && m_codes->currentIndex() >= 0)
        return ExportScope::code(m_codes->currentData().toLongLong());
    return ExportScope::library();
}

ExportFormat ExportDialog::format() const
{
    return ExportFormat(m_format->currentData().toInt());
}

QString ExportDialog::path() const
{
    return m_path->text().trimmed();
}

void ExportDialog::setPath(const QString &path)
{
    m_path->setText(path);
}

QString ExportDialog::previewText() const
{
    return m_preview->text();
}

void ExportDialog::followFormat()
{
    // The file name follows the format's usual suffix.
    const QFileInfo current(path());
    if (!current.fileName().isEmpty())
        m_path->setText(
            current.dir().filePath(current.completeBaseName() + u'.' + fileSuffix(format())));
}

void ExportDialog::browse()
{
    const QString chosen =
        filedialogs::saveFile(this, tr("Export To"), path(),
                              u"%1 (*.%2)"_s.arg(formatTitle(format()), fileSuffix(format())));
    if (!chosen.isEmpty())
        m_path->setText(chosen);
}

QString ExportDialog::scopeTitle() const
{
    if (m_claim->isChecked())
        return tr("The claim “%1”").arg(m_claims->currentText());
    if (m_code->isChecked())
        return tr("Everything coded “%1” or with its sub-codes")
            .arg(m_codes->currentText().trimmed().section(tr(" (with"), 0, 0));
    if (m_articles->isChecked())
        return tr("%n selected article(s)", nullptr, int(m_selected.size()));
    return tr("The whole library");
}

void ExportDialog::updatePreview()
{
    const Result<ExportCounts> counts = countExport(*m_library, scope());
    if (!counts) {
        m_preview->setText(tr("This cannot be exported: %1").arg(counts.error().message));
        m_ok->setEnabled(false);
        return;
    }
    m_preview->setText(tr("%1: %2 article(s), %3 annotation(s), %4 claim(s), %5 note(s).")
                           .arg(scopeTitle())
                           .arg(counts->articles)
                           .arg(counts->annotations)
                           .arg(counts->claims)
                           .arg(counts->notes));
    m_ok->setEnabled(counts->articles > 0 && !path().isEmpty());
}

} // namespace parallax
