// Value types for the user's own reading: codes, claims and their appearances, and notes.
#pragma once

#include <QDateTime>
#include <QString>
#include <optional>

namespace parallax {

struct Code
{
    qint64 id = 0;
    std::optional<qint64> parentId;
    QString name;
    QString color = QStringLiteral("#f4d03f"); // #rrggbb
    QString description;
    int position = 0; // order among siblings
    // False for a category: it groups codes and codes no text (REFI-QDA isCodable="false").
    bool codable = true;
};

enum class AppearanceType
{
    Verbatim,
    Partial,
    Paraphrase,
    Translation,
    Misattributed
};

struct Claim
{
    qint64 id = 0;
    QString statement;
    std::optional<qint64> personId;
    QString claimDate; // ISO date, may be empty
    QDateTime createdAt;
};

struct ClaimAppearance
{
    qint64 id = 0;
    qint64 claimId = 0;
    qint64 annotationId = 0;
    AppearanceType type = AppearanceType::Verbatim;
};

enum class NoteTarget
{
    Article,
    Annotation,
    Claim,
    Code,
    Library // the library itself: a journal, a research plan; targetId is 0
};

struct Note
{
    qint64 id = 0;
    NoteTarget target = NoteTarget::Article;
    qint64 targetId = 0;
    QString body; // Markdown source
    QDateTime createdAt;
    QDateTime updatedAt;
};

QString storedName(AppearanceType type);
std::optional<AppearanceType> appearanceTypeFromString(const QString &text);
QString storedName(NoteTarget target);
std::optional<NoteTarget> noteTargetFromString(const QString &text);

} // namespace parallax
