#include "analysis/personmentions.h"

#include "analysis/lexicon.h"

using namespace Qt::StringLiterals;

namespace parallax::analysis {

namespace {

constexpr qsizetype kMaxNameRun = 4;

bool isSingleSpace(QStringView gap)
{
    return gap.size() == 1 && (gap.front().isSpace() || gap.front() == u'-');
}

} // namespace

PersonMentions::PersonMentions(const TextContext &context, const PeopleRegistry &registry,
                               const QList<Span> &placeSpans, QDate articleDate)
    : m_context(context)
    , m_registry(registry)
    , m_date(articleDate)
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

bool PersonMentions::isNameToken(qsizetype token) const
{
    if (token < 0 || token >= m_context.tokenCount() || !m_context.startsUpper(token)
        || m_context.isQuotedToken(token) || m_placeToken.at(token))
        return false;
    const QString &folded = m_context.foldedAt(token);
    return folded.size() > 1 && !lexicon::isNotAName(folded) && !lexicon::isTitleWord(folded)
           && !lexicon::isGroupWord(folded) && !lexicon::isSpeechVerb(folded);
}

void PersonMentions::findRegistryAndRoleMentions(const QList<Span> &placeSpans)
{
    const TextContext &c = m_context;
    const qsizetype count = c.tokenCount();
    m_placeToken.fill(false, count);
    for (const Span &span : placeSpans)
        for (qsizetype t = c.tokenAtOrAfter(span.start); t < count && c.tokens().at(t).start < span.end; ++t)
            m_placeToken[t] = true;

    auto nextIsVerb = [&](qsizetype after) {
        qsizetype k = after + 1;
        while (k < count && lexicon::isVerbFiller(c.foldedAt(k)) && k - after <= 3)
            ++k;
        return k < count && lexicon::isSpeechVerb(c.foldedAt(k));
    };

    for (qsizetype t = 0; t < count;) {
        if (c.isQuotedToken(t)) {
            ++t;
            continue;
        }
        const QString &folded = c.foldedAt(t);
        if (c.startsUpper(t)) {
            const PhraseMatch name = m_registry.names().matchAt(c.text(), c.tokens(), c.folded(), t);
            if (name.tokenCount > 0) {
                const int person = name.payloads.front();
                add({t, t + name.tokenCount - 1, MentionKind::Name, person, -1, {}, m_registry.person(person).gender});
                t += name.tokenCount;
                continue;
            }
        }
        // "the Russian president", "Ukraine's foreign minister", "глава МИД России".
        const qsizetype roleStart = folded == u"the"_s ? t + 1 : t;
        const PhraseMatch role = roleStart < count
                                     ? m_registry.roleNouns().matchAt(c.text(), c.tokens(), c.folded(), roleStart)
                                     : PhraseMatch{};
        if (role.tokenCount > 0) {
            const qsizetype last = roleStart + role.tokenCount - 1;
            // "Russian President Vladimir Putin": the title belongs to the name after it.
            if (!isNameToken(last + 1))
                add({t, last, MentionKind::Role, -1, role.payloads.front(), {}, 0});
            t = last + 1;
            continue;
        }
        if (folded == u"the"_s) {
            // "the president", "the Ukrainian foreign minister": a bare title.
            qsizetype last = t;
            while (last + 1 < count && last - t < 3 && lexicon::isTitleWord(c.foldedAt(last + 1))
                   && !c.isQuotedToken(last + 1) && c.foldedAt(last + 1) != u"of"_s
                   && c.foldedAt(last + 1) != u"the"_s)
                ++last;
            if (last > t && !isNameToken(last + 1) && c.foldedAt(last + 1) != u"of"_s) {
                add({t, last, MentionKind::Role, -1, -1, c.foldedAt(last), 0});
                t = last + 1;
                continue;
            }
        }
        if (const char gender = lexicon::personalPronounGender(folded)) {
            add({t, t, MentionKind::Pronoun, -1, -1, {}, gender});
            ++t;
            continue;
        }
        if (isNameToken(t)) {
            qsizetype last = t;
            while (last + 1 < count && last - t + 1 < kMaxNameRun && isNameToken(last + 1)
                   && isSingleSpace(c.gapAfter(last)))
                ++last;
            const bool titled = lexicon::isTitleWord(c.foldedAt(t - 1)) && !c.isQuotedToken(t - 1);
            const bool speaking = nextIsVerb(last) || lexicon::isSpeechVerb(c.foldedAt(t - 1));
            const bool fullName = last > t && last - t + 1 <= 3;
            if ((titled && (fullName || speaking)) || (speaking && last - t + 1 <= 3)) {
                add({t, last, MentionKind::Name, -1, -1, {}, 0});
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
    return {m_context.tokens().at(mention.firstToken).start, m_context.tokens().at(mention.lastToken).end};
}

QString PersonMentions::nameText(const PersonMention &mention) const
{
    const Span s = span(mention);
    return m_context.text().mid(s.start, s.size()).toString();
}

QString PersonMentions::fullestForm(const PersonMention &mention) const
{
    const QString &surname = m_context.foldedAt(mention.lastToken);
    QString best = nameText(mention);
    qsizetype bestTokens = mention.lastToken - mention.firstToken + 1;
    for (const PersonMention &other : m_mentions) {
        if (other.kind != MentionKind::Name || other.person >= 0)
            continue;
        const qsizetype tokens = other.lastToken - other.firstToken + 1;
        if (tokens > bestTokens && m_context.foldedAt(other.lastToken) == surname) {
            best = nameText(other);
            bestTokens = tokens;
        }
    }
    return best;
}

const PersonMention *PersonMentions::antecedent(qsizetype beforeToken, char gender,
                                                const std::function<bool(const PersonMention &)> &fits) const
{
    for (qsizetype i = m_mentions.size() - 1; i >= 0; --i) {
        const PersonMention &candidate = m_mentions.at(i);
        if (candidate.lastToken >= beforeToken || candidate.kind != MentionKind::Name)
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
        const PersonMention *name = antecedent(mention.firstToken, mention.gender, [](const PersonMention &) { return true; });
        if (!name)
            return {};
        ResolvedSpeaker speaker = resolve(*name);
        speaker.confidence = 0.8;
        return speaker;
    }
    case MentionKind::Role: {
        if (mention.role >= 0) {
            const QString &key = m_registry.roleKey(mention.role);
            const PersonMention *name = antecedent(mention.firstToken, 0, [&](const PersonMention &m) {
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
    case MentionKind::Group:
        return {};
    }
    return {};
}

const PersonMention *PersonMentions::nearestBefore(qsizetype token, qsizetype sentenceStartToken) const
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
