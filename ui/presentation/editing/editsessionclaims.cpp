// EditSession: claims with their appearances, and notes.
#include "editing/claimcommands.h"
#include "editing/editsession.h"
#include "editing/notecommands.h"
#include "storage/annotationstore.h"
#include "storage/articlestore.h"
#include "storage/claimstore.h"
#include "storage/notestore.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace parallax {

std::optional<qint64> EditSession::createClaim(const QString &statement,
                                               std::optional<qint64> personId, const QString &date)
{
    Claim claim;
    claim.statement = statement.trimmed();
    claim.personId = personId;
    claim.claimDate = date;
    claim.createdAt = QDateTime::currentDateTimeUtc();
    auto *command = new AddClaimCommand(m_library, claim, tr("New Claim"));
    if (!push(command))
        return std::nullopt;
    return command->claimId();
}

std::optional<qint64> EditSession::createClaimFromQuotation(qint64 quoteId)
{
    auto quote = AnnotationStore(m_library).get(quoteId);
    if (!quote) {
        fail(quote.error().message);
        return std::nullopt;
    }
    auto article = ArticleStore(m_library).summary(quote->articleId);
    std::optional<qint64> claim;
    // The claim never exists without its quotation.
    const bool linked = inOneStep(tr("Claim from Quotation"), [&] {
        claim = createClaim(quote->exact, quote->personId,
                            article ? article->published.left(10) : QString());
        return claim && addAppearance(*claim, quoteId, AppearanceType::Verbatim);
    });
    return linked ? claim : std::nullopt;
}

bool EditSession::updateClaim(const Claim &claim)
{
    auto before = ClaimStore(m_library).get(claim.id);
    if (!before) {
        fail(before.error().message);
        return false;
    }
    return push(new UpdateClaimCommand(m_library, *before, claim, tr("Edit Claim")));
}

bool EditSession::removeClaim(qint64 claimId)
{
    return push(new RemoveClaimCommand(m_library, claimId, tr("Remove Claim")));
}

std::optional<qint64> EditSession::addAppearance(qint64 claimId, qint64 annotationId,
                                                 AppearanceType type)
{
    auto *command = new AddAppearanceCommand(m_library, {0, claimId, annotationId, type},
                                             tr("Add Passage to Claim"));
    if (!push(command))
        return std::nullopt;
    return command->appearanceId();
}

bool EditSession::setAppearanceType(qint64 appearanceId, AppearanceType type)
{
    auto before = ClaimStore(m_library).appearance(appearanceId);
    if (!before) {
        fail(before.error().message);
        return false;
    }
    return push(new SetAppearanceTypeCommand(m_library, appearanceId, before->type, type,
                                             tr("Set Appearance Type")));
}

bool EditSession::removeAppearance(qint64 appearanceId)
{
    auto before = ClaimStore(m_library).appearance(appearanceId);
    if (!before) {
        fail(before.error().message);
        return false;
    }
    return push(new RemoveAppearanceCommand(m_library, *before, tr("Remove Passage from Claim")));
}

std::optional<qint64> EditSession::addNote(NoteTarget target, qint64 targetId, const QString &body)
{
    Note note;
    note.target = target;
    note.targetId = targetId;
    note.body = body;
    note.createdAt = note.updatedAt = QDateTime::currentDateTimeUtc();
    auto *command = new AddNoteCommand(m_library, note, tr("Add Note"));
    if (!push(command))
        return std::nullopt;
    return command->noteId();
}

bool EditSession::setNoteText(qint64 noteId, const QString &body)
{
    auto before = NoteStore(m_library).get(noteId);
    if (!before) {
        fail(before.error().message);
        return false;
    }
    if (before->body == body)
        return true;
    return push(new EditNoteCommand(m_library, *before, body, tr("Edit Note")));
}

bool EditSession::removeNote(qint64 noteId)
{
    auto before = NoteStore(m_library).get(noteId);
    if (!before) {
        fail(before.error().message);
        return false;
    }
    return push(new RemoveNoteCommand(m_library, *before, tr("Remove Note")));
}

} // namespace parallax
