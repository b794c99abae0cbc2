// Writing a whole buffer to a file. A write may take only part of its bytes (a disk that
// fills up, a file-size limit); the rest is written again, and the write that then fails
// carries the system's reason, which the first short write does not.
#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QIODevice>
#include <QString>

namespace parallax {

// what names the file in the error ("the CSV").
Status writeAll(QIODevice &out, const QByteArray &bytes, const QString &what);

} // namespace parallax
