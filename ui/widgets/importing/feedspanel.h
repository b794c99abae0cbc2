// The news feeds the library follows: subscribe, unsubscribe, and refresh one or all in the
// background (the import dialog shows the progress, Cancel and what came in).
#pragma once

#include "session/libraryhost.h"

#include <QWidget>

class QPushButton;
class QTableView;

namespace parallax {

class Database;
class FeedListModel;

class FeedsPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit FeedsPanel(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(FeedsPanel)

    void setLibrary(LibraryRef library);
    FeedListModel *model() const { return m_model; }

    // Subscribes and returns the new feed's id; 0 (and a message) when the address is not a
    // web address or is already subscribed.
    qint64 subscribe(const QString &url, const QString &outlet);
    void addFeed();
    void removeSelected();
    void refresh(bool all);

signals:
    void refreshRequested(const QList<qint64> &feedIds);

private:
    QList<qint64> selectedIds() const;
    void updateButtons();

    LibraryRef m_library;
    FeedListModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_refreshAll = nullptr;
};

} // namespace parallax
