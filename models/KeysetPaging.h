#pragma once

namespace kumiko::models {

/// The paging state a keyset-paged model keeps for its view: where the next page starts, whether there
/// is one, and whether it was asked for already (views ask again while rows are being inserted). Each
/// restart begins a new generation, so a page asked for before it can be told apart and dropped.
template <typename Cursor>
class KeysetPaging
{
public:
    /// From the first page again.
    void restart()
    {
        ++m_generation;
        m_cursor = Cursor();
        m_hasMore = true;
        m_waiting = false;
    }
    /// No page until the next restart().
    void close()
    {
        restart();
        m_hasMore = false;
    }
    bool canFetch() const { return m_hasMore && !m_waiting; }
    /// A page is asked for; returns where it starts.
    Cursor fetch()
    {
        m_waiting = true;
        return m_cursor;
    }
    /// The page came; the next one starts at `next`, none when `hasMore` is false.
    void arrived(const Cursor& next, bool hasMore)
    {
        m_cursor = next;
        m_hasMore = hasMore;
        m_waiting = false;
    }
    /// The page did not come (an error): it may be asked for again.
    void failed() { m_waiting = false; }
    /// The page was given up (cancelled): no more pages until the next restart(); the rows stay.
    void stop()
    {
        m_waiting = false;
        m_hasMore = false;
    }
    bool isWaiting() const { return m_waiting; }
    int generation() const { return m_generation; }

private:
    Cursor m_cursor = Cursor();
    bool m_hasMore = true;
    bool m_waiting = false;
    int m_generation = 0;
};

} // namespace kumiko::models
