// HTML character references: numeric (&#233; &#x1F600;, with the windows-1252 remapping of
// &#128;–&#159; that browsers apply) and the whole HTML5 table of named references
// (resources/html/entities.txt), including the legacy names read without a semicolon.
#pragma once

#include <QString>
#include <QStringView>

namespace parallax {

QString decodeHtmlEntities(QStringView text);

} // namespace parallax
