// Two to four articles side by side, each pane with its own layer toggles. Selecting a
// quotation selects its counterparts in the other panes and shows how the wordings differ;
// a summary lists each article's speakers, places (and spellings) and shared statements.
#pragma once

#include "comparison/comparison.h"
#include "session/libraryhost.h"
#include "storage/facetstore.h"

#include <QWidget>

class QSplitter;
class QTabWidget;
class QTextBrowser;

namespace parallax {

class Database;
class ReadingPane;

class ComparisonView final : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kMaxPanes = 4;

    explicit ComparisonView(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ComparisonView)

    void setLibrary(LibraryRef library);
    // Loads and aligns the articles (2 to 4); returns an error message or an empty string.
    QString compare(const QList<qint64> &articleIds);
    void clear();
    int paneCount() const;
    ReadingPane *pane(int index) const;
    const Comparison &comparison() const { return m_comparison; }
    void selectQuote(qint64 annotationId);
    void setDarkPalette(bool dark);
    void focusPane(int step); // +1 next pane, -1 previous

signals:
    void annotationActivated(qint64 articleId, qint64 annotationId);
    void showAllMentions(parallax::FacetKind kind, qint64 id, const QString &label);
    void findStatement(qint64 annotationId);

private:
    LibraryRef m_library;
    Comparison m_comparison;
    QSplitter *m_panes = nullptr;
    QList<ReadingPane *> m_paneList;
    QTabWidget *m_details = nullptr;
    QTextBrowser *m_diff = nullptr;
    QTextBrowser *m_summary = nullptr;
};

} // namespace parallax
