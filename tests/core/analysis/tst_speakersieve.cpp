// Each speaker rule on made-up sentences, in English, Russian and Ukrainian.
#include "analysis/analyser.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax;
using namespace parallax::analysis;

namespace {

// "speaker (rule)" per quotation; "-" for no speaker.
QStringList attribute(const QString &text)
{
    static const Analyser analyser;
    QStringList found;
    for (const QuoteFinding &quote : analyser.analyse(text, QDate(2025, 6, 1)).quotes) {
        const QString speaker = quote.speaker().isEmpty() ? u"-"_s : quote.speaker();
        found << u"%1 (%2)"_s.arg(speaker, quote.rule.section(u'/', 0, 0));
    }
    return found;
}

} // namespace

class tst_SpeakerSieve : public QObject
{
    Q_OBJECT

private slots:
    void shouldAttributeQuotations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("X said") << u"“We are ready to talk,” Lavrov said."_s
                                << QStringList{u"Sergey Lavrov (quote.trailing)"_s};
        QTest::newRow("said X with a title")
            << u"\"The offer is a sham,\" said Ukrainian presidential adviser Mykhailo Podoliak."_s
            << QStringList{u"Mykhailo Podolyak (quote.trailing)"_s};
        QTest::newRow("a middle initial") << u"\"The numbers are in,\" said Jeffrey M. Jones."_s
                                          << QStringList{u"Jeffrey M. Jones (quote.trailing)"_s};
        QTest::newRow("a description before an unknown name")
            << u"\"I can't vote for him,\" said Concord resident Whit Symms."_s
            << QStringList{u"Whit Symms (quote.trailing)"_s};
        QTest::newRow("an honorific and a surname")
            << u"\"They don't care,\" said Mr. Meyer, who runs a research firm."_s
            << QStringList{u"Meyer (quote.trailing)"_s};
        QTest::newRow("a lone surname and an apposition")
            << u"\"It was close,\" Miller, a retired worker, said."_s
            << QStringList{u"Miller (quote.trailing-apposition)"_s};
        QTest::newRow("a title, an initial and a surname that is a title word")
            << u"\"That voice came out,\" Representative Peter T. King, Republican of New York, said of it."_s
            << QStringList{u"Peter T. King (quote.trailing-apposition)"_s};
        QTest::newRow("an institution is not a name with a title word")
            << u"\"No comment,\" the Donald Trump White House said."_s
            << QStringList{u"Government of the United States (quote.following)"_s};
        QTest::newRow("reported inside reported speech: the outer reporter")
            << u"Mr. Ross said Mr. Obama had told Jewish leaders that he would allow \"no daylight\" between them."_s
            << QStringList{u"Ross (quote.reporting)"_s};
        QTest::newRow("a joined clause has its own reporter")
            << u"Stoltenberg claimed that the offer was not \"made in good faith,\" while Chancellor Olaf Scholz called it a \"classic land grab.\""_s
            << QStringList{u"Jens Stoltenberg (quote.reporting)"_s,
                           u"Olaf Scholz (quote.reporting)"_s};
        QTest::newRow("an opening subordinate clause is not the report")
            << u"After Trump said he would sue, Clinton told reporters \"we will see him in court.\""_s
            << QStringList{u"Clinton (quote.reporting)"_s};
        QTest::newRow("a participle after the quotation takes the subject before it")
            << u"Cruz said last week that Trump represents \"New York values,\" stating that he would win."_s
            << QStringList{u"Cruz (quote.reporting)"_s};
        QTest::newRow("X told reporters")
            << u"“Nothing has changed,” Peskov told reporters on Monday."_s
            << QStringList{u"Dmitry Peskov (quote.trailing)"_s};
        QTest::newRow("X wrote on X") << u"“We will rebuild,” wrote Zelenskyy on X."_s
                                      << QStringList{u"Volodymyr Zelensky (quote.trailing)"_s};
        QTest::newRow("the title of a show is not speech")
            << u"Sergey Lavrov told “Good Morning America” that talks were over."_s
            << QStringList{u"- (quote.term)"_s};
        QTest::newRow("an apposition between name and verb")
            << u"“We are ready,” Dmytro Kuleba, the foreign minister of Ukraine, said on Monday."_s
            << QStringList{u"Dmytro Kuleba (quote.trailing-apposition)"_s};
        QTest::newRow("a name and a colon") << u"Sergey Lavrov: “We are ready to talk.”"_s
                                            << QStringList{u"Sergey Lavrov (quote.colon)"_s};
        QTest::newRow("according to a pronoun")
            << u"Министр Сергей Лавров выступил в среду. По его словам, «переговоры продолжатся»."_s
            << QStringList{u"Sergey Lavrov (quote.according-to)"_s};
        QTest::newRow("a report pointing at the next paragraph")
            << u"Переговоры продолжатся. Об этом сообщил министр иностранных дел Сергей Лавров.\n\n«Мы готовы говорить»."_s
            << QStringList{u"Sergey Lavrov (quote.lead-in)"_s};
        QTest::newRow("a line ending with a colon")
            << u"Дмитро Кулеба прокоментував переговори:\n«Ми готові говорити»."_s
            << QStringList{u"Dmytro Kuleba (quote.lead-in)"_s};
        QTest::newRow("a line that points nowhere")
            << u"Переговоры продолжатся в среду.\n\n«Мы готовы говорить»."_s
            << QStringList{u"- (quote.unattributed)"_s};
        QTest::newRow("X said: before")
            << u"Speaking in Brussels, Mark Rutte said: “NATO stands with Ukraine.”"_s
            << QStringList{u"Mark Rutte (quote.reporting)"_s};
        QTest::newRow("according to") << u"According to Lavrov, the plan is “a dead end”."_s
                                      << QStringList{u"Sergey Lavrov (quote.according-to)"_s};
        QTest::newRow("carry-over after attribution")
            << u"“We expected this,” Peskov said. “Time will tell.”"_s
            << QStringList{u"Dmitry Peskov (quote.trailing)"_s,
                           u"Dmitry Peskov (quote.carry-over)"_s};
        QTest::newRow("pronoun resolved to the last name")
            << u"Zelensky met troops on Friday. “We will hold the line,” he said."_s
            << QStringList{u"Volodymyr Zelensky (quote.trailing)"_s};
        QTest::newRow("pronoun skips the wrong gender")
            << u"Maria Zakharova spoke after Lavrov. “This is absurd,” she said."_s
            << QStringList{u"Maria Zakharova (quote.trailing)"_s};
        QTest::newRow("role noun through an earlier name")
            << u"Vladimir Putin arrived late. “The terms are clear,” the Russian president added."_s
            << QStringList{u"Vladimir Putin (quote.trailing)"_s};
        QTest::newRow("role noun by the date when nobody is named")
            << u"“We will not back down,” Ukraine's foreign minister said."_s
            << QStringList{u"Andrii Sybiha (quote.trailing)"_s};
        QTest::newRow("unknown person gets the fullest form")
            << u"Analyst Jane Holloway studies the front. “It is a stalemate,” Holloway said."_s
            << QStringList{u"Jane Holloway (quote.trailing)"_s};
        QTest::newRow("fragment in a reporting clause")
            << u"Scholz called the plan a “classic land grab” on Friday."_s
            << QStringList{u"Olaf Scholz (quote.reporting)"_s};
        QTest::newRow("reporting verb after the quotation")
            << u"As for attempts to “beat back” the troops, Putin said nothing had changed."_s
            << QStringList{u"Vladimir Putin (quote.following)"_s};
        QTest::newRow("group speaker stays unattributed")
            << u"“The strike was legitimate,” the ministry said."_s
            << QStringList{u"- (quote.trailing)"_s};
        QTest::newRow("scare quotes are terms without speaker")
            << u"Moscow calls it a military drill; critics fear the so-called “buffer zone” will grow."_s
            << QStringList{u"- (quote.term)"_s};
        QTest::newRow("no attribution, no guess")
            << u"The word “peace” was everywhere."_s << QStringList{u"- (quote.term)"_s};
        QTest::newRow("russian dash attribution")
            << u"«Мы открыты для диалога», — заявил Песков."_s
            << QStringList{u"Dmitry Peskov (quote.trailing)"_s};
        QTest::newRow("russian pronoun")
            << u"Лавров прибыл в Анкару. «Мы готовы», — сказал он журналистам."_s
            << QStringList{u"Sergey Lavrov (quote.trailing)"_s};
        QTest::newRow("russian po slovam with case ending")
            << u"По словам Подоляка, «Россия не хочет мира»."_s
            << QStringList{u"Mykhailo Podolyak (quote.according-to)"_s};
        QTest::newRow("ukrainian za slovamy")
            << u"За словами Сибіги, «це неприйнятно»."_s
            << QStringList{u"Andrii Sybiha (quote.according-to)"_s};
        QTest::newRow("ukrainian colon") << u"Зеленський заявив: «Ми не віддамо жодного міста»."_s
                                         << QStringList{u"Volodymyr Zelensky (quote.reporting)"_s};
        QTest::newRow("a given name makes a name")
            << u"«Ситуация под контролем», — заявила официальный представитель ведомства Светлана Петренко."_s
            << QStringList{u"Светлана Петренко (quote.trailing)"_s};
        QTest::newRow("a name in the genitive is named in the nominative")
            << u"По словам эксперта Алексея Учакина, «блокировки обновляют регулярно»."_s
            << QStringList{u"Алексей Учакин (quote.according-to)"_s};
        QTest::newRow("ukrainian genitive")
            << u"За словами міністра Олександра Ткаченка, «театри працюватимуть»."_s
            << QStringList{u"Олександр Ткаченко (quote.according-to)"_s};
        QTest::newRow("a person noun stands for the person named before")
            << u"Губернатор Курганской области Вадим Шумков провел совещание.\n\n«Дамба выдержит», — написал глава региона."_s
            << QStringList{u"Вадим Шумков (quote.trailing)"_s};
        QTest::newRow("a given name alone") << u"По словам читателя Артема, «пробки адские»."_s
                                            << QStringList{u"Артем (quote.according-to)"_s};
        QTest::newRow("a relative pronoun")
            << u"Выделяется мнение журналиста Татьяны Даниленко, которая отмечает: «Критика ей безразлична»."_s
            << QStringList{u"Татьяна Даниленко (quote.reporting)"_s};
        QTest::newRow("a phrase between the name and the verb")
            << u"Эксперт Алексей Учакин в комментарии РБК предположил, что это «плановое обновление»."_s
            << QStringList{u"Алексей Учакин (quote.reporting)"_s};
        QTest::newRow("an organisation after a preposition")
            << u"«Ставка остается на уровне 15%», — сообщили в НБУ."_s
            << QStringList{u"National Bank of Ukraine (quote.trailing)"_s};
        QTest::newRow("an organisation as subject")
            << u"The Kremlin said the talks were “a waste of time” for now."_s
            << QStringList{u"Government of Russia (quote.reporting)"_s};
        QTest::newRow("a noun for the organisation named before")
            << u"Минэкономразвития опубликовало прогноз. «Рост продолжится», — заявили в ведомстве."_s
            << QStringList{u"Ministry of Economic Development of Russia (quote.trailing)"_s};
        QTest::newRow("an unnamed spokesperson speaks for the organisation")
            << u"«Оснований для пересмотра нет», — сообщил представитель Минэкономразвития."_s
            << QStringList{u"Ministry of Economic Development of Russia (quote.trailing)"_s};
        QTest::newRow("a noun with its own complement is another organisation")
            << u"Минфин России опубликовал прогноз. «Мы готовы», — заявили в министерстве обороны Израиля."_s
            << QStringList{u"- (quote.unattributed)"_s};
        QTest::newRow("a named spokesperson speaks for herself")
            << u"«Мы готовы», — заявила представитель МИД России Мария Захарова."_s
            << QStringList{u"Maria Zakharova (quote.trailing)"_s};
    }

    void shouldAttributeQuotations()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(attribute(text), expected);
    }

    void headlineQuotationsBorrowFromTheBody()
    {
        const QString text = u"Russia will ‘never’ withdraw troops – Putin\n"
                             u"Putin spoke on Thursday.\n"
                             u"‘No plans for Europe’\n"
                             u"“We have no plans for Europe at all,” Putin said."_s;
        QCOMPARE(attribute(text), (QStringList{u"Vladimir Putin (quote.headline-dash)"_s,
                                               u"Vladimir Putin (quote.headline-echo)"_s,
                                               u"Vladimir Putin (quote.trailing)"_s}));
    }

    void quoteClasses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("quoteClass");
        QTest::newRow("sentence") << u"“We will win.” he said."_s << int(QuoteClass::Statement);
        QTest::newRow("sentence broken by attribution")
            << u"“Both cities are surrounded,” he said."_s << int(QuoteClass::Statement);
        QTest::newRow("short fragment")
            << u"He called it “a classic land grab” today."_s << int(QuoteClass::Short);
        QTest::newRow("ten words are a statement")
            << u"He said it was “a plan that would take years to put into practice”."_s
            << int(QuoteClass::Statement);
        QTest::newRow("term") << u"The goals of its “special military operation” remain."_s
                              << int(QuoteClass::Term);
        QTest::newRow("russian sentence")
            << u"«Мы готовы к переговорам», — заявил он."_s << int(QuoteClass::Statement);
    }

    void quoteClasses()
    {
        QFETCH(QString, text);
        QFETCH(int, quoteClass);
        const Analysis analysis = Analyser().analyse(text);
        QCOMPARE(analysis.quotes.size(), 1);
        QCOMPARE(int(analysis.quotes.front().quoteClass), quoteClass);
    }
};

QTEST_GUILESS_MAIN(tst_SpeakerSieve)
#include "tst_speakersieve.moc"
