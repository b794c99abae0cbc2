#include "library/librarypanel.h"

#include "library/htmldelegate.h"
#include "models/articlelistmodel.h"
#include "models/libraryfiltermodel.h"
#include "models/searchresultmodel.h"
#include "session/problems.h"
#include "storage/changenotifier.h"
#include "storage/database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace parallax {

namespace {

constexpr FacetKind kFacetKinds[4] = {FacetKind::Outlet, FacetKind::Speaker, FacetKind::Place,
                                      FacetKind::Code};

QString facetRestriction(FacetKind kind)
{
    return u"facet-%1"_s.arg(int(kind));
}

} // namespace

LibraryPanel::LibraryPanel(QWidget *parent) : QWidget(parent)
{
    m_articles = new ArticleListModel(this);
    m_filter = new LibraryFilterModel(this);
    m_filter->setArticleModel(m_articles);
    m_results = new SearchResultModel(this);

    m_search = new QLineEdit;
    m_search->setObjectName(u"librarySearch"_s);
    m_search->setAccessibleName(tr("Search articles"));
    m_search->setPlaceholderText(tr("Search the library (words, \"phrases\", prefix*, OR, -not)"));
    m_search->setClearButtonEnabled(true);
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(200);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &LibraryPanel::runSearch);
    connect(m_searchTimer, &QTimer::timeout, this, &LibraryPanel::runSearch);

    auto *facets = new QGridLayout;
    facets->setContentsMargins(0, 0, 0, 0);
    const QString facetNames[4] = {tr("Outlet"), tr("Speaker"), tr("Place"), tr("Code")};
    const QString objectNames[4] = {u"outletFacet"_s, u"speakerFacet"_s, u"placeFacet"_s,
                                    u"codeFacet"_s};
    for (int i = 0; i < 4; ++i) {
        auto *box = new QComboBox;
        box->setObjectName(objectNames[i]);
        box->setAccessibleName(tr("Filter by %1").arg(facetNames[i].toLower()));
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(8);
        box->addItem(tr("Any %1").arg(facetNames[i].toLower()));
        const FacetKind kind = kFacetKinds[i];
        connect(box, &QComboBox::currentIndexChanged, this, [this, kind] { applyFacet(kind); });
        m_facets[i] = box;
        facets->addWidget(box, i / 2, i % 2);
    }
    m_dateFilter = new QCheckBox(tr("Dated"));
    m_dateFilter->setObjectName(u"dateFilter"_s);
    m_from = new QDateEdit(QDate::currentDate().addYears(-1));
    m_from->setObjectName(u"dateFrom"_s);
    m_from->setAccessibleName(tr("Published from"));
    m_to = new QDateEdit(QDate::currentDate());
    m_to->setObjectName(u"dateTo"_s);
    m_to->setAccessibleName(tr("Published until"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"yyyy-MM-dd"_s);
        edit->setEnabled(false);
        connect(edit, &QDateEdit::dateChanged, this, &LibraryPanel::applyDates);
    }
    connect(m_dateFilter, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        applyDates();
    });
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_dateFilter);
    dates->addWidget(m_from, 1);
    dates->addWidget(new QLabel(u"–"_s));
    dates->addWidget(m_to, 1);
    auto *clear = new QPushButton(tr("Clear"));
    clear->setObjectName(u"clearFilters"_s);
    clear->setToolTip(tr("Clear the search and every filter"));
    connect(clear, &QPushButton::clicked, this, &LibraryPanel::clearFilters);
    dates->addWidget(clear);
    facets->addLayout(dates, 2, 0, 1, 2);

    m_resultList = new QListView;
    m_resultList->setObjectName(u"searchResults"_s);
    m_resultList->setAccessibleName(tr("Search results"));
    m_resultList->setModel(m_results);
    m_resultList->setItemDelegate(
        new HtmlDelegate(SearchResultModel::SnippetHtmlRole, m_resultList));
    m_resultList->setWordWrap(true);
    m_resultList->setAlternatingRowColors(true);
    m_resultList->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_resultList->hide();
    connect(m_resultList, &QListView::clicked, this, [this](const QModelIndex &index) {
        selectArticle(index.data(SearchResultModel::ArticleIdRole).toLongLong());
    });
    connect(m_resultList, &QListView::activated, this, [this](const QModelIndex &index) {
        selectArticle(index.data(SearchResultModel::ArticleIdRole).toLongLong());
    });

    m_list = new QTableView;
    m_list->setObjectName(u"articleList"_s);
    m_list->setAccessibleName(tr("Articles"));
    m_list->setModel(m_filter);
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(ArticleListModel::DateColumn, Qt::DescendingOrder);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setAlternatingRowColors(true);
    m_list->setWordWrap(false);
    m_list->setTabKeyNavigation(false);
    m_list->verticalHeader()->hide();
    m_list->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_list->verticalHeader()->setDefaultSectionSize(m_list->fontMetrics().height() + 8);
    QHeaderView *header = m_list->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(ArticleListModel::TitleColumn, QHeaderView::Stretch);
    const int digit = m_list->fontMetrics().horizontalAdvance(u"0000000"_s);
    header->resizeSection(ArticleListModel::OutletColumn, 110);
    header->resizeSection(ArticleListModel::DateColumn, 90);
    header->resizeSection(ArticleListModel::LanguageColumn, digit);
    header->resizeSection(ArticleListModel::QuotesColumn, digit + 4);
    header->resizeSection(ArticleListModel::PlacesColumn, digit + 4);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { emit currentArticleChanged(currentArticleId()); });
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &LibraryPanel::selectionChanged);
    connect(m_list, &QTableView::activated, this,
            [this] { emit articleActivated(currentArticleId()); });

    m_count = new QLabel;
    m_count->setObjectName(u"libraryCount"_s);

    auto *split = new QSplitter(Qt::Vertical);
    split->setObjectName(u"librarySplitter"_s);
    split->addWidget(m_resultList);
    split->addWidget(m_list);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_search);
    layout->addLayout(facets);
    layout->addWidget(split, 1);
    layout->addWidget(m_count);

    m_facetTimer = new QTimer(this);
    m_facetTimer->setSingleShot(true);
    // Counting a large library's facets takes seconds on the other core: wait until editing
    // pauses rather than recount after every change.
    m_facetTimer->setInterval(1500);
    connect(m_facetTimer, &QTimer::timeout, this, &LibraryPanel::reloadFacets);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &LibraryPanel::updateCount);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &LibraryPanel::updateCount);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &LibraryPanel::updateCount);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &LibraryPanel::updateCount);
    // The proxy removes its rows before the source does; count again once the source has.
    connect(m_articles, &QAbstractItemModel::rowsRemoved, this, &LibraryPanel::updateCount);
}

