#include "UserCommands.h"

#include "CliContext.h"
#include "HandlerRun.h"
#include "PasswordInput.h"
#include "auth/PasswordHasher.h"
#include "auth/UserOverview.h"

#include <unistd.h>

namespace kumiko::cli {
namespace {

using nlohmann::json;

// From a TTY: asked twice without echo; otherwise the first line of stdin (scripts, pipes).
Result<QString> readNewPassword(CliContext& cli)
{
    const QString password = PasswordInput::read(cli.err(), QStringLiteral("Password: "));
    if (isatty(STDIN_FILENO) &&
        PasswordInput::read(cli.err(), QStringLiteral("Repeat password: ")) != password)
        return Error::make(ErrorCode::Usage, QStringLiteral("the passwords do not match"));
    return password.isNull() ? QString(QLatin1String("")) : password;
}

int listUsers(CliContext& cli)
{
    // Every user, page by page.
    auth::UserQuery query;
    query.limit = auth::UserQuery::kMaxPage;
    QList<auth::UserSummary> listed;
    do {
        auto page = cli.withDatabase([&](QSqlDatabase& db) { return auth::UserOverview::page(db, query); });
        if (!page)
            return cli.fail(page.error());
        listed += page->users;
        query.after = page->nextCursor;
    } while (!query.after.isEmpty());
    json users = json::array();
    for (const auth::UserSummary& user : listed) {
        json roles = json::array();
        for (const QString& role : user.roles)
            roles.push_back(role.toStdString());
        users.push_back({{"id", user.id.toStdString()},
                         {"email", user.email.toStdString()},
                         {"displayName", user.displayName.toStdString()},
                         {"emailVerified", user.emailVerified},
                         {"roles", roles},
                         {"status", user.status.toStdString()},
                         {"version", user.version}});
    }
    if (cli.json()) {
        cli.printJson({{"users", users}});
        return ExitCode::Ok;
    }
    for (const json& u : users) {
        cli.out() << QString::fromStdString(u["email"].get<std::string>()).leftJustified(32) << ' '
                  << QString::fromStdString(u["id"].get<std::string>()) << ' '
                  << (u["emailVerified"].get<bool>() ? "verified  " : "unverified") << ' '
                  << QString::fromStdString(u["roles"].dump()) << ' '
                  << QString::fromStdString(u["displayName"].get<std::string>()) << '\n';
    }
    if (users.empty())
        cli.out() << "no users\n";
    return ExitCode::Ok;
}

int createUser(CliContext& cli)
{
    if (cli.positional().size() != 2)
        return cli.usage(QStringLiteral("users create needs EMAIL and DISPLAY_NAME"));
    json payload = {{"email", cli.positional().at(0).toStdString()},
                    {"displayName", cli.positional().at(1).toStdString()}};
    if (cli.isSet(QStringLiteral("roles"))) {
        json roles = json::array();
        for (const QString& role :
             cli.value(QStringLiteral("roles")).split(QLatin1Char(','), Qt::SkipEmptyParts))
            roles.push_back(role.trimmed().toStdString());
        payload["roles"] = roles.dump();
    }
    if (cli.isSet(QStringLiteral("locale")))
        payload["locale"] = cli.value(QStringLiteral("locale")).toStdString();
    if (cli.isSet(QStringLiteral("verified")))
        payload["emailVerified"] = true;
    if (!cli.isSet(QStringLiteral("no-password"))) {
        auto password = readNewPassword(cli);
        if (!password)
            return cli.fail(password.error());
        if (password->isEmpty())
            return cli.usage(QStringLiteral("the password must not be empty (or pass --no-password)"));
        auto hash = auth::PasswordHasher::hash(*password);
        if (!hash)
            return cli.fail(hash.error());
        payload["passwordHash"] = hash->toStdString();
    }
    auto outcomes = HandlerRun::inTransaction(cli, {{QStringLiteral("user:write:user:create"), payload}});
    if (!outcomes)
        return cli.fail(outcomes.error());
    const json& result = outcomes->front().result;
    if (cli.json())
        cli.printJson({{"id", result["id"]}, {"email", payload["email"]}});
    else
        cli.out() << "created user " << cli.positional().at(0) << " ("
                  << QString::fromStdString(result["id"].get<std::string>()) << ")\n";
    return ExitCode::Ok;
}

} // namespace

void UserCommands::registerInto(CommandRegistry& registry)
{
    registry.add({QStringLiteral("users list"), {}, QStringLiteral("List the users."), {}, listUsers});
    registry.add(
        {QStringLiteral("users create"),
         QStringLiteral("<email> <display-name>"),
         QStringLiteral(
             "Create a user; the password is asked on a TTY or read from the first line of stdin."),
         {{QStringLiteral("roles"), QStringLiteral("Comma-separated user roles, e.g. SystemAdmin."),
           QStringLiteral("roles")},
          {QStringLiteral("locale"), QStringLiteral("Preferred locale, e.g. de."), QStringLiteral("locale")},
          {QStringLiteral("verified"), QStringLiteral("Mark the e-mail address as verified.")},
          {QStringLiteral("no-password"), QStringLiteral("Create the user without a password.")}},
         createUser});
}

} // namespace kumiko::cli
