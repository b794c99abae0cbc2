#include "analysis/personmentions.h"

#include "analysis/givennames.h"
#include "analysis/lexicon.h"
#include "analysis/namecase.h"
#include "analysis/personnouns.h"
#include "analysis/textfold.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace parallax::analysis {

namespace {

constexpr qsizetype kMaxNameRun = 4;
// How far back a noun such as "глава региона" looks for the person it stands for.
constexpr qsizetype kPersonNounReach = 150;
// How far back "the ministry", "ведомство" look for the organisation they stand for.
constexpr qsizetype kOrganisationNounReach = 400;

} // namespace

PersonMentions::PersonMentions(const TextContext &context, const PeopleRegistry &registry,
                               const QList<Span> &placeSpans, QDate articleDate)
    : m_context(context), m_registry(registry), m_date(articleDate)
{
    findRegistryAndRoleMentions(placeSpans);
}

void PersonMentions::add(const PersonMention &mention)
{
    const int index = int(m_mentions.size());
    m_mentions.append(mention);
    m_byEnd.insert(mention.lastToken, index);
    m_byStart.insert(mention.firstToken, index);
}

// The length of a registry organisation's name that fills a quotation on its own.
qsizetype PersonMentions::quotedOrganisationAt(qsizetype token) const
{
    const TextContext &c = m_context;
    auto isMark = [](QChar ch) {
        return ch == u'"' || ch == u'«' || ch == u'»' || ch == u'“' || ch == u'”' || ch == u'„';
    };
    const QStringView before =
        token > 0 ? c.gapAfter(token - 1) : c.text().left(c.tokens().at(token).start);
    if (before.isEmpty() || !isMark(before.back()) || !c.startsUpper(token))
        return 0;
    const PhraseMatch named = m_registry.names().matchAt(c.text(), c.tokens(), c.keys(), token);
    if (named.tokenCount == 0 || !m_registry.isOrganisation(named.payloads.front()))
        return 0;
    const qsizetype last = token + named.tokenCount - 1;
    const QStringView after =
        last + 1 < c.tokenCount() ? c.gapAfter(last) : c.text().mid(c.tokens().at(last).end);
    return !after.isEmpty() && isMark(after.front()) ? named.tokenCount : 0;
}

// The complement that makes a person noun a description: "глава региона", "представитель
// министерства", "глава Роскосмоса"; up to three words with no punctuation between.
qsizetype PersonMentions::personNounEnd(qsizetype noun, qsizetype nounEnd) const
{
    const TextContext &c = m_context;
    qsizetype last = nounEnd;
    while (last + 1 < c.tokenCount() && last - nounEnd < 3 && isSingleSpace(c.gapAfter(last)) &&
           !c.isQuotedToken(last + 1)) {
        const QString &next = c.foldedAt(last + 1);
        if (next.size() < 3 || lexicon::isSpeechVerb(next) || lexicon::isVerbFiller(next) ||
            lexicon::isNotAName(next) || lexicon::personalPronounGender(next) ||
            GivenNames::bundled().isGivenName(c, last + 1) || personNounLength(c, last + 1) > 0)
            break;
        ++last;
    }
    Q_UNUSED(noun);
    return last;
}

void PersonMentions::addPersonNoun(qsizetype first, qsizetype nounEnd)
{
    const TextContext &c = m_context;
    const qsizetype last = personNounEnd(first, nounEnd);
    PersonMention noun{first, last, MentionKind::PersonNoun, -1, -1, c.foldedAt(first), 0, {}};
    if (isSpokespersonNoun(c, first)) {
        for (qsizetype j = nounEnd + 1; j <= last; ++j) {
            const PhraseMatch named = m_registry.names().matchAt(c.text(), c.tokens(), c.keys(), j);
            if (named.tokenCount > 0 && m_registry.isOrganisation(named.payloads.front())) {
                noun.person = named.payloads.front();
                break;
            }
            const PhraseMatch organisation =
                m_registry.organisationNouns().matchAt(c.text(), c.tokens(), c.keys(), j);
            if (organisation.tokenCount > 0) {
                noun.role = organisation.payloads.front();
                break;
            }
        }
    }
    add(noun);
}

