#include "UserCommands.h"

#include "CliContext.h"
#include "HandlerRun.h"
#include "ListPaging.h"
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

json userJson(const auth::UserSummary& user)
{
    json roles = json::array();
    for (const QString& role : user.roles)
        roles.push_back(role.toStdString());
    return {{"id", user.id.toStdString()},
            {"email", user.email.toStdString()},
            {"displayName", user.displayName.toStdString()},
            {"emailVerified", user.emailVerified},
            {"roles", roles},
            {"status", user.status.toStdString()},
            {"version", user.version}};
}

int listUsers(CliContext& cli)
{
    ListPaging::Printer<auth::UserSummary> printer;
    printer.fetch = [](QSqlDatabase& db, const PageRequest& request) {
        return auth::UserOverview::list(db, request);
    };
    printer.json = userJson;
    printer.text = [](QTextStream& out, const auth::UserSummary& user) {
        out << user.email.leftJustified(32) << ' ' << user.id << ' '
            << (user.emailVerified ? "verified  " : "unverified") << ' '
            << QString::fromStdString(userJson(user)["roles"].dump()) << ' ' << user.displayName << '\n';
    };
    printer.document = [](json rows) {
        return json{{"users", std::move(rows)}};
    };
    printer.empty = QStringLiteral("no users");
    return ListPaging::run(cli, printer);
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
    registry.add({QStringLiteral("users list"),
                  {},
                  QStringLiteral("List the users by e-mail, a page at a time."),
                  ListPaging::options(QStringLiteral("e-mail"), QStringLiteral("e-mail or display name")),
                  listUsers});
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
