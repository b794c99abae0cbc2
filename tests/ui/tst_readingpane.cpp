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

    struct Shown
    {
        QString text;
        qsizetype start;
    };

    // The ranges the text view actually draws, as body offsets with their text.
    static QList<Shown> drawnRanges(const ReadingPane &pane)
    {
        QList<Shown> shown;
        const int bodyOffset = pane.textView()->toPlainText().indexOf(pane.article().article.body.left(40));
        for (const QTextEdit::ExtraSelection &s : pane.textView()->extraSelections())
            shown.append({s.cursor.selectedText(), s.cursor.selectionStart() - bodyOffset});
        return shown;
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
        pane.setLibrary(&library.db());
        pane.showArticle(*data);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));

        QVERIFY(pane.textView()->toPlainText().startsWith(data->article.title));
        const QList<Shown> shown = drawnRanges(pane);
        QCOMPARE(shown.size(), data->annotations.size());
        QCOMPARE(pane.highlights().size(), data->annotations.size());
        QSet<qsizetype> starts;
        for (const Shown &s : shown)
            starts.insert(s.start);
        for (const Annotation &a : data->annotations) {
            QVERIFY2(starts.contains(a.start), qPrintable(a.exact));
            bool textMatches = false;
            for (const Shown &s : shown)
                textMatches = textMatches || (s.start == a.start && s.text == a.exact);
            // selectedText() turns paragraph breaks into U+2029; single-paragraph spans match.
            QVERIFY2(textMatches || a.exact.contains(u'\n'), qPrintable(a.exact));
        }
        // Kyiv is written "Kiev" in this article, and the highlight sits on that spelling.
        QVERIFY(std::any_of(shown.cbegin(), shown.cend(), [](const Shown &s) { return s.text == u"Kiev"_s; }));
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
        QCOMPARE(pane.textView()->extraSelections().size(), data->annotations.size() - places);
        for (const Highlight &h : pane.highlights())
            QVERIFY(h.layer != HighlightLayer::Places);

        QTest::mouseClick(toggle, Qt::LeftButton, {}, QPoint(8, toggle->height() / 2));
        QCOMPARE(pane.textView()->extraSelections().size(), data->annotations.size());
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
        pane.textView()->setFocus();
        QTest::keyClick(pane.textView(), Qt::Key_F8);
        const qint64 first = pane.selectedAnnotation();
        QCOMPARE(first, pane.highlights().constFirst().annotationId);
        QTest::keyClick(pane.textView(), Qt::Key_F8);
        QVERIFY(pane.selectedAnnotation() != first);
        QTest::keyClick(pane.textView(), Qt::Key_F8, Qt::ShiftModifier);
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
