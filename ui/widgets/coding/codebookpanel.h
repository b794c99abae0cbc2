// The codebook: the tree of codes with their colours and usage, and the actions to create,
// rename, recolour, describe, delete and merge codes. Every change goes through the session.
#pragma once

#include <QWidget>

class QTreeView;

namespace parallax {

class CodebookModel;
class EditSession;

class CodebookPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit CodebookPanel(CodebookModel *model, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(CodebookPanel)

    void setSession(EditSession *session) { m_session = session; }
    qint64 currentCode() const;
    QTreeView *tree() const { return m_tree; }

    void newCode();
    void renameCurrent();
    void recolourCurrent();
    void describeCurrent();
    void deleteCurrent();
    void mergeCurrent();

signals:
    void codeActivated(qint64 codeId);

private:
    CodebookModel *m_model = nullptr;
    EditSession *m_session = nullptr;
    QTreeView *m_tree = nullptr;
};

} // namespace parallax
