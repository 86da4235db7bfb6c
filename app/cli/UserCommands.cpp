#include "UserCommands.h"

#include "CliContext.h"
#include "HandlerRun.h"
#include "ListPaging.h"
#include "PasswordInput.h"
#include "auth/AccountAdmin.h"
#include "auth/UserOverview.h"

#include <functional>
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
    json row = {{"id", user.id.toStdString()},
                {"email", user.email.toStdString()},
                {"displayName", user.displayName.toStdString()},
                {"emailVerified", user.emailVerified},
                {"roles", roles},
                {"status", user.status.toStdString()},
                {"version", user.version}};
    if (user.lockedUntil.isValid())
        row["lockedUntil"] = user.lockedUntil.toString(Qt::ISODateWithMs).toStdString();
    return row;
}

int listUsers(CliContext& cli)
{
    ListPaging::Printer<auth::UserSummary> printer;
    // The Users page's keyset read, with the CLI's filter and cursor.
    printer.fetch = [](QSqlDatabase& db, const PageRequest& request) -> Result<Page<auth::UserSummary>> {
        auth::UserQuery query;
        query.text = request.filter;
        query.after = request.after;
        query.limit = request.limit;
        auto page = auth::UserOverview::page(db, query);
        if (!page)
            return page.error();
        return Page<auth::UserSummary>{page->users, page->nextCursor};
    };
    printer.json = userJson;
    printer.text = [](QTextStream& out, const auth::UserSummary& user) {
        out << user.email.leftJustified(32) << ' ' << user.id << ' '
            << (user.emailVerified ? "verified  " : "unverified") << ' '
            << QString::fromStdString(userJson(user)["roles"].dump()) << ' ' << user.displayName;
        if (user.lockedUntil.isValid())
            out << " (locked out until " << user.lockedUntil.toString(Qt::ISODate) << ')';
        out << '\n';
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
    auth::AccountAdmin::NewUser user{cli.positional().at(0),
                                     cli.positional().at(1),
                                     cli.value(QStringLiteral("locale")),
                                     {},
                                     {},
                                     cli.isSet(QStringLiteral("verified"))};
    for (const QString& role : cli.value(QStringLiteral("roles")).split(QLatin1Char(','), Qt::SkipEmptyParts))
        user.roles << role.trimmed();
    if (!cli.isSet(QStringLiteral("no-password"))) {
        auto password = readNewPassword(cli);
        if (!password)
            return cli.fail(password.error());
        if (password->isEmpty())
            return cli.usage(QStringLiteral("the password must not be empty (or pass --no-password)"));
        user.password = *password;
    }
    auto actor = cli.actor();
    if (!actor)
        return cli.fail(actor.error());
    auto id =
        cli.withDatabase([&](QSqlDatabase& db) { return auth::AccountAdmin::createUser(db, user, *actor); });
    if (!id)
        return cli.fail(id.error());
    if (cli.json())
        cli.printJson({{"id", id->toStdString()}, {"email", user.email.toStdString()}});
    else
        cli.out() << "created user " << user.email << " (" << *id << ")\n";
    return ExitCode::Ok;
}

// `users set-status`, `users set-roles`: one e-mail and what it should be.
int changeUser(CliContext& cli, const char* command, bool oneValue,
               const std::function<Status(QSqlDatabase&, const domain::Actor&)>& change)
{
    if (cli.positional().isEmpty() || (oneValue && cli.positional().size() != 2))
        return cli.usage(QStringLiteral("users %1 needs EMAIL %2")
                             .arg(QLatin1String(command),
                                  oneValue ? QStringLiteral("STATUS") : QStringLiteral("[ROLE…]")));
    auto actor = cli.actor();
    if (!actor)
        return cli.fail(actor.error());
    if (auto done = cli.withDatabase([&](QSqlDatabase& db) { return change(db, *actor); }); !done)
        return cli.fail(done.error());
    if (cli.json())
        cli.printJson({{"result", "ok"}});
    else
        cli.out() << cli.positional().first() << ": " << command << ' '
                  << cli.positional().mid(1).join(QLatin1Char(' ')) << '\n';
    return ExitCode::Ok;
}

int setStatus(CliContext& cli)
{
    return changeUser(cli, "set-status", true, [&cli](QSqlDatabase& db, const domain::Actor& actor) {
        return auth::AccountAdmin::setStatus(db, cli.positional().value(0), cli.positional().value(1), actor);
    });
}

int setRoles(CliContext& cli)
{
    return changeUser(cli, "set-roles", false, [&cli](QSqlDatabase& db, const domain::Actor& actor) {
        return auth::AccountAdmin::setRoles(db, cli.positional().value(0), cli.positional().mid(1), actor);
    });
}

int unlock(CliContext& cli)
{
    if (cli.positional().size() != 1)
        return cli.usage(QStringLiteral("users unlock needs exactly one EMAIL"));
    auto actor = cli.actor();
    if (!actor)
        return cli.fail(actor.error());
    auto unlocked = cli.withDatabase(
        [&](QSqlDatabase& db) { return auth::AccountAdmin::unlock(db, cli.positional().first(), *actor); });
    if (!unlocked)
        return cli.fail(unlocked.error());
    if (cli.json())
        cli.printJson({{"userId", unlocked->userId.toStdString()},
                       {"wasLocked", unlocked->wasLocked},
                       {"failedAttempts", unlocked->failedAttempts}});
    else
        cli.out() << (unlocked->wasLocked ? "unlocked " : "cleared failed sign-ins of ")
                  << cli.positional().first() << " ("
                  << CliContext::count(unlocked->failedAttempts, QStringLiteral("failed attempt"),
                                       QStringLiteral("failed attempts"))
                  << ")\n";
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
    registry.add(
        {QStringLiteral("users set-status"),
         QStringLiteral("<email> <status>"),
         QStringLiteral("Set a user's status (active; restricted blocks sign-in) as a user.updated event."),
         {},
         setStatus});
    registry.add({QStringLiteral("users set-roles"),
                  QStringLiteral("<email> [<role>…]"),
                  QStringLiteral("Set a user's global roles (none: no role) as a user.updated event."),
                  {},
                  setRoles});
    registry.add(
        {QStringLiteral("users unlock"),
         QStringLiteral("<email>"),
         QStringLiteral("Lift a sign-in lockout and forget the failed attempts (recorded with who did it)."),
         {},
         unlock});
}

} // namespace kumiko::cli
