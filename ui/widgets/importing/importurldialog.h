// Asks for the addresses of web pages to import, one a line; refuses what is not an http or
// https address and says which lines.
#pragma once

#include <QDialog>

class QPlainTextEdit;

namespace parallax {

class ImportUrlDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ImportUrlDialog(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ImportUrlDialog)

    QStringList urls() const;
    void setText(const QString &text);

    void accept() override;

private:
    QPlainTextEdit *m_edit = nullptr;
};

} // namespace parallax
