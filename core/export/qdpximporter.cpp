#include "export/qdpximporter.h"

#include "export/qdpxformat.h"
#include "storage/annotationstore.h"
#include "storage/articlestore.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace parallax::qdpx {
namespace {

QString annotationKey(qint64 article, const Annotation &a)
{
    return u"%1|%2|%3|%4|%5|%6|%7"_s.arg(article)
        .arg(a.start)
        .arg(a.end)
        .arg(storedName(a.kind))
        .arg(a.codeId.value_or(0))
        .arg(a.personId.value_or(0))
        .arg(a.placeId.value_or(0));
}

// A passage of body as other tools' work comes in: manual and accepted.
Annotation manualPassage(qint64 articleId, const QString &body,
                         std::pair<qsizetype, qsizetype> span)
{
    Annotation a;
    a.articleId = articleId;
    a.start = span.first;
    a.end = span.second;
    a.exact = body.mid(a.start, a.end - a.start);
    a.prefix = body.mid(qMax<qsizetype>(0, a.start - 32), qMin<qsizetype>(32, a.start));
    a.suffix = body.mid(a.end, 32);
    a.origin = AnnotationOrigin::Manual;
    a.status = AnnotationStatus::Accepted;
    return a;
}

// How the writer most likely counts, before the file's own evidence is weighed.
PositionReading expectedReading(const QString &origin)
{
    if (origin.contains(u"NVivo"_s, Qt::CaseInsensitive) &&
        origin.contains(u"Windows"_s, Qt::CaseInsensitive))
        return {PositionUnit::Utf16, false};
    return {PositionUnit::CodePoints, false};
}

} // namespace

ProjectImporter::ProjectImporter(const Database &library, const Project &project,
                                 const ZipReader &zip, const QdpxLimits &limits,
                                 const std::atomic<bool> *cancelled)
    : m_library(library), m_project(project), m_zip(zip), m_index(zip), m_limits(limits),
      m_cancelled(cancelled)
{}

void ProjectImporter::skip(const QString &what)
{
    m_report.skipped.append(what);
}

Result<std::optional<QString>> ProjectImporter::textOf(const QString &what,
                                                       const QString &plainTextPath,
                                                       const QString *inlineText,
                                                       QString *why) const
{
    if (inlineText) {
        if (inlineText->size() > m_limits.maxSourceBytes) {
            *why = u"%1 is larger than %2 MB, the limit for one article"_s.arg(
                what, QString::number(m_limits.maxSourceBytes >> 20));
            return std::optional<QString>();
        }
        return std::optional(*inlineText);
    }
    bool outside = false;
    const QString entry = m_index.textEntry(plainTextPath, &outside);
    if (entry.isEmpty()) {
        *why = outside ? u"%1 refers to a file outside the project (%2)"_s.arg(what, plainTextPath)
                       : u"%1: the project has no file %2"_s.arg(what, plainTextPath);
        return std::optional<QString>();
    }
    Result<QByteArray> bytes = m_zip.read(entry, m_limits.maxSourceBytes);
    if (!bytes && bytes.error().code == ErrorCode::TooLarge) {
        *why = u"%1 is larger than %2 MB, the limit for one article"_s.arg(
            what, QString::number(m_limits.maxSourceBytes >> 20));
        return std::optional<QString>();
    }
    if (!bytes)
        return bytes.error();
    return std::optional(QString::fromUtf8(*bytes));
}

