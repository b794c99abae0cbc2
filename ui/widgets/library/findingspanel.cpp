#include "library/findingspanel.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace parallax {

namespace {

constexpr int kArticleRole = Qt::UserRole + 1;
constexpr int kAnnotationRole = Qt::UserRole + 2;

} // namespace

FindingsPanel::FindingsPanel(QWidget *parent) : QWidget(parent)
{
    m_title = new QLabel;
    m_title->setObjectName(u"findingsTitle"_s);
    m_title->setWordWrap(true);
    m_list = new QListWidget;
    m_list->setObjectName(u"findingsList"_s);
    m_list->setAccessibleName(tr("Passages found in the library"));
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_title);
    layout->addWidget(m_list, 1);
    auto activate = [this](QListWidgetItem *item) {
        emit passageActivated(item->data(kArticleRole).toLongLong(),
                              item->data(kAnnotationRole).toLongLong());
    };
    connect(m_list, &QListWidget::itemActivated, this, activate);
    connect(m_list, &QListWidget::itemClicked, this, activate);
}

void FindingsPanel::showPassages(const QString &title, const QList<LibraryPassage> &passages)
{
    m_title->setText(u"<b>%1</b> — %2"_s.arg(title.toHtmlEscaped(),
                                             tr("%n passage(s)", nullptr, int(passages.size()))));
    m_list->clear();
    for (const LibraryPassage &p : passages) {
        auto *item = new QListWidgetItem(u"%1\n%2"_s.arg(p.heading, p.text.simplified()));
        item->setData(kArticleRole, p.articleId);
        item->setData(kAnnotationRole, p.annotationId);
        item->setToolTip(p.text);
        m_list->addItem(item);
    }
}

int FindingsPanel::passageCount() const
{
    return m_list->count();
}

} // namespace parallax
