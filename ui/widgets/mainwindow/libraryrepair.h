// Checking a library for damage and salvaging a damaged one, for the window: both run off the
// GUI thread with progress, and the salvage can be cancelled.
#pragma once

#include <QString>

class QWidget;

namespace parallax::libraryrepair {

// Asks for the new library's path, copies what can be read into it and reports what was
// lost; the new library's path when the user wants it opened, else empty.
QString salvage(QWidget *parent, const QString &damagedPath);

// Runs SQLite's quick_check on the library file and says what it found.
void check(QWidget *parent, const QString &path);

// The message for a library that could not be opened, with Salvage offered for a damaged one;
// the salvaged library's path when the user wants it opened, else empty.
QString reportOpenFailure(QWidget *parent, const QString &path, const QString &message,
                          bool damaged);

} // namespace parallax::libraryrepair
