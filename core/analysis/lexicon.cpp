#include "analysis/lexicon.h"

#include "analysis/textfold.h"
#include "analysis/wordset.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace parallax::analysis::lexicon {

namespace {

WordSet words(std::initializer_list<const char16_t *> list)
{
    WordSet set;
    for (const char16_t *word : list)
        set.insert(QString::fromUtf16(word));
    return set;
}

} // namespace

bool isSpeechVerb(const QString &folded)
{
    // resources/analysis/speech-verbs.txt: every form of the reporting verbs of each language.
    static const WordSet verbs = [] {
        WordSet loaded;
        QFile file(u":/analysis/speech-verbs.txt"_s);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("the speech verb list is missing from the build");
        const QString text = QString::fromUtf8(file.readAll());
        for (QStringView line : QStringView(text).split(u'\n', Qt::SkipEmptyParts)) {
            const QStringView word = line.trimmed();
            if (!word.isEmpty() && !word.startsWith(u'#'))
                loaded.insert(foldText(word));
        }
        return loaded;
    }();
    return verbs.contains(folded);
}

char personalPronounGender(const QString &folded)
{
    static const WordSet male = words({u"he", u"он", u"він"});
    static const WordSet female = words({u"she", u"она", u"вона"});
    return male.contains(folded) ? 'm' : female.contains(folded) ? 'f' : 0;
}

char possessivePronounGender(const QString &folded)
{
    static const WordSet male = words({u"his", u"его", u"його"});
    static const WordSet female = words({u"her", u"ее", u"її"});
    return male.contains(folded) ? 'm' : female.contains(folded) ? 'f' : 0;
}

bool isVerbFiller(const QString &folded)
{
    static const WordSet fillers = words(
        {u"has",      u"have",       u"had",        u"also",       u"later",      u"then",
         u"again",    u"repeatedly", u"previously", u"earlier",    u"reportedly", u"once",
         u"further",  u"now",        u"recently",   u"publicly",   u"reiterated", u"immediately",
         u"quickly",  u"simply",     u"bluntly",    u"flatly",     u"just",       u"would",
         u"will",     u"had",        u"often",      u"frequently", u"since",      u"already",
         u"even",     u"также",      u"ранее",      u"тоже",       u"уже",        u"затем",
         u"позже",    u"також",      u"раніше",     u"вже",        u"потім",      u"згодом",
         u"on",       u"monday",     u"tuesday",    u"wednesday",  u"thursday",   u"friday",
         u"saturday", u"sunday",     u"yesterday",  u"today",      u"tonight",    u"last",
         u"week",     u"month",      u"year",       u"this",       u"morning",    u"evening",
         u"вчера",    u"сегодня",    u"вчора",      u"сьогодні"});
    return fillers.contains(folded);
}

bool isNotAName(const QString &folded)
{
    static const WordSet notNames = words(
        {u"the", u"a", u"an", u"in", u"on", u"at", u"but", u"and", u"or", u"if", u"as", u"for",
         u"when", u"while", u"after", u"before", u"this", u"that", u"these", u"those", u"it", u"he",
         u"she", u"they", u"we", u"i", u"you", u"his", u"her", u"their", u"our", u"its", u"there",
         u"here", u"what", u"why", u"how", u"who", u"so", u"yet", u"still", u"also", u"meanwhile",
         u"however", u"earlier", u"later", u"according", u"speaking", u"asked", u"russian",
         u"ukrainian", u"american", u"german", u"french", u"british", u"european", u"western",
         u"soviet", u"chinese", u"polish", u"turkish", u"belarusian", u"kremlin", u"nato", u"eu",
         u"un", u"white", u"house", u"foreign", u"ministry", u"defence", u"defense", u"monday",
         u"tuesday", u"wednesday", u"thursday", u"friday", u"saturday", u"sunday", u"january",
         u"february", u"march", u"april", u"may", u"june", u"july", u"august", u"september",
         u"october", u"november", u"december", u"president", u"minister", u"chancellor",
         u"secretary", u"general", u"prime", u"spokesman", u"spokeswoman", u"спикер", u"президент",
         u"министр", u"міністр",
         // Russian and Ukrainian words that open sentences
         u"как", u"як", u"это", u"этот", u"эта", u"це", u"цей", u"ця", u"по", u"в", u"во", u"у",
         u"на", u"но", u"и", u"а", u"і", u"й", u"та", u"однако", u"проте", u"але", u"також",
         u"тоже", u"поэтому", u"тому", u"при", u"после", u"після", u"когда", u"коли", u"если",
         u"якщо", u"что", u"що", u"он", u"она", u"они", u"він", u"вона", u"вони", u"мы", u"ми",
         u"я", u"ты", u"ти", u"вы", u"ви", u"его", u"ее", u"її", u"його", u"их", u"їх", u"об", u"о",
         u"про", u"за", u"из", u"з", u"із", u"от", u"від", u"для", u"с", u"со", u"к", u"до", u"так",
         u"тож", u"же", u"ж", u"уже", u"вже", u"ранее", u"раніше", u"кроме", u"крім", u"сегодня",
         u"сьогодні", u"вчера", u"вчора", u"согласно", u"відповідно", u"між", u"между"});
    return notNames.contains(folded);
}

