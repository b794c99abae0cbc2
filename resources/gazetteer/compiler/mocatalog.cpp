#include "mocatalog.h"

#include <QFile>
#include <QtEndian>

namespace {

constexpr quint32 kMagic = 0x950412de;

struct MoReader
{
    QByteArray data;
    bool swapped = false;

    quint32 word(qsizetype offset) const
    {
        if (offset < 0 || offset + 4 > data.size())
            return 0;
        quint32 value = qFromLittleEndian<quint32>(data.constData() + offset);
        return swapped ? qbswap(value) : value;
    }

    QString string(quint32 tableOffset, quint32 index) const
    {
        const quint32 length = word(tableOffset + index * 8);
        const quint32 offset = word(tableOffset + index * 8 + 4);
        if (qsizetype(offset) + qsizetype(length) > data.size())
            return {};
        return QString::fromUtf8(data.constData() + offset, length);
    }
};

} // namespace

QHash<QString, QString> readMoCatalog(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    MoReader reader{file.readAll(), false};
    const quint32 magic = reader.word(0);
    if (magic != kMagic) {
        if (qbswap(magic) != kMagic)
            return {};
        reader.swapped = true;
    }
    const quint32 count = reader.word(8);
    const quint32 originals = reader.word(12);
    const quint32 translations = reader.word(16);
    QHash<QString, QString> catalog;
    catalog.reserve(count);
    for (quint32 i = 0; i < count; ++i) {
        const QString id = reader.string(originals, i);
        const QString text = reader.string(translations, i);
        if (!id.isEmpty() && !text.isEmpty())
            catalog.insert(id, text);
    }
    return catalog;
}
