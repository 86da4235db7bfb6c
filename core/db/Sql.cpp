#include "db/Sql.h"

#include "db/SqlError.h"
#include "db/ThreadConnection.h"

#include <QHash>
#include <QSqlError>

namespace kumiko::db {
namespace {

Error failure(const QSqlDatabase& db, const QSqlError& error, const QString& sql)
{
    return SqlError::fromDatabase(db, error, Sql::contextOf(sql));
}

} // namespace

QString Sql::contextOf(const QString& sql)
{
    const QString simplified = sql.simplified();
    return simplified.size() > 160 ? simplified.left(157) + QStringLiteral("...") : simplified;
}

Result<SqlRows> Sql::exec(const QSqlDatabase& db, const QString& sql, const QVariantList& values)
{
    if (values.isEmpty()) {
        auto query = std::make_shared<QSqlQuery>(db);
        query->setForwardOnly(true);
        if (!query->exec(sql))
            return failure(db, query->lastError(), sql);
        return SqlRows(std::move(query));
    }
    ThreadConnection::StatementCache* cache = ThreadConnection::statementCache(db.connectionName());
    std::shared_ptr<QSqlQuery> query = cache ? cache->value(sql) : nullptr;
    if (!query) {
        query = std::make_shared<QSqlQuery>(db);
        query->setForwardOnly(true);
        if (!query->prepare(sql))
            return failure(db, query->lastError(), sql);
        if (cache)
            cache->insert(sql, query);
    }
    for (qsizetype i = 0; i < values.size(); ++i)
        query->bindValue(int(i), values.at(i));
    if (!query->exec()) {
        Error e = failure(db, query->lastError(), sql);
        query->finish();
        return e;
    }
    return SqlRows(query);
}

Status Sql::run(const QSqlDatabase& db, const QString& sql, const QVariantList& values)
{
    auto result = exec(db, sql, values);
    if (!result)
        return result.error();
    return {};
}

Result<QVariant> Sql::scalar(const QSqlDatabase& db, const QString& sql, const QVariantList& values)
{
    auto result = exec(db, sql, values);
    if (!result)
        return result.error();
    SqlRows& rows = result.value();
    return rows.next() ? rows.value(0) : QVariant();
}

QString Sql::where(const QStringList& conditions)
{
    return conditions.isEmpty() ? QString()
                                : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

} // namespace kumiko::db
