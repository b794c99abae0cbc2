#include "session/libraryhost.h"

#include "storage/database.h"

namespace parallax {

LibraryHost::LibraryHost(QObject *parent) : QObject(parent) {}

LibraryHost::~LibraryHost() = default;

void LibraryHost::setLibrary(std::unique_ptr<Database> library)
{
    emit libraryAboutToChange();
    m_library = std::move(library);
    emit libraryChanged(m_library);
}

} // namespace parallax
