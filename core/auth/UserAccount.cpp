#include "auth/UserAccount.h"

#include "db/Sql.h"

#include <nlohmann/json.hpp>

namespace kumiko::auth {
namespace {

const QString kSelect = QStringLiteral(
    "SELECT id::text, email, display_name, password_hash, locale, status, roles, email_verified, is_deleted, "
    "version FROM read_users WHERE ");

} // namespace

QStringList UserAccount::parseRoles(const QString& text)
{
    QStringList roles;
    const nlohmann::json parsed = nlohmann::json::parse(text.toStdString(), nullptr, false);
    if (parsed.is_array())
        for (const auto& role : parsed)
            if (role.is_string())
                roles << QString::fromStdString(role.get<std::string>());
    return roles;
}

namespace {

Result<std::optional<UserAccount>> findOne(const QSqlDatabase& db, const QString& where, const QString& value)
{
    auto rows = db::Sql::exec(db, kSelect + where, {value});
    if (!rows)
        return rows.error();
    if (!rows->next())
        return std::optional<UserAccount>();
    UserAccount a;
    a.id = rows->value(0).toString();
    a.email = rows->value(1).toString();
    a.displayName = rows->value(2).toString();
    a.passwordHash = rows->value(3).toString();
    a.locale = rows->value(4).toString();
    a.status = rows->value(5).toString();
    a.roles = UserAccount::parseRoles(rows->value(6).toString());
    a.emailVerified = rows->value(7).toBool();
    a.isDeleted = rows->value(8).toBool();
    a.version = rows->value(9).toInt();
    return std::optional<UserAccount>(std::move(a));
}

} // namespace

Result<std::optional<UserAccount>> UserAccount::findByEmail(const QSqlDatabase& db, const QString& email)
{
    return findOne(db, QStringLiteral("email = ?"), email);
}

Result<std::optional<UserAccount>> UserAccount::findById(const QSqlDatabase& db, const QString& id)
{
    return findOne(db, QStringLiteral("id = ?::uuid"), id);
}

} // namespace kumiko::auth
