#include "files/filedialogs.h"

#include <QFileDialog>
#include <QFileIconProvider>
#include <QMimeDatabase>

using namespace Qt::StringLiterals;

namespace parallax::filedialogs {
namespace {

// Icons and type names from the file name: never from the platform theme (which asks GIO) or
// from QMimeDatabase's default matching (which reads the file when its name is not enough).
class NameOnlyIconProvider final : public QFileIconProvider
{
public:
    using QFileIconProvider::icon;

    QIcon icon(const QFileInfo &info) const override
    {
        if (info.isDir())
            return QFileIconProvider::icon(Folder);
        const QMimeType type = mimeType(info);
        const QIcon fallback = QFileIconProvider::icon(File);
        return QIcon::fromTheme(type.iconName(),
                                QIcon::fromTheme(type.genericIconName(), fallback));
    }

    QString type(const QFileInfo &info) const override
    {
        if (info.isDir())
            return QFileDialog::tr("Folder");
        const QMimeType type = mimeType(info);
        if (!type.isDefault())
            return type.comment();
        return info.suffix().isEmpty() ? QFileDialog::tr("File")
                                       : QFileDialog::tr("%1 File").arg(info.suffix().toUpper());
    }

private:
    static QMimeType mimeType(const QFileInfo &info)
    {
        return QMimeDatabase().mimeTypeForFile(info.fileName(), QMimeDatabase::MatchExtension);
    }
};

NameOnlyIconProvider &iconProvider()
{
    static NameOnlyIconProvider provider;
    return provider;
}

QStringList run(QWidget *parent, const QString &title, const QString &start, const QString &filter,
                QFileDialog::FileMode mode, QFileDialog::AcceptMode accept)
{
    QFileDialog dialog(parent, title, start, filter);
    dialog.setObjectName(u"fileDialog"_s);
    // Set before anything is listed, so no file is ever looked at another way.
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setIconProvider(&iconProvider());
    dialog.setFileMode(mode);
    dialog.setAcceptMode(accept);
    if (mode == QFileDialog::Directory)
        dialog.setOption(QFileDialog::ShowDirsOnly);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    return dialog.selectedFiles();
}

QString first(const QStringList &files)
{
    return files.isEmpty() ? QString() : files.constFirst();
}

} // namespace

QString openFile(QWidget *parent, const QString &title, const QString &folder,
                 const QString &filter)
{
    return first(
        run(parent, title, folder, filter, QFileDialog::ExistingFile, QFileDialog::AcceptOpen));
}

QStringList openFiles(QWidget *parent, const QString &title, const QString &folder,
                      const QString &filter)
{
    return run(parent, title, folder, filter, QFileDialog::ExistingFiles, QFileDialog::AcceptOpen);
}

QString saveFile(QWidget *parent, const QString &title, const QString &path, const QString &filter)
{
    return first(run(parent, title, path, filter, QFileDialog::AnyFile, QFileDialog::AcceptSave));
}

QString folder(QWidget *parent, const QString &title, const QString &folder)
{
    return first(run(parent, title, folder, {}, QFileDialog::Directory, QFileDialog::AcceptOpen));
}

} // namespace parallax::filedialogs
