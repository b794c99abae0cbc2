#include "export/devicewrite.h"

using namespace Qt::StringLiterals;

namespace parallax {

Status writeAll(QIODevice &out, const QByteArray &bytes, const QString &what)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        const qint64 written = out.write(bytes.constData() + done, bytes.size() - done);
        if (written <= 0) {
            const QString reason =
                written < 0 ? out.errorString() : u"the file system takes no more bytes"_s;
            return makeError(ErrorCode::Io, u"cannot write %1: %2"_s.arg(what, reason));
        }
        done += written;
    }
    return {};
}

} // namespace parallax