bool isSubordinator(const QString &folded)
{
    static const WordSet subordinators = words(
        {u"after", u"when",   u"while", u"because", u"as",       u"although",  u"though",  u"if",
         u"since", u"before", u"once",  u"until",   u"unless",   u"whereas",   u"whether", u"after",
         u"после", u"когда",  u"пока",  u"хотя",    u"если",     u"поскольку", u"так",     u"після",
         u"коли",  u"поки",   u"хоча",  u"якщо",    u"оскільки", u"як"});
    return subordinators.contains(folded);
}

bool isHonorific(const QString &folded)
{
    static const WordSet honorifics =
        words({u"mr", u"mrs", u"ms", u"miss", u"dr", u"prof", u"sir", u"dame", u"lord", u"lady",
               u"rev", u"fr", u"sen", u"rep", u"gov"});
    return honorifics.contains(folded);
}

bool isTitleWord(const QString &folded)
{
    static const WordSet titles = words({u"president",
                                         u"presidential",
                                         u"prime",
                                         u"minister",
                                         u"ministers",
                                         u"foreign",
                                         u"defence",
                                         u"defense",
                                         u"chancellor",
                                         u"secretary",
                                         u"general",
                                         u"state",
                                         u"adviser",
                                         u"advisor",
                                         u"aide",
                                         u"spokesman",
                                         u"spokeswoman",
                                         u"spokesperson",
                                         u"envoy",
                                         u"ambassador",
                                         u"chief",
                                         u"head",
                                         u"leader",
                                         u"mayor",
                                         u"governor",
                                         u"commander",
                                         u"senator",
                                         u"lawmaker",
                                         u"deputy",
                                         u"vice",
                                         u"official",
                                         u"analyst",
                                         u"expert",
                                         u"colonel",
                                         u"lieutenant",
                                         u"major",
                                         u"gen",
                                         u"chairman",
                                         u"speaker",
                                         u"pope",
                                         u"king",
                                         u"queen",
                                         u"former",
                                         u"top",
                                         u"senior",
                                         u"russian",
                                         u"ukrainian",
                                         u"american",
                                         u"german",
                                         u"french",
                                         u"british",
                                         u"us",
                                         u"u",
                                         u"s",
                                         u"nato",
                                         u"eu",
                                         u"un",
                                         u"kremlin",
                                         u"white",
                                         u"house",
                                         u"press",
                                         u"of",
                                         u"the",
                                         u"ukraine",
                                         u"russia",
                                         u"ukraine's",
                                         u"russia's",
                                         u"military",
                                         u"intelligence",
                                         u"staff",
                                         u"office",
                                         u"security",
                                         u"council",
                                         u"national",
                                         u"mr",
                                         u"ms",
                                         u"mrs",
                                         u"dr",
                                         u"sen",
                                         u"rep",
                                         u"gov",
                                         u"representative",
                                         u"congressman",
                                         u"congresswoman",
                                         u"legislator",
                                         u"assemblyman",
                                         u"assemblywoman",
                                         u"councilman",
                                         u"councilwoman",
                                         u"councillor",
                                         u"councilor",
                                         u"attorney",
                                         u"lawyer",
                                         u"judge",
                                         u"justice",
                                         u"sheriff",
                                         u"prosecutor",
                                         u"detective",
                                         u"officer",
                                         u"sergeant",
                                         u"captain",
                                         u"admiral",
                                         u"director",
                                         u"executive",
                                         u"ceo",
                                         u"founder",
                                         u"president-elect",
                                         u"candidate",
                                         u"nominee",
                                         u"strategist",
                                         u"pollster",
                                         u"consultant",
                                         u"economist",
                                         u"professor",
                                         u"historian",
                                         u"researcher",
                                         u"scientist",
                                         u"activist",
                                         u"organizer",
                                         u"organiser",
                                         u"resident",
                                         u"voter",
                                         u"supporter",
                                         u"host",
                                         u"anchor",
                                         u"columnist",
                                         u"commentator",
                                         u"correspondent",
                                         u"reporter",
                                         u"editor",
                                         u"author",
                                         u"writer",
                                         u"journalist",
                                         u"pastor",
                                         u"rabbi",
                                         u"bishop",
                                         u"coach",
                                         u"manager",
                                         u"chairwoman",
                                         u"chairperson",
                                         u"chair",
                                         u"treasurer",
                                         u"comptroller",
                                         u"commissioner",
                                         u"superintendent",
                                         u"principal",
                                         u"retiree",
                                         u"veteran",
                                         u"student",
                                         u"teacher",
                                         u"nurse",
                                         u"doctor",
                                         u"physician",
                                         u"farmer",
                                         u"businessman",
                                         u"businesswoman",
                                         u"entrepreneur",
                                         u"президент",
                                         u"министр",
                                         u"глава",
                                         u"советник",
                                         u"пресс",
                                         u"секретарь",
                                         u"представитель",
                                         u"официальный",
                                         u"помощник",
                                         u"міністр",
                                         u"радник",
                                         u"речник",
                                         u"керівник",
                                         u"очільник",
                                         u"посол",
                                         u"спикер",
                                         u"спікер",
                                         u"мэр",
                                         u"мер",
                                         u"губернатор",
                                         u"российский",
                                         u"украинский",
                                         u"російський",
                                         u"український",
                                         u"офиса",
                                         u"офісу"});
    return titles.contains(folded);
}

