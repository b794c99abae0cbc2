// Dates as pages write them for readers: "06.12.2022", "26. Januar 2022", "Freitag, 5. Juni
// 2015", "March 3, 2021", "5 июня 2015 г.", "2022-02-01", and in a URL's path
// (".../2020/04/26/..."). Month names in several languages come from
// resources/html/month-names.txt.
#pragma once

#include <QString>
#include <QStringView>

namespace parallax {

// The first date written in the text, as an ISO date; empty when there is none.
QString dateInText(QStringView text);

// A date in a URL's path; empty when there is none.
QString dateInUrl(const QString &url);

} // namespace parallax
