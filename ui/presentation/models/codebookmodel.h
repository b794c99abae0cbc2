// The codebook as a tree: each code with its colour, description and how many passages it
// codes. Loaded by one store call per change of the codebook or the annotations.
#pragma once

#include "domain/codebook.h"
#include "session/libraryhost.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>
#include <optional>

namespace parallax {

class Database;

class CodebookModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Role
    {
        CodeIdRole = Qt::UserRole + 1,
        ColorRole,
        UsageRole,
        ShortcutRole
    };

    explicit CodebookModel(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(CodebookModel)

    void setDatabase(LibraryRef database);
    void reload();

    // The codes in tree order (parents before children, siblings by position).
    const QList<Code> &codes() const { return m_codes; }
    // The first nine codes in tree order: keys 1–9 apply them.
    // The codes keys 1–9 apply, in tree order; categories code nothing and get no key.
    QList<Code> shortcutCodes() const { return m_shortcutCodes; }
    const Code *code(qint64 id) const;
    QModelIndex indexOfCode(qint64 id) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // Codes are dragged within the tree to move them; the drop asks for the move, and the
    // tree changes when the library says the codebook did.
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

signals:
    // position counts the new siblings without the moved code.
    void moveRequested(qint64 codeId, std::optional<qint64> parentId, int position);

private:
    // The code a drag carries, when it may land under parent (not under itself or its own
    // sub-codes).
    std::optional<qint64> draggedCode(const QMimeData *data, const QModelIndex &parent) const;
    int positionOf(qint64 id) const;              // index into m_codes
    QList<int> childrenOf(qint64 parentId) const; // 0: top level

    LibraryRef m_database;
    QList<Code> m_codes;                  // depth-first tree order
    QHash<qint64, int> m_positionOf;      // code id -> index into m_codes
    QHash<qint64, QList<int>> m_children; // parent id (0 = top) -> positions in m_codes
    QHash<qint64, int> m_usage;
    QList<Code> m_shortcutCodes;
    QHash<qint64, int> m_shortcutOf; // code id -> its key, 1–9
};

} // namespace parallax
