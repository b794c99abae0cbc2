// Imports in the background (files and folders, web pages by address, or the new items of
// news feeds): a progress bar and Cancel while it runs, then the outcome of each file or page
// (imported, duplicate, or failed and why).
#pragma once

#include "session/libraryhost.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace parallax {

class Database;
class ImportController;
class ImportResultModel;
struct ImportReport;

class ImportDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ImportDialog(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ImportDialog)

    // Starts importing paths into library; the dialog shows the progress.
    bool start(const LibraryRef &library, const QStringList &paths);
    bool startUrls(const LibraryRef &library, const QStringList &urls);
    bool startFeedRefresh(const LibraryRef &library, const QList<qint64> &feedIds);
    ImportController *controller() const { return m_controller; }
    ImportResultModel *results() const { return m_results; }

signals:
    void importFinished(const parallax::ImportReport &report);

protected:
    void reject() override;

private:
    void showReport(const ImportReport &report);

    ImportController *m_controller = nullptr;
    ImportResultModel *m_results = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QTableView *m_table = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QString m_progressText; // "%1 of %2 …"
};

} // namespace parallax
