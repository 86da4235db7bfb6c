#pragma once

#include "common/Result.h"

#include <QSqlDatabase>

namespace kumiko::db {

/// Scope guard for a database transaction: rolls back unless commit() succeeded.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db)
        : m_db(std::move(db))
    {}
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    Status begin();
    /// Begins a transaction that only reads and sees one snapshot of the database in every statement.
    Status beginReadOnly();
    /// beginReadOnly(), and every statement is planned for its bound values (no generic plan of a
    /// cached prepared statement): a LIKE prefix or a rare filter value can then use an index.
    Status beginSearch();
    /// Runs `read()` (returning a Result or Status) in a beginSearch() transaction and returns what it
    /// returned, or the error of BEGIN or COMMIT.
    template <typename Read>
    static auto searching(const QSqlDatabase& db, Read&& read) -> decltype(read())
    {
        Transaction transaction(db);
        if (Status begun = transaction.beginSearch(); !begun)
            return begun.error();
        auto result = read();
        if (!result)
            return result;
        if (Status committed = transaction.commit(); !committed)
            return committed.error();
        return result;
    }
    Status commit();
    void rollback();
    bool isActive() const { return m_active; }
    QSqlDatabase& database() { return m_db; }

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace kumiko::db
