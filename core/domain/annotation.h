// Value types for spans of article text: quotations, mentions and the user's codings.
#pragma once

#include <QDateTime>
#include <QString>
#include <optional>

namespace parallax {

enum class AnnotationKind
{
    Quote,
    SpeakerMention,
    PlaceMention,
    Code
};
enum class AnnotationOrigin
{
    Auto,
    Manual
};
enum class AnnotationStatus
{
    Pending,
    Accepted,
    Rejected
};
enum class QuoteClass
{
    Statement,
    Short,
    Term
};

struct Annotation
{
    qint64 id = 0;
    qint64 articleId = 0;
    qsizetype start = 0; // UTF-16 offsets into the article's normalised body
    qsizetype end = 0;
    QString exact;
    QString prefix;
    QString suffix;
    AnnotationKind kind = AnnotationKind::Code;
    std::optional<qint64> personId;
    std::optional<qint64> placeId;
    std::optional<qint64> codeId;
    std::optional<qint64> speakerMentionId; // for a quote: the mention that credits it
    AnnotationOrigin origin = AnnotationOrigin::Manual;
    AnnotationStatus status = AnnotationStatus::Pending;
    std::optional<QuoteClass> quoteClass;
    bool truncated = false;
    bool metonym = false;
    std::optional<double> confidence;
    QString ruleId;
    std::optional<int> analyserVersion;
    QDateTime createdAt;
    QDateTime updatedAt;
};

QString storedName(AnnotationKind kind);
std::optional<AnnotationKind> annotationKindFromString(const QString &text);
QString storedName(AnnotationOrigin origin);
std::optional<AnnotationOrigin> annotationOriginFromString(const QString &text);
QString storedName(AnnotationStatus status);
std::optional<AnnotationStatus> annotationStatusFromString(const QString &text);
QString storedName(QuoteClass quoteClass);
std::optional<QuoteClass> quoteClassFromString(const QString &text);

} // namespace parallax
