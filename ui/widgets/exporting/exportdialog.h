// File → Export…: what to export (the library, the selected articles, one claim, or a code
// with its sub-codes), in which format and where, with a preview of what the file will hold.
#pragma once

#include "export/exportdata.h"
#include "export/exporter.h"
#include "session/libraryhost.h"

#include <QDialog>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace parallax {

class Database;

class ExportDialog final : public QDialog
{
    Q_OBJECT
public:
    ExportDialog(LibraryRef library, QList<qint64> selectedArticles, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ExportDialog)

    ExportScope scope() const;
    ExportFormat format() const;
    QString path() const;
    void setPath(const QString &path);
    QString previewText() const;

private:
    void updatePreview();
    QString scopeTitle() const;
    void browse();
    void followFormat();

    LibraryRef m_library;
    QList<qint64> m_selected;
    QButtonGroup *m_scopes = nullptr;
    QRadioButton *m_whole = nullptr;
    QRadioButton *m_articles = nullptr;
    QRadioButton *m_claim = nullptr;
    QRadioButton *m_code = nullptr;
    QComboBox *m_claims = nullptr;
    QComboBox *m_codes = nullptr;
    QComboBox *m_format = nullptr;
    QLineEdit *m_path = nullptr;
    QLabel *m_preview = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace parallax
