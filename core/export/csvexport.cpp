#include "export/csvexport.h"

#include "export/exportdata.h"
#include "export/offsets.h"

#include <QIODevice>

using namespace Qt::StringLiterals;

namespace parallax {

namespace {

constexpr qsizetype kFlushBytes = 1 << 20;

QString kindName(AnnotationKind kind)
{
    switch (kind) {
    case AnnotationKind::Quote: return u"quotation"_s;
    case AnnotationKind::SpeakerMention: return u"speaker"_s;
    case AnnotationKind::PlaceMention: return u"place"_s;
    case AnnotationKind::Code: return u"code"_s;
    }
    return {};
}

} // namespace

QByteArray csvCell(const QString &value, bool guardFormula)
{
    QString cell = value;
    if (guardFormula && !cell.isEmpty()) {
        const QChar first = cell.at(0);
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r')
            cell.prepend(u'\'');
    }
    const bool quote = cell.contains(u',') || cell.contains(u'"') || cell.contains(u'\n') || cell.contains(u'\r');
    if (!quote)
        return cell.toUtf8();
    cell.replace(u"\""_s, u"\"\""_s);
    return '"' + cell.toUtf8() + '"';
}

Status writeCsv(const ExportData &data, QIODevice &out)
{
    QByteArray buffer;
    buffer.reserve(kFlushBytes + 4096);
    auto flush = [&out, &buffer]() -> Status {
        if (out.write(buffer) != buffer.size())
            return makeError(ErrorCode::Io, u"cannot write the CSV: %1"_s.arg(out.errorString()));
        buffer.clear();
        return {};
    };
    for (qsizetype i = 0; i < kCsvColumns.size(); ++i)
        buffer += (i ? "," : "") + kCsvColumns.at(i).toUtf8();
    buffer += "\r\n";

    qint64 currentArticle = -1;
    const Article *article = nullptr;
    QByteArray articleCells; // id, title, outlet, date: the same for each row of an article
    std::optional<CodePointOffsets> offsets;
    for (const Annotation &a : data.annotations) {
        if (a.articleId != currentArticle) {
            currentArticle = a.articleId;
            article = data.article(a.articleId);
            if (!article)
                continue;
            offsets.emplace(article->body);
            articleCells = QByteArray::number(article->id) + ',' + csvCell(article->title) + ','
                           + csvCell(article->outletName) + ',' + csvCell(article->published) + ',';
        }
        if (!article)
            continue;
        QString note;
        for (qsizetype n : data.notesOfAnnotation.value(a.id))
            note += (note.isEmpty() ? QString() : u"\n\n"_s) + data.notes.at(n).body;
        buffer += articleCells;
        buffer += kindName(a.kind).toUtf8() + ',';
        buffer += (a.codeId ? csvCell(data.codePaths.value(*a.codeId)) : QByteArray()) + ',';
        buffer += csvCell(data.personName(a.personId)) + ',';
        buffer += csvCell(data.placeName(a.placeId)) + ',';
        buffer += QByteArray::number((*offsets)(a.start)) + ',' + QByteArray::number((*offsets)(a.end)) + ',';
        buffer += csvCell(a.exact) + ',' + csvCell(note) + ',' + storedName(a.status).toUtf8() + "\r\n";
        if (buffer.size() > kFlushBytes)
            if (Status done = flush(); !done)
                return done;
    }
    return flush();
}

} // namespace parallax
