#include "models/codebookmodel.h"

#include "session/problems.h"
#include "storage/changenotifier.h"
#include "storage/codestore.h"
#include "storage/database.h"

#include <QColor>
#include <QFont>
#include <QMimeData>
#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

constexpr char kCodeMimeType[] = "application/x-parallax-code";

} // namespace

namespace parallax {

CodebookModel::CodebookModel(QObject *parent) : QAbstractItemModel(parent) {}

void CodebookModel::setDatabase(LibraryRef database)
{
    if (m_database)
        disconnect(m_database->notifier(), nullptr, this, nullptr);
    m_database = database;
    if (m_database) {
        // The codes, and how many passages each has.
        connect(m_database->notifier(), &ChangeNotifier::changed, this, [this](const ChangeSet &c) {
            if (c.codebook || !c.annotatedArticles.isEmpty() || !c.articlesRemoved.isEmpty())
                reload();
        });
    }
    reload();
}

void CodebookModel::reload()
{
    beginResetModel();
    m_codes.clear();
    m_positionOf.clear();
    m_children.clear();
    m_usage.clear();
    if (m_database) {
        const CodeStore store(*m_database);
        auto listed = store.list();
        if (!listed)
            Problems::report(lcModels, tr("Cannot list the codes"), listed.error().message);
        const QList<Code> stored = listed ? std::move(listed).value() : QList<Code>();
        if (auto counts = store.usageCounts())
            m_usage = std::move(counts).value();
        else
            Problems::report(lcModels, tr("Cannot count the passages of each code"),
                             counts.error().message);
        // Depth-first order, so that keys 1–9 follow the tree as it is shown.
        QHash<qint64, QList<Code>> byParent;
        for (const Code &code : stored)
            byParent[code.parentId.value_or(0)].append(code);
        std::function<void(qint64)> walk = [&](qint64 parentId) {
            QList<Code> siblings = byParent.value(parentId);
            std::stable_sort(siblings.begin(), siblings.end(),
                             [](const Code &a, const Code &b) { return a.position < b.position; });
            for (const Code &code : siblings) {
                m_children[parentId].append(int(m_codes.size()));
                m_positionOf.insert(code.id, int(m_codes.size()));
                m_codes.append(code);
                walk(code.id);
            }
        };
        walk(0);
    }
    m_shortcutCodes.clear();
    m_shortcutOf.clear();
    for (const Code &code : std::as_const(m_codes))
        if (code.codable && m_shortcutCodes.size() < 9) {
            m_shortcutCodes.append(code);
            m_shortcutOf.insert(code.id, int(m_shortcutCodes.size()));
        }
    endResetModel();
}

const Code *CodebookModel::code(qint64 id) const
{
    const int position = positionOf(id);
    return position < 0 ? nullptr : &m_codes.at(position);
}

int CodebookModel::positionOf(qint64 id) const
{
    return m_positionOf.value(id, -1);
}

QList<int> CodebookModel::childrenOf(qint64 parentId) const
{
    return m_children.value(parentId);
}

QModelIndex CodebookModel::indexOfCode(qint64 id) const
{
    const int position = positionOf(id);
    if (position < 0)
        return {};
    const QList<int> siblings = childrenOf(m_codes.at(position).parentId.value_or(0));
    return createIndex(int(siblings.indexOf(position)), 0, quintptr(position));
}

QModelIndex CodebookModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    const qint64 parentId = parent.isValid() ? m_codes.at(int(parent.internalId())).id : 0;
    const QList<int> children = childrenOf(parentId);
    if (row >= children.size())
        return {};
    return createIndex(row, 0, quintptr(children.at(row)));
}

QModelIndex CodebookModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Code &code = m_codes.at(int(child.internalId()));
    return code.parentId ? indexOfCode(*code.parentId) : QModelIndex();
}

int CodebookModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(childrenOf(parent.isValid() ? m_codes.at(int(parent.internalId())).id : 0).size());
}

int CodebookModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant CodebookModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int position = int(index.internalId());
    const Code &code = m_codes.at(position);
    const int usage = m_usage.value(code.id);
    switch (role) {
    case Qt::DisplayRole:
        if (!code.codable)
            return tr("%1 (category)").arg(code.name);
        if (const int key = m_shortcutOf.value(code.id))
            return u"%1  %2 (%3)"_s.arg(key).arg(code.name).arg(usage);
        return u"%1 (%2)"_s.arg(code.name).arg(usage);
    case Qt::FontRole:
        if (!code.codable) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::EditRole:
        return code.name;
    case Qt::DecorationRole:
    case ColorRole:
        return QColor(code.color);
    case Qt::ToolTipRole:
        if (!code.codable)
            return tr("A category: it groups codes and codes no text.%1")
                .arg(code.description.isEmpty() ? QString() : u"\n"_s + code.description);
        return code.description.isEmpty() ? code.name : code.description;
    case CodeIdRole:
        return code.id;
    case UsageRole:
        return usage;
    case ShortcutRole:
        return m_shortcutOf.value(code.id);
    default:
        return {};
    }
}

Qt::ItemFlags CodebookModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags base = QAbstractItemModel::flags(index) | Qt::ItemIsDropEnabled;
    return index.isValid() ? base | Qt::ItemIsDragEnabled : base;
}

QStringList CodebookModel::mimeTypes() const
{
    return {QString::fromLatin1(kCodeMimeType)};
}

QMimeData *CodebookModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty() || !indexes.constFirst().isValid())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(QString::fromLatin1(kCodeMimeType),
                  QByteArray::number(indexes.constFirst().data(CodeIdRole).toLongLong()));
    return data;
}

std::optional<qint64> CodebookModel::draggedCode(const QMimeData *data,
                                                 const QModelIndex &parent) const
{
    if (!data || !data->hasFormat(QString::fromLatin1(kCodeMimeType)))
        return std::nullopt;
    bool ok = false;
    const qint64 id = data->data(QString::fromLatin1(kCodeMimeType)).toLongLong(&ok);
    if (!ok || positionOf(id) < 0)
        return std::nullopt;
    for (QModelIndex above = parent; above.isValid(); above = above.parent())
        if (above.data(CodeIdRole).toLongLong() == id)
            return std::nullopt;
    return id;
}

bool CodebookModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                    const QModelIndex &parent) const
{
    return action == Qt::MoveAction && draggedCode(data, parent).has_value();
}

bool CodebookModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int,
                                 const QModelIndex &parent)
{
    const std::optional<qint64> id =
        action == Qt::MoveAction ? draggedCode(data, parent) : std::nullopt;
    if (!id)
        return false;
    const std::optional<qint64> parentId =
        parent.isValid() ? std::optional(parent.data(CodeIdRole).toLongLong()) : std::nullopt;
    const QList<int> siblings = childrenOf(parentId.value_or(0));
    // Dropped on a code: last among its sub-codes. Between rows: at that row, counted
    // without the moved code when it was above among the same siblings.
    int position = row < 0 ? int(siblings.size()) : row;
    const int oldRow = int(siblings.indexOf(positionOf(*id)));
    if (oldRow >= 0 && oldRow < position)
        --position;
    if (oldRow >= 0 && (position == oldRow || (row < 0 && oldRow == siblings.size() - 1)))
        return false; // where it already is
    emit moveRequested(*id, parentId, position);
    // The move happens through the edit session; the view must not remove anything itself.
    return false;
}

} // namespace parallax