bool isGroupWord(const QString &folded)
{
    static const WordSet groups =
        words({u"officials",      u"analysts",    u"experts",    u"sources",
               u"diplomats",      u"ministry",    u"government", u"kremlin",
               u"administration", u"authorities", u"statement",  u"spokespeople",
               u"media",          u"observers",   u"critics",    u"residents",
               u"officers",       u"troops",      u"army",       u"military",
               u"pentagon",       u"leaders",     u"lawmakers",  u"politicians",
               u"commentators",   u"reports",     u"report",     u"agency",
               u"office",         u"service",     u"council",    u"parliament",
               u"committee",      u"it",          u"they",       u"we",
               u"кремль",         u"мид",         u"мзс",        u"минобороны",
               u"міноборони",     u"власти",      u"влада",      u"они",
               u"вони",           u"эксперты",    u"експерти",   u"аналитики",
               u"аналітики",      u"чиновники",   u"посадовці"});
    return groups.contains(folded);
}

bool isTermCue(const QString &folded)
{
    static const WordSet cues = words(
        {u"the",        u"a",          u"an",         u"its",      u"their",      u"his",
         u"her",        u"our",        u"so",         u"called",   u"fake",       u"alleged",
         u"self",       u"proclaimed", u"sham",       u"supposed", u"pseudo",     u"quasi",
         u"term",       u"word",       u"phrase",     u"label",    u"dubbed",     u"termed",
         u"known",      u"as",         u"this",       u"that",     u"these",      u"those",
         u"such",       u"new",        u"official",   u"так",      u"называемый", u"называемая",
         u"называемое", u"называемые", u"называемых", u"званий",   u"звана",      u"звані",
         u"званих",     u"фейковый",   u"фейкові",    u"псевдо"});
    return cues.contains(folded);
}

bool isAttributionLead(const QString &folded)
{
    return folded == u"according"_s || folded == u"по"_s || folded == u"за"_s;
}

bool isAttributionPartner(const QString &lead, const QString &folded)
{
    if (lead == u"according"_s)
        return folded == u"to"_s;
    if (lead == u"по"_s)
        return folded == u"словам"_s || folded == u"мнению"_s || folded == u"данным"_s;
    if (lead == u"за"_s)
        return folded == u"словами"_s || folded == u"даними"_s;
    return false;
}

bool isCoordinator(const QString &folded)
{
    static const WordSet coordinators = words({u"and", u"or", u"и", u"і", u"та", u"й"});
    return coordinators.contains(folded);
}

bool isRelativePronoun(const QString &folded)
{
    static const WordSet pronouns =
        words({u"who", u"который", u"которая", u"которые", u"який", u"яка", u"які"});
    return pronouns.contains(folded);
}

bool isAbbreviation(const QString &folded)
{
    static const WordSet abbreviations =
        words({u"mr",  u"mrs", u"ms",   u"dr",     u"st",  u"gen", u"lt",  u"col", u"sen",
               u"rep", u"gov", u"prof", u"jr",     u"sr",  u"vs",  u"no",  u"maj", u"capt",
               u"sgt", u"adm", u"fig",  u"approx", u"jan", u"feb", u"mar", u"apr", u"jun",
               u"jul", u"aug", u"sep",  u"sept",   u"oct", u"nov", u"dec", u"inc", u"corp",
               u"co",  u"ltd", u"etc",  u"г",      u"гг",  u"т",   u"им",  u"ул"});
    return abbreviations.contains(folded);
}

} // namespace parallax::analysis::lexicon
