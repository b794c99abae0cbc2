// The library the application has open. One host is created before any window and outlives
// them all; windows and panels hold shared references to the library it gives them, never
// raw pointers, so a panel that still holds the previous library after a switch reads a
// library that is still open instead of a freed one.
#pragma once

#include <QObject>
#include <memory>

namespace parallax {

class Database;

// What panels and models hold: the library stays open while any of them refers to it.
using LibraryRef = std::shared_ptr<const Database>;

class LibraryHost final : public QObject
{
    Q_OBJECT
public:
    explicit LibraryHost(QObject *parent = nullptr);
    ~LibraryHost() override;
    Q_DISABLE_COPY_MOVE(LibraryHost)

    // Takes over an open library (or none) and tells the windows. The previous library is
    // closed once the last panel lets go of it.
    void setLibrary(std::unique_ptr<Database> library);
    LibraryRef library() const { return m_library; }
    bool hasLibrary() const { return m_library != nullptr; }

signals:
    // Before the switch: panels drop what they show of the previous library.
    void libraryAboutToChange();
    // After the switch: panels read the new library (null when none is open).
    void libraryChanged(const parallax::LibraryRef &library);

private:
    LibraryRef m_library;
};

} // namespace parallax
