// libFuzzer harness: any bytes, read as each kind of article file (text, Markdown, HTML).
// The parsers must never crash, hang or read out of bounds, whatever the page holds.
#include "import/articlereader.h"

#include <QByteArray>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const auto format : {parallax::ArticleFormat::PlainText, parallax::ArticleFormat::Markdown,
                              parallax::ArticleFormat::Html}) {
        const auto article = parallax::parseArticle(bytes, format);
        if (article && article->body.isEmpty() && article->title.isEmpty())
            __builtin_trap(); // an article is never empty: the parser must have refused it
    }
    return 0;
}
