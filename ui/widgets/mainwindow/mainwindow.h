// The main window: the library's article list and a reading pane for the current article.
#pragma once

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QSortFilterProxyModel;
class QTableView;
class QTextBrowser;
class QLabel;

namespace parallax {

class ArticleListModel;
class Database;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;
    Q_DISABLE_COPY_MOVE(MainWindow)

    // Takes over the open library and shows it.
    void setLibrary(std::unique_ptr<Database> library);
    const Database *library() const { return m_library.get(); }
    void showArticle(qint64 articleId);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void openLibraryFile(const QString &path);
    void chooseLibrary(bool create);
    void showCurrentArticle();
    void updateStatus();

    std::unique_ptr<Database> m_library;
    ArticleListModel *m_articles = nullptr;
    QSortFilterProxyModel *m_sorted = nullptr;
    QTableView *m_list = nullptr;
    QTextBrowser *m_reader = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace parallax
