// The inspector tree: quotations by speaker, places under canonical names with spellings.
#include "models/inspectormodel.h"
#include "reading/readingdata.h"
#include "testlibrary.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax;

class tst_InspectorModel final : public QObject
{
    Q_OBJECT
private slots:
    void shouldGroupQuotationsAndPlaces()
    {
        test::TestLibrary library;
        const QList<qint64> ids = test::importSeeds(library.db());
        auto data = loadReadingData(library.db(), ids.at(0));
        QVERIFY(data);
        InspectorModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setArticle(*data);
        QCOMPARE(model.rowCount(), 4);

        const QModelIndex quotes = model.index(InspectorModel::QuotesSection, 0);
        int quoteCount = 0;
        for (const Annotation &a : data->annotations)
            quoteCount += a.kind == AnnotationKind::Quote;
        int listed = 0;
        for (int s = 0; s < model.rowCount(quotes); ++s)
            listed += model.rowCount(model.index(s, 0, quotes));
        QCOMPARE(listed, quoteCount);
        // The most quoted speaker comes first.
        QVERIFY(model.index(0, 0, quotes).data().toString().startsWith(u"Vladimir Putin"_s));

        // Kyiv is listed under its canonical name with the spelling this outlet used.
        const QModelIndex places = model.index(InspectorModel::PlacesSection, 0);
        bool kyiv = false;
        for (int row = 0; row < model.rowCount(places); ++row) {
            const QString text = model.index(row, 0, places).data().toString();
            if (text.startsWith(u"Kyiv ("_s))
                kyiv = text.contains(u"“Kiev”"_s);
        }
        QVERIFY(kyiv);

        // Every entry leads to its annotation.
        const Annotation &some = data->annotations.at(data->annotations.size() / 2);
        const QModelIndex found = model.indexOfAnnotation(some.id);
        if (some.kind == AnnotationKind::Quote || some.kind == AnnotationKind::PlaceMention) {
            QVERIFY(found.isValid());
            QCOMPARE(found.data(InspectorModel::StartRole).toLongLong(), qint64(some.start));
        }
        model.clearArticle();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(tst_InspectorModel)
#include "tst_inspectormodel.moc"
