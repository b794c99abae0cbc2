#include "pagebench.h"

#include "import/html/htmlarticle.h"
#include "import/textdecoder.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QList>
#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace parallax::bench {

bool runPageBench(const QString &folder, int rounds)
{
    QList<QByteArray> pages;
    QStringList names;
    QDirIterator it(folder, {u"*.html"_s, u"*.htm"_s}, QDir::Files, QDirIterator::Subdirectories);
    qint64 bytes = 0;
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        pages.append(file.readAll());
        names.append(it.fileName());
        bytes += pages.constLast().size();
    }
    if (pages.isEmpty()) {
        std::fprintf(stderr, "no .html pages in %s\n", qPrintable(folder));
        return false;
    }
    QList<double> perPage(pages.size(), 0.0);
    qsizetype bodyChars = 0;
    QElapsedTimer total;
    total.start();
    for (int round = 0; round < rounds; ++round) {
        for (qsizetype i = 0; i < pages.size(); ++i) {
            QElapsedTimer one;
            one.start();
            const auto decoded = decodeText(pages.at(i), declaredHtmlCharset(pages.at(i)));
            if (decoded) {
                const HtmlArticle article = extractHtmlArticle(decoded->text);
                if (round == 0)
                    bodyChars += article.body.size();
            }
            perPage[i] += double(one.nsecsElapsed()) / 1e6 / rounds;
        }
    }
    const double totalMs = double(total.nsecsElapsed()) / 1e6 / rounds;
    const auto slowest = std::max_element(perPage.cbegin(), perPage.cend());
    std::printf(
        "pages: %lld saved pages, %.1f MB: extraction %.2f ms per page on average, %.1f MB/s; "
        "slowest %.1f ms (%s); %.0f body characters per page\n",
        qlonglong(pages.size()), double(bytes) / 1e6, totalMs / pages.size(),
        double(bytes) / 1e6 / (totalMs / 1000.0), *slowest,
        qPrintable(names.at(slowest - perPage.cbegin())), double(bodyChars) / pages.size());
    return true;
}

} // namespace parallax::bench
