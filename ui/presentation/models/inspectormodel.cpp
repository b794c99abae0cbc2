#include "models/inspectormodel.h"

#include "reading/highlights.h"
#include "reading/readingdata.h"

#include <QMap>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace parallax {

namespace {

QString elide(const QString &text, int length)
{
    QString flat = text.simplified();
    return flat.size() <= length ? flat : flat.left(length - 1) + u'…';
}

QStandardItem *entry(const QString &text, const Annotation &a)
{
    auto *item = new QStandardItem(text);
    item->setEditable(false);
    item->setData(a.id, InspectorModel::AnnotationIdRole);
    item->setData(qlonglong(a.start), InspectorModel::StartRole);
    item->setData(qlonglong(a.end), InspectorModel::EndRole);
    item->setToolTip(a.exact);
    return item;
}

QStandardItem *group(const QString &text, InspectorModel::Section section)
{
    auto *item = new QStandardItem(text);
    item->setEditable(false);
    item->setData(int(section), InspectorModel::SectionRole);
    QFont font = item->font();
    font.setBold(true);
    item->setFont(font);
    return item;
}

} // namespace

InspectorModel::InspectorModel(QObject *parent) : QStandardItemModel(parent)
{
    setHorizontalHeaderLabels({tr("In this article")});
}

void InspectorModel::clearArticle()
{
    removeRows(0, rowCount());
}

void InspectorModel::setArticle(const ReadingData &data)
{
    clearArticle();

    // Quotations, grouped by speaker (most quoted first).
    QMap<QString, QList<const Annotation *>> bySpeaker;
    QHash<qint64, QMap<QString, QList<const Annotation *>>> placeSpellings;
    QMap<QString, qint64> placeByName;
    QMap<QString, QList<const Annotation *>> byCode;
    int quotes = 0;
    int placeMentions = 0;
    for (const Annotation &a : data.annotations) {
        if (a.kind == AnnotationKind::Quote) {
            const QString speaker =
                a.personId ? data.personName(a.personId) : tr("Speaker unknown");
            bySpeaker[speaker].append(&a);
            ++quotes;
        } else if (a.kind == AnnotationKind::PlaceMention && a.placeId) {
            placeSpellings[*a.placeId][a.exact].append(&a);
            placeByName.insert(data.placeName(a.placeId), *a.placeId);
            ++placeMentions;
        } else if (a.kind == AnnotationKind::Code && a.codeId) {
            byCode[data.codes.value(*a.codeId).name].append(&a);
        }
    }

    QStandardItem *quoteRoot = group(tr("Quotations (%1)").arg(quotes), QuotesSection);
    QList<QString> speakers = bySpeaker.keys();
    std::stable_sort(speakers.begin(), speakers.end(),
                     [&bySpeaker](const QString &a, const QString &b) {
                         return bySpeaker.value(a).size() > bySpeaker.value(b).size();
                     });
    for (const QString &speaker : speakers) {
        const auto &list = bySpeaker.value(speaker);
        auto *speakerItem = new QStandardItem(u"%1 (%2)"_s.arg(speaker).arg(list.size()));
        speakerItem->setEditable(false);
        speakerItem->setData(speakerColor(list.constFirst()->personId), Qt::DecorationRole);
        for (const Annotation *a : list)
            speakerItem->appendRow(entry(u"“%1”"_s.arg(elide(a->exact, 90)), *a));
        quoteRoot->appendRow(speakerItem);
    }
    appendRow(quoteRoot);

    QStandardItem *placeRoot = group(tr("Places (%1)").arg(placeMentions), PlacesSection);
    for (auto it = placeByName.cbegin(); it != placeByName.cend(); ++it) {
        const auto &spellings = placeSpellings.value(it.value());
        int count = 0;
        QStringList spelled;
        for (auto s = spellings.cbegin(); s != spellings.cend(); ++s) {
            count += int(s.value().size());
            spelled.append(s.key() == it.key() ? s.key() : u"“%1”"_s.arg(s.key()));
        }
        const Place place = data.places.value(it.value());
        auto *placeItem = new QStandardItem(
            u"%1 (%2) — %3"_s.arg(it.key()).arg(count).arg(spelled.join(u", "_s)));
        placeItem->setEditable(false);
        placeItem->setToolTip(tr("%1, %2; this article writes %3")
                                  .arg(place.name, storedName(place.kind), spelled.join(u", "_s)));
        for (auto s = spellings.cbegin(); s != spellings.cend(); ++s)
            for (const Annotation *a : s.value())
                placeItem->appendRow(
                    entry(elide(data.article.body.mid(qMax<qsizetype>(0, a->start - 30),
                                                      a->end - a->start + 60),
                                80),
                          *a));
        placeRoot->appendRow(placeItem);
    }
    appendRow(placeRoot);

    QStandardItem *codeRoot = group(tr("Codes"), CodesSection);
    for (auto it = byCode.cbegin(); it != byCode.cend(); ++it) {
        auto *codeItem = new QStandardItem(u"%1 (%2)"_s.arg(it.key()).arg(it.value().size()));
        codeItem->setEditable(false);
        for (const Annotation *a : it.value())
            codeItem->appendRow(entry(elide(a->exact, 90), *a));
        codeRoot->appendRow(codeItem);
    }
    appendRow(codeRoot);

    QStandardItem *noteRoot = group(tr("Notes (%1)").arg(data.notes.size()), NotesSection);
    for (const Note &note : data.notes) {
        const Annotation *on =
            note.target == NoteTarget::Annotation ? data.annotation(note.targetId) : nullptr;
        QStandardItem *item =
            on ? entry(elide(note.body, 90), *on) : new QStandardItem(elide(note.body, 90));
        item->setEditable(false);
        item->setToolTip(note.body);
        noteRoot->appendRow(item);
    }
    appendRow(noteRoot);
}

QModelIndex InspectorModel::indexOfAnnotation(qint64 annotationId) const
{
    const QModelIndexList found = match(index(0, 0), AnnotationIdRole, annotationId, 1,
                                        Qt::MatchExactly | Qt::MatchRecursive);
    return found.isEmpty() ? QModelIndex() : found.constFirst();
}

} // namespace parallax
