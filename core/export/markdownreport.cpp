#include "export/exportdata.h"
#include "export/reports.h"
#include "export/reportsections.h"

using namespace Qt::StringLiterals;

namespace parallax {

namespace {

// Text safe inside a Markdown table cell or a heading.
QString cell(QString text)
{
    text.replace(u'\\', u"\\\\"_s).replace(u'|', u"\\|"_s).replace(u'\n', u' ');
    return text.simplified();
}

QString quoted(const QString &text)
{
    QString out;
    for (const QString &line : text.split(u'\n'))
        out += u"> "_s + line + u'\n';
    return out;
}

void appendArticle(QString &md, const ExportData &data, const ReportArticle &section)
{
    const Article &a = *section.article;
    md += u"## "_s + cell(a.title.isEmpty() ? u"Article %1"_s.arg(a.id) : a.title) + u"\n\n"_s;
    QStringList meta;
    if (!a.outletName.isEmpty())
        meta << u"**Outlet:** "_s + cell(a.outletName);
    if (!a.published.isEmpty())
        meta << u"**Date:** "_s + cell(a.published);
    if (!a.author.isEmpty())
        meta << u"**Author:** "_s + cell(a.author);
    if (!a.url.isEmpty())
        meta << u"**URL:** <"_s + a.url + u'>';
    if (!a.language.isEmpty())
        meta << u"**Language:** "_s + a.language;
    if (!meta.isEmpty())
        md += meta.join(u"  \n"_s) + u"\n\n"_s;
    if (!section.quotationsBySpeaker.isEmpty()) {
        md += u"### Quotations\n\n"_s;
        for (const auto &[speaker, quotes] : section.quotationsBySpeaker) {
            md +=
                u"#### "_s + (speaker.isEmpty() ? u"Speaker unknown"_s : cell(speaker)) + u"\n\n"_s;
            for (const Annotation *q : quotes)
                md += quoted(data.exact(*q).toString()) + u'\n';
        }
    }
    if (!section.places.isEmpty()) {
        md += u"### Places\n\n| Place | Spelling used | Mentions |\n|---|---|---|\n"_s;
        for (const ReportPlace &place : section.places)
            md += u"| %1 | %2 | %3 |\n"_s
                      .arg(cell(place.canonical), cell(place.spellings.join(u", "_s)))
                      .arg(place.mentions);
        md += u'\n';
    }
    if (!section.passagesByCode.isEmpty()) {
        md += u"### Coded passages\n\n"_s;
        for (const auto &[code, passages] : section.passagesByCode) {
            md += u"#### "_s + cell(code) + u"\n\n"_s;
            for (const Annotation *p : passages)
                md += quoted(data.exact(*p).toString()) + u'\n';
        }
    }
    if (!section.notes.isEmpty()) {
        md += u"### Notes\n\n"_s;
        for (const Note *note : section.notes)
            md += note->body.trimmed() + u"\n\n"_s;
    }
}

} // namespace

QString markdownReport(const ExportData &data)
{
    const ReportContent content = reportContent(data);
    QString md = u"# Parallax report: %1\n\n"_s.arg(data.title());
    md += u"%1 article(s), %2 claim(s).\n\n"_s.arg(content.articles.size())
              .arg(content.claims.size());
    for (const ReportArticle &section : content.articles)
        appendArticle(md, data, section);
    if (content.claims.isEmpty())
        return md;
    md += u"## Claims\n\n"_s;
    for (const ReportClaim &claim : content.claims) {
        md += u"### "_s + cell(claim.claim->statement) + u"\n\n"_s;
        QStringList meta;
        if (!claim.speaker.isEmpty())
            meta << u"**Said by:** "_s + cell(claim.speaker);
        if (!claim.claim->claimDate.isEmpty())
            meta << u"**Date:** "_s + claim.claim->claimDate;
        if (!meta.isEmpty())
            md += meta.join(u"  \n"_s) + u"\n\n"_s;
        if (!claim.appearances.isEmpty()) {
            md += u"| Outlet | Article | Wording | Type |\n|---|---|---|---|\n"_s;
            for (const ReportAppearance &a : claim.appearances)
                md += u"| %1 | %2 | %3 | %4 |\n"_s.arg(cell(a.outlet), cell(a.article->title),
                                                       cell(a.wording), appearanceLabel(a.type));
            md += u'\n';
        }
        for (const Note *note : claim.notes)
            md += note->body.trimmed() + u"\n\n"_s;
    }
    md += u"## Claims × outlets\n\n| Claim |"_s;
    for (const QString &outlet : content.outlets)
        md += u' ' + cell(outlet) + u" |"_s;
    md += u"\n|---|"_s + QString(u"---|"_s).repeated(content.outlets.size()) + u'\n';
    for (qsizetype i = 0; i < content.claims.size(); ++i) {
        md += u"| "_s + cell(content.claims.at(i).claim->statement) + u" |"_s;
        for (const QString &outlet : content.outlets) {
            QStringList types;
            for (AppearanceType type : content.matrix.at(i).value(outlet))
                types << appearanceLabel(type);
            md += u' ' + (types.isEmpty() ? u"–"_s : types.join(u", "_s)) + u" |"_s;
        }
        md += u'\n';
    }
    if (!content.libraryNotes.isEmpty()) {
        md += u"\n## Notes on the library\n\n"_s;
        for (const Note *note : content.libraryNotes)
            md += note->body.trimmed() + u"\n\n"_s;
    }
    return md;
}

} // namespace parallax