Result<QdpxImportReport> ProjectImporter::run()
{
    m_report.origin = m_project.origin;
    m_report.textSources = int(m_project.sources.size());
    m_report.variableValues = m_project.variableValues;
    for (const Source &source : m_project.sources) {
        m_report.selections += int(source.selections.size());
        for (const Selection &s : source.selections)
            m_report.codings += int(s.codeRefs.size());
        m_referencedNotes.unite(QSet<QString>(source.noteRefs.cbegin(), source.noteRefs.cend()));
        for (const Selection &s : source.selections)
            m_referencedNotes.unite(QSet<QString>(s.noteRefs.cbegin(), s.noteRefs.cend()));
    }
    for (const CodeNode &code : m_project.codes)
        m_referencedNotes.unite(QSet<QString>(code.noteRefs.cbegin(), code.noteRefs.cend()));
    for (const Set &set : m_project.sets)
        m_referencedNotes.unite(QSet<QString>(set.memberNotes.cbegin(), set.memberNotes.cend()));
    for (const NoteText &note : m_project.notes) {
        m_noteOfGuid.insert(note.guid, &note);
        const QString what = note.name.isEmpty() ? u"a note"_s : u"the note “%1”"_s.arg(note.name);
        QString why;
        Result<std::optional<QString>> text = textOf(
            what, note.plainTextPath, note.plainTextPath.isEmpty() ? &note.text : nullptr, &why);
        if (!text)
            return text.error();
        if (*text)
            m_noteTexts.insert(note.guid, **text);
        else
            skip(why);
    }

    if (const QString entry = m_index.find(kAttributesEntry); !entry.isEmpty()) {
        Result<QByteArray> json = m_zip.read(entry);
        if (!json)
            return json.error();
        QString why;
        m_attributes = readProjectAttributes(*json, &why);
        if (!why.isEmpty())
            skip(why);
    }

    Transaction transaction(m_library.connectionName());
    if (!transaction.status())
        return transaction.status().error();
    if (Status codes = mapCodes(); !codes)
        return codes.error();
    QSet<QString> bodies; // hashes of the texts taken in so far
    for (const Source &source : m_project.sources) {
        if (m_cancelled && m_cancelled->load())
            return makeError(ErrorCode::Cancelled,
                             u"the import was cancelled; the library is as it was"_s);
        const QString what =
            u"the source “%1”"_s.arg(source.name.isEmpty() ? source.plainTextPath : source.name);
        QString why;
        // One source's text in memory at a time.
        Result<std::optional<QString>> text =
            textOf(what, source.plainTextPath,
                   source.hasContent ? &source.plainTextContent : nullptr, &why);
        if (!text)
            return text.error();
        if (!*text) {
            skip(why);
            continue;
        }
        const QString hash = ArticleStore::hashBody(**text);
        if (Status done = importSource(source, **text, bodies.contains(hash)); !done)
            return done.error();
        bodies.insert(hash);
    }
    if (Status done = linkSpeakerMentions(); !done)
        return done.error();
    if (Status done = mergeRegistry(); !done)
        return done.error();
    if (Status done = importUnreferencedNotes(); !done)
        return done.error();
    if (Status done = importCodeNotes(); !done)
        return done.error();
    if (Status done = importClaims(); !done)
        return done.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    countNotTaken();
    return m_report;
}

