// Regression guard: the analyser against the hand-made gold annotations of the seed articles.
#include "analysis/evaluation.h"
#include "import/articlereader.h"
#include "import/fileanalysis.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax;
using namespace parallax::analysis;

class tst_SeedEvaluation : public QObject
{
    Q_OBJECT

private slots:
    void shouldReachTheTargetsOnTheSeeds()
    {
        const QDir seeds(QStringLiteral(PARALLAX_TEST_SEEDS));
        const QDir gold(seeds.filePath(u"gold"_s));
        const QStringList files = gold.entryList({u"*.json"_s}, QDir::Files, QDir::Name);
        QCOMPARE(files.size(), 5);
        const Analyser analyser;
        EvaluationCounts total;
        for (const QString &name : files) {
            QFile file(gold.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QJsonObject expected = QJsonDocument::fromJson(file.readAll()).object();
            Result<QJsonObject> found =
                analyseFile(seeds.filePath(expected.value(u"article"_s).toString()), analyser,
                            kDefaultMaxFileBytes);
            QVERIFY2(found, qPrintable(found ? QString() : found.error().message));
            total += evaluate(expected, *found);
            for (const QString &difference : evaluationDifferences(expected, *found))
                qInfo().noquote() << name << difference;
        }
        qInfo("quote F1 %.3f, speaker accuracy %.3f, place F1 %.3f, canonical accuracy %.3f",
              total.quoteF1(), total.speakerAccuracy(), total.placeF1(), total.canonicalAccuracy());
        QCOMPARE(total.goldQuotes, 68);
        QVERIFY(total.quoteF1() >= 0.95);
        QVERIFY(total.speakerAccuracy() >= 0.92);
        QVERIFY(total.placeF1() >= 0.95);
        QVERIFY(total.canonicalAccuracy() >= 0.98);
    }

    void evaluationCountsWhatDiffers()
    {
        auto quote = [](const QString &text, int start, const QJsonValue &speaker) {
            return QJsonObject{{u"text"_s, text}, {u"start"_s, start}, {u"speaker"_s, speaker}};
        };
        auto place = [](const QString &mention, int start, const QString &canonical) {
            return QJsonObject{
                {u"mention"_s, mention}, {u"start"_s, start}, {u"canonical"_s, canonical}};
        };
        const QJsonObject gold{
            {u"quotes"_s, QJsonArray{quote(u"a"_s, 1, u"X"_s), quote(u"b"_s, 5, QJsonValue())}},
            {u"places"_s, QJsonArray{place(u"Kiev"_s, 10, u"Kyiv"_s),
                                     place(u"Kharkov"_s, 20, u"Kharkiv Oblast"_s)}}};
        const QJsonObject predicted{
            {u"quotes"_s, QJsonArray{quote(u"a"_s, 1, u"Y"_s), quote(u"c"_s, 9, QJsonValue())}},
            {u"places"_s,
             QJsonArray{place(u"Kiev"_s, 10, u"Kyiv"_s), place(u"Kharkov"_s, 21, u"Kharkiv"_s),
                        place(u"Moscow"_s, 40, u"Moscow"_s)}}};
        const EvaluationCounts counts = evaluate(gold, predicted);
        QCOMPARE(counts.matchedQuotes, 1);
        QCOMPARE(counts.quoteF1(), 0.5);
        QCOMPARE(counts.speakerAccuracy(), 0.0);
        QCOMPARE(counts.matchedPlaces, 2); // overlapping spans match
        QCOMPARE(counts.placePrecision(), 2.0 / 3.0);
        QCOMPARE(counts.canonicalAccuracy(), 0.5);
        QCOMPARE(evaluationDifferences(gold, predicted).size(), 5);
    }
};

QTEST_GUILESS_MAIN(tst_SeedEvaluation)
#include "tst_seedevaluation.moc"
