#include "reading/readingdata.h"

#include "storage/annotationstore.h"
#include "storage/articlestore.h"
#include "storage/codestore.h"
#include "storage/notestore.h"
#include "storage/personstore.h"
#include "storage/placestore.h"

#include <QSet>

namespace parallax {

const Annotation *ReadingData::annotation(qint64 id) const
{
    for (const Annotation &a : annotations)
        if (a.id == id)
            return &a;
    return nullptr;
}

QString ReadingData::personName(std::optional<qint64> id) const
{
    return id ? people.value(*id).name : QString();
}

QString ReadingData::placeName(std::optional<qint64> id) const
{
    return id ? places.value(*id).name : QString();
}

Result<ReadingData> loadReadingData(const Database &database, qint64 articleId,
                                    bool includeRejected)
{
    ReadingData data;
    auto article = ArticleStore(database).get(articleId);
    if (!article)
        return article.error();
    data.article = std::move(article).value();
    auto annotations = AnnotationStore(database).forArticle(articleId, includeRejected);
    if (!annotations)
        return annotations.error();
    data.annotations = std::move(annotations).value();

    QSet<qint64> personIds;
    QSet<qint64> placeIds;
    for (const Annotation &a : std::as_const(data.annotations)) {
        if (a.personId)
            personIds.insert(*a.personId);
        if (a.placeId)
            placeIds.insert(*a.placeId);
    }
    const PersonStore people(database);
    for (const qint64 id : std::as_const(personIds))
        if (auto person = people.get(id))
            data.people.insert(id, std::move(person).value());
    const PlaceStore places(database);
    // Parents too, for "Donetsk, in Donetsk Oblast".
    QSet<qint64> pending = placeIds;
    while (!pending.isEmpty()) {
        const qint64 id = *pending.cbegin();
        pending.erase(pending.cbegin());
        if (data.places.contains(id))
            continue;
        if (auto place = places.get(id)) {
            if (place->parentId && !data.places.contains(*place->parentId))
                pending.insert(*place->parentId);
            data.places.insert(id, std::move(place).value());
        }
    }
    auto codes = CodeStore(database).list();
    if (!codes)
        return codes.error();
    for (Code &code : *codes)
        data.codes.insert(code.id, std::move(code));
    auto notes = NoteStore(database).forArticleAndPassages(articleId);
    if (!notes)
        return notes.error();
    data.notes = std::move(notes).value();
    return data;
}

} // namespace parallax
