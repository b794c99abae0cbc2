// Undoable edits of an article's details: title, outlet, author, address, date and language.
#pragma once

#include "domain/article.h"
#include "editing/storecommand.h"

namespace parallax {

class EditArticleDetailsCommand final : public StoreCommand
{
public:
    // before holds every field as it was; after the fields as the user left them.
    EditArticleDetailsCommand(const Database &database, qint64 articleId,
                              ArticleMetadataPatch before, ArticleMetadataPatch after,
                              const QString &text);

protected:
    Status apply(bool forward) override;
    QList<RowRef> rows() const override;

private:
    qint64 m_id;
    ArticleMetadataPatch m_before;
    ArticleMetadataPatch m_after;
};

// Every editable field of the article, as it stands.
ArticleMetadataPatch detailsOf(const Article &article);

} // namespace parallax
