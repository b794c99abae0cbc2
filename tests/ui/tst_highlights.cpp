// Highlight layers, speaker colours, the legend and what a highlight's tooltip says.
#include "reading/highlightdescriber.h"
#include "reading/highlights.h"
#include "testlibrary.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax;

class tst_Highlights final : public QObject
{
    Q_OBJECT
private slots:
    void shouldGiveEachPersonOneStableColour()
    {
        QCOMPARE(speakerColor(7), speakerColor(7));
        QVERIFY(speakerColor(7) != speakerColor(8));
        QVERIFY(speakerColor(std::nullopt).saturation() == 0);
    }

    void shouldBuildOnlyTheVisibleLayers()
    {
        test::TestLibrary library;
        const QList<qint64> ids = test::importSeeds(library.db());
        auto data = loadReadingData(library.db(), ids.at(0));
        QVERIFY(data);
        const QList<Highlight> all = buildHighlights(*data, LayerSet::all());
        QCOMPARE(all.size(), data->annotations.size());
        for (int i = 1; i < all.size(); ++i)
            QVERIFY(all.at(i - 1).start <= all.at(i).start);
        LayerSet quotesOnly;
        quotesOnly.set(HighlightLayer::Quotes, true);
        for (const Highlight &h : buildHighlights(*data, quotesOnly)) {
            QCOMPARE(h.layer, HighlightLayer::Quotes);
            QCOMPARE(h.color, speakerColor(data->annotation(h.annotationId)->personId));
        }
        const QList<LegendEntry> legend = legendFor(*data);
        QVERIFY(std::any_of(legend.cbegin(), legend.cend(),
                            [](const LegendEntry &e) { return e.label == u"Vladimir Putin"_s; }));
    }

    void shouldDescribePlacesAndQuotations()
    {
        test::TestLibrary library;
        const QList<qint64> ids = test::importSeeds(library.db());
        auto data = loadReadingData(library.db(), ids.at(0));
        QVERIFY(data);
        bool place = false;
        bool quote = false;
        for (const Annotation &a : data->annotations) {
            if (!place && a.kind == AnnotationKind::PlaceMention && a.exact == u"Kiev"_s) {
                const QString text = describeAnnotation(*data, a, &library.db());
                QVERIFY2(text.contains(u"Kyiv"_s) && text.contains(u"city"_s), qPrintable(text));
                // The library writes it both ways across the seeds.
                QVERIFY2(text.contains(u"Kiev ×"_s) && text.contains(u"Kyiv ×"_s),
                         qPrintable(text));
                place = true;
            }
            if (!quote && a.kind == AnnotationKind::Quote && a.personId) {
                const QString text = describeAnnotation(*data, a, &library.db());
                QVERIFY(text.contains(data->personName(a.personId)));
                QVERIFY(text.contains(a.ruleId));
                QVERIFY(text.contains(u"Confidence"_s));
                quote = true;
            }
        }
        QVERIFY(place && quote);
    }
};

QTEST_MAIN(tst_Highlights)
#include "tst_highlights.moc"
