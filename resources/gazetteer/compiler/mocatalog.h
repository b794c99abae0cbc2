// Reads a GNU gettext .mo catalogue: the translations iso-codes ships for each language.
#pragma once

#include <QHash>
#include <QString>

// msgid -> msgstr; empty when the file is missing or malformed.
QHash<QString, QString> readMoCatalog(const QString &path);
