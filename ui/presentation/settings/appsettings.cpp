#include "settings/appsettings.h"

using namespace Qt::StringLiterals;

namespace parallax {

AppSettings::AppSettings() = default;

QString AppSettings::lastLibraryPath() const
{
    return m_settings.value(u"library/lastPath"_s).toString();
}

void AppSettings::setLastLibraryPath(const QString &path)
{
    m_settings.setValue(u"library/lastPath"_s, path);
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings.value(u"window/geometry"_s).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(u"window/geometry"_s, geometry);
}

QByteArray AppSettings::windowState() const
{
    return m_settings.value(u"window/state"_s).toByteArray();
}

void AppSettings::setWindowState(const QByteArray &state)
{
    m_settings.setValue(u"window/state"_s, state);
}

bool AppSettings::darkTheme() const
{
    return m_settings.value(u"view/darkTheme"_s, false).toBool();
}

void AppSettings::setDarkTheme(bool dark)
{
    m_settings.setValue(u"view/darkTheme"_s, dark);
}

QString AppSettings::lastImportFolder() const
{
    return m_settings.value(u"import/lastFolder"_s).toString();
}

void AppSettings::setLastImportFolder(const QString &folder)
{
    m_settings.setValue(u"import/lastFolder"_s, folder);
}

} // namespace parallax
