#include "align/statementkey.h"

#include "analysis/textfold.h"
#include "analysis/tokens.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace parallax::align {

namespace {

// Stems are cut to a fixed length: crude, but it treats "withdraw", "withdrawal" and
// "withdrawn" alike, and Russian or Ukrainian case and verb endings as well, without a
// per-language stemmer.
constexpr qsizetype kLatinStem = 6;
constexpr qsizetype kCyrillicStem = 5;

QString cutStem(QStringView folded)
{
    QStringView word = folded;
    if (word.size() > 3 && word.endsWith(u"ies"))
        return word.chopped(3).toString() + u'y';
    if (word.size() > 3 && word.endsWith(u's') && !word.endsWith(u"ss"))
        word.chop(1);
    const bool cyrillic = analysis::isCyrillic(word.front().unicode());
    return word.left(cyrillic ? kCyrillicStem : kLatinStem).toString();
}

const QSet<QString> &stopWords()
{
    static const QSet<QString> words = [] {
        const QStringList list = uR"(
            a an the and or but if then than so as of in on at to for from by with about into over
            under after before between through during without within up down out off again also
            is are was were be been being am do does did done have has had having will would shall
            should can could may might must not no nor only own same such too very just now there
            here this that these those it its it's i me my we us our you your he him his she her
            they them their what which who whom whose when where why how all any both each few more
            most other some s t don what's that's we're they're i'm
            и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только
            ее мне было вот от меня еще нет о из ему теперь когда даже ну вдруг ли если уже или ни
            быть был него до вас нибудь опять уж вам ведь там потом себя ничего ей может они тут
            где есть надо ней для мы тебя их чем была сам чтоб без будто чего раз тоже себе под
            будет ж тогда кто этот того потому этого какой совсем ним здесь этом один почти мой
            тем чтобы нее сейчас были куда зачем всех никогда можно при наконец два об другой хоть
            после над больше тот через эти нас про всего них какая много разве три эту моя впрочем
            хорошо свою этой перед иногда лучше чуть том нельзя такой им более всегда конечно всю
            между это
            і й та що як але або не ні на в у з із зі до від за по про для при через це цей ця ці
            той та ті він вона воно вони ми ви я ти його її їх наш ваш свій був була було були буде
            будуть є бути також вже ще лише тільки так якщо коли де там тут then
        )"_s.split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts);
        return QSet<QString>(list.cbegin(), list.cend());
    }();
    return words;
}

// Words that news reports use for one another when they retell or translate a statement.
// Each group becomes one key; the groups are about war, diplomacy and speech in general.
const QHash<QString, QString> &concepts()
{
    static const QHash<QString, QString> map = [] {
        const QList<QStringList> groups = {
            {u"troops"_s, u"forces"_s, u"army"_s, u"armies"_s, u"military"_s, u"soldiers"_s,
             u"servicemen"_s, u"войска"_s, u"войск"_s, u"армия"_s, u"военные"_s, u"силы"_s,
             u"військ"_s, u"війська"_s, u"армія"_s, u"військові"_s, u"сили"_s},
            {u"withdraw"_s, u"withdrawal"_s, u"withdrawn"_s, u"leave"_s, u"pull"_s, u"retreat"_s,
             u"вывод"_s, u"вывести"_s, u"выведены"_s, u"уйти"_s, u"уйдут"_s, u"отвод"_s,
             u"вивести"_s, u"виведення"_s, u"відвести"_s, u"вийти"_s, u"підуть"_s},
            {u"cease"_s, u"ceasefire"_s, u"cessation"_s, u"stop"_s, u"halt"_s, u"end"_s,
             u"прекратить"_s, u"прекращение"_s, u"остановить"_s, u"прекратим"_s, u"припинити"_s,
             u"припинення"_s, u"зупинити"_s},
            {u"hostilities"_s, u"combat"_s, u"fighting"_s, u"fire"_s, u"war"_s, u"warfare"_s,
             u"bloodshed"_s, u"боевые"_s, u"огонь"_s, u"война"_s, u"войну"_s, u"бойові"_s,
             u"вогонь"_s, u"війна"_s, u"війну"_s},
            {u"territory"_s, u"territories"_s, u"land"_s, u"lands"_s, u"территория"_s,
             u"территорий"_s, u"земли"_s, u"територія"_s, u"територій"_s, u"землі"_s},
            {u"hold"_s, u"occupy"_s, u"occupied"_s, u"control"_s, u"controlled"_s, u"held"_s,
             u"контролируют"_s, u"занимают"_s, u"удерживают"_s, u"контролюють"_s, u"займають"_s,
             u"утримують"_s},
            {u"negotiations"_s, u"talks"_s, u"dialogue"_s, u"переговоры"_s, u"переговоров"_s,
             u"переговори"_s, u"переговорів"_s},
            {u"proposal"_s, u"proposals"_s, u"offer"_s, u"initiative"_s, u"plan"_s,
             u"предложение"_s, u"предложения"_s, u"инициатива"_s, u"пропозиція"_s, u"пропозиції"_s,
             u"ініціатива"_s},
            {u"novelty"_s, u"innovation"_s, u"new"_s, u"новизны"_s, u"нового"_s, u"новизни"_s},
            {u"immediately"_s, u"instantly"_s, u"promptly"_s, u"немедленно"_s, u"сразу"_s,
             u"негайно"_s, u"відразу"_s},
            {u"want"_s, u"wish"_s, u"desire"_s, u"хотят"_s, u"желание"_s, u"хочуть"_s,
             u"бажання"_s},
            {u"say"_s, u"said"_s, u"declare"_s, u"announce"_s, u"state"_s, u"заявить"_s,
             u"заявил"_s, u"сказал"_s, u"заявив"_s, u"сказав"_s},
            {u"ready"_s, u"prepared"_s, u"willing"_s, u"готовы"_s, u"готов"_s, u"готові"_s},
            {u"kiev"_s, u"kyiv"_s, u"киев"_s, u"київ"_s, u"киева"_s, u"києва"_s},
        };
        QHash<QString, QString> keys;
        for (const QStringList &group : groups) {
            const QString conceptKey = u'#' + group.constFirst();
            for (const QString &word : group)
                keys.insert(cutStem(analysis::foldText(word)), conceptKey);
        }
        return keys;
    }();
    return map;
}

} // namespace

QString wordKey(QStringView foldedWord)
{
    if (foldedWord.isEmpty() || stopWords().contains(foldedWord.toString()))
        return {};
    const QString stem = cutStem(foldedWord);
    return concepts().value(stem, stem);
}

QList<KeyedWord> keyedWords(QStringView text)
{
    QList<KeyedWord> words;
    for (const analysis::Token &token : analysis::tokenize(text)) {
        const QString folded = analysis::foldText(text.sliced(token.start, token.size()));
        words.append({token.start, token.end, wordKey(folded)});
    }
    return words;
}

QList<QString> statementKeys(QStringView text)
{
    QList<QString> keys;
    for (const KeyedWord &word : keyedWords(text))
        if (!word.key.isEmpty())
            keys.append(word.key);
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    return keys;
}

} // namespace parallax::align
