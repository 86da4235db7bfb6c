#pragma once

#include <QList>
#include <QString>

namespace kumiko {

/// What one keyset page of a list asks for: a filter, where the previous page ended, how many rows.
struct PageRequest
{
    static constexpr int DefaultLimit = 100;
    static constexpr int MaxLimit = 10000;

    QString filter; ///< case-insensitive substring; each list says which columns it matches
    QString after;  ///< cursor: the sort key of the previous page's last row; empty: from the start
    int limit = DefaultLimit;
};

/// One keyset page of a list: its rows in the list's order and the cursor of the next page.
template <typename Row>
struct Page
{
    QList<Row> rows;
    QString next; ///< pass as PageRequest::after for the next page; empty when this is the last

    /// Readers fetch one row more than asked: when it came, it is dropped and the cursor of the
    /// last kept row (`cursorOf(row)`) says where the next page starts.
    template <typename CursorOf>
    void keepAtMost(int limit, CursorOf cursorOf)
    {
        if (rows.size() <= limit)
            return;
        rows.resize(limit);
        next = cursorOf(rows.last());
    }
};

} // namespace kumiko
