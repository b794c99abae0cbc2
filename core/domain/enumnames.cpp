// The stored names of the domain enums; the schema's CHECK constraints list the same words.
#include "domain/annotation.h"
#include "domain/codebook.h"
#include "domain/registry.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace parallax {
namespace {

template <typename E, std::size_t N>
QString nameOf(const std::array<std::pair<E, QStringView>, N> &table, E value)
{
    for (const auto &[e, name] : table)
        if (e == value)
            return name.toString();
    return {};
}

template <typename E, std::size_t N>
std::optional<E> valueOf(const std::array<std::pair<E, QStringView>, N> &table, const QString &text)
{
    for (const auto &[e, name] : table)
        if (name == text)
            return e;
    return std::nullopt;
}

constexpr std::array kPlaceKinds{
    std::pair{PlaceKind::Country, QStringView(u"country")},
    std::pair{PlaceKind::Region, QStringView(u"region")},
    std::pair{PlaceKind::City, QStringView(u"city")},
    std::pair{PlaceKind::Other, QStringView(u"other")},
};
constexpr std::array kAnnotationKinds{
    std::pair{AnnotationKind::Quote, QStringView(u"quote")},
    std::pair{AnnotationKind::SpeakerMention, QStringView(u"speaker")},
    std::pair{AnnotationKind::PlaceMention, QStringView(u"place")},
    std::pair{AnnotationKind::Code, QStringView(u"code")},
};
constexpr std::array kOrigins{
    std::pair{AnnotationOrigin::Auto, QStringView(u"auto")},
    std::pair{AnnotationOrigin::Manual, QStringView(u"manual")},
};
constexpr std::array kStatuses{
    std::pair{AnnotationStatus::Pending, QStringView(u"pending")},
    std::pair{AnnotationStatus::Accepted, QStringView(u"accepted")},
    std::pair{AnnotationStatus::Rejected, QStringView(u"rejected")},
};
constexpr std::array kQuoteClasses{
    std::pair{QuoteClass::Statement, QStringView(u"statement")},
    std::pair{QuoteClass::Short, QStringView(u"short")},
    std::pair{QuoteClass::Term, QStringView(u"term")},
};
constexpr std::array kAppearanceTypes{
    std::pair{AppearanceType::Verbatim, QStringView(u"verbatim")},
    std::pair{AppearanceType::Partial, QStringView(u"partial")},
    std::pair{AppearanceType::Paraphrase, QStringView(u"paraphrase")},
    std::pair{AppearanceType::Translation, QStringView(u"translation")},
    std::pair{AppearanceType::Misattributed, QStringView(u"misattributed")},
};
constexpr std::array kNoteTargets{
    std::pair{NoteTarget::Article, QStringView(u"article")},
    std::pair{NoteTarget::Annotation, QStringView(u"annotation")},
    std::pair{NoteTarget::Claim, QStringView(u"claim")},
    std::pair{NoteTarget::Code, QStringView(u"code")},
    std::pair{NoteTarget::Library, QStringView(u"library")},
};

} // namespace

QString storedName(PlaceKind kind)
{
    return nameOf(kPlaceKinds, kind);
}
std::optional<PlaceKind> placeKindFromString(const QString &text)
{
    return valueOf(kPlaceKinds, text);
}
QString storedName(Origin origin)
{
    return origin == Origin::Bundled ? u"bundled"_s : u"user"_s;
}
Origin originFromString(const QString &text)
{
    return text == "bundled"_L1 ? Origin::Bundled : Origin::User;
}
QString storedName(SpeakerKind kind)
{
    return kind == SpeakerKind::Organisation ? u"organisation"_s : u"person"_s;
}
SpeakerKind speakerKindFromString(const QString &text)
{
    return text == "organisation"_L1 ? SpeakerKind::Organisation : SpeakerKind::Person;
}
QString storedName(AnnotationKind kind)
{
    return nameOf(kAnnotationKinds, kind);
}
std::optional<AnnotationKind> annotationKindFromString(const QString &text)
{
    return valueOf(kAnnotationKinds, text);
}
QString storedName(AnnotationOrigin origin)
{
    return nameOf(kOrigins, origin);
}
std::optional<AnnotationOrigin> annotationOriginFromString(const QString &text)
{
    return valueOf(kOrigins, text);
}
QString storedName(AnnotationStatus status)
{
    return nameOf(kStatuses, status);
}
std::optional<AnnotationStatus> annotationStatusFromString(const QString &text)
{
    return valueOf(kStatuses, text);
}
QString storedName(QuoteClass quoteClass)
{
    return nameOf(kQuoteClasses, quoteClass);
}
std::optional<QuoteClass> quoteClassFromString(const QString &text)
{
    return valueOf(kQuoteClasses, text);
}
QString storedName(AppearanceType type)
{
    return nameOf(kAppearanceTypes, type);
}
std::optional<AppearanceType> appearanceTypeFromString(const QString &text)
{
    return valueOf(kAppearanceTypes, text);
}
QString storedName(NoteTarget target)
{
    return nameOf(kNoteTargets, target);
}
std::optional<NoteTarget> noteTargetFromString(const QString &text)
{
    return valueOf(kNoteTargets, text);
}

} // namespace parallax
