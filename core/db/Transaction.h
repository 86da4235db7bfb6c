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
    Status commit();
    void rollback();
    bool isActive() const { return m_active; }
    QSqlDatabase& database() { return m_db; }

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace kumiko::db
