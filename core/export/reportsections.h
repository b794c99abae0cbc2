// The content of a report for people, worked out once for both Markdown and HTML: per article
// its quotations by speaker, places with the spellings used, coded passages by code and notes;
// per claim its appearances by outlet; and the claims × outlets matrix.
#pragma once

#include "export/exportdata.h"

#include <QMap>
#include <QStringList>

namespace parallax {

struct ReportPlace
{
    QString canonical;
    QStringList spellings; // as written, first seen first
    int mentions = 0;
};

struct ReportArticle
{
    const Article *article = nullptr;
    QList<std::pair<QString, QList<const Annotation *>>>
        quotationsBySpeaker;   // named first, then unknown
    QList<ReportPlace> places; // by canonical name
    QList<std::pair<QString, QList<const Annotation *>>> passagesByCode; // by code path
    QList<const Note *> notes; // on the article and its passages
};

struct ReportAppearance
{
    QString outlet;
    const Article *article = nullptr;
    QString wording;
    AppearanceType type = AppearanceType::Verbatim;
};

struct ReportClaim
{
    const Claim *claim = nullptr;
    QString speaker;
    QList<ReportAppearance> appearances; // by outlet
    QList<const Note *> notes;
};

struct ReportContent
{
    QList<ReportArticle> articles;
    QList<ReportClaim> claims;
    QStringList outlets; // the matrix's columns
    // claim index → outlet → the types it carried the claim as
    QList<QMap<QString, QList<AppearanceType>>> matrix;
    QList<const Note *> libraryNotes; // on the library itself: a journal, a research plan
};

// Rejected findings are left out of reports.
ReportContent reportContent(const ExportData &data);
QString appearanceLabel(AppearanceType type);
QString outletLabel(const Article &article); // the outlet, or "(no outlet)"

} // namespace parallax
