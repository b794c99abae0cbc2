#include "editing/registrycommands.h"

#include "storage/personstore.h"
#include "storage/placestore.h"

using namespace Qt::StringLiterals;

namespace parallax {

namespace {

template <typename Record> struct StoreOf;
template <> struct StoreOf<Person>
{
    using Type = PersonStore;
    static QString table() { return u"people"_s; }
};
template <> struct StoreOf<Place>
{
    using Type = PlaceStore;
    static QString table() { return u"places"_s; }
};

} // namespace

template <typename Record>
SaveRecordCommand<Record>::SaveRecordCommand(const Database &database, std::optional<Record> before,
                                             Record after, const QString &text)
    : StoreCommand(database, text), m_before(std::move(before)), m_after(std::move(after))
{}

template <typename Record> Status SaveRecordCommand<Record>::apply(bool forward)
{
    typename StoreOf<Record>::Type store(database());
    if (m_before)
        return store.update(forward ? m_after : *m_before);
    if (!forward)
        return store.remove(m_after.id);
    Result<qint64> id = store.create(m_after);
    if (!id)
        return id.error();
    m_after.id = *id;
    return {};
}

template <typename Record> QList<RowRef> SaveRecordCommand<Record>::rows() const
{
    return {{StoreOf<Record>::table(), m_after.id}};
}

template class SaveRecordCommand<Person>;
template class SaveRecordCommand<Place>;

} // namespace parallax
