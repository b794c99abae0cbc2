#include "export/csvexport.h"

#include "export/devicewrite.h"
#include "export/exportdata.h"
#include "export/offsets.h"

#include <QIODevice>

using namespace Qt::StringLiterals;

namespace parallax {

namespace {

constexpr qsizetype kFlushBytes = 1 << 20;

const char *kindName(AnnotationKind kind)
{
    switch (kind) {
    case AnnotationKind::Quote:
        return "quotation";
    case AnnotationKind::SpeakerMention:
        return "speaker";
    case AnnotationKind::PlaceMention:
        return "place";
    case AnnotationKind::Code:
        return "code";
    }
    return "";
}

} // namespace

void appendCsvCell(QByteArray &out, QStringView value, bool guardFormula)
{
    bool guard = false;
    if (guardFormula && !value.isEmpty()) {
        const QChar first = value.front();
        guard = first == u'=' || first == u'+' || first == u'-' || first == u'@' ||
                first == u'\t' || first == u'\r';
    }
    bool quote = false;
    for (const QChar c : value) {
        if (c == u',' || c == u'"' || c == u'\n' || c == u'\r') {
            quote = true;
            break;
        }
    }
    if (quote)
        out += '"';
    if (guard)
        out += '\'';
    if (!quote) {
        out += value.toUtf8();
        return;
    }
    qsizetype from = 0;
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value.at(i) == u'"') {
            out += value.mid(from, i + 1 - from).toUtf8();
            out += '"';
            from = i + 1;
        }
    }
    out += value.mid(from).toUtf8();
    out += '"';
}

QByteArray csvCell(QStringView value, bool guardFormula)
{
    QByteArray out;
    appendCsvCell(out, value, guardFormula);
    return out;
}

Status writeCsv(const ExportData &data, QIODevice &out)
{
    QByteArray buffer;
    buffer.reserve(kFlushBytes + 4096);
    auto flush = [&out, &buffer]() -> Status {
        if (Status written = writeAll(out, buffer, u"the CSV"_s); !written)
            return written;
        buffer.clear();
        return {};
    };
    for (qsizetype i = 0; i < kCsvColumns.size(); ++i)
        buffer += (i ? "," : "") + kCsvColumns.at(i).toUtf8();
    buffer += "\r\n";

    // Cells that repeat from row to row are made once.
    QHash<qint64, QByteArray> codeCells;
    for (auto it = data.codePaths.cbegin(); it != data.codePaths.cend(); ++it)
        codeCells.insert(it.key(), csvCell(*it));
    QHash<qint64, QByteArray> personCells;
    QHash<qint64, QByteArray> placeCells;
    auto cached = [](QHash<qint64, QByteArray> &cells, std::optional<qint64> id,
                     const QString &name) {
        if (!id)
            return QByteArray();
        auto it = cells.find(*id);
        if (it == cells.end())
            it = cells.insert(*id, csvCell(name));
        return *it;
    };
    const QByteArray statusCells[3] = {storedName(AnnotationStatus::Pending).toUtf8(),
                                       storedName(AnnotationStatus::Accepted).toUtf8(),
                                       storedName(AnnotationStatus::Rejected).toUtf8()};

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
            articleCells = QByteArray::number(article->id) + ',' + csvCell(article->title) + ',' +
                           csvCell(article->outletName) + ',' + csvCell(article->published) + ',';
        }
        if (!article)
            continue;
        buffer += articleCells;
        buffer += kindName(a.kind);
        buffer += ',';
        if (a.codeId)
            buffer += codeCells.value(*a.codeId);
        buffer += ',';
        buffer += cached(personCells, a.personId, data.personName(a.personId));
        buffer += ',';
        buffer += cached(placeCells, a.placeId, data.placeName(a.placeId));
        buffer += ',';
        buffer += QByteArray::number((*offsets)(a.start));
        buffer += ',';
        buffer += QByteArray::number((*offsets)(a.end));
        buffer += ',';
        appendCsvCell(buffer, data.exact(a));
        buffer += ',';
        if (const auto notes = data.notesOfAnnotation.constFind(a.id);
            notes != data.notesOfAnnotation.cend()) {
            QString note;
            for (qsizetype n : *notes)
                note += (note.isEmpty() ? QString() : u"\n\n"_s) + data.notes.at(n).body;
            appendCsvCell(buffer, note);
        }
        buffer += ',';
        buffer += statusCells[int(a.status)];
        buffer += "\r\n";
        if (buffer.size() > kFlushBytes)
            if (Status done = flush(); !done)
                return done;
    }
    return flush();
}

} // namespace parallax
