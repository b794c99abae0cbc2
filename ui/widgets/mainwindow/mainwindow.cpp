#include "mainwindow/mainwindow.h"

#include "comparison/comparisonview.h"
#include "editing/editsession.h"
#include "exporting/exportactions.h"
#include "files/filedialogs.h"
#include "import/importer.h"
#include "importing/feedspanel.h"
#include "library/findingspanel.h"
#include "library/librarypanel.h"
#include "library/metadatadialog.h"
#include "mainwindow/darkpalette.h"
#include "mainwindow/editingcontroller.h"
#include "mainwindow/librarypassages.h"
#include "mainwindow/libraryrepair.h"
#include "mainwindow/paneldock.h"
#include "mainwindow/problemsindicator.h"
#include "models/articlelistmodel.h"
#include "notes/notespanel.h"
#include "reading/inspectorpanel.h"
#include "reading/readingpane.h"
#include "session/problems.h"
#include "settings/appsettings.h"
#include "storage/articlestore.h"
#include "storage/changenotifier.h"
#include "storage/database.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace parallax {

MainWindow::MainWindow(LibraryHost &host, QWidget *parent) : QMainWindow(parent), m_host(host)
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Parallax"));
    setAcceptDrops(true);
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);

    m_reader = new ReadingPane;
    m_reader->setObjectName(u"readingPane"_s);
    m_reader->setAccessibleName(tr("Article"));
    m_comparison = new ComparisonView;
    m_comparison->setObjectName(u"comparisonView"_s);
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(u"centralTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_reader, tr("Article"));
    m_tabs->addTab(m_comparison, tr("Side by Side"));
    setCentralWidget(m_tabs);

    createDocks();
    m_editing = new EditingController(this, m_reader, m_comparison, m_inspector);
    // The codebook shares the right side with the inspector; claims share the bottom with the
    // passages found in the library, and show when asked for.
    tabifyDockWidget(findChild<QDockWidget *>(u"inspectorDock"_s),
                     findChild<QDockWidget *>(u"codebookDock"_s));
    tabifyDockWidget(findChild<QDockWidget *>(u"codebookDock"_s),
                     findChild<QDockWidget *>(u"notesDock"_s));
    findChild<QDockWidget *>(u"inspectorDock"_s)->raise();
    tabifyDockWidget(findChild<QDockWidget *>(u"findingsDock"_s),
                     findChild<QDockWidget *>(u"claimsDock"_s));
    findChild<QDockWidget *>(u"claimsDock"_s)->hide();
    resizeDocks(
        {findChild<QDockWidget *>(u"libraryDock"_s), findChild<QDockWidget *>(u"inspectorDock"_s)},
        {520, 330}, Qt::Horizontal);
    createActions();

    connect(m_libraryPanel, &LibraryPanel::currentArticleChanged, this, &MainWindow::showArticle);
    connect(m_libraryPanel, &LibraryPanel::selectionChanged, this, &MainWindow::updateActions);
    connect(m_reader, &ReadingPane::annotationActivated, m_inspector,
            &InspectorPanel::selectAnnotation);
    connect(m_inspector, &InspectorPanel::annotationActivated, this, [this](qint64 id) {
        ReadingPane *pane = activePane();
        pane->selectAnnotation(id);
        if (pane != m_reader)
            m_comparison->selectQuote(id);
    });
    for (ReadingPane *source : {m_reader}) {
        connect(source, &ReadingPane::showAllMentions, this, &MainWindow::showAllMentions);
        connect(source, &ReadingPane::findStatement, this, &MainWindow::findStatement);
    }
    connect(m_comparison, &ComparisonView::showAllMentions, this, &MainWindow::showAllMentions);
    connect(m_comparison, &ComparisonView::findStatement, this, &MainWindow::findStatement);
    connect(m_comparison, &ComparisonView::annotationActivated, this,
            [this](qint64 articleId, qint64 id) {
                for (int i = 0; i < m_comparison->paneCount(); ++i)
                    if (m_comparison->pane(i)->article().article.id == articleId) {
                        m_inspector->setArticle(m_comparison->pane(i)->article());
                        m_inspector->selectAnnotation(id);
                    }
            });
    connect(m_findings, &FindingsPanel::passageActivated, this, &MainWindow::openPassage);
    connect(m_editing, &EditingController::passageActivated, this, &MainWindow::openPassage);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateActions);

    const AppSettings settings;
    if (!restoreGeometry(settings.windowGeometry()))
        resize(1440, 900);
    restoreState(settings.windowState());
    m_darkAction->setChecked(settings.darkTheme());
    new ProblemsIndicator(statusBar());
    connect(&m_host, &LibraryHost::libraryAboutToChange, this, &MainWindow::detachLibrary);
    connect(&m_host, &LibraryHost::libraryChanged, this, &MainWindow::showLibrary);
    showLibrary(m_host.library());
}

