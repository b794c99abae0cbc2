#include "editing/claimcommands.h"

#include "storage/claimstore.h"
#include "storage/notestore.h"

using namespace Qt::StringLiterals;

namespace parallax {

AddClaimCommand::AddClaimCommand(const Database &database, Claim claim, const QString &text)
    : StoreCommand(database, text), m_claim(std::move(claim))
{}

Status AddClaimCommand::apply(bool forward)
{
    ClaimStore store(database());
    if (!forward)
        return store.remove(m_claim.id);
    Result<qint64> id = store.create(m_claim);
    if (!id)
        return id.error();
    m_claim.id = *id;
    return {};
}

UpdateClaimCommand::UpdateClaimCommand(const Database &database, Claim before, Claim after,
                                       const QString &text)
    : StoreCommand(database, text), m_before(std::move(before)), m_after(std::move(after))
{}

Status UpdateClaimCommand::apply(bool forward)
{
    return ClaimStore(database()).update(forward ? m_after : m_before);
}

RemoveClaimCommand::RemoveClaimCommand(const Database &database, qint64 claimId,
                                       const QString &text)
    : StoreCommand(database, text), m_id(claimId)
{}

Status RemoveClaimCommand::apply(bool forward)
{
    ClaimStore claims(database());
    NoteStore notes(database());
    if (forward) {
        if (!m_recorded) {
            auto claim = claims.get(m_id);
            if (!claim)
                return claim.error();
            m_claim = *claim;
            auto appearances = claims.appearances(m_id);
            if (!appearances)
                return appearances.error();
            m_appearances = *appearances;
            auto onClaim = notes.forTarget(NoteTarget::Claim, m_id);
            if (!onClaim)
                return onClaim.error();
            m_notes = *onClaim;
            m_recorded = true;
        }
        return claims.remove(m_id); // appearances and notes go with it
    }
    if (Result<qint64> id = claims.create(m_claim); !id)
        return id.error();
    for (const ClaimAppearance &appearance : std::as_const(m_appearances))
        if (Result<qint64> id = claims.addAppearance(appearance); !id)
            return id.error();
    for (const Note &note : std::as_const(m_notes))
        if (Result<qint64> id = notes.create(note); !id)
            return id.error();
    return {};
}

AddAppearanceCommand::AddAppearanceCommand(const Database &database, ClaimAppearance appearance,
                                           const QString &text)
    : StoreCommand(database, text), m_appearance(appearance)
{}

Status AddAppearanceCommand::apply(bool forward)
{
    ClaimStore store(database());
    if (!forward)
        return store.removeAppearance(m_appearance.id);
    Result<qint64> id = store.addAppearance(m_appearance);
    if (!id)
        return id.error();
    m_appearance.id = *id;
    return {};
}

RemoveAppearanceCommand::RemoveAppearanceCommand(const Database &database,
                                                 ClaimAppearance appearance, const QString &text)
    : StoreCommand(database, text), m_appearance(appearance)
{}

Status RemoveAppearanceCommand::apply(bool forward)
{
    ClaimStore store(database());
    if (forward)
        return store.removeAppearance(m_appearance.id);
    Result<qint64> id = store.addAppearance(m_appearance);
    return id ? Status() : Status(id.error());
}

SetAppearanceTypeCommand::SetAppearanceTypeCommand(const Database &database, qint64 appearanceId,
                                                   AppearanceType before, AppearanceType after,
                                                   const QString &text)
    : StoreCommand(database, text), m_id(appearanceId), m_before(before), m_after(after)
{}

Status SetAppearanceTypeCommand::apply(bool forward)
{
    return ClaimStore(database()).setAppearanceType(m_id, forward ? m_after : m_before);
}

QList<RowRef> AddClaimCommand::rows() const
{
    return {{u"claims"_s, m_claim.id}};
}

QList<RowRef> UpdateClaimCommand::rows() const
{
    return {{u"claims"_s, m_after.id}};
}

QList<RowRef> RemoveClaimCommand::rows() const
{
    return {{u"claims"_s, m_claim.id}};
}

namespace {

// An appearance links a claim and a passage; either may go without the undo history's knowing.
QList<RowRef> appearanceRows(const ClaimAppearance &appearance)
{
    return {{u"claim_appearances"_s, appearance.id},
            {u"claims"_s, appearance.claimId, false},
            {u"annotations"_s, appearance.annotationId, false}};
}

} // namespace

QList<RowRef> AddAppearanceCommand::rows() const
{
    return appearanceRows(m_appearance);
}

QList<RowRef> RemoveAppearanceCommand::rows() const
{
    return appearanceRows(m_appearance);
}

QList<RowRef> SetAppearanceTypeCommand::rows() const
{
    return {{u"claim_appearances"_s, m_id}};
}

} // namespace parallax
