#include "import/html/datetext.h"

#include <QDate>
#include <QFile>
#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace parallax {
namespace {

const QHash<QString, int> &monthNumbers()
{
    static const QHash<QString, int> months = [] {
        QHash<QString, int> loaded;
        QFile file(u":/html/month-names.txt"_s);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("the month names are missing from the build");
        const QString text = QString::fromUtf8(file.readAll());
        for (QStringView line : QStringView(text).split(u'\n', Qt::SkipEmptyParts)) {
            if (line.startsWith(u'#'))
                continue;
            const QList<QStringView> words = line.split(u' ', Qt::SkipEmptyParts);
            if (words.size() < 2)
                continue;
            const int month = words.front().toInt();
            for (qsizetype i = 1; i < words.size(); ++i)
                loaded.insert(words.at(i).toString(), month);
        }
        return loaded;
    }();
    return months;
}

QString isoDate(int year, int month, int day)
{
    if (year < 1990 || year > 2100)
        return {};
    const QDate date(year, month, day);
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

struct Found
{
    qsizetype at = -1;
    QString date;
};

void consider(Found &best, qsizetype at, const QString &date)
{
    if (!date.isEmpty() && (best.at < 0 || at < best.at))
        best = {at, date};
}

} // namespace

QString dateInText(QStringView view)
{
    const QString text = view.left(400).toString().toLower();
    Found best;
    static const QRegularExpression iso(u"(?<!\\d)(\\d{4})-(\\d{1,2})-(\\d{1,2})(?!\\d)"_s);
    static const QRegularExpression dotted(
        u"(?<![\\d.])(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{4})(?!\\d)"_s);
    static const QRegularExpression dayMonth(
        u"(?<!\\d)(\\d{1,2})(?:\\.|er|st|nd|rd|th)?\\s+(?:de\\s+)?(\\p{L}+)\\.?,?\\s+(?:de\\s+)?(\\d{4})(?!\\d)"_s);
    static const QRegularExpression monthDay(
        u"(?<!\\p{L})(\\p{L}+)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)"_s);
    for (const auto &m : iso.globalMatch(text)) {
        consider(best, m.capturedStart(),
                 isoDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()));
        break;
    }
    for (const auto &m : dotted.globalMatch(text)) {
        consider(best, m.capturedStart(),
                 isoDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt()));
        break;
    }
    const QHash<QString, int> &months = monthNumbers();
    for (const auto &m : dayMonth.globalMatch(text)) {
        if (const int month = months.value(m.captured(2)); month > 0) {
            consider(best, m.capturedStart(),
                     isoDate(m.captured(3).toInt(), month, m.captured(1).toInt()));
            break;
        }
    }
    for (const auto &m : monthDay.globalMatch(text)) {
        if (const int month = months.value(m.captured(1)); month > 0) {
            consider(best, m.capturedStart(),
                     isoDate(m.captured(3).toInt(), month, m.captured(2).toInt()));
            break;
        }
    }
    return best.date;
}

QString dateInUrl(const QString &url)
{
    static const QRegularExpression path(
        u"/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?:[/-]|$)"_s);
    const QRegularExpressionMatch m = path.match(url);
    return m.hasMatch()
               ? isoDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt())
               : QString();
}

} // namespace parallax
