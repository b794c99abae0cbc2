// The speech verb list: every form of a reporting verb in each language, and no noun.
#include "analysis/lexicon.h"
#include "analysis/textfold.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax::analysis;

class tst_Lexicon : public QObject
{
    Q_OBJECT
private slots:
    void shouldKnowEveryFormOfAReportingVerb_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<bool>("verb");
        for (const char16_t *form :
             {u"said",      u"gushed",  u"fumed",       u"emailed",    u"praised",   u"testified",
              u"заявила",   u"заявили", u"подчеркнула", u"утверждает", u"исключил",  u"сообщили",
              u"признался", u"Заявив",  u"сказав",      u"зазначила",  u"наголосив", u"повідомили",
              u"розповіла", u"вважає",  u"каже",        u"висловився"})
            QTest::newRow(qPrintable(QString::fromUtf16(form))) << QString::fromUtf16(form) << true;
        for (const char16_t *word : {u"demands", u"comments", u"reports", u"text", u"state",
                                     u"government", u"заявление", u"заява"})
            QTest::newRow(qPrintable(QString::fromUtf16(word)))
                << QString::fromUtf16(word) << false;
    }

    void shouldKnowEveryFormOfAReportingVerb()
    {
        QFETCH(QString, word);
        QFETCH(bool, verb);
        QCOMPARE(lexicon::isSpeechVerb(foldText(word)), verb);
    }
};

QTEST_GUILESS_MAIN(tst_Lexicon)
#include "tst_lexicon.moc"
