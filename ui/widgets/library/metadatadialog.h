// Edits an article's metadata: title, outlet, author, URL, publication date and language.
#pragma once

#include "domain/article.h"

#include <QDialog>

class QLineEdit;

namespace parallax {

class MetadataDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit MetadataDialog(const ArticleSummary &article, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(MetadataDialog)

    // Only the fields the user changed.
    ArticleMetadataPatch patch() const;

private:
    ArticleSummary m_original;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_outlet = nullptr;
    QLineEdit *m_author = nullptr;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_published = nullptr;
    QLineEdit *m_language = nullptr;
};

} // namespace parallax
