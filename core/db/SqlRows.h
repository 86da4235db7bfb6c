#pragma once

#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>
#include <memory>

namespace kumiko::db {

/// The rows of one executed statement; move-only, because QSqlQuery must not be copied.
class SqlRows
{
public:
    explicit SqlRows(std::shared_ptr<QSqlQuery> query)
        : m_query(std::move(query))
    {}

    bool next() { return m_query->next(); }
    QVariant value(int column) const { return m_query->value(column); }
    QVariant value(const QString& column) const { return m_query->value(column); }
    bool isNull(int column) const { return m_query->isNull(column); }
    QSqlRecord record() const { return m_query->record(); }
    int numRowsAffected() const { return m_query->numRowsAffected(); }
    QSqlQuery& query() { return *m_query; }

private:
    std::shared_ptr<QSqlQuery> m_query;
};

} // namespace kumiko::db
