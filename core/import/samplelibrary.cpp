#include "import/samplelibrary.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace parallax {

QStringList sampleArticlePaths()
{
    QStringList paths;
    const QDir samples(u":/samples"_s);
    for (const QString &name : samples.entryList(QDir::Files, QDir::Name))
        paths.append(samples.filePath(name));
    return paths;
}

ImportReport importSampleArticles(const Database &database)
{
    return Importer(database).run(sampleArticlePaths());
}

} // namespace parallax
