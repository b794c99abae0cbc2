#include "coding/codebookpanel.h"

#include "editing/editsession.h"
#include "models/codebookmodel.h"
#include "storage/codestore.h"

#include <QAction>
#include <QColorDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QMessageBox>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace parallax {

namespace {

// Distinct, readable colours for new codes, taken in turn.
const QStringList kPalette = {u"#f4d03f"_s, u"#5dade2"_s, u"#58d68d"_s, u"#ec7063"_s, u"#af7ac5"_s,
                              u"#f5b041"_s, u"#48c9b0"_s, u"#dc7633"_s, u"#85929e"_s};

} // namespace

CodebookPanel::CodebookPanel(CodebookModel *model, QWidget *parent)
    : QWidget(parent), m_model(model)
{
    m_tree = new QTreeView;
    m_tree->setObjectName(u"codebookTree"_s);
    m_tree->setAccessibleName(tr("Codebook"));
    m_tree->setModel(model);
    m_tree->setHeaderHidden(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_tree->setDragDropMode(QAbstractItemView::InternalMove);
    m_tree->setDefaultDropAction(Qt::MoveAction);
    m_tree->setDropIndicatorShown(true);
    connect(model, &CodebookModel::moveRequested, this,
            [this](qint64 code, std::optional<qint64> parent, int position) {
                if (m_session)
                    m_session->moveCode(code, parent, position);
            });
    connect(model, &QAbstractItemModel::modelReset, m_tree, &QTreeView::expandAll);
    connect(m_tree, &QTreeView::activated, this, [this](const QModelIndex &index) {
        emit codeActivated(index.data(CodebookModel::CodeIdRole).toLongLong());
    });

    auto *bar = new QToolBar;
    bar->setObjectName(u"codebookBar"_s);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto add = [this, bar](const QString &text, const QString &name,
                           void (CodebookPanel::*slot)()) {
        QAction *action = bar->addAction(text, this, slot);
        action->setObjectName(name);
        m_tree->addAction(action);
        return action;
    };
    add(tr("New"), u"actionNewCode"_s, &CodebookPanel::newCode);
    add(tr("Rename"), u"actionRenameCode"_s, &CodebookPanel::renameCurrent);
    add(tr("Colour"), u"actionRecolourCode"_s, &CodebookPanel::recolourCurrent);
    add(tr("Describe"), u"actionDescribeCode"_s, &CodebookPanel::describeCurrent);
    add(tr("Merge…"), u"actionMergeCode"_s, &CodebookPanel::mergeCurrent);
    add(tr("Delete"), u"actionDeleteCode"_s, &CodebookPanel::deleteCurrent);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(bar);
    layout->addWidget(m_tree);
}

qint64 CodebookPanel::currentCode() const
{
    return m_tree->currentIndex().data(CodebookModel::CodeIdRole).toLongLong();
}

void CodebookPanel::newCode()
{
    if (!m_session)
        return;
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("New Code"), tr("Name:"), QLineEdit::Normal, {}, &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    const qint64 parent = currentCode();
    const QString color = kPalette.at(m_model->codes().size() % kPalette.size());
    if (auto id = m_session->createCode(name, color, parent ? std::optional(parent) : std::nullopt))
        m_tree->setCurrentIndex(m_model->indexOfCode(*id));
}

void CodebookPanel::renameCurrent()
{
    const Code *code = m_model->code(currentCode());
    if (!m_session || !code)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename Code"), tr("Name:"),
                                               QLineEdit::Normal, code->name, &ok);
    if (ok && !name.trimmed().isEmpty() && name != code->name)
        m_session->renameCode(code->id, name);
}

void CodebookPanel::recolourCurrent()
{
    const Code *code = m_model->code(currentCode());
    if (!m_session || !code)
        return;
    const qint64 id = code->id;
    const QColor color = QColorDialog::getColor(QColor(code->color), this, tr("Code Colour"));
    if (color.isValid())
        m_session->recolorCode(id, color.name());
}

void CodebookPanel::describeCurrent()
{
    const Code *code = m_model->code(currentCode());
    if (!m_session || !code)
        return;
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(
        this, tr("Describe Code"), tr("When to apply it:"), code->description, &ok);
    if (ok)
        m_session->describeCode(code->id, text);
}

void CodebookPanel::deleteCurrent()
{
    const Code *code = m_model->code(currentCode());
    if (!m_session || !code)
        return;
    const qint64 id = code->id;
    const int usage = m_model->indexOfCode(id).data(CodebookModel::UsageRole).toInt();
    if (usage > 0 || m_model->rowCount(m_model->indexOfCode(id)) > 0) {
        const auto answer = QMessageBox::question(
            this, tr("Delete Code"),
            tr("“%1” codes %n passage(s) or has sub-codes. Delete it with its sub-codes and their "
               "codings? You can undo this.",
               nullptr, usage)
                .arg(code->name),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
    }
    m_session->deleteCode(id);
}

void CodebookPanel::mergeCurrent()
{
    const Code *code = m_model->code(currentCode());
    if (!m_session || !code)
        return;
    const qint64 from = code->id;
    QStringList names;
    QList<qint64> ids;
    for (const Code &other : m_model->codes())
        if (other.id != from) {
            names.append(other.name);
            ids.append(other.id);
        }
    if (ids.isEmpty())
        return;
    bool ok = false;
    const QString into = QInputDialog::getItem(
        this, tr("Merge Code"), tr("Merge “%1” into:").arg(code->name), names, 0, false, &ok);
    if (ok)
        m_session->mergeCode(from, ids.at(names.indexOf(into)));
}

} // namespace parallax