MainWindow::~MainWindow()
{
    // The edit session and the panels let go of the library before the window's parts go.
    detachLibrary();
}

void MainWindow::createDocks()
{
    // Their sizes are set once every dock is in (the editing docks share these areas).
    m_libraryPanel = new LibraryPanel;
    addPanelDock(this, m_libraryPanel, tr("Library"), u"libraryPanel"_s, u"libraryDock"_s,
                 Qt::LeftDockWidgetArea);
    m_inspector = new InspectorPanel;
    addPanelDock(this, m_inspector, tr("Inspector"), u"inspectorPanel"_s, u"inspectorDock"_s,
                 Qt::RightDockWidgetArea);
    m_findings = new FindingsPanel;
    addPanelDock(this, m_findings, tr("Found in the Library"), u"findingsPanel"_s,
                 u"findingsDock"_s, Qt::BottomDockWidgetArea)
        ->hide();
    m_feeds = new FeedsPanel;
    addPanelDock(this, m_feeds, tr("Feeds"), u"feedsPanel"_s, u"feedsDock"_s,
                 Qt::BottomDockWidgetArea)
        ->hide();
    connect(m_feeds, &FeedsPanel::refreshRequested, this, &MainWindow::refreshFeeds);
}

void MainWindow::createActions()
{
    auto add = [this](QMenu *menu, const QString &text, const QString &name, auto slot,
                      const QKeySequence &shortcut = {}) {
        QAction *action = menu->addAction(text, this, slot);
        action->setObjectName(name);
        if (!shortcut.isEmpty())
            action->setShortcut(shortcut);
        return action;
    };

    QMenu *file = menuBar()->addMenu(tr("&File"));
    add(
        file, tr("&New Library…"), u"actionNewLibrary"_s, [this] { chooseLibrary(true); },
        QKeySequence::New);
    add(
        file, tr("&Open Library…"), u"actionOpenLibrary"_s, [this] { chooseLibrary(false); },
        QKeySequence::Open);
    file->addSeparator();
    add(
        file, tr("&Import Files…"), u"actionImport"_s, [this] { chooseImport(false); },
        QKeySequence(Qt::CTRL | Qt::Key_I));
    add(
        file, tr("Import &Folder…"), u"actionImportFolder"_s, [this] { chooseImport(true); },
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    add(file, tr("Import from &URL…"), u"actionImportUrl"_s, &MainWindow::chooseImportUrls,
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    add(
        file, tr("Refresh F&eeds"), u"actionRefreshFeeds"_s, [this] { refreshFeeds({}); },
        QKeySequence(Qt::Key_F5));
    file->addSeparator();
    add(file, tr("&Check Library for Damage"), u"actionCheckLibrary"_s, [this] {
        if (m_library)
            libraryrepair::check(this, m_library->path());
    });
    add(file, tr("&Salvage a Damaged Library…"), u"actionSalvageLibrary"_s, [this] {
        const QString dir = m_library ? QFileInfo(m_library->path()).absolutePath() : QString();
        const QString damaged =
            filedialogs::openFile(this, tr("Salvage a Damaged Library"), dir,
                                  tr("Parallax libraries (*.sqlite *.parallax);;All files (*)"));
        if (damaged.isEmpty())
            return;
        if (const QString salvaged = libraryrepair::salvage(this, damaged); !salvaged.isEmpty())
            openLibraryFile(salvaged);
    });
    file->addSeparator();
    QAction *quit = add(file, tr("&Quit"), u"actionQuit"_s, &QWidget::close, QKeySequence::Quit);
    m_export =
        new ExportActions(this, m_host, [this] { return m_libraryPanel->selectedArticleIds(); });
    m_export->addTo(file, quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    add(
        edit, tr("&Find in Library"), u"actionFind"_s, [this] { m_libraryPanel->focusSearch(); },
        QKeySequence::Find);
    add(edit, tr("&Clear Filters"), u"actionClearFilters"_s,
        [this] { m_libraryPanel->clearFilters(); });
    edit->addSeparator();
    m_metadataAction = add(edit, tr("Article &Details…"), u"actionEditMetadata"_s,
                           &MainWindow::editMetadata, QKeySequence(Qt::CTRL | Qt::Key_E));
    m_removeAction = add(edit, tr("&Remove Articles…"), u"actionRemoveArticles"_s,
                         &MainWindow::removeSelected, QKeySequence::Delete);
    m_removeAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_libraryPanel->articleList()->addAction(m_removeAction);

    QMenu *article = menuBar()->addMenu(tr("&Article"));
    m_editMenu = edit;
    m_compareAction = add(article, tr("&Compare Selected"), u"actionCompare"_s,
                          &MainWindow::compareSelected, QKeySequence(Qt::CTRL | Qt::Key_D));
    m_findStatementAction =
        add(article, tr("Find This &Statement in Other Articles"), u"actionFindStatement"_s,
            &MainWindow::findCurrentStatement, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    article->addSeparator();
    add(
        article, tr("&Next Highlight"), u"actionNextHighlight"_s,
        [this] { activePane()->stepHighlight(1); }, QKeySequence(Qt::Key_F8));
    add(
        article, tr("&Previous Highlight"), u"actionPreviousHighlight"_s,
        [this] { activePane()->stepHighlight(-1); }, QKeySequence(Qt::SHIFT | Qt::Key_F8));
    add(
        article, tr("Next &Pane"), u"actionNextPane"_s, [this] { m_comparison->focusPane(1); },
        QKeySequence(Qt::CTRL | Qt::Key_BracketRight));
    add(
        article, tr("Previous P&ane"), u"actionPreviousPane"_s,
        [this] { m_comparison->focusPane(-1); }, QKeySequence(Qt::CTRL | Qt::Key_BracketLeft));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    const QString layerNames[4] = {u"actionLayerQuotes"_s, u"actionLayerSpeakers"_s,
                                   u"actionLayerPlaces"_s, u"actionLayerCodes"_s};
    for (int i = 0; i < kHighlightLayerCount; ++i) {
        const auto layer = HighlightLayer(i);
        QAction *action = view->addAction(layerName(layer));
        action->setObjectName(layerNames[i]);
        action->setCheckable(true);
        action->setChecked(true);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key(Qt::Key_1 + i)));
        connect(action, &QAction::toggled, this, [this, layer](bool on) {
            m_reader->setLayerVisible(layer, on);
            for (int p = 0; p < ComparisonView::kMaxPanes; ++p)
                m_comparison->pane(p)->setLayerVisible(layer, on);
        });
        m_layerActions[i] = action;
    }
    view->addSeparator();
    m_darkAction = view->addAction(tr("&Dark Theme"));
    m_darkAction->setObjectName(u"actionDarkTheme"_s);
    m_darkAction->setCheckable(true);
    connect(m_darkAction, &QAction::toggled, this, &MainWindow::setDarkTheme);
    view->addSeparator();
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        view->addAction(dock->toggleViewAction());
    m_editing->addActions(m_editMenu, view);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Parallax"), this, [this] {
        QMessageBox::about(this, tr("About Parallax"),
                           tr("<h3>Parallax %1</h3><p>Read news reports side by side: their "
                              "quotations, speakers and places, whatever the spelling.</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::detachLibrary()
{
    m_libraryPanel->setLibrary(nullptr);
    m_editing->setLibrary(nullptr);
    m_reader->setLibrary(nullptr);
    m_comparison->setLibrary(nullptr);
    m_feeds->setLibrary(nullptr);
    if (m_library)
        disconnect(m_library->notifier(), nullptr, this, nullptr);
    m_library.reset();
}

void MainWindow::showLibrary(const LibraryRef &library)
{
    detachLibrary();
    m_library = library;
    watchLibraryLocks();
    m_libraryPanel->setLibrary(m_library);
    m_reader->setLibrary(m_library);
    m_comparison->setLibrary(m_library);
    m_editing->setLibrary(m_library);
    m_feeds->setLibrary(m_library);
    m_reader->clearArticle();
    m_inspector->clearArticle();
    if (m_library) {
        setWindowTitle(tr("%1 — Parallax").arg(QFileInfo(m_library->path()).fileName()));
        setWindowFilePath(m_library->path());
        QTableView *list = m_libraryPanel->articleList();
        if (list->model()->rowCount() > 0)
            list->setCurrentIndex(list->model()->index(0, ArticleListModel::TitleColumn));
    }
    updateActions();
}

void MainWindow::showArticle(qint64 articleId)
{
    if (!m_library || articleId == 0) {
        m_reader->clearArticle();
        m_inspector->clearArticle();
        return;
    }
    if (m_libraryPanel->currentArticleId() != articleId) {
        // Selecting the row comes back here through currentArticleChanged, which shows it.
        m_libraryPanel->selectArticle(articleId);
        if (m_libraryPanel->currentArticleId() == articleId)
            return;
    }
    auto data = loadReadingData(*m_library, articleId, m_editing->showRejected());
    if (!data) {
        Problems::report(lcWidgets, tr("Cannot show the article"), data.error().message);
        return;
    }
    m_reader->showArticle(*data);
    m_inspector->setArticle(*data);
    m_editing->notes()->setArticle(articleId);
    m_tabs->setCurrentWidget(m_reader);
    updateActions();
}

bool MainWindow::compareArticles(const QList<qint64> &articleIds)
{
    const QString error = m_comparison->compare(articleIds);
    if (!error.isEmpty()) {
        statusBar()->showMessage(error, 8000);
        return false;
    }
    m_tabs->setCurrentWidget(m_comparison);
    m_libraryPanel->selectArticles(articleIds);
    m_inspector->setArticle(m_comparison->pane(0)->article());
    updateActions();
    return true;
}

void MainWindow::compareSelected()
{
    compareArticles(m_libraryPanel->selectedArticleIds());
}

void MainWindow::openPassage(qint64 articleId, qint64 annotationId)
{
    for (int i = 0; m_tabs->currentWidget() == m_comparison && i < m_comparison->paneCount(); ++i) {
        if (m_comparison->pane(i)->article().annotation(annotationId)) {
            m_comparison->selectQuote(annotationId);
            m_comparison->pane(i)->selectAnnotation(annotationId);
            return;
        }
    }
    showArticle(articleId);
    m_reader->selectAnnotation(annotationId);
    m_inspector->selectAnnotation(annotationId);
}

void MainWindow::showAllMentions(FacetKind kind, qint64 id, const QString &label)
{
    if (!m_library)
        return;
    auto passages = mentionPassages(*m_library, kind, id);
    if (!passages) {
        statusBar()->showMessage(passages.error().message, 8000);
        return;
    }
    m_findings->showPassages(tr("Mentions of %1").arg(label), *passages);
    m_findings->parentWidget()->show();
}

void MainWindow::findStatement(qint64 annotationId)
{
    ReadingPane *pane = activePane();
    const Annotation *quote = pane->article().annotation(annotationId);
    for (int i = 0; !quote && i < m_comparison->paneCount(); ++i)
        quote = m_comparison->pane(i)->article().annotation(annotationId);
    if (!m_library || !quote)
        return;
    auto passages = statementPassages(*m_library, *quote);
    if (!passages) {
        statusBar()->showMessage(passages.error().message, 8000);
        return;
    }
    QString shortQuote = quote->exact.simplified();
    if (shortQuote.size() > 60)
        shortQuote = shortQuote.left(59) + u'…';
    m_findings->showPassages(tr("Other articles reporting “%1”").arg(shortQuote), *passages);
    m_findings->parentWidget()->show();
}

void MainWindow::findCurrentStatement()
{
    ReadingPane *pane = activePane();
    const Annotation *a = pane->article().annotation(pane->selectedAnnotation());
    if (a && a->kind == AnnotationKind::Quote)
        findStatement(a->id);
    else
        statusBar()->showMessage(tr("Select a quotation first."), 5000);
}

void MainWindow::editMetadata()
{
    if (!m_library)
        return;
    const qint64 id = m_libraryPanel->currentArticleId();
    auto summary = ArticleStore(*m_library).summary(id);
    if (!summary)
        return;
    MetadataDialog dialog(*summary, this);
    if (dialog.exec() != QDialog::Accepted || dialog.patch().isEmpty())
        return;
    // A refusal is reported by the session's error path.
    if (m_editing->session()->editArticleDetails(id, dialog.patch()))
        showArticle(id);
}

void MainWindow::removeSelected()
{
    if (!m_library)
        return;
    const QList<qint64> ids = m_libraryPanel->selectedArticleIds();
    if (ids.isEmpty())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Remove Articles"),
        tr("Remove %n article(s) from the library, with their annotations and notes? "
           "This cannot be undone.",
           nullptr, int(ids.size())),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    m_editing->session()->removeArticles(ids); // all or none; a refusal is reported by the session
}

void MainWindow::updateActions()
{
    const int selected = int(m_libraryPanel->selectedArticleIds().size());
    m_compareAction->setEnabled(selected >= 2 && selected <= ComparisonView::kMaxPanes);
    m_removeAction->setEnabled(selected > 0);
    m_metadataAction->setEnabled(m_libraryPanel->currentArticleId() != 0);
    m_findStatementAction->setEnabled(m_library != nullptr);
}

ReadingPane *MainWindow::activePane() const
{
    if (m_tabs->currentWidget() == m_comparison) {
        for (int i = 0; i < m_comparison->paneCount(); ++i)
            if (m_comparison->pane(i)->isAncestorOf(QApplication::focusWidget()))
                return m_comparison->pane(i);
        if (m_comparison->paneCount() > 0)
            return m_comparison->pane(0);
    }
    return m_reader;
}

void MainWindow::setDarkTheme(bool dark)
{
    AppSettings().setDarkTheme(dark);
    applyDarkPalette(dark);
    m_reader->setDarkPalette(dark);
    m_comparison->setDarkPalette(dark);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    AppSettings settings;
    settings.setWindowGeometry(saveGeometry());
    settings.setWindowState(saveState());
    event->accept();
}

} // namespace parallax
