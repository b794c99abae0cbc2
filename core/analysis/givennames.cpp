#include "analysis/givennames.h"

#include "analysis/cyrillicstem.h"
#include "analysis/textfold.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace parallax::analysis {

namespace {

// The case endings a Russian or Ukrainian given name takes. The phrase index is looser (it
// serves place names too), and "Германии" is not a form of Герман nor "Дания" of Дана.
bool isFormOf(QStringView foldedToken, const QString &name)
{
    const QString folded = foldText(name);
    if (folded.isEmpty() || !isCyrillic(folded.front().unicode()) || foldedToken == folded)
        return true;
    static const QList<QStringView> endings = {
        u"а", u"я", u"у", u"ю", u"ом", u"ем", u"ём",  u"ой",  u"ей",  u"ою", u"ею",
        u"е", u"є", u"ы", u"и", u"і",  u"ї",  u"ові", u"еві", u"єві", u"о",  u"ю"};
    for (const QString &stem : cyrillicNameKeys(folded))
        if (foldedToken.startsWith(stem) && endings.contains(foldedToken.mid(stem.size())))
            return true;
    return false;
}

} // namespace

GivenNames GivenNames::parse(QStringView text)
{
    GivenNames names;
    char sex = 0;
    for (QStringView line : text.split(u'\n', Qt::SkipEmptyParts)) {
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        if (line.startsWith(u'[')) {
            sex = line == u"[male]" ? 'm' : line == u"[female]" ? 'f' : 0;
            continue;
        }
        names.m_index.add(line.toString(), int(names.m_names.size()));
        names.m_names.append({line.toString(), sex});
    }
    return names;
}

const GivenNames &GivenNames::bundled()
{
    static const GivenNames instance = [] {
        QFile file(u":/analysis/given-names.txt"_s);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("the given-name list is missing from the build");
        return parse(QString::fromUtf8(file.readAll()));
    }();
    return instance;
}

QList<GivenName> GivenNames::at(const TextContext &context, qsizetype token) const
{
    if (token < 0 || token >= context.tokenCount() || !context.startsUpper(token))
        return {};
    const PhraseMatch match =
        m_index.matchAt(context.text(), context.tokens(), context.keys(), token);
    if (match.tokenCount != 1)
        return {};
    QList<GivenName> found;
    for (int payload : match.payloads)
        if (isFormOf(context.foldedAt(token), m_names.at(payload).name))
            found.append(m_names.at(payload));
    return found;
}

} // namespace parallax::analysis
