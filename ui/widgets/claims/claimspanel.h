// The claims view: each claim with its appearances by outlet, and the claims × outlets
// matrix. Activating an appearance opens its article at the passage.
#pragma once

#include "session/libraryhost.h"

#include <QWidget>

class QTableView;
class QTreeView;

namespace parallax {

class ClaimMatrixModel;
class ClaimsModel;
class Database;
class EditSession;

class ClaimsPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit ClaimsPanel(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ClaimsPanel)

    void setLibrary(LibraryRef library, EditSession *session);
    void reload();
    ClaimsModel *claims() const { return m_claims; }
    ClaimMatrixModel *matrix() const { return m_matrix; }

signals:
    void passageActivated(qint64 articleId, qint64 annotationId);

private:
    void newClaim();
    void removeCurrent();
    void retypeCurrent();

    LibraryRef m_library;
    EditSession *m_session = nullptr;
    ClaimsModel *m_claims = nullptr;
    ClaimMatrixModel *m_matrix = nullptr;
    QTreeView *m_tree = nullptr;
    QTableView *m_table = nullptr;
};

} // namespace parallax
