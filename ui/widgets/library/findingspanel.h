// Passages found across the library (every mention of a place or person, or the other
// articles reporting a statement); activating one opens its article at the passage.
#pragma once

#include <QWidget>

class QLabel;
class QListWidget;

namespace parallax {

struct LibraryPassage
{
    qint64 articleId = 0;
    qint64 annotationId = 0;
    QString heading; // article title, outlet, date
    QString text;    // the passage, with a little context
};

class FindingsPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit FindingsPanel(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(FindingsPanel)

    void showPassages(const QString &title, const QList<LibraryPassage> &passages);
    int passageCount() const;

signals:
    void passageActivated(qint64 articleId, qint64 annotationId);

private:
    QLabel *m_title = nullptr;
    QListWidget *m_list = nullptr;
};

} // namespace parallax
