// The reading pane: highlighted ranges, layer toggles, stepping through highlights.
#include "reading/readingpane.h"
#include "testlibrary.h"

#include <QCheckBox>
#include <QStandardPaths>
#include <QTest>
#include <QTextBrowser>

using namespace Qt::StringLiterals;
using namespace parallax;

class tst_ReadingPane final : public QObject
{
    Q_OBJECT

    // The format the document gives the character at a body offset.
    static QTextCharFormat formatAt(const ReadingPane &pane, qsizetype bodyOffset)
    {
        const int base =
            int(pane.textView()->toPlainText().indexOf(pane.article().article.body.left(40)));
        QTextCursor cursor(pane.textView()->document());
        cursor.setPosition(base + int(bodyOffset) + 1);
        return cursor.charFormat();
    }

    // Whether the span shows the mark of its layer.
    static bool showsLayer(const ReadingPane &pane, const Annotation &a)
    {
        const QTextCharFormat format = formatAt(pane, a.start);
        switch (a.kind) {
        case AnnotationKind::Quote:
            return format.background().color().rgb() == speakerColor(a.personId).rgb();
        case AnnotationKind::SpeakerMention:
            return format.fontWeight() == QFont::DemiBold;
        case AnnotationKind::PlaceMention:
            return format.underlineStyle() == QTextCharFormat::DotLine;
        case AnnotationKind::Code:
            return format.background().style() != Qt::NoBrush;
        }
        return false;
    }

    static int countOf(const ReadingData &data, AnnotationKind kind)
    {
        return int(std::count_if(data.annotations.cbegin(), data.annotations.cend(),
                                 [kind](const Annotation &a) { return a.kind == kind; }));
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void shouldHighlightEveryAnnotationAtItsSpan()
    {
        test::TestLibrary library;
        const QList<qint64> ids = test::importSeeds(library.db());
        auto data = loadReadingData(library.db(), ids.at(0));
        QVERIFY(data);
        ReadingPane pane;
        pane.setLibrary(library.shared());
        pane.showArticle(*data);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));

        QVERIFY(pane.textView()->toPlainText().startsWith(data->article.title));
        QCOMPARE(pane.highlights().size(), data->annotations.size());
        for (const Annotation &a : data->annotations)
            QVERIFY2(showsLayer(pane, a), qPrintable(a.exact));
        // Plain text between highlights carries no mark.
        const QTextCharFormat plain = formatAt(pane, data->article.body.indexOf(u"conflict"_s));
        QCOMPARE(plain.background().style(), Qt::NoBrush);
        QCOMPARE(plain.underlineStyle(), QTextCharFormat::NoUnderline);
        // Kyiv is written "Kiev" in this article, and the highlight sits on that spelling.
        QVERIFY(std::any_of(data->annotations.cbegin(), data->annotations.cend(),
                            [&](const Annotation &a) {
                                return a.kind == AnnotationKind::PlaceMention &&
                                       a.exact == u"Kiev"_s && showsLayer(pane, a);
                            }));
    }

    void shouldHideALayerWhenItsToggleIsCleared()
    {
        test::TestLibrary library;
        const QList<qint64> ids = test::importSeeds(library.db());
        auto data = loadReadingData(library.db(), ids.at(0));
        QVERIFY(data);
        ReadingPane pane;
        pane.showArticle(*data);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        const int places = countOf(*data, AnnotationKind::PlaceMention);
        QVERIFY(places > 0);

        auto *toggle = pane.findChild<QCheckBox *>(u"layerPlaces"_s);
        QVERIFY(toggle && toggle->isChecked());
        QTest::mouseClick(toggle, Qt::LeftButton, {}, QPoint(8, toggle->height() / 2));
        QVERIFY(!toggle->isChecked());
        QVERIFY(!pane.isLayerVisible(HighlightLayer::Places));
        QCOMPARE(pane.highlights().size(), data->annotations.size() - places);
        for (const Highlight &h : pane.highlights())
            QVERIFY(h.layer != HighlightLayer::Places);
        for (const Annotation &a : data->annotations) {
            if (a.kind == AnnotationKind::PlaceMention)
                QVERIFY2(!showsLayer(pane, a), qPrintable(a.exact));
            else
                QVERIFY2(showsLayer(pane, a), qPrintable(a.exact));
        }

        QTest::mouseClick(toggle, Qt::LeftButton, {}, QPoint(8, toggle->height() / 2));
        QCOMPARE(pane.highlights().size(), data->annotations.size());
        for (const Annotation &a : data->annotations)
            QVERIFY(showsLayer(pane, a));
    }

    void shouldStepThroughHighlightsWithTheKeyboard()
    {
        test::TestLibrary library;
        const QList<qint64> ids = test::importSeeds(library.db());
        auto data = loadReadingData(library.db(), ids.at(1));
        QVERIFY(data);
        ReadingPane pane;
        pane.showArticle(*data);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        // F8 and Shift+F8 are the window's (Article → Next/Previous Highlight), for the active
        // pane.
        pane.stepHighlight(1);
        const qint64 first = pane.selectedAnnotation();
        QCOMPARE(first, pane.highlights().constFirst().annotationId);
        // The selected highlight is drawn as an overlay on top of its layer.
        QCOMPARE(pane.textView()->extraSelections().size(), 1);
        pane.stepHighlight(1);
        QVERIFY(pane.selectedAnnotation() != first);
        pane.stepHighlight(-1);
        QCOMPARE(pane.selectedAnnotation(), first);
    }

    void shouldFindTheAnnotationUnderAnOffset()
    {
        test::TestLibrary library;
        const QList<qint64> ids = test::importSeeds(library.db());
        auto data = loadReadingData(library.db(), ids.at(0));
        QVERIFY(data);
        ReadingPane pane;
        pane.showArticle(*data);
        // A place inside a quotation: the shorter span wins.
        for (const Annotation &a : data->annotations) {
            if (a.kind != AnnotationKind::PlaceMention)
                continue;
            QCOMPARE(pane.annotationAt(a.start), a.id);
            break;
        }
        QCOMPARE(pane.annotationAt(-5), qint64(0));
    }
};

QTEST_MAIN(tst_ReadingPane)
#include "tst_readingpane.moc"
