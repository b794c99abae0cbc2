#include "coding/codepalette.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QPixmap>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace parallax {

CodePalette::CodePalette(const QList<Code> &codes, QWidget *parent) : QDialog(parent)
{
    setObjectName(u"codePalette"_s);
    setWindowTitle(tr("Apply Code"));
    m_filter = new QLineEdit;
    m_filter->setObjectName(u"codePaletteFilter"_s);
    m_filter->setPlaceholderText(tr("Type to find a code"));
    m_list = new QListWidget;
    m_list->setObjectName(u"codePaletteList"_s);
    m_list->setAccessibleName(tr("Codes"));
    for (const Code &code : codes) {
        QPixmap swatch(12, 12);
        swatch.fill(QColor(code.color));
        auto *item = new QListWidgetItem(QIcon(swatch), code.name, m_list);
        item->setData(Qt::UserRole, code.id);
        item->setToolTip(code.description);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_list);
    resize(360, 420);

    connect(m_filter, &QLineEdit::textChanged, this, &CodePalette::filter);
    auto choose = [this](QListWidgetItem *item) {
        if (!item || item->isHidden())
            return;
        m_chosen = item->data(Qt::UserRole).toLongLong();
        accept();
    };
    connect(m_list, &QListWidget::itemActivated, this, choose);
    connect(m_filter, &QLineEdit::returnPressed, this,
            [this, choose] { choose(m_list->currentItem()); });
    filter({});
}

void CodePalette::filter(const QString &text)
{
    QListWidgetItem *first = nullptr;
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        const bool shown = item->text().contains(text.trimmed(), Qt::CaseInsensitive);
        item->setHidden(!shown);
        if (shown && !first)
            first = item;
    }
    m_list->setCurrentItem(first);
}

} // namespace parallax
