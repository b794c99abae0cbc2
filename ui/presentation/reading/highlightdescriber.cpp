#include "reading/highlightdescriber.h"

#include "storage/facetstore.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace parallax {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("HighlightDescriber", text);
}

QString row(const QString &label, const QString &value)
{
    return u"<tr><td style='color:gray;padding-right:8px'>%1</td><td>%2</td></tr>"_s.arg(
        label.toHtmlEscaped(), value.toHtmlEscaped());
}

QString kindName(PlaceKind kind)
{
    switch (kind) {
    case PlaceKind::Country:
        return tr("country");
    case PlaceKind::Region:
        return tr("region");
    case PlaceKind::City:
        return tr("city");
    case PlaceKind::Other:
        return tr("place");
    }
    return {};
}

QString spellingsAcrossLibrary(const Database *library, FacetKind kind, qint64 id)
{
    if (!library)
        return {};
    auto spellings = FacetStore(*library).spellingsOf(kind, id);
    if (!spellings || spellings->isEmpty())
        return {};
    QStringList parts;
    for (const Spelling &s : *spellings)
        parts.append(u"%1 ×%2"_s.arg(s.text).arg(s.count));
    return parts.join(u", "_s);
}

} // namespace

QString describeAnnotation(const ReadingData &data, const Annotation &a, const Database *library)
{
    QString title;
    QString rows;
    switch (a.kind) {
    case AnnotationKind::PlaceMention: {
        const Place place = a.placeId ? data.places.value(*a.placeId) : Place{};
        title = place.name.isEmpty() ? tr("Place") : place.name;
        rows += row(tr("Kind"), kindName(place.kind) +
                                    (a.metonym ? tr(" (standing for its government)") : QString()));
        if (place.parentId && data.places.contains(*place.parentId))
            rows += row(tr("In"), data.places.value(*place.parentId).name);
        rows += row(tr("Written here"), a.exact);
        if (a.placeId)
            if (const QString seen = spellingsAcrossLibrary(library, FacetKind::Place, *a.placeId);
                !seen.isEmpty())
                rows += row(tr("Spellings in the library"), seen);
        break;
    }
    case AnnotationKind::Quote: {
        title = tr("Quotation");
        rows += row(tr("Speaker"), a.personId ? data.personName(a.personId) : tr("unknown"));
        if (a.quoteClass)
            rows += row(tr("Class"), storedName(*a.quoteClass));
        if (!a.ruleId.isEmpty())
            rows += row(tr("Rule"), a.ruleId);
        if (a.confidence)
            rows += row(tr("Confidence"), QString::number(*a.confidence, 'f', 2));
        if (a.truncated)
            rows += row(tr("Note"), tr("the quotation is cut off in the text"));
        break;
    }
    case AnnotationKind::SpeakerMention: {
        const Person person = a.personId ? data.people.value(*a.personId) : Person{};
        title = person.name.isEmpty() ? tr("Speaker") : person.name;
        if (person.kind == SpeakerKind::Organisation)
            rows += row(tr("Speaker"), tr("an organisation"));
        QStringList roles;
        for (const PersonRole &role : person.roles)
            roles.append(role.role);
        if (!roles.isEmpty())
            rows += row(tr("Roles"), roles.join(u"; "_s));
        if (!a.ruleId.isEmpty())
            rows += row(tr("Rule"), a.ruleId);
        if (a.personId)
            if (const QString seen =
                    spellingsAcrossLibrary(library, FacetKind::Speaker, *a.personId);
                !seen.isEmpty())
                rows += row(tr("Named in the library as"), seen);
        break;
    }
    case AnnotationKind::Code: {
        const Code code = a.codeId ? data.codes.value(*a.codeId) : Code{};
        title = tr("Code: %1").arg(code.name);
        if (!code.description.isEmpty())
            rows += row(tr("Description"), code.description);
        break;
    }
    }
    rows += row(tr("Status"),
                a.origin == AnnotationOrigin::Manual ? tr("added by hand") : storedName(a.status));
    return u"<b>%1</b><table>%2</table>"_s.arg(title.toHtmlEscaped(), rows);
}

} // namespace parallax