LibraryPanel::~LibraryPanel()
{
    if (m_facetThread)
        m_facetThread->wait();
    m_articles->setDatabase(nullptr);
}

void LibraryPanel::setLibrary(LibraryRef library)
{
    if (m_library)
        disconnect(m_library->notifier(), nullptr, this, nullptr);
    m_library = library;
    m_articles->setDatabase(library);
    m_search->clear();
    m_results->clear();
    m_filter->clearFilters();
    for (QComboBox *box : m_facets) {
        const QSignalBlocker block(box);
        while (box->count() > 1)
            box->removeItem(1);
        box->setCurrentIndex(0);
    }
    if (m_library) {
        // Outlets, speakers, places and codes, with their article counts.
        connect(m_library->notifier(), &ChangeNotifier::changed, m_facetTimer,
                [timer = m_facetTimer](const ChangeSet &c) {
                    if (!c.articlesAdded.isEmpty() || !c.articlesUpdated.isEmpty() ||
                        !c.articlesRemoved.isEmpty() || !c.annotatedArticles.isEmpty() ||
                        c.registry || c.codebook)
                        timer->start();
                });
        // Counted once the window has shown, so the count does not compete with the start.
        m_facetTimer->start();
    }
    updateCount();
}

void LibraryPanel::reloadFacets()
{
    if (!m_library)
        return;
    if (m_facetThread) {
        m_facetsStale = true; // reload once the running one is in
        return;
    }
    // Counting a large library's facets takes a while: do it on a connection of its own.
    m_facetThread = QThread::create([this, source = m_library] {
        QList<QList<FacetValue>> values;
        QStringList errors; // per kind; empty when its list was read
        auto library = source->openAnotherConnection();
        for (const FacetKind kind : kFacetKinds) {
            Result<QList<FacetValue>> list = library ? FacetStore(**library).values(kind)
                                                     : Result<QList<FacetValue>>(library.error());
            values.append(list ? std::move(list).value() : QList<FacetValue>());
            errors.append(list ? QString() : list.error().message);
        }
        QMetaObject::invokeMethod(
            this, [this, values, errors] { fillFacets(values, errors); }, Qt::QueuedConnection);
    });
    m_facetThread->setParent(this); // deleted with the panel if it closes first
    m_facetThread->setObjectName(u"facets"_s);
    m_facetThread->start();
}

void LibraryPanel::fillFacets(const QList<QList<FacetValue>> &values, const QStringList &errors)
{
    m_facetThread->wait();
    delete m_facetThread;
    m_facetThread = nullptr;
    for (int i = 0; i < 4 && i < values.size(); ++i) {
        QComboBox *box = m_facets[i];
        if (!errors.value(i).isEmpty()) {
            // The list stays as it was rather than going empty; the window says why.
            Problems::report(lcWidgets,
                             tr("Cannot update the filter “%1”").arg(box->accessibleName()),
                             errors.at(i));
            continue;
        }
        const QVariant current = box->currentData();
        const QSignalBlocker block(box);
        while (box->count() > 1)
            box->removeItem(1);
        for (const FacetValue &value : values.at(i))
            box->addItem(u"%1 (%2)"_s.arg(value.label).arg(value.articles), value.id);
        const int index = current.isValid() ? box->findData(current) : 0;
        box->setCurrentIndex(qMax(0, index));
    }
    if (m_facetsStale) {
        m_facetsStale = false;
        reloadFacets();
    }
}

