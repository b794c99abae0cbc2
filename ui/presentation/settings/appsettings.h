// Typed access to the application's settings, so keys and defaults live in one place.
#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>

namespace parallax {

class AppSettings final
{
public:
    AppSettings();

    QString lastLibraryPath() const;
    void setLastLibraryPath(const QString &path);
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    bool darkTheme() const;
    void setDarkTheme(bool dark);
    QString lastImportFolder() const;
    void setLastImportFolder(const QString &folder);

private:
    QSettings m_settings;
};

} // namespace parallax
