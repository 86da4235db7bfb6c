#include "db/Sql.h"

#include "db/SqlError.h"
#include "db/ThreadConnection.h"

#include <QHash>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>

namespace kumiko::db {
namespace {

Error failure(const QSqlDatabase& db, const QSqlError& error, const QString& sql)
{
    return SqlError::fromDatabase(db, error, Sql::contextOf(sql));
}

// A bound value as the quoted literal QPSQL itself puts into `EXECUTE stmt (…)`, so the server infers
// its type from the context exactly as for a prepared statement's parameter.
QString literal(const QSqlDatabase& db, const QVariant& value)
{
    if (value.isNull())
        return QStringLiteral("NULL");
    QSqlField field(QString(), value.metaType());
    field.setValue(value);
    QString text = db.driver()->formatValue(field);
    // Strings, E'…' and typed literals (TIMESTAMP WITH TIME ZONE '…') come quoted already.
    if (text.endsWith(QLatin1Char('\'')))
        return text;
    return QLatin1Char('\'') + text.replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
}

// `?` placeholders outside quoted text replaced by literals, as Qt finds placeholders.
QString withInlineValues(const QSqlDatabase& db, const QString& sql, const QVariantList& values)
{
    QString out;
    out.reserve(sql.size() + 16 * values.size());
    QChar quote;
    qsizetype next = 0;
    for (QChar c : sql) {
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            quote = c;
        } else if (c == QLatin1Char('?') && next < values.size()) {
            out += literal(db, values.at(next++));
            continue;
        }
        out += c;
    }
    return out;
}

} // namespace

QString Sql::contextOf(const QString& sql)
{
    const QString simplified = sql.simplified();
    return simplified.size() > 160 ? simplified.left(157) + QStringLiteral("...") : simplified;
}

Result<SqlRows> Sql::exec(const QSqlDatabase& db, const QString& sql, const QVariantList& values)
{
    if (values.isEmpty() || ThreadConnection::inlinesValues(db)) {
        auto query = std::make_shared<QSqlQuery>(db);
        query->setForwardOnly(true);
        if (!query->exec(values.isEmpty() ? sql : withInlineValues(db, sql, values)))
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
