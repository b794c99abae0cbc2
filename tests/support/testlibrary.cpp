#include "testlibrary.h"

#include "import/importer.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTest>
#include <unicode/ucnv.h>

using namespace Qt::StringLiterals;

namespace parallax::test {

TestLibrary::TestLibrary()
{
    m_path = m_dir.filePath(u"library.sqlite"_s);
    auto opened = Database::open(m_path);
    if (!opened)
        qFatal("cannot open test library: %s", qPrintable(opened.error().message));
    m_database = std::move(opened).value();
}

QString TestLibrary::writeFile(const QString &name, const QByteArray &bytes) const
{
    const QString path = m_dir.filePath(name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestLibrary::exec(const QString &statement) const
{
    QSqlQuery query(m_database->handle());
    if (!query.exec(statement))
        qFatal("test statement failed: %s", qPrintable(statement));
}

qint64 TestLibrary::scalar(const QString &statement) const
{
    QSqlQuery query(m_database->handle());
    if (!query.exec(statement) || !query.next())
        qFatal("test query failed: %s", qPrintable(statement));
    return query.value(0).toLongLong();
}

QStringList seedArticlePaths()
{
    const QDir seeds(QStringLiteral(PARALLAX_TEST_SEEDS));
    QStringList paths;
    for (const QString &name : seeds.entryList({u"*.txt"_s}, QDir::Files, QDir::Name))
        paths.append(seeds.filePath(name));
    return paths;
}

QList<qint64> importSeeds(Database &database)
{
    const ImportReport report = Importer(database).run(seedArticlePaths());
    QList<qint64> ids;
    for (const FileImportResult &file : report.files) {
        if (file.outcome != ImportOutcome::Imported)
            qFatal("seed %s was not imported: %s", qPrintable(file.path), qPrintable(file.reason));
        ids.append(file.articleId);
    }
    return ids;
}

} // namespace parallax::test

QByteArray parallax::test::encodeWith(const char *charset, const QString &text)
{
    UErrorCode status = U_ZERO_ERROR;
    UConverter *converter = ucnv_open(charset, &status);
    if (U_FAILURE(status))
        qFatal("no converter for %s", charset);
    QByteArray bytes(text.size() * 4 + 4, Qt::Uninitialized);
    const int32_t length = ucnv_fromUChars(converter, bytes.data(), int32_t(bytes.size()),
                                           reinterpret_cast<const UChar *>(text.utf16()),
                                           int32_t(text.size()), &status);
    ucnv_close(converter);
    if (U_FAILURE(status))
        qFatal("cannot encode in %s", charset);
    bytes.truncate(length);
    return bytes;
}
