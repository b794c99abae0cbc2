#include "storage/writeturns.h"

#include <QElapsedTimer>
#include <QHash>
#include <QThread>
#include <mutex>

namespace parallax {

std::shared_ptr<WriteTurns> WriteTurns::of(const QString &path)
{
    static std::mutex mutex;
    static QHash<QString, std::weak_ptr<WriteTurns>> turns;
    const std::lock_guard lock(mutex);
    if (auto existing = turns.value(path).lock())
        return existing;
    auto created = std::make_shared<WriteTurns>();
    turns.insert(path, created);
    return created;
}

WriteTurns::Waiting::Waiting(WriteTurns *turns) : m_turns(turns)
{
    if (m_turns)
        ++m_turns->m_waiting;
}

WriteTurns::Waiting::~Waiting()
{
    if (m_turns)
        --m_turns->m_waiting;
}

bool WriteTurns::giveWay(int maxWaitMs) const
{
    if (m_waiting.load() == 0)
        return false;
    QElapsedTimer waited;
    waited.start();
    // The waiter's busy handler tries again within 100 ms; once it has begun, this writer's
    // own next BEGIN waits for it in turn.
    while (m_waiting.load() > 0 && waited.elapsed() < maxWaitMs)
        QThread::msleep(1);
    return true;
}

} // namespace parallax
