#include "claims/claimspanel.h"

#include "editing/editsession.h"
#include "models/claimsmodel.h"
#include "storage/changenotifier.h"
#include "storage/database.h"

#include <QAction>
#include <QHeaderView>
#include <QInputDialog>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace parallax {

ClaimsPanel::ClaimsPanel(QWidget *parent) : QWidget(parent)
{
    m_claims = new ClaimsModel(this);
    m_matrix = new ClaimMatrixModel(this);
    m_tree = new QTreeView;
    m_tree->setObjectName(u"claimsTree"_s);
    m_tree->setAccessibleName(tr("Claims and their appearances"));
    m_tree->setModel(m_claims);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(ClaimsModel::StatementColumn, QHeaderView::Stretch);
    m_table = new QTableView;
    m_table->setObjectName(u"claimMatrix"_s);
    m_table->setAccessibleName(tr("Claims by outlet"));
    m_table->setModel(m_matrix);
    m_table->setWordWrap(false);
    connect(m_claims, &QAbstractItemModel::modelReset, m_tree, &QTreeView::expandAll);

    auto open = [this](const QModelIndex &index) {
        const QVariant article = index.data(ClaimsModel::ArticleIdRole);
        if (article.isValid())
            emit passageActivated(article.toLongLong(),
                                  index.data(ClaimsModel::AnnotationIdRole).toLongLong());
    };
    connect(m_tree, &QTreeView::activated, this, open);
    connect(m_tree, &QTreeView::doubleClicked, this, open);

    auto *bar = new QToolBar;
    bar->setObjectName(u"claimsBar"_s);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addAction(tr("New Claim…"), this, &ClaimsPanel::newClaim)
        ->setObjectName(u"actionNewClaim"_s);
    bar->addAction(tr("Type…"), this, &ClaimsPanel::retypeCurrent)
        ->setObjectName(u"actionAppearanceType"_s);
    bar->addAction(tr("Remove"), this, &ClaimsPanel::removeCurrent)
        ->setObjectName(u"actionRemoveClaim"_s);

    auto *tabs = new QTabWidget;
    tabs->setObjectName(u"claimsTabs"_s);
    tabs->setDocumentMode(true);
    tabs->addTab(m_tree, tr("Claims"));
    tabs->addTab(m_table, tr("By Outlet"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(bar);
    layout->addWidget(tabs);
}

void ClaimsPanel::setLibrary(LibraryRef library, EditSession *session)
{
    if (m_library)
        disconnect(m_library->notifier(), nullptr, this, nullptr);
    m_library = library;
    m_session = session;
    if (m_library) {
        // Claims show their passages' words, articles and speakers.
        connect(m_library->notifier(), &ChangeNotifier::changed, this, [this](const ChangeSet &c) {
            if (c.claims || c.registry || !c.annotatedArticles.isEmpty() ||
                !c.articlesUpdated.isEmpty() || !c.articlesRemoved.isEmpty())
                reload();
        });
    }
    reload();
}

void ClaimsPanel::reload()
{
    ClaimsData data = m_library ? ClaimsData::load(*m_library) : ClaimsData{};
    m_matrix->setClaims(data);
    m_claims->setClaims(std::move(data));
}

void ClaimsPanel::newClaim()
{
    if (!m_session)
        return;
    bool ok = false;
    const QString statement =
        QInputDialog::getMultiLineText(this, tr("New Claim"), tr("Statement:"), {}, &ok);
    if (ok && !statement.trimmed().isEmpty())
        m_session->createClaim(statement, std::nullopt);
}

void ClaimsPanel::removeCurrent()
{
    const QModelIndex index = m_tree->currentIndex();
    if (!m_session || !index.isValid())
        return;
    const QVariant appearance = index.data(ClaimsModel::AppearanceIdRole);
    if (appearance.isValid())
        m_session->removeAppearance(appearance.toLongLong());
    else
        m_session->removeClaim(index.data(ClaimsModel::ClaimIdRole).toLongLong());
}

void ClaimsPanel::retypeCurrent()
{
    const QVariant appearance = m_tree->currentIndex().data(ClaimsModel::AppearanceIdRole);
    if (!m_session || !appearance.isValid())
        return;
    const QList<AppearanceType> types{AppearanceType::Verbatim, AppearanceType::Partial,
                                      AppearanceType::Paraphrase, AppearanceType::Translation,
                                      AppearanceType::Misattributed};
    QStringList labels;
    for (const AppearanceType type : types)
        labels.append(appearanceTypeLabel(type));
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Appearance Type"),
                                                 tr("This passage is:"), labels, 0, false, &ok);
    if (ok)
        m_session->setAppearanceType(appearance.toLongLong(), types.at(labels.indexOf(chosen)));
}

} // namespace parallax
