#include "mainwindow/mainwindow.h"

#include "models/articlelistmodel.h"
#include "settings/appsettings.h"
#include "storage/articlestore.h"
#include "storage/database.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTextBrowser>

using namespace Qt::StringLiterals;

namespace parallax {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Parallax"));

    m_articles = new ArticleListModel(this);
    m_sorted = new QSortFilterProxyModel(this);
    m_sorted->setSourceModel(m_articles);
    m_sorted->setSortRole(ArticleListModel::SortRole);
    m_sorted->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_list = new QTableView;
    m_list->setObjectName(u"articleList"_s);
    m_list->setAccessibleName(tr("Articles"));
    m_list->setModel(m_sorted);
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(ArticleListModel::DateColumn, Qt::DescendingOrder);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setAlternatingRowColors(true);
    m_list->setWordWrap(false);
    m_list->verticalHeader()->hide();
    QHeaderView *header = m_list->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(ArticleListModel::TitleColumn, QHeaderView::Stretch);
    for (const int column : {ArticleListModel::LanguageColumn, ArticleListModel::QuotesColumn,
                             ArticleListModel::PlacesColumn})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->resizeSection(ArticleListModel::OutletColumn, 110);
    header->resizeSection(ArticleListModel::DateColumn, 90);
    m_list->verticalHeader()->setDefaultSectionSize(m_list->fontMetrics().height() + 8);

    m_reader = new QTextBrowser;
    m_reader->setObjectName(u"readingPane"_s);
    m_reader->setAccessibleName(tr("Article text"));
    m_reader->setOpenExternalLinks(false);
    m_reader->document()->setDocumentMargin(24);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(u"mainSplitter"_s);
    splitter->addWidget(m_list);
    splitter->addWidget(m_reader);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({620, 660});
    setCentralWidget(splitter);

    m_status = new QLabel;
    m_status->setObjectName(u"libraryStatus"_s);
    statusBar()->addPermanentWidget(m_status);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::showCurrentArticle);
    connect(m_articles, &QAbstractItemModel::modelReset, this, &MainWindow::updateStatus);
    connect(m_articles, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateStatus);
    createActions();

    const AppSettings settings;
    if (!restoreGeometry(settings.windowGeometry()))
        resize(1280, 800);
    restoreState(settings.windowState());
}

MainWindow::~MainWindow()
{
    // The model holds a pointer to the library: detach it before the library closes.
    m_articles->setDatabase(nullptr);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newLibrary = file->addAction(tr("&New Library…"), this, [this] { chooseLibrary(true); });
    newLibrary->setShortcut(QKeySequence::New);
    newLibrary->setObjectName(u"actionNewLibrary"_s);
    QAction *open = file->addAction(tr("&Open Library…"), this, [this] { chooseLibrary(false); });
    open->setShortcut(QKeySequence::Open);
    open->setObjectName(u"actionOpenLibrary"_s);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setObjectName(u"actionQuit"_s);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Parallax"), this, [this] {
        QMessageBox::about(this, tr("About Parallax"),
                           tr("<h3>Parallax %1</h3><p>Read news reports side by side: their "
                              "quotations, speakers and places, whatever the spelling.</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::setLibrary(std::unique_ptr<Database> library)
{
    m_articles->setDatabase(nullptr);
    m_library = std::move(library);
    m_articles->setDatabase(m_library.get());
    m_reader->clear();
    if (m_library) {
        setWindowTitle(tr("%1 — Parallax").arg(QFileInfo(m_library->path()).fileName()));
        setWindowFilePath(m_library->path());
        if (m_sorted->rowCount() > 0)
            m_list->setCurrentIndex(m_sorted->index(0, ArticleListModel::TitleColumn));
    }
    updateStatus();
}

void MainWindow::chooseLibrary(bool create)
{
    const QString dir = m_library ? QFileInfo(m_library->path()).absolutePath() : QString();
    const QString filter = tr("Parallax libraries (*.sqlite *.parallax);;All files (*)");
    const QString path = create
                             ? QFileDialog::getSaveFileName(this, tr("New Library"), dir, filter)
                             : QFileDialog::getOpenFileName(this, tr("Open Library"), dir, filter);
    if (!path.isEmpty())
        openLibraryFile(path);
}

void MainWindow::openLibraryFile(const QString &path)
{
    auto opened = Database::open(path);
    if (!opened) {
        QMessageBox::warning(this, tr("Cannot open library"), opened.error().message);
        return;
    }
    AppSettings().setLastLibraryPath(path);
    setLibrary(std::move(opened).value());
}

void MainWindow::showArticle(qint64 articleId)
{
    const int row = m_articles->rowOf(articleId);
    if (row >= 0)
        m_list->setCurrentIndex(m_sorted->mapFromSource(m_articles->index(row, 0)));
}

void MainWindow::showCurrentArticle()
{
    const QModelIndex current = m_list->currentIndex();
    if (!m_library || !current.isValid()) {
        m_reader->clear();
        return;
    }
    const qint64 id = current.data(ArticleListModel::ArticleIdRole).toLongLong();
    const auto article = ArticleStore(*m_library).get(id);
    if (!article) {
        m_reader->setPlainText(article.error().message);
        return;
    }
    QStringList meta;
    for (const QString &part : {article->outletName, article->published.left(10), article->author})
        if (!part.isEmpty())
            meta.append(part.toHtmlEscaped());
    QString html = u"<h2>%1</h2>"_s.arg(article->title.toHtmlEscaped());
    if (!meta.isEmpty())
        html += u"<p style='color:palette(mid)'>%1</p>"_s.arg(meta.join(u" · "_s));
    for (const QString &paragraph : article->body.split(u'\n', Qt::SkipEmptyParts))
        html += u"<p>%1</p>"_s.arg(paragraph.toHtmlEscaped());
    m_reader->setHtml(html);
}

void MainWindow::updateStatus()
{
    if (!m_library) {
        m_status->setText(tr("No library open"));
        return;
    }
    const QString error = m_articles->lastError();
    m_status->setText(error.isEmpty() ? tr("%n article(s)", nullptr, m_articles->rowCount())
                                      : error);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    AppSettings settings;
    settings.setWindowGeometry(saveGeometry());
    settings.setWindowState(saveState());
    event->accept();
}

} // namespace parallax
