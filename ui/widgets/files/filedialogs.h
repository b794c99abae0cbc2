// File dialogs that never open the files they list.
//
// To choose an icon and a type name, the platform's own file dialogs (GTK's, through GIO) and
// Qt's default icon provider read the first bytes of every file shown whose name is not
// conclusive, such as a library's -wal and -shm. Closing those reads releases every POSIX
// lock the process holds on the files, SQLite's included (see core/storage/libraryfiles.h),
// so a dialog showing the library's folder would let another process delete its log. These
// are Qt's own dialogs, with an icon provider that judges a file by its name alone. Each has
// the objectName "fileDialog".
#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace parallax::filedialogs {

QString openFile(QWidget *parent, const QString &title, const QString &folder,
                 const QString &filter);
QStringList openFiles(QWidget *parent, const QString &title, const QString &folder,
                      const QString &filter);
// Asks before replacing an existing file.
QString saveFile(QWidget *parent, const QString &title, const QString &path, const QString &filter);
QString folder(QWidget *parent, const QString &title, const QString &folder);

} // namespace parallax::filedialogs