Status ProjectImporter::importSource(const Source &source, const QString &fileText,
                                     bool sameTextSeen)
{
    const SourceText text(fileText);
    Article article;
    // A source without a name (the qc tool writes none) is called after its file.
    const QString fileName = QFileInfo(source.plainTextPath.section(u"://"_s, -1)).fileName();
    article.title = !source.name.trimmed().isEmpty() ? source.name.trimmed()
                    : !fileName.isEmpty()            ? fileName
                                                     : u"Untitled source"_s;
    article.body = text.body();
    // A second source with the same text stays an article of its own.
    if (sameTextSeen)
        article.contentHash = QString::fromLatin1(
            QCryptographicHash::hash((article.body + u'\0' + source.guid).toUtf8(),
                                     QCryptographicHash::Sha256)
                .toHex());
    article.importedAt = QDateTime::currentDateTimeUtc();
    article.sourcePath = u"REFI-QDA project"_s;
    for (auto it = source.variables.cbegin(); it != source.variables.cend(); ++it) {
        const QString name = m_project.variableNames.value(it.key());
        QString *field = nullptr;
        if (name.compare(kOutlet, Qt::CaseInsensitive) == 0)
            field = &article.outletName;
        else if (name.compare(kDate, Qt::CaseInsensitive) == 0)
            field = &article.published;
        else if (name.compare(kAuthor, Qt::CaseInsensitive) == 0)
            field = &article.author;
        else if (name.compare(kUrl, Qt::CaseInsensitive) == 0)
            field = &article.url;
        else if (name.compare(kLanguage, Qt::CaseInsensitive) == 0)
            field = &article.language;
        if (field) {
            *field = it.value().trimmed();
            ++m_report.variableValuesTaken;
        }
    }
    Result<InsertOutcome> stored = ArticleStore(m_library).insert(article);
    if (!stored)
        return stored.error();
    const qint64 articleId = stored->id;
    m_report.articleIds.append(articleId);
    QHash<QString, qint64> present; // what the article already holds -> its id
    if (stored->duplicate) {
        ++m_report.reusedArticles;
        auto existing = AnnotationStore(m_library).forArticle(articleId);
        if (!existing)
            return existing.error();
        for (const Annotation &a : std::as_const(*existing))
            present.insert(annotationKey(articleId, a), a.id);
    } else {
        ++m_report.articles;
    }

    const PositionReading reading =
        text.choose(source.selections, expectedReading(m_project.origin));
    m_report.readings.append(
        {article.title, describe(reading, text.hasCrlf()), int(source.selections.size())});
    for (const Selection &selection : source.selections) {
        const auto span = selection.positionsValid
                              ? text.span(reading, selection.start, selection.end)
                              : std::nullopt;
        if (!span) {
            skip(selection.positionsValid && selection.end == selection.start
                     ? u"a selection of “%1” at %2 is empty"_s.arg(article.title)
                           .arg(selection.start)
                 : selection.positionsValid
                     ? u"a selection of “%1” (%2–%3) lies outside its text"_s.arg(article.title)
                           .arg(selection.start)
                           .arg(selection.end)
                     : u"a selection of “%1” has no valid positions"_s.arg(article.title));
            continue;
        }
        if (Status done = importSelection(articleId, text.body(), selection, *span, present); !done)
            return done;
    }
    if (!source.description.trimmed().isEmpty())
        if (Status done = addNote(NoteTarget::Article, articleId, source.description); !done)
            return done;
    return importSourceNotes(source, articleId, text, reading, present);
}

Result<qint64> ProjectImporter::passageFor(qint64 articleId, const QString &body,
                                           std::pair<qsizetype, qsizetype> span,
                                           QHash<QString, qint64> &present)
{
    // A passage of this span already here, whatever its code, carries the note.
    for (auto it = present.cbegin(); it != present.cend(); ++it)
        if (it.key().startsWith(u"%1|%2|%3|"_s.arg(articleId).arg(span.first).arg(span.second)))
            return it.value();
    Result<qint64> code = helperCode(u"Annotated text"_s,
                                     u"Passages an imported project annotated without coding them; "
                                     u"the annotation is the passage's note."_s);
    if (!code)
        return code.error();
    Annotation a = manualPassage(articleId, body, span);
    a.kind = AnnotationKind::Code;
    a.codeId = *code;
    Result<qint64> created = AnnotationStore(m_library).insert(a);
    if (!created)
        return created.error();
    ++m_report.annotations;
    present.insert(annotationKey(articleId, a), *created);
    return created;
}

