#include "editing/articlecommands.h"

#include "storage/articlestore.h"

using namespace Qt::StringLiterals;

namespace parallax {

ArticleMetadataPatch detailsOf(const Article &article)
{
    ArticleMetadataPatch details;
    details.title = article.title;
    details.outletName = article.outletName;
    details.author = article.author;
    details.url = article.url;
    details.published = article.published;
    details.language = article.language;
    return details;
}

EditArticleDetailsCommand::EditArticleDetailsCommand(const Database &database, qint64 articleId,
                                                     ArticleMetadataPatch before,
                                                     ArticleMetadataPatch after,
                                                     const QString &text)
    : StoreCommand(database, text), m_id(articleId), m_before(std::move(before)),
      m_after(std::move(after))
{}

Status EditArticleDetailsCommand::apply(bool forward)
{
    return ArticleStore(database()).updateMetadata(m_id, forward ? m_after : m_before);
}

QList<RowRef> EditArticleDetailsCommand::rows() const
{
    return {{u"articles"_s, m_id}};
}

} // namespace parallax
