// A button at the right of the status bar that appears when something failed while the
// window read the library (see session/problems.h): it counts the problems, its menu lists
// the latest with their reasons, and Clear hides it. Each problem also shows in the status
// bar as it happens.
#pragma once

#include <QStringList>
#include <QToolButton>

class QStatusBar;

namespace parallax {

class ProblemsIndicator final : public QToolButton
{
    Q_OBJECT
public:
    explicit ProblemsIndicator(QStatusBar *statusBar);

    const QStringList &problems() const { return m_problems; }
    void clear();

private:
    void add(const QString &what, const QString &message);
    void rebuildMenu();

    QStatusBar *m_statusBar;
    QStringList m_problems; // the latest last
    int m_total = 0;
};

} // namespace parallax