Status ProjectImporter::importSelection(qint64 articleId, const QString &body,
                                        const Selection &selection,
                                        std::pair<qsizetype, qsizetype> span,
                                        QHash<QString, qint64> &present)
{
    Annotation a = manualPassage(articleId, body, span);
    AnnotationStore annotations(m_library);
    bool taken = false;
    for (const QString &ref : selection.codeRefs) {
        const auto target = m_codes.constFind(ref);
        if (target == m_codes.cend()) {
            skip(u"a coding of “%1” refers to a code the project does not define"_s.arg(
                a.exact.left(40)));
            continue;
        }
        Annotation coded = a;
        coded.kind = target->kind;
        coded.codeId = target->codeId;
        coded.personId = target->personId;
        coded.placeId = target->placeId;
        if (coded.kind == AnnotationKind::Quote)
            coded.quoteClass = QuoteClass::Statement;
        if (const auto own = m_attributes.passages.constFind(selection.guid);
            own != m_attributes.passages.cend())
            own->applyTo(coded);
        const QString key = annotationKey(articleId, coded);
        qint64 id = present.value(key);
        if (!id) {
            Result<qint64> created = annotations.insert(coded);
            if (!created)
                return created.error();
            id = *created;
            present.insert(key, id);
            ++m_report.annotations;
        }
        ++m_report.codingsTaken;
        taken = true;
        if (!m_selections.contains(selection.guid))
            m_selections.insert(selection.guid, id);
    }
    // A selection with a memo but no code still keeps its memo on its span.
    const bool hasMemo =
        !selection.description.trimmed().isEmpty() || !selection.noteRefs.isEmpty();
    if (!taken && hasMemo) {
        Result<qint64> passage = passageFor(articleId, body, span, present);
        if (!passage)
            return passage.error();
        m_selections.insert(selection.guid, *passage);
        taken = true;
    }
    if (!taken) {
        skip(u"a selection of “%1” has no code"_s.arg(a.exact.left(40)));
        return {};
    }
    ++m_report.selectionsTaken;
    const qint64 passage = m_selections.value(selection.guid);
    if (!selection.description.trimmed().isEmpty())
        if (Status done = addNote(NoteTarget::Annotation, passage, selection.description); !done)
            return done;
    for (const QString &note : selection.noteRefs)
        if (m_noteTexts.contains(note))
            if (Status done = addNote(NoteTarget::Annotation, passage, m_noteTexts.value(note));
                !done)
                return done;
    return {};
}

Status ProjectImporter::importSourceNotes(const Source &source, qint64 articleId,
                                          const SourceText &text, PositionReading reading,
                                          QHash<QString, qint64> &present)
{
    for (const QString &guid : source.noteRefs) {
        if (!m_noteTexts.contains(guid))
            continue;
        const NoteText *note = m_noteOfGuid.value(guid);
        std::optional<std::pair<qsizetype, qsizetype>> span;
        if (note && note->span) {
            span = text.span(reading, note->span->start, note->span->end);
            if (!span)
                skip(u"the span of an annotation of “%1” lies outside its text; the "
                     u"annotation is kept as a note on the article"_s.arg(source.name));
        }
        if (span) {
            Result<qint64> passage = passageFor(articleId, text.body(), *span, present);
            if (!passage)
                return passage.error();
            if (Status done = addNote(NoteTarget::Annotation, *passage, m_noteTexts.value(guid));
                !done)
                return done;
        } else if (Status done = addNote(NoteTarget::Article, articleId, m_noteTexts.value(guid));
                   !done) {
            return done;
        }
    }
    return {};
}

Status ProjectImporter::linkSpeakerMentions()
{
    AnnotationStore annotations(m_library);
    for (auto it = m_attributes.passages.cbegin(); it != m_attributes.passages.cend(); ++it) {
        const qint64 quote = m_selections.value(it.key());
        const qint64 mention = m_selections.value(it->speakerMention);
        if (!quote || !mention)
            continue;
        Result<Annotation> passage = annotations.get(quote);
        if (!passage)
            return passage.error();
        if (passage->kind != AnnotationKind::Quote || passage->speakerMentionId == mention)
            continue;
        passage->speakerMentionId = mention;
        if (Status done = annotations.update(*passage); !done)
            return done;
    }
    return {};
}

Status ProjectImporter::importUnreferencedNotes()
{
    // A journal, a research plan: memos about the project, on the library itself.
    for (const NoteText &note : m_project.notes) {
        if (m_referencedNotes.contains(note.guid) || !m_noteTexts.contains(note.guid))
            continue;
        const QString text = m_noteTexts.value(note.guid);
        const bool titled = !note.name.isEmpty() && !text.startsWith(note.name);
        if (Status done =
                addNote(NoteTarget::Library, 0, titled ? note.name + u"\n\n"_s + text : text);
            !done)
            return done;
    }
    return {};
}

} // namespace parallax::qdpx
