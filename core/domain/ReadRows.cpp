#include "domain/ReadRows.h"

#include "db/Sql.h"

#include <QDateTime>
#include <QRegularExpression>

namespace kumiko::domain {

using nlohmann::json;

Result<std::optional<LoadedRow>> ReadRows::load(const QSqlDatabase& db, const QString& table,
                                                const QString& where, const QVariantList& values)
{
    // The newest event (highest id, any tenant) says where the aggregate's history goes on: a Kumiko
    // server can leave an aggregate in two tenant streams (a fork), and writes follow the newest one.
    const QString sql =
        QStringLiteral(
            "SELECT row_to_json(t)::text, t.version, t.id::text, s.tenant_id, s.version FROM %1 t "
            "LEFT JOIN LATERAL (SELECT e.tenant_id::text AS tenant_id, e.version FROM kumiko_events e "
            "WHERE e.aggregate_id = t.id ORDER BY e.id DESC LIMIT 1) s ON true WHERE %2 LIMIT 1")
            .arg(table, where);
    auto rows = db::Sql::exec(db, sql, values);
    if (!rows)
        return rows.error();
    if (!rows->next())
        return std::optional<LoadedRow>();
    LoadedRow row;
    row.previous = toPrevious(json::parse(rows->value(0).toString().toStdString()));
    row.version = rows->value(1).toInt();
    row.id = rows->value(2).toString();
    row.streamTenant = rows->value(3).toString();
    row.streamVersion = rows->value(4).toInt();
    return std::optional<LoadedRow>(std::move(row));
}

json ReadRows::toPrevious(const json& row)
{
    json previous = json::object();
    for (const auto& [key, value] : row.items()) {
        const QString column = QString::fromStdString(key);
        if (column.endsWith(QLatin1String("_bidx")))
            continue;
        const bool timestamp =
            column.endsWith(QLatin1String("_at")) || column == QLatin1String("grace_period_end");
        previous[camelCase(column).toStdString()] =
            timestamp && value.is_string()
                ? json(temporalInstant(QString::fromStdString(value.get<std::string>())).toStdString())
                : value;
    }
    return previous;
}

QString ReadRows::temporalInstant(const QString& postgresTimestamp)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^(\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d)(?:\\.(\\d+))?([+-]\\d\\d(?::?\\d\\d)?|Z)$"));
    const auto match = pattern.match(postgresTimestamp);
    if (!match.hasMatch())
        return postgresTimestamp;
    QString seconds = match.captured(1);
    QString fraction = match.captured(2);
    const QString offset = match.captured(3);
    if (offset != QLatin1String("Z") && offset != QLatin1String("+00") && offset != QLatin1String("+00:00")) {
        QDateTime utc = QDateTime::fromString(postgresTimestamp, Qt::ISODateWithMs).toUTC();
        seconds = utc.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    }
    while (fraction.endsWith(QLatin1Char('0')))
        fraction.chop(1);
    return seconds + (fraction.isEmpty() ? QString() : QLatin1Char('.') + fraction) + QLatin1Char('Z');
}

QString ReadRows::camelCase(const QString& snake)
{
    QString out;
    bool upper = false;
    for (QChar c : snake) {
        if (c == QLatin1Char('_')) {
            upper = true;
            continue;
        }
        out += upper ? c.toUpper() : c;
        upper = false;
    }
    return out;
}

QString ReadRows::snakeCase(const QString& camel)
{
    QString out;
    for (QChar c : camel) {
        if (c.isUpper()) {
            out += QLatin1Char('_');
            out += c.toLower();
        } else {
            out += c;
        }
    }
    return out;
}

namespace {

// snakeCase() for a JSON key without a QString round trip: ASCII keys (all upstream's) are converted
// in place, others through snakeCase() for its Unicode case rules.
std::string snakeCaseKey(const std::string& camel)
{
    std::string out;
    out.reserve(camel.size() + 4);
    for (const char c : camel) {
        if (static_cast<unsigned char>(c) >= 0x80)
            return ReadRows::snakeCase(QString::fromStdString(camel)).toStdString();
        if (c >= 'A' && c <= 'Z') {
            out += '_';
            out += char(c - 'A' + 'a');
        } else {
            out += c;
        }
    }
    return out;
}

} // namespace

json ReadRows::toColumns(const json& camelObject)
{
    json columns = json::object();
    setColumns(columns, json(camelObject));
    return columns;
}

void ReadRows::setColumns(json& row, json&& camelObject)
{
    for (auto& [key, value] : camelObject.items())
        row[snakeCaseKey(key)] = std::move(value);
}

} // namespace kumiko::domain
