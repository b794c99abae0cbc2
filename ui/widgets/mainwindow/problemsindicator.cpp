#include "mainwindow/problemsindicator.h"

#include "session/problems.h"

#include <QMenu>
#include <QStatusBar>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace parallax {
namespace {

constexpr int kKept = 20;

} // namespace

ProblemsIndicator::ProblemsIndicator(QStatusBar *statusBar) : m_statusBar(statusBar)
{
    setObjectName(u"problemsIndicator"_s);
    setAutoRaise(true);
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
    setPopupMode(QToolButton::InstantPopup);
    setMenu(new QMenu(this));
    hide();
    connect(&Problems::instance(), &Problems::reported, this, &ProblemsIndicator::add);
    statusBar->addPermanentWidget(this);
}

void ProblemsIndicator::add(const QString &what, const QString &message)
{
    const QString line = tr("%1: %2").arg(what, message);
    m_statusBar->showMessage(line, 10000);
    if (!m_problems.isEmpty() && m_problems.constLast() == line)
        return; // the same failure again, as a view retries
    m_problems.append(line);
    while (m_problems.size() > kKept)
        m_problems.removeFirst();
    ++m_total;
    setText(tr("%n problem(s)", nullptr, m_total));
    setToolTip(line);
    setAccessibleName(text());
    rebuildMenu();
    show();
}

void ProblemsIndicator::rebuildMenu()
{
    QMenu *list = menu();
    list->clear();
    for (auto it = m_problems.crbegin(); it != m_problems.crend(); ++it)
        list->addAction(*it)->setEnabled(false);
    list->addSeparator();
    QAction *clearing = list->addAction(tr("Clear"), this, &ProblemsIndicator::clear);
    clearing->setObjectName(u"actionClearProblems"_s);
}

void ProblemsIndicator::clear()
{
    m_problems.clear();
    m_total = 0;
    menu()->clear();
    hide();
}

} // namespace parallax
