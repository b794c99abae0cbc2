#include "importing/importdialog.h"

#include "importing/importcontroller.h"
#include "models/importresultmodel.h"
#include "storage/database.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace parallax {

ImportDialog::ImportDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(u"importDialog"_s);
    setWindowTitle(tr("Import Articles"));
    resize(720, 420);
    m_controller = new ImportController(this);
    m_results = new ImportResultModel(this);

    m_status = new QLabel(tr("Preparing…"));
    m_status->setObjectName(u"importStatus"_s);
    m_progress = new QProgressBar;
    m_progress->setObjectName(u"importProgress"_s);
    m_progress->setAccessibleName(tr("Import progress"));
    m_progress->setRange(0, 0);
    m_cancel = new QPushButton(tr("Cancel"));
    m_cancel->setObjectName(u"importCancel"_s);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_controller->cancel();
        m_cancel->setEnabled(false);
        m_status->setText(tr("Cancelling after the current batch…"));
    });
    auto *row = new QHBoxLayout;
    row->addWidget(m_progress, 1);
    row->addWidget(m_cancel);

    m_table = new QTableView;
    m_table->setObjectName(u"importResults"_s);
    m_table->setAccessibleName(tr("Import results"));
    m_table->setModel(m_results);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->resizeSection(ImportResultModel::FileColumn, 220);
    m_table->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_buttons->setObjectName(u"importButtons"_s);
    m_buttons->button(QDialogButtonBox::Close)->setEnabled(false);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addLayout(row);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_buttons);

    connect(m_controller, &ImportController::progress, this,
            [this](qsizetype done, qsizetype total) {
                m_progress->setRange(0, int(total));
                m_progress->setValue(int(done));
                m_status->setText(m_progressText.arg(done).arg(total));
            });
    connect(m_controller, &ImportController::finished, this, &ImportDialog::showReport);
}

bool ImportDialog::start(const LibraryRef &library, const QStringList &paths)
{
    m_progressText = tr("Importing %1 of %2 files…");
    return m_controller->start(library, paths);
}

bool ImportDialog::startUrls(const LibraryRef &library, const QStringList &urls)
{
    setWindowTitle(tr("Import from the Web"));
    m_progressText = tr("Fetching %1 of %2 pages…");
    m_status->setText(tr("Fetching…"));
    return m_controller->startUrls(library, urls);
}

bool ImportDialog::startFeedRefresh(const LibraryRef &library, const QList<qint64> &feedIds)
{
    setWindowTitle(tr("Refresh Feeds"));
    m_progressText = tr("Refreshing feed %1 of %2…");
    m_status->setText(tr("Fetching the feeds…"));
    return m_controller->startFeedRefresh(library, feedIds);
}

void ImportDialog::showReport(const ImportReport &report)
{
    m_results->setReport(report);
    m_progress->setRange(0, 1);
    m_progress->setValue(1);
    m_cancel->setEnabled(false);
    m_buttons->button(QDialogButtonBox::Close)->setEnabled(true);
    m_table->show();
    const int skipped = report.count(ImportOutcome::Skipped);
    QString summary = tr("%1 imported, %2 duplicates, %3 failed")
                          .arg(report.count(ImportOutcome::Imported))
                          .arg(report.count(ImportOutcome::Duplicate))
                          .arg(report.count(ImportOutcome::Failed));
    if (skipped > 0)
        summary += tr(", %1 skipped").arg(skipped);
    summary += u'.';
    m_status->setText(report.cancelled ? tr("Cancelled. %1").arg(summary) : summary);
    emit importFinished(report);
}

void ImportDialog::reject()
{
    // Closing while it runs cancels; the dialog stays until the importer has stopped, so no
    // half-finished batch is left behind.
    if (m_controller->isRunning()) {
        m_cancel->click();
        return;
    }
    QDialog::reject();
}

} // namespace parallax
