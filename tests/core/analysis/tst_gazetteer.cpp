// Every name in the bundled gazetteer leads back to its own place.
#include "analysis/gazetteer.h"
#include "analysis/tokens.h"
#include "analysis/textfold.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax;
using namespace parallax::analysis;

class tst_Gazetteer : public QObject
{
    Q_OBJECT

private slots:
    void everyAliasResolvesToItsPlace()
    {
        const Gazetteer &gazetteer = *Gazetteer::bundled();
        QVERIFY(gazetteer.places().size() > 400);
        int checked = 0;
        QStringList failures;
        for (int index = 0; index < gazetteer.places().size(); ++index) {
            const GazetteerPlace &place = gazetteer.place(index);
            QStringList names = place.aliases;
            names.prepend(place.name);
            for (const QString &name : std::as_const(names)) {
                const QList<Token> tokens = tokenize(name);
                if (tokens.isEmpty())
                    continue;
                QList<QString> folded;
                for (const Token &token : tokens)
                    folded.append(foldText(QStringView(name).mid(token.start, token.size())));
                const PlaceMatch match = gazetteer.matchAt(name, tokens, folded, 0);
                ++checked;
                if (match.tokenCount != tokens.size() || !match.places.contains(index))
                    failures << u"%1 -> %2"_s.arg(name, place.name);
            }
        }
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u"; "_s)));
        QVERIFY(checked > 1500);
    }

    void handTableRefinesIsoCodes()
    {
        const Gazetteer &gazetteer = *Gazetteer::bundled();
        const GazetteerPlace &donetsk = gazetteer.place(gazetteer.indexOf(u"Donetsk Oblast"_s));
        QCOMPARE(donetsk.kind, PlaceKind::Region);
        QCOMPARE(donetsk.parent, u"Ukraine"_s);
        QVERIFY(donetsk.aliases.contains(u"Donetska oblast"_s)); // the ISO name
        QVERIFY(donetsk.aliases.contains(u"Донецкая область"_s)); // iso-codes' Russian
        QVERIFY(donetsk.aliases.contains(u"Донецька область"_s)); // and Ukrainian translation
        QCOMPARE(gazetteer.place(gazetteer.resolve(u"Russian Federation"_s)).name, u"Russia"_s);
        QCOMPARE(gazetteer.place(gazetteer.resolve(u"Аляска"_s)).name, u"Alaska"_s);
        const int kyiv = gazetteer.indexOf(u"Kyiv"_s, PlaceKind::City);
        QVERIFY(gazetteer.place(kyiv).capital);
        QCOMPARE(gazetteer.regionWithSeat(gazetteer.indexOf(u"Kherson"_s, PlaceKind::City)),
                 gazetteer.indexOf(u"Kherson Oblast"_s));
    }
};

QTEST_GUILESS_MAIN(tst_Gazetteer)
#include "tst_gazetteer.moc"
