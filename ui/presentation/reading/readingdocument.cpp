#include "reading/readingdocument.h"

#include <QCoreApplication>
#include <QTextBlockFormat>
#include <QTextCursor>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace parallax {

ReadingLayout layOutArticle(const ReadingData &data, QTextDocument &document)
{
    document.clear();
    QTextCursor cursor(&document);
    cursor.beginEditBlock();

    QTextCharFormat titleFormat;
    titleFormat.setFontPointSize(document.defaultFont().pointSizeF() * 1.5);
    titleFormat.setFontWeight(QFont::Bold);
    QTextBlockFormat titleBlock;
    titleBlock.setBottomMargin(6);
    cursor.setBlockFormat(titleBlock);
    const QString title = data.article.title.isEmpty()
                              ? QCoreApplication::translate("ReadingDocument", "(untitled)")
                              : data.article.title;
    cursor.insertText(title, titleFormat);

    QStringList meta;
    for (const QString &part : {data.article.outletName, data.article.published.left(10),
                                data.article.author, data.article.language})
        if (!part.isEmpty())
            meta.append(part);
    QTextCharFormat metaFormat;
    metaFormat.setForeground(QColor(0x80, 0x80, 0x80));
    QTextBlockFormat metaBlock;
    metaBlock.setBottomMargin(14);
    cursor.insertBlock(metaBlock, metaFormat);
    cursor.insertText(meta.join(u"  ·  "_s), metaFormat);

    QTextBlockFormat bodyBlock;
    bodyBlock.setLineHeight(135, QTextBlockFormat::ProportionalHeight);
    bodyBlock.setBottomMargin(6);
    cursor.insertBlock(bodyBlock, QTextCharFormat());
    ReadingLayout layout;
    layout.bodyOffset = cursor.position();
    // insertText turns each '\n' into a block break of one position, so offsets stay aligned.
    cursor.insertText(data.article.body);
    cursor.endEditBlock();
    return layout;
}

} // namespace parallax
