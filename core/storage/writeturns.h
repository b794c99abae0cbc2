// Turns at one library's write lock among the connections of this process. SQLite's busy
// handler polls with growing sleeps, so a writer that begins its next transaction right after
// committing the last (an import, batch after batch) can keep a waiting edit out for the
// whole import. A long writer therefore gives way between its transactions while another
// connection of this process is waiting to begin one.
#pragma once

#include <QString>
#include <atomic>
#include <memory>

namespace parallax {

class WriteTurns final
{
public:
    // The turns of the library file at path, shared by its connections in this process.
    static std::shared_ptr<WriteTurns> of(const QString &path);

    // Marks a connection as waiting to begin a write transaction while alive.
    class Waiting final
    {
    public:
        explicit Waiting(WriteTurns *turns);
        ~Waiting();
        Waiting(const Waiting &) = delete;
        Waiting &operator=(const Waiting &) = delete;

    private:
        WriteTurns *m_turns;
    };

    int waiting() const { return m_waiting.load(); }
    // Called by a long writer between its transactions: returns once no other connection is
    // waiting to write, or after maxWaitMs. True if it gave way.
    bool giveWay(int maxWaitMs = 2000) const;

private:
    std::atomic<int> m_waiting{0};
};

} // namespace parallax
