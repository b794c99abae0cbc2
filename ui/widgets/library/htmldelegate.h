// Draws an item's rich-text role (search snippets with the matched words in bold).
#pragma once

#include <QStyledItemDelegate>

namespace parallax {

class HtmlDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    HtmlDelegate(int htmlRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_role;
};

} // namespace parallax
