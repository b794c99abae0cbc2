// Stores claims and their typed appearances in articles.
#pragma once

#include "domain/codebook.h"
#include "util/result.h"

#include <QList>

namespace parallax {

class ChangeNotifier;
class Database;

// One appearance with what the claims view shows of it.
struct AppearanceDetail
{
    ClaimAppearance appearance;
    qint64 articleId = 0;
    QString articleTitle;
    QString outletName;
    QString published;
    QString exact;
};

class ClaimStore final
{
public:
    explicit ClaimStore(const Database &database);

    // Inserts with claim.id when it is set (undo/redo restores the same id), else a new id.
    Result<qint64> create(const Claim &claim);
    Result<Claim> get(qint64 id) const;
    Result<QList<Claim>> list() const;
    Status update(const Claim &claim);
    Status remove(qint64 id);

    Result<qint64> addAppearance(const ClaimAppearance &appearance);
    Status setAppearanceType(qint64 appearanceId, AppearanceType type);
    Status removeAppearance(qint64 appearanceId);
    Result<QList<ClaimAppearance>> appearances(qint64 claimId) const;
    Result<ClaimAppearance> appearance(qint64 appearanceId) const;
    // Every appearance of every claim with its passage and article, in one query.
    Result<QList<AppearanceDetail>> appearanceDetails() const;
    // The claims a passage appears in.
    Result<QList<ClaimAppearance>> appearancesOfPassage(qint64 annotationId) const;

private:
    Result<QList<ClaimAppearance>> appearancesWhere(const QString &column, qint64 id) const;
    QString m_connection;
};

} // namespace parallax
