#include "importing/feedspanel.h"

#include "models/feedlistmodel.h"
#include "storage/database.h"
#include "storage/feedstore.h"
#include "web/webfetcher.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace parallax {

FeedsPanel::FeedsPanel(QWidget *parent) : QWidget(parent)
{
    m_model = new FeedListModel(this);
    m_table = new QTableView;
    m_table->setObjectName(u"feedList"_s);
    m_table->setAccessibleName(tr("News feeds"));
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->resizeSection(FeedListModel::NameColumn, 220);
    m_table->horizontalHeader()->setSectionResizeMode(FeedListModel::RefreshedColumn,
                                                      QHeaderView::ResizeToContents);
    m_table->setWordWrap(false);

    m_add = new QPushButton(tr("&Add Feed…"));
    m_add->setObjectName(u"feedAdd"_s);
    m_remove = new QPushButton(tr("&Remove"));
    m_remove->setObjectName(u"feedRemove"_s);
    m_refresh = new QPushButton(tr("Re&fresh"));
    m_refresh->setObjectName(u"feedRefresh"_s);
    m_refreshAll = new QPushButton(tr("Refresh A&ll"));
    m_refreshAll->setObjectName(u"feedRefreshAll"_s);
    connect(m_add, &QPushButton::clicked, this, &FeedsPanel::addFeed);
    connect(m_remove, &QPushButton::clicked, this, &FeedsPanel::removeSelected);
    connect(m_refresh, &QPushButton::clicked, this, [this] { refresh(false); });
    connect(m_refreshAll, &QPushButton::clicked, this, [this] { refresh(true); });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(m_refresh);
    buttons->addWidget(m_refreshAll);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_model, &QAbstractItemModel::modelReset, this, &FeedsPanel::updateButtons);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &FeedsPanel::updateButtons);
    updateButtons();
}

void FeedsPanel::setLibrary(LibraryRef library)
{
    m_library = library;
    m_model->setLibrary(library);
    updateButtons();
}

QList<qint64> FeedsPanel::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &row : m_table->selectionModel()->selectedRows())
        ids.append(m_model->feedId(row.row()));
    return ids;
}

void FeedsPanel::updateButtons()
{
    const bool open = m_library != nullptr;
    const bool selected = open && !selectedIds().isEmpty();
    m_add->setEnabled(open);
    m_remove->setEnabled(selected);
    m_refresh->setEnabled(selected);
    m_refreshAll->setEnabled(open && m_model->rowCount() > 0);
}

qint64 FeedsPanel::subscribe(const QString &url, const QString &outlet)
{
    if (!m_library)
        return 0;
    if (!isFetchableUrl(QUrl(url.trimmed()))) {
        QMessageBox::warning(this, tr("Add Feed"),
                             tr("“%1” is not a web address (http or https).").arg(url));
        return 0;
    }
    Result<qint64> added = FeedStore(*m_library).add(url, QString(), outlet);
    if (!added) {
        QMessageBox::warning(this, tr("Add Feed"), added.error().message);
        return 0;
    }
    return *added;
}

void FeedsPanel::addFeed()
{
    QDialog dialog(this);
    dialog.setObjectName(u"addFeedDialog"_s);
    dialog.setWindowTitle(tr("Add Feed"));
    auto *url = new QLineEdit;
    url->setObjectName(u"feedUrl"_s);
    url->setPlaceholderText(u"https://…/rss.xml"_s);
    auto *outlet = new QLineEdit;
    outlet->setObjectName(u"feedOutlet"_s);
    outlet->setPlaceholderText(tr("Optional: file the articles under this outlet"));
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Feed address:"), url);
    form->addRow(tr("Outlet:"), outlet);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    form->addRow(box);
    qint64 added = 0;
    connect(box, &QDialogButtonBox::accepted, &dialog, [&] {
        added = subscribe(url->text(), outlet->text());
        if (added > 0)
            dialog.accept();
    });
    connect(box, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    dialog.resize(520, dialog.sizeHint().height());
    // A new feed is read at once, so the user sees what it brings.
    if (dialog.exec() == QDialog::Accepted && added > 0)
        emit refreshRequested({added});
}

void FeedsPanel::removeSelected()
{
    const QList<qint64> ids = selectedIds();
    if (!m_library || ids.isEmpty())
        return;
    if (QMessageBox::question(this, tr("Remove Feeds"),
                              tr("Stop following %n feed(s)? Their articles stay in the library.",
                                 nullptr, int(ids.size()))) != QMessageBox::Yes)
        return;
    FeedStore feeds(*m_library);
    for (qint64 id : ids)
        if (Status removed = feeds.remove(id); !removed)
            QMessageBox::warning(this, tr("Remove Feeds"), removed.error().message);
}

void FeedsPanel::refresh(bool all)
{
    const QList<qint64> ids = all ? QList<qint64>() : selectedIds();
    if (!m_library || (!all && ids.isEmpty()))
        return;
    emit refreshRequested(ids);
}

} // namespace parallax
