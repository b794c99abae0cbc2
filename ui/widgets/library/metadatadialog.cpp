#include "library/metadatadialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>

using namespace Qt::StringLiterals;

namespace parallax {

MetadataDialog::MetadataDialog(const ArticleSummary &article, QWidget *parent)
    : QDialog(parent), m_original(article)
{
    setObjectName(u"metadataDialog"_s);
    setWindowTitle(tr("Article Details"));
    auto field = [this](const QString &name, const QString &value) {
        auto *edit = new QLineEdit(value, this);
        edit->setObjectName(name);
        return edit;
    };
    m_title = field(u"metaTitle"_s, article.title);
    m_outlet = field(u"metaOutlet"_s, article.outletName);
    m_author = field(u"metaAuthor"_s, article.author);
    m_url = field(u"metaUrl"_s, article.url);
    m_published = field(u"metaPublished"_s, article.published);
    m_published->setPlaceholderText(u"YYYY-MM-DD"_s);
    m_published->setValidator(new QRegularExpressionValidator(
        QRegularExpression(u"^$|^\\d{4}(-\\d{2}(-\\d{2}([T ][0-9:.+\\-Z]*)?)?)?$"_s), m_published));
    m_language = field(u"metaLanguage"_s, article.language);
    m_language->setPlaceholderText(u"en, ru, uk…"_s);
    m_language->setValidator(
        new QRegularExpressionValidator(QRegularExpression(u"^$|^[a-z]{2,3}$"_s), m_language));

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Outlet:"), m_outlet);
    form->addRow(tr("&Author:"), m_author);
    form->addRow(tr("&URL:"), m_url);
    form->addRow(tr("&Published:"), m_published);
    form->addRow(tr("&Language:"), m_language);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_title, &QLineEdit::textChanged, this, [buttons](const QString &text) {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty());
    });
    form->addRow(buttons);
    resize(520, sizeHint().height());
}

ArticleMetadataPatch MetadataDialog::patch() const
{
    ArticleMetadataPatch patch;
    auto changed = [](const QLineEdit *edit, const QString &before) -> std::optional<QString> {
        const QString now = edit->text().trimmed();
        return now == before ? std::nullopt : std::optional<QString>(now);
    };
    patch.title = changed(m_title, m_original.title);
    patch.outletName = changed(m_outlet, m_original.outletName);
    patch.author = changed(m_author, m_original.author);
    patch.url = changed(m_url, m_original.url);
    patch.published = changed(m_published, m_original.published);
    patch.language = changed(m_language, m_original.language);
    return patch;
}

} // namespace parallax
