// libFuzzer harness: any bytes as a REFI-QDA project.qde. The reader must refuse what it
// cannot read with an error, never crash, and never resolve external entities.
#include "export/qdpxproject.h"

#include <QByteArray>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray xml =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)parallax::qdpx::parseProject(xml);
    return 0;
}
