// Undoable edits of claims: add, change and remove a claim (its appearances and notes come
// back on undo), and add, retype and remove its appearances in articles.
#pragma once

#include "domain/codebook.h"
#include "editing/storecommand.h"

#include <QList>

namespace parallax {

class AddClaimCommand final : public StoreCommand
{
public:
    AddClaimCommand(const Database &database, Claim claim, const QString &text);
    qint64 claimId() const { return m_claim.id; }

protected:
    Status apply(bool forward) override;
    QList<RowRef> rows() const override;

private:
    Claim m_claim;
};

class UpdateClaimCommand final : public StoreCommand
{
public:
    UpdateClaimCommand(const Database &database, Claim before, Claim after, const QString &text);

protected:
    Status apply(bool forward) override;
    QList<RowRef> rows() const override;

private:
    Claim m_before;
    Claim m_after;
};

class RemoveClaimCommand final : public StoreCommand
{
public:
    RemoveClaimCommand(const Database &database, qint64 claimId, const QString &text);

protected:
    Status apply(bool forward) override;
    QList<RowRef> rows() const override;

private:
    qint64 m_id;
    bool m_recorded = false;
    Claim m_claim;
    QList<ClaimAppearance> m_appearances;
    QList<Note> m_notes;
};

class AddAppearanceCommand final : public StoreCommand
{
public:
    AddAppearanceCommand(const Database &database, ClaimAppearance appearance, const QString &text);
    qint64 appearanceId() const { return m_appearance.id; }

protected:
    Status apply(bool forward) override;
    QList<RowRef> rows() const override;

private:
    ClaimAppearance m_appearance;
};

class RemoveAppearanceCommand final : public StoreCommand
{
public:
    RemoveAppearanceCommand(const Database &database, ClaimAppearance appearance,
                            const QString &text);

protected:
    Status apply(bool forward) override;
    QList<RowRef> rows() const override;

private:
    ClaimAppearance m_appearance;
};

class SetAppearanceTypeCommand final : public StoreCommand
{
public:
    SetAppearanceTypeCommand(const Database &database, qint64 appearanceId, AppearanceType before,
                             AppearanceType after, const QString &text);

protected:
    Status apply(bool forward) override;
    QList<RowRef> rows() const override;

private:
    qint64 m_id;
    AppearanceType m_before;
    AppearanceType m_after;
};

} // namespace parallax