// "в ведомстве сообщили", "пишет издание.", "the ministry said": the noun alone. Followed by
// a complement ("Министерство обороны Израиля", "the ministry of health") it names an
// organisation of its own, which may not be the one named before.
bool PersonMentions::addOrganisationNoun(qsizetype token)
{
    const TextContext &c = m_context;
    const qsizetype noun = c.foldedAt(token) == u"the"_s ? token + 1 : token;
    if (noun >= c.tokenCount() || c.isQuotedToken(noun))
        return false;
    const PhraseMatch match =
        m_registry.organisationNouns().matchAt(c.text(), c.tokens(), c.keys(), noun);
    if (match.tokenCount == 0)
        return false;
    const qsizetype last = noun + match.tokenCount - 1;
    const qsizetype next = last + 1;
    if (next < c.tokenCount() && !c.isQuotedToken(next) && c.gapAfter(last).trimmed().isEmpty()) {
        const QString &word = c.foldedAt(next);
        const bool closes = lexicon::isSpeechVerb(word) || lexicon::isVerbFiller(word) ||
                            (!c.startsUpper(next) && word.size() <= 3 && word != u"of"_s);
        if (!closes)
            return false;
    }
    add({token, last, MentionKind::OrgNoun, -1, match.payloads.front(), {}, 0, {}});
    return true;
}

bool PersonMentions::isOrganisation(const PersonMention &mention) const
{
    return mention.kind == MentionKind::Name && mention.person >= 0 &&
           m_registry.isOrganisation(mention.person);
}

ResolvedSpeaker PersonMentions::organisationNamedBefore(qsizetype beforeToken, int noun) const
{
    const QStringList &types = m_registry.organisationNounTypes(noun);
    for (qsizetype i = m_mentions.size() - 1; i >= 0; --i) {
        const PersonMention &candidate = m_mentions.at(i);
        if (candidate.lastToken >= beforeToken)
            continue;
        if (beforeToken - candidate.lastToken > kOrganisationNounReach)
            return {};
        if (!isOrganisation(candidate))
            continue;
        const RegistryPerson &organisation = m_registry.person(candidate.person);
        if (types.contains(u"*"_s) || types.contains(organisation.organisation))
            return {organisation.name, true, 0.7};
    }
    return {};
}