QComboBox *LibraryPanel::facetBox(FacetKind kind) const
{
    for (int i = 0; i < 4; ++i)
        if (kFacetKinds[i] == kind)
            return m_facets[i];
    return nullptr;
}

void LibraryPanel::applyFacet(FacetKind kind)
{
    QComboBox *box = facetBox(kind);
    const QVariant id = box->currentData();
    std::optional<QSet<qint64>> allowed;
    if (id.isValid() && m_library) {
        auto ids = FacetStore(*m_library).articlesWith(kind, id.toLongLong());
        allowed = ids ? std::move(ids).value() : QSet<qint64>();
    }
    m_filter->setRestriction(facetRestriction(kind), std::move(allowed));
    updateCount();
}

void LibraryPanel::filterBy(FacetKind kind, qint64 id)
{
    QComboBox *box = facetBox(kind);
    int index = box->findData(id);
    if (index < 0 && m_library) {
        // The facet values may still be loading: add this one so the choice shows.
        box->addItem(tr("(selected)"), id);
        index = box->count() - 1;
    }
    box->setCurrentIndex(index);
}

void LibraryPanel::applyDates()
{
    if (m_dateFilter->isChecked())
        m_filter->setDateRange(m_from->date(), m_to->date());
    else
        m_filter->setDateRange({}, {});
    updateCount();
}

void LibraryPanel::clearFilters()
{
    m_search->clear();
    runSearch();
    for (QComboBox *box : m_facets)
        box->setCurrentIndex(0);
    m_dateFilter->setChecked(false);
    m_filter->clearFilters();
    updateCount();
}

void LibraryPanel::runSearch()
{
    m_searchTimer->stop();
    const QString query = m_search->text().trimmed();
    if (!m_library || query.isEmpty()) {
        m_results->clear();
        m_resultList->hide();
        m_filter->setRestriction(u"search"_s, std::nullopt);
        updateCount();
        return;
    }
    const QString error = m_results->search(*m_library, query);
    m_search->setToolTip(error);
    const QList<qint64> ids = m_results->articleIds();
    m_filter->setRestriction(u"search"_s, QSet<qint64>(ids.cbegin(), ids.cend()));
    m_resultList->setVisible(true);
    updateCount();
}

void LibraryPanel::updateCount()
{
    const int shown = m_filter->rowCount();
    const int total = m_articles->rowCount();
    if (!m_library)
        m_count->setText(tr("No library open"));
    else if (!m_articles->lastError().isEmpty())
        m_count->setText(m_articles->lastError());
    else if (shown == total)
        m_count->setText(tr("%n article(s)", nullptr, total));
    else
        m_count->setText(tr("%1 of %n article(s)", nullptr, total).arg(shown));
}

QList<qint64> LibraryPanel::selectedArticleIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &row : m_list->selectionModel()->selectedRows())
        ids.append(row.data(ArticleListModel::ArticleIdRole).toLongLong());
    return ids;
}

qint64 LibraryPanel::currentArticleId() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? current.data(ArticleListModel::ArticleIdRole).toLongLong() : 0;
}

void LibraryPanel::selectArticle(qint64 id)
{
    const int row = m_articles->rowOf(id);
    if (row < 0)
        return;
    QModelIndex index =
        m_filter->mapFromSource(m_articles->index(row, ArticleListModel::TitleColumn));
    if (!index.isValid()) {
        // Hidden by a filter: showing what the user asked for wins.
        clearFilters();
        index = m_filter->mapFromSource(m_articles->index(row, ArticleListModel::TitleColumn));
    }
    m_list->setCurrentIndex(index);
    m_list->scrollTo(index);
}

void LibraryPanel::selectArticles(const QList<qint64> &ids)
{
    QItemSelection selection;
    QModelIndex first;
    for (const qint64 id : ids) {
        const int row = m_articles->rowOf(id);
        const QModelIndex index =
            row < 0 ? QModelIndex() : m_filter->mapFromSource(m_articles->index(row, 0));
        if (!index.isValid())
            continue;
        if (!first.isValid())
            first = index;
        selection.select(index, index);
    }
    if (!first.isValid())
        return;
    const QSignalBlocker block(this);
    m_list->selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
    m_list->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect |
                                                    QItemSelectionModel::Rows);
    m_list->scrollTo(first);
}

void LibraryPanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

} // namespace parallax
