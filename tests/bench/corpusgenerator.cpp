#include "corpusgenerator.h"

#include <QDir>
#include <QFile>
#include <random>

using namespace Qt::StringLiterals;

namespace parallax::bench {
namespace {

const QStringList kSpeakers{u"Vladimir Putin"_s,   u"Volodymyr Zelensky"_s, u"Dmitry Peskov"_s,
                            u"Sergei Lavrov"_s,    u"Mykhailo Podolyak"_s,  u"Andrii Sybiha"_s,
                            u"Jens Stoltenberg"_s, u"Olaf Scholz"_s,        u"Antony Blinken"_s,
                            u"Emmanuel Macron"_s};
const QStringList kPlaces{u"Kiev"_s,          u"Kyiv"_s,     u"Kharkov"_s,    u"Kharkiv"_s,
                          u"Lugansk"_s,       u"Luhansk"_s,  u"Zaporozhye"_s, u"Zaporizhzhia"_s,
                          u"Donetsk"_s,       u"Kherson"_s,  u"Mariupol"_s,   u"Pokrovsk"_s,
                          u"Krasnoarmeysk"_s, u"Bakhmut"_s,  u"Crimea"_s,     u"Moscow"_s,
                          u"Washington"_s,    u"Geneva"_s,   u"Brussels"_s,   u"Odesa"_s,
                          u"Dnipro"_s,        u"Myrnohrad"_s};
const QStringList kVerbs{u"said"_s,     u"told reporters"_s, u"added"_s, u"wrote on Telegram"_s,
                         u"insisted"_s, u"warned"_s};
const QStringList kQuotes{
    u"We will never accept the loss of our territory, whatever the cost"_s,
    u"If negotiations are linked to the withdrawal of our troops, this will never happen"_s,
    u"The offensive has stalled and the front line is holding"_s,
    u"There is no novelty in this, no real peace proposal and no desire to end the war"_s,
    u"Our air defence shot down most of the drones overnight"_s,
    u"The talks can only begin once the shelling of civilian areas stops"_s,
    u"We expect our partners to deliver what they promised in the spring"_s,
    u"This is an ultimatum, not an offer of peace"_s};
const QStringList kFiller{
    u"The two sides have not held direct talks since the first weeks of the conflict"_s,
    u"Officials in the region reported damage to power lines and several residential buildings"_s,
    u"Analysts said the move was aimed at an audience at home as much as abroad"_s,
    u"The ministry did not respond to a request for comment on Thursday"_s,
    u"Western governments have promised further military and economic support"_s,
    u"The summit is expected to draw delegations from more than ninety countries"_s,
    u"Prices for grain and fertiliser rose sharply after the announcement"_s,
    u"Local authorities ordered the evacuation of families with children"_s};
const QStringList kRussian{u"Президент заявил, что Москва готова к переговорам"_s,
                           u"По словам Подоляка, это предложение не имеет смысла"_s,
                           u"В Харькове и Запорожье объявлена воздушная тревога"_s,
                           u"Власти Киева сообщили о повреждении линий электропередачи"_s};

template <typename Rng> const QString &pick(const QStringList &list, Rng &rng)
{
    return list[int(rng() % quint32(list.size()))];
}

template <typename Rng> QString article(int index, Rng &rng)
{
    const bool russian = rng() % 10 == 0;
    QString text =
        u"%1 says %2 offensive %3 (report %4)\n"_s
            .arg(pick(kSpeakers, rng), pick(kPlaces, rng), rng() % 2 ? u"stalls"_s : u"resumes"_s)
            .arg(index);
    while (text.size() < 4800) {
        switch (rng() % 4) {
        case 0:
            text += u"“%1,” %2 %3 in %4.\n"_s.arg(pick(kQuotes, rng), pick(kSpeakers, rng),
                                                  pick(kVerbs, rng), pick(kPlaces, rng));
            break;
        case 1:
            text += u"%1 %2 that %3 would \"%4\" if %5 agreed.\n"_s.arg(
                pick(kSpeakers, rng), pick(kVerbs, rng), pick(kPlaces, rng),
                pick(kQuotes, rng).toLower(), pick(kPlaces, rng));
            break;
        case 2:
            text += russian
                        ? u"«%1», — заявил %2.\n"_s.arg(pick(kRussian, rng), pick(kSpeakers, rng))
                        : u"%1. %2 near %3.\n"_s.arg(pick(kFiller, rng), pick(kFiller, rng),
                                                     pick(kPlaces, rng));
            break;
        default:
            text += u"%1, and fighting continued around %2 and %3.\n"_s.arg(
                pick(kFiller, rng), pick(kPlaces, rng), pick(kPlaces, rng));
        }
    }
    // Make every article unique, so no file is a duplicate of another.
    text += u"Reference %1-%2."_s.arg(index).arg(rng());
    return text;
}

} // namespace

GeneratedCorpus generateCorpus(const QString &folder, int count, quint32 seed)
{
    std::mt19937 rng(seed);
    GeneratedCorpus corpus;
    corpus.paths.reserve(count);
    corpus.texts.reserve(count);
    for (int i = 0; i < count; ++i) {
        // A thousand files per folder, as a real archive would be split.
        const QString dir = u"%1/%2"_s.arg(folder).arg(i / 1000, 4, 10, QChar(u'0'));
        if (i % 1000 == 0)
            QDir().mkpath(dir);
        const QString path = u"%1/article-%2.txt"_s.arg(dir).arg(i, 7, 10, QChar(u'0'));
        const QByteArray bytes = article(i, rng).toUtf8();
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        corpus.paths.append(path);
        corpus.texts.append(bytes);
        corpus.bytes += bytes.size();
    }
    return corpus;
}

QStringList generateQueries(int count, quint32 seed)
{
    std::mt19937 rng(seed);
    QStringList queries;
    for (int i = 0; i < count; ++i) {
        switch (rng() % 4) {
        case 0:
            queries.append(pick(kPlaces, rng));
            break;
        case 1:
            queries.append(pick(kSpeakers, rng).section(u' ', 1));
            break;
        case 2:
            queries.append(pick(kPlaces, rng) + u' ' + pick(kFiller, rng).section(u' ', 3, 3));
            break;
        default:
            queries.append(u'"' + pick(kQuotes, rng).section(u' ', 2, 4) + u'"');
        }
    }
    return queries;
}

} // namespace parallax::bench
