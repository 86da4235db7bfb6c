#include "AuthCommands.h"

#include "CliContext.h"
#include "PasswordInput.h"
#include "auth/AccountAdmin.h"
#include "auth/SignInService.h"
#include "auth/VerificationResend.h"
#include "auth/VerificationService.h"
#include "auth/VerificationToken.h"

namespace kumiko::cli {
namespace {

const QString kLocale = QStringLiteral("locale");

int login(CliContext& cli)
{
    if (cli.positional().size() != 1)
        return cli.usage(QStringLiteral("auth login needs exactly one EMAIL"));
    auto config = AuthCommands::configuration(cli);
    if (!config)
        return cli.fail(config.error());
    const QString password = PasswordInput::read(cli.err(), QStringLiteral("Password: "));
    if (password.isNull())
        return cli.usage(QStringLiteral("no password given (type it at the prompt or pipe it to stdin)"));
    auto outcome = cli.withDatabase([&](QSqlDatabase& db) {
        return auth::SignInService(config->auth).signIn(db, cli.positional().first(), password);
    });
    if (!outcome)
        return cli.fail(outcome.error());
    if (cli.json()) {
        nlohmann::json doc = {{"result", outcome->code().toStdString()}};
        if (outcome->lockedSeconds > 0)
            doc["lockedSeconds"] = outcome->lockedSeconds;
        cli.printJson(doc);
    } else if (outcome->lockedSeconds > 0) {
        cli.out() << outcome->code() << " (" << outcome->lockedSeconds << " seconds)\n";
    } else {
        cli.out() << outcome->code() << '\n';
    }
    return outcome->ok() ? ExitCode::Ok : ExitCode::Failed;
}

int requestVerification(CliContext& cli)
{
    if (cli.positional().size() != 1)
        return cli.usage(QStringLiteral("auth request-verification needs exactly one EMAIL"));
    const QString locale = cli.value(kLocale);
    if (!locale.isEmpty() && locale != QLatin1String("de") && locale != QLatin1String("en"))
        return cli.usage(QStringLiteral("--locale must be de or en"));
    auto config = AuthCommands::configuration(cli);
    if (!config)
        return cli.fail(config.error());
    const QStringList emails = {cli.positional().first()};
    auto actor = cli.actor();
    if (!actor)
        return cli.fail(actor.error());
    auto report = cli.withDatabase([&](QSqlDatabase& db) -> Result<auth::ResendReport> {
        return auth::VerificationResend(config->auth, config->mail).run(db, emails, *actor, locale);
    });
    if (!report)
        return cli.fail(report.error());
    if (report->failed)
        return cli.fail(*report->failed);
    // Queued and skipped look the same: the answer must not reveal whether the address exists.
    const bool accepted = report->rateLimited.isEmpty();
    if (cli.json()) {
        nlohmann::json doc = {{"result", accepted ? "accepted" : "rate_limited"}};
        if (!accepted)
            doc["retryAfterSeconds"] = report->rateLimited.first().waitSeconds;
        cli.printJson(doc);
    } else if (accepted) {
        cli.out() << "accepted: if the address belongs to an unverified user, a verification mail is queued "
                     "(`kumiko mail deliver` sends it)\n";
    } else {
        cli.out() << "rate_limited: try again in " << report->rateLimited.first().waitSeconds << " seconds\n";
    }
    return accepted ? ExitCode::Ok : ExitCode::Failed;
}

int verifyEmail(CliContext& cli)
{
    if (cli.positional().size() != 1)
        return cli.usage(QStringLiteral("auth verify-email needs exactly one TOKEN"));
    auto config = AuthCommands::configuration(cli);
    if (!config)
        return cli.fail(config.error());
    auto verified = cli.withDatabase([&](QSqlDatabase& db) {
        return auth::VerificationService(config->auth, config->mail)
            .verifyEmail(db, cli.positional().first());
    });
    if (!verified) {
        if (verified.error().code == ErrorCode::InvalidVerificationToken) {
            Error shown = verified.error();
            shown.message = QStringLiteral("invalid_verification_token: %1")
                                .arg(auth::VerificationToken::reasonOf(shown));
            shown.context.clear();
            return cli.fail(shown);
        }
        return cli.fail(verified.error());
    }
    if (cli.json())
        cli.printJson({{"result", verified->alreadyVerified ? "already_verified" : "verified"},
                       {"userId", verified->userId.toStdString()}});
    else
        cli.out() << (verified->alreadyVerified ? "already verified: " : "verified: user ")
                  << verified->userId << '\n';
    return ExitCode::Ok;
}

int setPassword(CliContext& cli)
{
    if (cli.positional().size() != 1)
        return cli.usage(QStringLiteral("users set-password needs exactly one EMAIL"));
    const QString password = PasswordInput::read(cli.err(), QStringLiteral("New password: "));
    if (password.isNull())
        return cli.usage(QStringLiteral("no password given (type it at the prompt or pipe it to stdin)"));
    auto actor = cli.actor();
    if (!actor)
        return cli.fail(actor.error());
    auto userId = cli.withDatabase([&](QSqlDatabase& db) {
        return auth::AccountAdmin::setPassword(db, cli.positional().first(), password, *actor);
    });
    if (!userId)
        return cli.fail(userId.error());
    if (cli.json())
        cli.printJson({{"result", "password_set"}, {"userId", userId->toStdString()}});
    else
        cli.out() << "password set for " << cli.positional().first() << " (user " << *userId << ")\n";
    return ExitCode::Ok;
}

} // namespace

int AuthCommands::ensureDemoAccounts(CliContext& cli)
{
    // Demo-only passwords: printed on purpose so the sign-in screen can be tried right away.
    const QList<auth::AccountAdmin::Wanted> accounts = {
        {QStringLiteral("admin@example.com"),
         QStringLiteral("Demo Admin"),
         QStringLiteral("kumiko-demo-admin"),
         {QStringLiteral("SystemAdmin")},
         true},
        {QStringLiteral("new-admin@example.com"),
         QStringLiteral("New Admin"),
         QStringLiteral("kumiko-demo-new-admin"),
         {QStringLiteral("SystemAdmin")},
         false},
    };
    for (const auth::AccountAdmin::Wanted& account : accounts) {
        auto ensured = cli.withDatabase([&](QSqlDatabase& db) {
            return auth::AccountAdmin::ensureAccount(db, account, domain::Actor::system());
        });
        if (!ensured)
            return cli.fail(ensured.error());
    }
    for (const auth::AccountAdmin::Wanted& account : accounts)
        cli.out() << account.email << "  password " << account.password
                  << (account.emailVerified ? "  (verified SystemAdmin)\n"
                                            : "  (SystemAdmin, e-mail not verified: try \"send verification "
                                              "e-mail again\")\n");
    return ExitCode::Ok;
}

Result<auth::AuthConfiguration> AuthCommands::configuration(CliContext& cli)
{
    auto config = auth::AuthConfiguration::load(cli.projectDir());
    if (config && config->auth.emailVerification && config->auth.emailVerification->usesInlineSecret()) {
        static bool warned = false;
        if (!warned)
            cli.err() << "warning: auth.emailVerification.hmacSecret is an inline development secret; use "
                         "hmacSecretEnv in production\n";
        warned = true;
    }
    return config;
}

void AuthCommands::registerInto(CommandRegistry& registry)
{
    registry.add(
        {QStringLiteral("auth login"),
         QStringLiteral("EMAIL"),
         QStringLiteral("Check a console sign-in (password from the prompt or stdin); prints ok or the "
                        "reason."),
         {},
         login});
    registry.add({QStringLiteral("auth request-verification"),
                  QStringLiteral("EMAIL"),
                  QStringLiteral("Queue a verification mail (rate limited; silent for unknown addresses)."),
                  {{kLocale, QStringLiteral("Mail language when the user has none: de or en."),
                    QStringLiteral("lang")}},
                  requestVerification});
    registry.add({QStringLiteral("auth verify-email"),
                  QStringLiteral("TOKEN"),
                  QStringLiteral("Redeem a verification token (marks the address verified)."),
                  {},
                  verifyEmail});
    registry.add(
        {QStringLiteral("users set-password"),
         QStringLiteral("EMAIL"),
         QStringLiteral("Set a user's password (from the prompt or stdin), as a user.updated event."),
         {},
         setPassword});
}

} // namespace kumiko::cli
