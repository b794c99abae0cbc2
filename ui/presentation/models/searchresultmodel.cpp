#include "models/searchresultmodel.h"

#include "storage/annotationstore.h"
#include "storage/articlestore.h"
#include "storage/notestore.h"

using namespace Qt::StringLiterals;

namespace parallax {

namespace {

// Control characters cannot occur in a normalised body, so they mark the matched words
// safely through HTML escaping.
const QString kOpen = QString(QChar(0x1));
const QString kClose = QString(QChar(0x2));

QString snippetHtml(const QString &snippet)
{
    QString html = snippet.toHtmlEscaped();
    html.replace(kOpen, u"<b>"_s).replace(kClose, u"</b>"_s);
    return html;
}

} // namespace

SearchResultModel::SearchResultModel(QObject *parent) : QAbstractListModel(parent) {}

QString SearchResultModel::search(const Database &library, const QString &query, int limit)
{
    beginResetModel();
    m_hits.clear();
    QString error;
    if (!query.trimmed().isEmpty()) {
        auto hits = ArticleStore(library).search(query, limit, {kOpen, kClose, u"…"_s});
        if (hits)
            m_hits = std::move(hits).value();
        else
            error = hits.error().message;
        // Notes answer the same box: each shows as a hit on the article it belongs to.
        if (auto notes = NoteStore(library).search(query, limit)) {
            const AnnotationStore annotations(library);
            const ArticleStore articles(library);
            for (const Note &note : *notes) {
                SearchHit hit;
                if (note.target == NoteTarget::Article)
                    hit.articleId = note.targetId;
                else if (note.target == NoteTarget::Annotation)
                    if (auto passage = annotations.get(note.targetId))
                        hit.articleId = passage->articleId;
                if (auto summary = articles.summary(hit.articleId)) {
                    hit.title = summary->title;
                    hit.outletName = summary->outletName;
                    hit.published = summary->published;
                }
                hit.snippet = note.body.left(200);
                hit.isNote = true;
                m_hits.append(hit);
            }
        } else if (error.isEmpty()) {
            error = notes.error().message;
        }
    }
    endResetModel();
    return error;
}

void SearchResultModel::clear()
{
    beginResetModel();
    m_hits.clear();
    endResetModel();
}

QList<qint64> SearchResultModel::articleIds() const
{
    QList<qint64> ids;
    for (const SearchHit &hit : m_hits)
        if (hit.articleId != 0)
            ids.append(hit.articleId);
    return ids;
}

int SearchResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant SearchResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SearchHit &hit = m_hits.at(index.row());
    switch (role) {
    case ArticleIdRole:
        return hit.articleId;
    case Qt::DisplayRole: {
        QString snippet = hit.snippet;
        snippet.remove(kOpen).remove(kClose);
        const QString title = hit.isNote ? tr("Note on “%1”").arg(hit.title) : hit.title;
        return u"%1 — %2 %3\n%4"_s.arg(title, hit.outletName, hit.published.left(10), snippet);
    }
    case Qt::ToolTipRole:
        return hit.title;
    case SnippetHtmlRole:
        return u"<b>%1</b> <span style='color:gray'>%2 %3</span><br>%4"_s.arg(
            (hit.isNote ? tr("Note on “%1”").arg(hit.title) : hit.title).toHtmlEscaped(),
            hit.outletName.toHtmlEscaped(), hit.published.left(10),
            hit.isNote ? hit.snippet.toHtmlEscaped() : snippetHtml(hit.snippet));
    default:
        return {};
    }
}

} // namespace parallax
