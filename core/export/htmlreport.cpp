#include "export/exportdata.h"
#include "export/reports.h"
#include "export/reportsections.h"

using namespace Qt::StringLiterals;

namespace parallax {

namespace {

// Everything the page needs is here: no fonts, scripts or images are fetched.
const QString kStyle = uR"(
body { font-family: "DejaVu Serif", Georgia, serif; max-width: 52em; margin: 2em auto; padding: 0 1em;
       color: #1d1d1d; line-height: 1.5; }
h1, h2, h3, h4 { font-family: "DejaVu Sans", Helvetica, sans-serif; line-height: 1.25; }
h2 { border-bottom: 2px solid #d5d5d5; padding-bottom: .2em; margin-top: 2em; }
.meta { color: #555; font-size: .95em; }
blockquote { margin: .6em 0; padding: .4em .8em; border-left: 4px solid #c9a227; background: #fbf7e8; }
mark.code { padding: 0 .15em; border-radius: 2px; }
table { border-collapse: collapse; margin: .8em 0; width: 100%; }
th, td { border: 1px solid #cfcfcf; padding: .3em .5em; text-align: left; vertical-align: top; }
th { background: #f0f0f0; }
.type { font-variant: small-caps; white-space: nowrap; }
.note { white-space: pre-wrap; background: #eef4fb; border-left: 4px solid #5d8fc9; padding: .4em .8em; margin: .6em 0; }
.spelling { font-style: italic; }
.none { color: #aaa; text-align: center; }
)"_s;

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// A readable text colour on a code's colour.
QString inkOn(const QString &color)
{
    if (color.size() != 7)
        return u"#000"_s;
    const int r = color.mid(1, 2).toInt(nullptr, 16);
    const int g = color.mid(3, 2).toInt(nullptr, 16);
    const int b = color.mid(5, 2).toInt(nullptr, 16);
    return (r * 299 + g * 587 + b * 114) / 1000 > 140 ? u"#000"_s : u"#fff"_s;
}

void appendArticle(QString &html, const ExportData &data, const ReportArticle &section)
{
    const Article &a = *section.article;
    html += u"<section class=\"article\"><h2>"_s +
            esc(a.title.isEmpty() ? u"Article %1"_s.arg(a.id) : a.title) +
            u"</h2>\n<p class=\"meta\">"_s;
    QStringList meta;
    if (!a.outletName.isEmpty())
        meta << u"<b>Outlet:</b> "_s + esc(a.outletName);
    if (!a.published.isEmpty())
        meta << u"<b>Date:</b> "_s + esc(a.published);
    if (!a.author.isEmpty())
        meta << u"<b>Author:</b> "_s + esc(a.author);
    if (!a.url.isEmpty())
        meta << u"<b>Source:</b> <code>"_s + esc(a.url) + u"</code>"_s;
    if (!a.language.isEmpty())
        meta << u"<b>Language:</b> "_s + esc(a.language);
    html += meta.join(u"<br>\n"_s) + u"</p>\n"_s;
    if (!section.quotationsBySpeaker.isEmpty()) {
        html += u"<h3>Quotations</h3>\n"_s;
        for (const auto &[speaker, quotes] : section.quotationsBySpeaker) {
            html += u"<h4>"_s + (speaker.isEmpty() ? u"Speaker unknown"_s : esc(speaker)) +
                    u"</h4>\n"_s;
            for (const Annotation *q : quotes)
                html += u"<blockquote>"_s + esc(data.exact(*q).toString()) + u"</blockquote>\n"_s;
        }
    }
    if (!section.places.isEmpty()) {
        html +=
            u"<h3>Places</h3>\n<table><tr><th>Place</th><th>Spelling used</th><th>Mentions</th></tr>\n"_s;
        for (const ReportPlace &place : section.places)
            html += u"<tr><td>%1</td><td class=\"spelling\">%2</td><td>%3</td></tr>\n"_s
                        .arg(esc(place.canonical), esc(place.spellings.join(u", "_s)))
                        .arg(place.mentions);
        html += u"</table>\n"_s;
    }
    if (!section.passagesByCode.isEmpty()) {
        html += u"<h3>Coded passages</h3>\n"_s;
        for (const auto &[code, passages] : section.passagesByCode) {
            const qint64 codeId = passages.constFirst()->codeId.value_or(0);
            QString color = u"#f4d03f"_s;
            for (const Code &c : data.codes)
                if (c.id == codeId)
                    color = c.color;
            html += u"<h4>"_s + esc(code) + u"</h4>\n"_s;
            for (const Annotation *p : passages)
                html +=
                    u"<p><mark class=\"code\" style=\"background:%1;color:%2\">%3</mark></p>\n"_s
                        .arg(color, inkOn(color), esc(data.exact(*p).toString()));
        }
    }
    if (!section.notes.isEmpty()) {
        html += u"<h3>Notes</h3>\n"_s;
        for (const Note *note : section.notes)
            html += u"<div class=\"note\">"_s + esc(note->body.trimmed()) + u"</div>\n"_s;
    }
    html += u"</section>\n"_s;
}

} // namespace

QString htmlReport(const ExportData &data)
{
    const ReportContent content = reportContent(data);
    QString html =
        u"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n<title>Parallax report: "_s +
        esc(data.title()) + u"</title>\n<style>"_s + kStyle + u"</style></head>\n<body>\n"_s;
    html += u"<h1>Parallax report: "_s + esc(data.title()) + u"</h1>\n"_s;
    html += u"<p class=\"meta\">%1 article(s), %2 claim(s).</p>\n"_s.arg(content.articles.size())
                .arg(content.claims.size());
    for (const ReportArticle &section : content.articles)
        appendArticle(html, data, section);
    if (!content.claims.isEmpty()) {
        html += u"<h2>Claims</h2>\n"_s;
        for (const ReportClaim &claim : content.claims) {
            html += u"<section class=\"claim\"><h3>"_s + esc(claim.claim->statement) + u"</h3>\n"_s;
            QStringList meta;
            if (!claim.speaker.isEmpty())
                meta << u"<b>Said by:</b> "_s + esc(claim.speaker);
            if (!claim.claim->claimDate.isEmpty())
                meta << u"<b>Date:</b> "_s + esc(claim.claim->claimDate);
            if (!meta.isEmpty())
                html += u"<p class=\"meta\">"_s + meta.join(u"<br>"_s) + u"</p>\n"_s;
            if (!claim.appearances.isEmpty()) {
                html +=
                    u"<table><tr><th>Outlet</th><th>Article</th><th>Wording</th><th>Type</th></tr>\n"_s;
                for (const ReportAppearance &a : claim.appearances)
                    html +=
                        u"<tr><td>%1</td><td>%2</td><td>%3</td><td class=\"type\">%4</td></tr>\n"_s
                            .arg(esc(a.outlet), esc(a.article->title), esc(a.wording),
                                 appearanceLabel(a.type));
                html += u"</table>\n"_s;
            }
            for (const Note *note : claim.notes)
                html += u"<div class=\"note\">"_s + esc(note->body.trimmed()) + u"</div>\n"_s;
            html += u"</section>\n"_s;
        }
        html += u"<h2>Claims × outlets</h2>\n<table><tr><th>Claim</th>"_s;
        for (const QString &outlet : content.outlets)
            html += u"<th>"_s + esc(outlet) + u"</th>"_s;
        html += u"</tr>\n"_s;
        for (qsizetype i = 0; i < content.claims.size(); ++i) {
            html += u"<tr><td>"_s + esc(content.claims.at(i).claim->statement) + u"</td>"_s;
            for (const QString &outlet : content.outlets) {
                QStringList types;
                for (AppearanceType type : content.matrix.at(i).value(outlet))
                    types << appearanceLabel(type);
                html += types.isEmpty()
                            ? u"<td class=\"none\">–</td>"_s
                            : u"<td class=\"type\">"_s + types.join(u", "_s) + u"</td>"_s;
            }
            html += u"</tr>\n"_s;
        }
        html += u"</table>\n"_s;
    }
    if (!content.libraryNotes.isEmpty()) {
        html += u"<section><h2>Notes on the library</h2>\n"_s;
        for (const Note *note : content.libraryNotes)
            html += u"<div class=\"note\">"_s + esc(note->body.trimmed()) + u"</div>\n"_s;
        html += u"</section>\n"_s;
    }
    html += u"</body></html>\n"_s;
    return html;
}

} // namespace parallax
