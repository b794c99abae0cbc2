#include "editing/editsession.h"

#include "editing/annotationcommands.h"
#include "editing/articlecommands.h"
#include "editing/codecommands.h"
#include "editing/compoundcommand.h"
#include "storage/annotationstore.h"
#include "storage/articlestore.h"
#include "storage/codestore.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace parallax {

namespace {

constexpr qsizetype kContext = 32; // characters of prefix and suffix kept to re-anchor a span

// Sets the span of a passage and the text it covers; false when it lies outside the body.
bool placeSpan(Annotation &a, const QString &body, qsizetype start, qsizetype end)
{
    if (start < 0 || end > body.size() || start >= end)
        return false;
    a.start = start;
    a.end = end;
    a.exact = body.mid(start, end - start);
    a.prefix = body.mid(qMax<qsizetype>(0, start - kContext), qMin(kContext, start));
    a.suffix = body.mid(end, kContext);
    return true;
}

} // namespace

EditSession::EditSession(const Database &library, QObject *parent)
    : QObject(parent), m_library(library)
{
    m_stack.setObjectName(u"undoStack"_s);
}

void EditSession::fail(const QString &message)
{
    m_failed = true;
    m_lastError = message;
    emit errorOccurred(message);
}

bool EditSession::inOneStep(const QString &text, const std::function<bool()> &steps)
{
    if (m_compound) // a part of the enclosing step
        return steps();
    auto compound = std::make_unique<CompoundCommand>(m_library, text);
    bool done = false;
    {
        // The parts are written as the step is built, inside this one transaction, and the
        // views hear of them only once it has committed.
        Transaction transaction(m_library.connectionName());
        if (!transaction.status()) {
            fail(transaction.status().error().message);
            return false;
        }
        m_compound = compound.get();
        done = steps();
        m_compound = nullptr;
        if (done)
            if (Status committed = transaction.commit(); !committed) {
                fail(committed.error().message);
                done = false;
            }
        // Otherwise the transaction rolls back every part as it closes.
    }
    if (!done) {
        m_failed = true;
        return false;
    }
    if (compound->isEmpty())
        return true;
    compound->finish();
    m_failed = false;
    compound->setErrorReporter([this](const Error &error) { fail(error.message); });
    m_stack.push(compound.release());
    return true;
}

bool EditSession::push(StoreCommand *command)
{
    m_failed = false;
    if (m_compound) {
        std::unique_ptr<StoreCommand> part(command);
        if (Status done = part->applyWithin(true); !done) {
            fail(done.error().message);
            return false;
        }
        m_compound->append(std::move(part));
        return true;
    }
    command->setErrorReporter([this](const Error &error) { fail(error.message); });
    // A command whose first write fails is obsolete, and the stack deletes it unpushed; so is
    // one that finds its rows changed on undo or redo.
    m_stack.push(command);
    return !m_failed;
}

bool EditSession::editArticleDetails(qint64 articleId, const ArticleMetadataPatch &patch)
{
    auto article = ArticleStore(m_library).get(articleId);
    if (!article) {
        fail(article.error().message);
        return false;
    }
    ArticleMetadataPatch after = detailsOf(*article);
    for (auto [field, value] : {std::pair{&after.title, &patch.title},
                                {&after.outletName, &patch.outletName},
                                {&after.author, &patch.author},
                                {&after.url, &patch.url},
                                {&after.published, &patch.published},
                                {&after.language, &patch.language}})
        if (*value)
            *field = **value;
    return push(
        new EditArticleDetailsCommand(m_library, articleId, detailsOf(*article), after,
                                      tr("Edit Details of “%1”").arg(article->title.left(40))));
}

std::optional<int> EditSession::removeArticles(const QList<qint64> &articleIds)
{
    m_failed = false;
    {
        Transaction transaction(m_library.connectionName());
        Status done = transaction.status();
        ArticleStore store(m_library);
        for (qsizetype i = 0; done && i < articleIds.size(); ++i)
            done = store.remove(articleIds.at(i));
        if (done)
            done = transaction.commit();
        if (!done) {
            fail(done.error().message);
            return std::nullopt;
        }
    }
    return int(articleIds.size());
}