void PersonMentions::findRegistryAndRoleMentions(const QList<Span> &placeSpans)
{
    const TextContext &c = m_context;
    const qsizetype count = c.tokenCount();
    m_placeToken.fill(false, count);
    for (const Span &span : placeSpans)
        for (qsizetype t = c.tokenAtOrAfter(span.start);
             t < count && c.tokens().at(t).start < span.end; ++t)
            m_placeToken[t] = true;

    auto nextIsVerb = [&](qsizetype after) {
        qsizetype k = after + 1;
        while (k < count && lexicon::isVerbFiller(c.foldedAt(k)) && k - after <= 3)
            ++k;
        return k < count && lexicon::isSpeechVerb(c.foldedAt(k));
    };

    for (qsizetype t = 0; t < count;) {
        if (c.isQuotedToken(t)) {
            // «Медиазона», "УНІАН": an organisation's name is often set in quotation marks.
            if (const qsizetype length = quotedOrganisationAt(t); length > 0) {
                const int organisation =
                    m_registry.names().matchAt(c.text(), c.tokens(), c.keys(), t).payloads.front();
                add({t, t + length - 1, MentionKind::Name, organisation, -1, {}, 0, {}});
                t += length;
                continue;
            }
            ++t;
            continue;
        }
        const QString &folded = c.foldedAt(t);
        if (c.startsUpper(t)) {
            const PhraseMatch name = m_registry.names().matchAt(c.text(), c.tokens(), c.keys(), t);
            if (name.tokenCount > 0) {
                const int person = name.payloads.front();
                add({t,
                     t + name.tokenCount - 1,
                     MentionKind::Name,
                     person,
                     -1,
                     {},
                     m_registry.person(person).gender,
                     {}});
                t += name.tokenCount;
                continue;
            }
        }
        // "the Russian president", "Ukraine's foreign minister", "глава МИД России".
        const qsizetype roleStart = folded == u"the"_s ? t + 1 : t;
        const PhraseMatch role =
            roleStart < count
                ? m_registry.roleNouns().matchAt(c.text(), c.tokens(), c.keys(), roleStart)
                : PhraseMatch{};
        if (role.tokenCount > 0) {
            const qsizetype last = roleStart + role.tokenCount - 1;
            // "Russian President Vladimir Putin": the title belongs to the name after it.
            if (!isNameToken(last + 1))
                add({t, last, MentionKind::Role, -1, role.payloads.front(), {}, 0, {}});
            t = last + 1;
            continue;
        }
        if (const qsizetype nounLength = personNounLength(c, t);
            nounLength > 0 && !nameFollows(t + nounLength - 1)) {
            addPersonNoun(t, t + nounLength - 1);
            t = m_mentions.constLast().lastToken + 1;
            continue;
        }
        if (addOrganisationNoun(t)) {
            t = m_mentions.constLast().lastToken + 1;
            continue;
        }
        if (folded == u"the"_s) {
            // "the president", "the Ukrainian foreign minister": a bare title.
            qsizetype last = t;
            while (last + 1 < count && last - t < 3 && lexicon::isTitleWord(c.foldedAt(last + 1)) &&
                   !c.isQuotedToken(last + 1) && c.foldedAt(last + 1) != u"of"_s &&
                   c.foldedAt(last + 1) != u"the"_s)
                ++last;
            if (last > t && !isNameToken(last + 1) && c.foldedAt(last + 1) != u"of"_s) {
                add({t, last, MentionKind::Role, -1, -1, c.foldedAt(last), 0, {}});
                t = last + 1;
                continue;
            }
        }
        if (const char gender = lexicon::personalPronounGender(folded)) {
            add({t, t, MentionKind::Pronoun, -1, -1, {}, gender, {}});
            ++t;
            continue;
        }
        if (isNameToken(t) || (isInitial(t) && continuesName(t))) {
            qsizetype last = t;
            while (last - t + 1 < kMaxNameRun && continuesName(last))
                ++last;
            if (isInitial(last)) {
                ++t;
                continue;
            }
            const QString &before = c.foldedAt(t - 1);
            const bool titled = (lexicon::isTitleWord(before) || personNounLength(c, t - 1) > 0) &&
                                !c.isQuotedToken(t - 1);
            // "Mr. Meyer", "Dr. Ruiz": an honorific makes a lone surname a person.
            const bool honorific = lexicon::isHonorific(before) && !c.isQuotedToken(t - 1);
            const bool speaking =
                nextIsVerb(last) || lexicon::isSpeechVerb(before) || appositionThenVerb(last);
            const bool fullName = last > t && last - t + 1 <= 3;
            // "Светлана Петренко"; "читателя Артема": a given name alone inside a sentence.
            const bool given = GivenNames::bundled().isGivenName(c, t);
            const bool loneGiven = given && last == t && t > 0 && !c.startsUpper(t - 1) &&
                                   isSingleSpace(c.gapAfter(t - 1)) &&
                                   isCyrillic(folded.front().unicode());
            if ((given && fullName) || loneGiven || (titled && (fullName || speaking)) ||
                (speaking && last - t + 1 <= 3) || (honorific && last - t + 1 <= 2)) {
                addName(t, last);
                t = last + 1;
                continue;
            }
        }
        ++t;
    }
}

const PersonMention *PersonMentions::endingAt(qsizetype token) const
{
    const auto it = m_byEnd.constFind(token);
    return it == m_byEnd.cend() ? nullptr : &m_mentions.at(*it);
}

const PersonMention *PersonMentions::startingAt(qsizetype token) const
{
    const auto it = m_byStart.constFind(token);
    return it == m_byStart.cend() ? nullptr : &m_mentions.at(*it);
}

Span PersonMentions::span(const PersonMention &mention) const
{
    return {m_context.tokens().at(mention.firstToken).start,
            m_context.tokens().at(mention.lastToken).end};
}

QString PersonMentions::nameText(const PersonMention &mention) const
{
    const Span s = span(mention);
    return m_context.text().mid(s.start, s.size()).toString();
}

QString PersonMentions::fullestForm(const PersonMention &mention) const
{
    const QString &surname = m_context.foldedAt(mention.lastToken);
    QString best = mention.name.isEmpty() ? nameText(mention) : mention.name;
    const QString nominativeSurname = foldText(best.section(u' ', -1));
    qsizetype bestTokens = mention.lastToken - mention.firstToken + 1;
    for (const PersonMention &other : m_mentions) {
        if (other.kind != MentionKind::Name || other.person >= 0)
            continue;
        const qsizetype tokens = other.lastToken - other.firstToken + 1;
        const QString otherName = other.name.isEmpty() ? nameText(other) : other.name;
        if (tokens > bestTokens && (m_context.foldedAt(other.lastToken) == surname ||
                                    foldText(otherName.section(u' ', -1)) == nominativeSurname)) {
            best = otherName;
            bestTokens = tokens;
        }
    }
    return best;
}

