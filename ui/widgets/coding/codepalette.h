// "Apply code…": a searchable list of every code; Enter applies the highlighted one.
#pragma once

#include "domain/codebook.h"

#include <QDialog>

class QLineEdit;
class QListWidget;

namespace parallax {

class CodePalette final : public QDialog
{
    Q_OBJECT
public:
    explicit CodePalette(const QList<Code> &codes, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(CodePalette)

    // The chosen code once accepted, else 0.
    qint64 chosenCode() const { return m_chosen; }

private:
    void filter(const QString &text);

    QLineEdit *m_filter = nullptr;
    QListWidget *m_list = nullptr;
    qint64 m_chosen = 0;
};

} // namespace parallax