std::optional<qint64> EditSession::addAnnotation(Annotation annotation, const QString &text)
{
    auto article = ArticleStore(m_library).get(annotation.articleId);
    if (!article) {
        fail(article.error().message);
        return std::nullopt;
    }
    if (!placeSpan(annotation, article->body, annotation.start, annotation.end)) {
        fail(tr("The passage %1–%2 is not inside the article.")
                 .arg(annotation.start)
                 .arg(annotation.end));
        return std::nullopt;
    }
    annotation.origin = AnnotationOrigin::Manual;
    annotation.status = AnnotationStatus::Accepted;
    auto *command = new AddAnnotationCommand(m_library, annotation, text);
    if (!push(command))
        return std::nullopt;
    return command->annotationId();
}

std::optional<qint64> EditSession::tagPassage(qint64 articleId, qsizetype start, qsizetype end,
                                              qint64 codeId)
{
    auto code = CodeStore(m_library).get(codeId);
    if (!code) {
        fail(code.error().message);
        return std::nullopt;
    }
    if (!code->codable) {
        fail(tr("“%1” is a category: it groups codes and codes no text. Choose one of its "
                "codes.")
                 .arg(code->name));
        return std::nullopt;
    }
    Annotation a;
    a.articleId = articleId;
    a.start = start;
    a.end = end;
    a.kind = AnnotationKind::Code;
    a.codeId = codeId;
    return addAnnotation(a, tr("Code as “%1”").arg(code->name));
}

std::optional<qint64> EditSession::markQuotation(qint64 articleId, qsizetype start, qsizetype end,
                                                 std::optional<qint64> personId)
{
    Annotation a;
    a.articleId = articleId;
    a.start = start;
    a.end = end;
    a.kind = AnnotationKind::Quote;
    a.personId = personId;
    a.quoteClass = QuoteClass::Statement;
    return addAnnotation(a, tr("Mark Quotation"));
}

std::optional<qint64> EditSession::markPlaceOnly(qint64 articleId, qsizetype start, qsizetype end,
                                                 qint64 placeId)
{
    Annotation a;
    a.articleId = articleId;
    a.start = start;
    a.end = end;
    a.kind = AnnotationKind::PlaceMention;
    a.placeId = placeId;
    return addAnnotation(a, tr("Mark Place"));
}

bool EditSession::removeAnnotation(qint64 annotationId)
{
    return push(new RemoveAnnotationCommand(m_library, annotationId, tr("Remove Passage")));
}

bool EditSession::updateAnnotation(qint64 annotationId,
                                   const std::function<void(Annotation &)> &change,
                                   const QString &text)
{
    auto before = AnnotationStore(m_library).get(annotationId);
    if (!before) {
        fail(before.error().message);
        return false;
    }
    Annotation after = *before;
    change(after);
    after.updatedAt = QDateTime::currentDateTimeUtc();
    return push(new UpdateAnnotationsCommand(m_library, {*before}, {after}, text));
}

bool EditSession::setBoundaries(qint64 annotationId, qsizetype start, qsizetype end)
{
    auto before = AnnotationStore(m_library).get(annotationId);
    if (!before) {
        fail(before.error().message);
        return false;
    }
    auto article = ArticleStore(m_library).get(before->articleId);
    if (!article) {
        fail(article.error().message);
        return false;
    }
    Annotation probe;
    if (!placeSpan(probe, article->body, start, end)) {
        fail(tr("The passage %1–%2 is not inside the article.").arg(start).arg(end));
        return false;
    }
    return updateAnnotation(
        annotationId,
        [&](Annotation &a) {
            placeSpan(a, article->body, start, end);
            // A corrected automatic finding counts as the user's decision.
            if (a.origin == AnnotationOrigin::Auto)
                a.status = AnnotationStatus::Accepted;
        },
        tr("Adjust Passage"));
}

bool EditSession::setSpeaker(qint64 quoteId, std::optional<qint64> personId)
{
    return updateAnnotation(
        quoteId,
        [&](Annotation &a) {
            a.personId = personId;
            a.speakerMentionId.reset();
            if (a.origin == AnnotationOrigin::Auto)
                a.status = AnnotationStatus::Accepted;
        },
        tr("Set Speaker"));
}

bool EditSession::setPlace(qint64 annotationId, qint64 placeId)
{
    return updateAnnotation(
        annotationId,
        [&](Annotation &a) {
            a.placeId = placeId;
            if (a.origin == AnnotationOrigin::Auto)
                a.status = AnnotationStatus::Accepted;
        },
        tr("Set Place"));
}

