// Every edit of the library goes through here: tagging passages, correcting the analysis,
// the codebook, claims and their appearances, and notes. Each is an undoable command on one
// QUndoStack, written to the library at once in its own transaction. A write that fails
// changes nothing, reports errorOccurred and leaves no step on the stack.
#pragma once

#include "domain/annotation.h"
#include "domain/article.h"
#include "domain/codebook.h"
#include "domain/registry.h"

#include <QObject>
#include <QUndoStack>
#include <optional>

namespace parallax {

class Database;
class CompoundCommand;
class StoreCommand;

class EditSession final : public QObject
{
    Q_OBJECT
public:
    explicit EditSession(const Database &library, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(EditSession)

    QUndoStack *undoStack() { return &m_stack; }
    const Database &library() const { return m_library; }
    QString lastError() const { return m_lastError; }

    // Runs several edits as one undo step in one transaction: all of them, or (when one fails)
    // none, and no step on the stack.
    bool inOneStep(const QString &text, const std::function<bool()> &steps);

    // Articles. Details are an undoable step. Removal is not (the user confirms it first); it
    // is all or nothing, and later undo steps on the removed passages refuse instead of acting
    // on other rows. How many were removed.
    bool editArticleDetails(qint64 articleId, const ArticleMetadataPatch &patch);
    std::optional<int> removeArticles(const QList<qint64> &articleIds);

    // Passages and the analysis.
    std::optional<qint64> tagPassage(qint64 articleId, qsizetype start, qsizetype end,
                                     qint64 codeId);
    std::optional<qint64> markQuotation(qint64 articleId, qsizetype start, qsizetype end,
                                        std::optional<qint64> personId);
    // Marks the passage as naming the place. A spelling the place does not know yet becomes
    // one of its aliases in the same step, so later analysis finds it too.
    std::optional<qint64> markPlace(qint64 articleId, qsizetype start, qsizetype end,
                                    qint64 placeId);
    // A new place with the passage's spelling among its aliases, and the passage marked; one step.
    std::optional<qint64> markNewPlace(qint64 articleId, qsizetype start, qsizetype end,
                                       Place place);
    bool removeAnnotation(qint64 annotationId);
    bool setBoundaries(qint64 annotationId, qsizetype start, qsizetype end);
    bool setSpeaker(qint64 quoteId, std::optional<qint64> personId);
    bool setPlace(qint64 annotationId, qint64 placeId);
    bool setStatus(qint64 annotationId, AnnotationStatus status);
    // Accepts every pending automatic annotation of the article, as one step; how many.
    int acceptAll(qint64 articleId);

    // The registries of people and places; their aliases feed every later analysis.
    std::optional<qint64> createPerson(const QString &name, const QStringList &aliases,
                                       const QString &description = {});
    bool updatePerson(const Person &person);
    std::optional<qint64> createPlace(Place place);
    bool updatePlace(const Place &place);
    // The library's record of a bundled gazetteer entry, made (as a step of its own) when no
    // article has named the place yet.
    std::optional<qint64> placeFromGazetteer(const QString &name, PlaceKind kind);
    // The passage marked as naming a gazetteer entry, registered in the library first when
    // needed; one step.
    std::optional<qint64> markGazetteerPlace(qint64 articleId, qsizetype start, qsizetype end,
                                             const QString &name, PlaceKind kind);
    // A new person set as the quotation's speaker, in one step.
    bool setSpeakerToNewPerson(qint64 quoteId, const QString &name, const QStringList &aliases);

    // The codebook.
    std::optional<qint64> createCode(const QString &name, const QString &color,
                                     std::optional<qint64> parentId = std::nullopt,
                                     const QString &description = {});
    bool renameCode(qint64 codeId, const QString &name);
    bool recolorCode(qint64 codeId, const QString &color);
    bool describeCode(qint64 codeId, const QString &description);
    bool moveCode(qint64 codeId, std::optional<qint64> parentId, int position);
    // Deletes the code, its sub-codes and their codings; callers ask the user first when
    // usageCount() says it is in use.
    bool deleteCode(qint64 codeId);
    bool mergeCode(qint64 fromId, qint64 intoId);

    // Claims.
    std::optional<qint64> createClaim(const QString &statement, std::optional<qint64> personId,
                                      const QString &date = {});
    // A claim stating the quotation, by its speaker, with the quotation as its first
    // (verbatim) appearance; one undo step.
    std::optional<qint64> createClaimFromQuotation(qint64 quoteId);
    bool updateClaim(const Claim &claim);
    bool removeClaim(qint64 claimId);
    std::optional<qint64> addAppearance(qint64 claimId, qint64 annotationId, AppearanceType type);
    bool setAppearanceType(qint64 appearanceId, AppearanceType type);
    bool removeAppearance(qint64 appearanceId);

    // Notes: typing in one note merges into one undo step.
    std::optional<qint64> addNote(NoteTarget target, qint64 targetId, const QString &body);
    bool setNoteText(qint64 noteId, const QString &body);
    bool removeNote(qint64 noteId);

signals:
    void errorOccurred(const QString &message);

private:
    // Runs command; false (and the command gone) when its write failed.
    bool push(StoreCommand *command);
    std::optional<qint64> markPlaceOnly(qint64 articleId, qsizetype start, qsizetype end,
                                        qint64 placeId);
    bool learnAlias(qint64 placeId, const QString &spelling);
    std::optional<qint64> addAnnotation(Annotation annotation, const QString &text);
    bool updateAnnotation(qint64 annotationId, const std::function<void(Annotation &)> &change,
                          const QString &text);
    bool updateCode(qint64 codeId, const std::function<void(Code &)> &change, const QString &text);
    void fail(const QString &message);

    const Database &m_library;
    QUndoStack m_stack;
    bool m_failed = false;
    CompoundCommand *m_compound = nullptr; // the step being built by inOneStep
    QString m_lastError;
};

} // namespace parallax
