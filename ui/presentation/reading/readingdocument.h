// Lays an article out as readable text (title, outlet and date, then the body) in a
// QTextDocument whose body positions map one-to-one onto the stored body offsets.
#pragma once

#include "reading/readingdata.h"

class QTextDocument;

namespace parallax {

struct ReadingLayout
{
    int bodyOffset = 0; // document position of body offset 0
};

ReadingLayout layOutArticle(const ReadingData &data, QTextDocument &document);

} // namespace parallax