bool EditSession::setStatus(qint64 annotationId, AnnotationStatus status)
{
    const QString text = status == AnnotationStatus::Accepted   ? tr("Accept")
                         : status == AnnotationStatus::Rejected ? tr("Reject")
                                                                : tr("Reset Decision");
    return updateAnnotation(
        annotationId, [status](Annotation &a) { a.status = status; }, text);
}

int EditSession::acceptAll(qint64 articleId)
{
    auto annotations = AnnotationStore(m_library).forArticle(articleId, false);
    if (!annotations) {
        fail(annotations.error().message);
        return 0;
    }
    QList<Annotation> before;
    QList<Annotation> after;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const Annotation &a : *annotations) {
        if (a.origin != AnnotationOrigin::Auto || a.status != AnnotationStatus::Pending)
            continue;
        before.append(a);
        Annotation accepted = a;
        accepted.status = AnnotationStatus::Accepted;
        accepted.updatedAt = now;
        after.append(accepted);
    }
    if (before.isEmpty())
        return 0;
    const int count = int(before.size());
    return push(new UpdateAnnotationsCommand(m_library, before, after,
                                             tr("Accept All (%1)").arg(count)))
               ? count
               : 0;
}

std::optional<qint64> EditSession::createCode(const QString &name, const QString &color,
                                              std::optional<qint64> parentId,
                                              const QString &description)
{
    Code code;
    code.name = name.trimmed();
    code.color = color;
    code.parentId = parentId;
    code.description = description;
    auto existing = CodeStore(m_library).list();
    if (existing) {
        int position = 0;
        for (const Code &sibling : *existing)
            if (sibling.parentId == parentId)
                position = qMax(position, sibling.position + 1);
        code.position = position;
    }
    auto *command = new AddCodeCommand(m_library, code, tr("New Code “%1”").arg(code.name));
    if (!push(command))
        return std::nullopt;
    return command->codeId();
}

bool EditSession::updateCode(qint64 codeId, const std::function<void(Code &)> &change,
                             const QString &text)
{
    auto before = CodeStore(m_library).get(codeId);
    if (!before) {
        fail(before.error().message);
        return false;
    }
    Code after = *before;
    change(after);
    return push(new UpdateCodeCommand(m_library, *before, after, text));
}

bool EditSession::renameCode(qint64 codeId, const QString &name)
{
    return updateCode(
        codeId, [&](Code &c) { c.name = name.trimmed(); }, tr("Rename Code"));
}

bool EditSession::recolorCode(qint64 codeId, const QString &color)
{
    return updateCode(
        codeId, [&](Code &c) { c.color = color; }, tr("Recolour Code"));
}

bool EditSession::describeCode(qint64 codeId, const QString &description)
{
    return updateCode(
        codeId, [&](Code &c) { c.description = description; }, tr("Describe Code"));
}

bool EditSession::moveCode(qint64 codeId, std::optional<qint64> parentId, int position)
{
    auto all = CodeStore(m_library).list();
    if (!all) {
        fail(all.error().message);
        return false;
    }
    // The new siblings in their order, the moved code set among them at position, and every
    // one numbered afresh so the order holds whatever positions they had.
    QList<Code> siblings;
    std::optional<Code> moved;
    for (const Code &code : std::as_const(*all)) {
        if (code.id == codeId)
            moved = code;
        else if (code.parentId == parentId)
            siblings.append(code);
    }
    if (!moved) {
        fail(tr("There is no code %1.").arg(codeId));
        return false;
    }
    Code after = *moved;
    after.parentId = parentId;
    QList<Code> ordered = siblings;
    ordered.insert(qBound(0, position, int(ordered.size())), after);
    QList<Code> before{*moved};
    QList<Code> changed{};
    for (int i = 0; i < ordered.size(); ++i) {
        Code code = ordered.at(i);
        const bool isMoved = code.id == codeId;
        if (!isMoved && code.position == i)
            continue;
        if (!isMoved)
            before.append(code);
        code.position = i;
        // The moved code first, so undo (which writes `before` in order) restores it too.
        if (isMoved)
            changed.prepend(code);
        else
            changed.append(code);
    }
    return push(new UpdateCodeCommand(m_library, before, changed, tr("Move Code")));
}

bool EditSession::deleteCode(qint64 codeId)
{
    return push(new DeleteCodeCommand(m_library, codeId, tr("Delete Code")));
}

bool EditSession::mergeCode(qint64 fromId, qint64 intoId)
{
    return push(new MergeCodeCommand(m_library, fromId, intoId, tr("Merge Codes")));
}

} // namespace parallax