const PersonMention *
PersonMentions::antecedent(qsizetype beforeToken, char gender,
                           const std::function<bool(const PersonMention &)> &fits,
                           qsizetype maxDistance) const
{
    for (qsizetype i = m_mentions.size() - 1; i >= 0; --i) {
        const PersonMention &candidate = m_mentions.at(i);
        if (maxDistance >= 0 && beforeToken - candidate.lastToken > maxDistance)
            return nullptr;
        if (candidate.lastToken >= beforeToken || candidate.kind != MentionKind::Name ||
            isOrganisation(candidate))
            continue;
        if (gender && candidate.gender && candidate.gender != gender)
            continue;
        if (fits(candidate))
            return &candidate;
    }
    return nullptr;
}

ResolvedSpeaker PersonMentions::resolve(const PersonMention &mention) const
{
    switch (mention.kind) {
    case MentionKind::Name:
        if (mention.person >= 0)
            return {m_registry.person(mention.person).name, true, 0.95};
        return {fullestForm(mention), false, 0.85};
    case MentionKind::Pronoun: {
        // The person named last, or the description standing for one ("— сказал глава
        // региона. … — добавил он").
        const PersonMention *name = nullptr;
        for (qsizetype i = m_mentions.size() - 1; i >= 0 && !name; --i) {
            const PersonMention &candidate = m_mentions.at(i);
            if (candidate.lastToken < mention.firstToken &&
                (candidate.kind == MentionKind::Name ||
                 candidate.kind == MentionKind::PersonNoun) &&
                !isOrganisation(candidate) &&
                !(mention.gender && candidate.gender && candidate.gender != mention.gender))
                name = &candidate;
        }
        if (!name)
            return {};
        ResolvedSpeaker speaker = resolve(*name);
        speaker.confidence = 0.8;
        return speaker;
    }
    case MentionKind::Role: {
        if (mention.role >= 0) {
            const QString &key = m_registry.roleKey(mention.role);
            const PersonMention *name =
                antecedent(mention.firstToken, 0, [&](const PersonMention &m) {
                    return m.person >= 0 && m_registry.holds(m.person, key);
                });
            if (name)
                return {m_registry.person(name->person).name, true, 0.85};
            const int holder = m_registry.holderOf(key, m_date);
            if (holder >= 0)
                return {m_registry.person(holder).name, true, 0.65};
            return {};
        }
        const PersonMention *name = antecedent(mention.firstToken, 0, [&](const PersonMention &m) {
            if (m.person < 0)
                return false;
            for (const PersonRole &role : m_registry.person(m.person).roles)
                if (role.role.contains(mention.title, Qt::CaseInsensitive))
                    return true;
            return false;
        });
        if (!name)
            return {};
        return {m_registry.person(name->person).name, true, 0.75};
    }
    case MentionKind::OrgNoun:
        return organisationNamedBefore(mention.firstToken, mention.role);
    case MentionKind::PersonNoun: {
        if (mention.person >= 0)
            return {m_registry.person(mention.person).name, true, 0.8};
        if (mention.role >= 0)
            return organisationNamedBefore(mention.firstToken, mention.role);
        const PersonMention *name = antecedent(
            mention.firstToken, mention.gender, [](const PersonMention &) { return true; },
            kPersonNounReach);
        if (!name)
            return {};
        ResolvedSpeaker speaker = resolve(*name);
        speaker.confidence = std::min(speaker.confidence, 0.7);
        return speaker;
    }
    case MentionKind::Group:
        return {};
    }
    return {};
}

const PersonMention *PersonMentions::nearestBefore(qsizetype token,
                                                   qsizetype sentenceStartToken) const
{
    for (qsizetype i = m_mentions.size() - 1; i >= 0; --i) {
        const PersonMention &candidate = m_mentions.at(i);
        if (candidate.lastToken >= token)
            continue;
        if (candidate.firstToken < sentenceStartToken)
            return nullptr;
        if (candidate.kind != MentionKind::Group)
            return &candidate;
    }
    return nullptr;
}

} // namespace parallax::analysis
