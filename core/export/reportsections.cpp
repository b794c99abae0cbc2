#include "export/reportsections.h"

#include <QSet>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace parallax {

QString appearanceLabel(AppearanceType type)
{
    switch (type) {
    case AppearanceType::Verbatim:
        return u"verbatim"_s;
    case AppearanceType::Partial:
        return u"partial"_s;
    case AppearanceType::Paraphrase:
        return u"paraphrase"_s;
    case AppearanceType::Translation:
        return u"translation variant"_s;
    case AppearanceType::Misattributed:
        return u"misattributed"_s;
    }
    return {};
}

QString outletLabel(const Article &article)
{
    return article.outletName.isEmpty() ? u"(no outlet)"_s : article.outletName;
}

namespace {

ReportArticle articleSection(const ExportData &data, const Article &article, qsizetype &next)
{
    ReportArticle section;
    section.article = &article;
    QMap<QString, QList<const Annotation *>> quotes;
    QList<const Annotation *> unknown;
    QMap<QString, ReportPlace> places;
    QMap<QString, QList<const Annotation *>> coded;
    QSet<qint64> passages;
    while (next < data.annotations.size() && data.annotations.at(next).articleId < article.id)
        ++next;
    for (; next < data.annotations.size() && data.annotations.at(next).articleId == article.id;
         ++next) {
        const Annotation &a = data.annotations.at(next);
        passages.insert(a.id);
        if (a.status == AnnotationStatus::Rejected)
            continue;
        switch (a.kind) {
        case AnnotationKind::Quote:
            if (a.personId)
                quotes[data.personName(a.personId)].append(&a);
            else
                unknown.append(&a);
            break;
        case AnnotationKind::PlaceMention: {
            ReportPlace &place = places[data.placeName(a.placeId)];
            place.canonical = data.placeName(a.placeId);
            ++place.mentions;
            if (const QString spelling = data.exact(a).toString();
                !place.spellings.contains(spelling))
                place.spellings.append(spelling);
            break;
        }
        case AnnotationKind::Code:
            coded[data.codePaths.value(a.codeId.value_or(0))].append(&a);
            break;
        case AnnotationKind::SpeakerMention:
            break;
        }
    }
    for (auto it = quotes.cbegin(); it != quotes.cend(); ++it)
        section.quotationsBySpeaker.append({it.key(), it.value()});
    if (!unknown.isEmpty())
        section.quotationsBySpeaker.append({QString(), unknown});
    section.places = places.values();
    for (auto it = coded.cbegin(); it != coded.cend(); ++it)
        section.passagesByCode.append({it.key(), it.value()});
    for (const Note &note : data.notes)
        if ((note.target == NoteTarget::Article && note.targetId == article.id) ||
            (note.target == NoteTarget::Annotation && passages.contains(note.targetId)))
            section.notes.append(&note);
    return section;
}

} // namespace

ReportContent reportContent(const ExportData &data)
{
    ReportContent content;
    qsizetype next = 0;
    for (const Article &article : data.articles)
        content.articles.append(articleSection(data, article, next));
    for (const Note &note : data.notes)
        if (note.target == NoteTarget::Library)
            content.libraryNotes.append(&note);

    QSet<QString> outlets;
    for (const Claim &claim : data.claims) {
        ReportClaim section;
        section.claim = &claim;
        section.speaker = data.personName(claim.personId);
        QMap<QString, QList<AppearanceType>> row;
        for (const ClaimAppearance &appearance : data.appearances) {
            if (appearance.claimId != claim.id)
                continue;
            const Annotation *passage = data.annotation(appearance.annotationId);
            const Article *article = passage ? data.article(passage->articleId) : nullptr;
            if (!article)
                continue;
            const QString outlet = outletLabel(*article);
            section.appearances.append(
                {outlet, article, data.exact(*passage).toString(), appearance.type});
            row[outlet].append(appearance.type);
            outlets.insert(outlet);
        }
        std::stable_sort(section.appearances.begin(), section.appearances.end(),
                         [](const ReportAppearance &a, const ReportAppearance &b) {
                             return QString::localeAwareCompare(a.outlet, b.outlet) < 0;
                         });
        for (const Note &note : data.notes)
            if (note.target == NoteTarget::Claim && note.targetId == claim.id)
                section.notes.append(&note);
        content.claims.append(section);
        content.matrix.append(row);
    }
    content.outlets = QStringList(outlets.cbegin(), outlets.cend());
    std::sort(
        content.outlets.begin(), content.outlets.end(),
        [](const QString &a, const QString &b) { return QString::localeAwareCompare(a, b) < 0; });
    return content;
}

} // namespace parallax
