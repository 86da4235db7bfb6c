#include "ConfigCommands.h"

#include "CliContext.h"
#include "ListPaging.h"
#include "config/ConfigOverview.h"
#include "config/ConfigSeeder.h"
#include "config/ConfigValueWriter.h"
#include "config/DevelopmentMasterKey.h"
#include "config/EnvelopeCipher.h"
#include "config/ProjectManifest.h"
#include "config/RevealAudit.h"
#include "config/StoredValuePresenter.h"
#include "config/ValueValidator.h"
#include "domain/Actor.h"
#include "domain/HandlerRegistry.h"

namespace kumiko::cli {
namespace {

using Json = nlohmann::json;
using namespace kumiko::config;

QCommandLineOption tenantOption()
{
    return {QStringLiteral("tenant"), QStringLiteral("Tenant key (or id)."), QStringLiteral("key")};
}
QCommandLineOption userOption()
{
    return {QStringLiteral("user"), QStringLiteral("User e-mail (or id); needs --tenant."),
            QStringLiteral("email")};
}
QCommandLineOption scopeOption()
{
    return {QStringLiteral("scope"), QStringLiteral("system, tenant or user."), QStringLiteral("scope")};
}
QCommandLineOption revealOption()
{
    return {QStringLiteral("reveal"), QStringLiteral("Show decrypted values of encrypted keys (the reveal is "
                                                     "logged).")};
}

Error usageError(const QString& message)
{
    return Error::make(ErrorCode::Usage, message);
}

// Core names a context's parts "tenant" and "user"; on the command line they are flags.
Error flagged(Error error)
{
    if (error.field == QLatin1String("tenant") || error.field == QLatin1String("user"))
        error.field.prepend(QStringLiteral("--"));
    return error;
}

// What a command shows for a value: masked, or with --reveal decrypted (the keys go to `revealed`).
StoredValuePresenter presenterFor(CliContext& cli, QStringList& revealed)
{
    if (!cli.isSet(QStringLiteral("reveal")))
        return {};
    return StoredValuePresenter::revealing([&revealed](const QString& key) { revealed.append(key); },
                                           CliContext::secretsEnvironment());
}

// Records the decrypted keys in the reveal audit, then notes them on stderr. Called before anything
// is printed: when the record cannot be written, no decrypted value is shown.
Status recordReveals(CliContext& cli, const ContextIds& context, QStringList keys)
{
    keys.removeDuplicates();
    if (keys.isEmpty())
        return {};
    auto actor = cli.actor();
    if (!actor)
        return actor.error();
    QList<RevealRecord> reveals;
    for (const QString& key : keys) {
        RevealRecord reveal;
        reveal.revealedBy = cli.actorName();
        reveal.via = RevealRecord::viaCli();
        reveal.key = key;
        reveal.tenantId = context.tenantId;
        reveal.userId = context.userId;
        reveals.append(reveal);
    }
    if (Status recorded =
            cli.withDatabase([&](QSqlDatabase& db) { return RevealAudit::record(db, *actor, reveals); });
        !recorded)
        return recorded;
    for (const QString& key : keys)
        cli.err() << "note: revealed the encrypted value of " << key << '\n';
    return {};
}

QString display(const Json& value)
{
    return value.is_null() ? QStringLiteral("(none)") : StoredValuePresenter::text(value);
}

Json keyJson(const ConfigKey& key)
{
    Json entry = {{"key", key.qualifiedName.toStdString()},
                  {"feature", key.feature.toStdString()},
                  {"scope", ConfigKey::scopeName(key.scope).toStdString()},
                  {"type", ConfigKey::typeName(key.type).toStdString()},
                  {"encrypted", key.encrypted},
                  {"required", key.required},
                  {"default", key.defaultValue.value_or(Json())},
                  {"env", key.env.isEmpty() ? Json() : Json(key.env.toStdString())}};
    if (key.min)
        entry["bounds"]["min"] = *key.min;
    if (key.max)
        entry["bounds"]["max"] = *key.max;
    if (!key.options.isEmpty()) {
        entry["options"] = Json::array();
        for (const QString& option : key.options)
            entry["options"].push_back(option.toStdString());
    }
    if (!key.pattern.isEmpty())
        entry["pattern"] = key.pattern.toStdString();
    return entry;
}

int listKeys(CliContext& cli)
{
    auto manifest = ProjectManifest::load(cli.projectDir());
    if (!manifest)
        return cli.fail(manifest.error());
    if (cli.json()) {
        Json keys = Json::array();
        for (const ConfigKey& key : manifest->keys().keys())
            keys.push_back(keyJson(key));
        Json listing = Json::object();
        listing["keys"] = std::move(keys);
        cli.printJson(listing);
        return ExitCode::Ok;
    }
    for (const ConfigKey& key : manifest->keys().keys())
        cli.out() << key.qualifiedName.leftJustified(44) << ' '
                  << ConfigKey::scopeName(key.scope).leftJustified(7) << ' '
                  << ConfigKey::typeName(key.type).leftJustified(8)
                  << (key.encrypted ? QStringLiteral(" encrypted") : QString())
                  << (key.defaultValue ? QStringLiteral(" default=") + display(*key.defaultValue) : QString())
                  << '\n';
    return ExitCode::Ok;
}

// Prints the outcome of a seeding run.
int printSeedResult(CliContext& cli, const SeedResult& result)
{
    if (cli.json()) {
        cli.printJson(result.toJson());
        return ExitCode::Ok;
    }
    cli.out() << "config seeds: " << result.created << " created, " << result.skipped << " skipped\n";
    for (const QString& key : result.unknown)
        cli.out() << "  unknown key (skipped): " << key << '\n';
    return ExitCode::Ok;
}

// The manifest first (an invalid kumiko.json is reported before connecting), then the overview.
Result<ConfigOverview> overviewOf(CliContext& cli, const OverviewRequest& request)
{
    auto manifest = ProjectManifest::load(cli.projectDir());
    if (!manifest)
        return manifest.error();
    return cli.withDatabase(
        [&](QSqlDatabase& db) { return ConfigOverview::read(db, manifest.value(), request); });
}

int runSeed(CliContext& cli)
{
    auto manifest = ProjectManifest::load(cli.projectDir());
    if (!manifest)
        return cli.fail(manifest.error());
    auto result = cli.withDatabase([&](QSqlDatabase& db) {
        return ConfigSeeder::run(db, manifest.value(), CliContext::secretsEnvironment(), cli.correlationId());
    });
    if (!result)
        return cli.fail(result.error());
    return printSeedResult(cli, result.value());
}

int showSeeds(CliContext& cli)
{
    auto manifest = ProjectManifest::load(cli.projectDir());
    if (!manifest)
        return cli.fail(manifest.error());
    ListPaging::Printer<SeedState> printer;
    printer.fetch = [&manifest](QSqlDatabase& db, const PageRequest& request) {
        return SeedStatusReader::list(db, manifest.value(), request);
    };
    printer.json = [](const SeedState& s) {
        return SeedStatusReader::toJson(s);
    };
    printer.text = [](QTextStream& out, const SeedState& s) {
        out << SeedStatusReader::statusName(s.status).leftJustified(11) << ' ' << s.key.leftJustified(40)
            << ' ' << (s.scope ? ConfigKey::scopeName(*s.scope) : QString()).leftJustified(7) << ' '
            << (s.tenantId.isEmpty() ? QStringLiteral("-") : s.tenantId)
            << (s.userId.isEmpty() ? QString() : QStringLiteral(" user ") + s.userId) << '\n';
        if (!s.reason.isEmpty())
            out << "            " << s.reason << '\n';
    };
    printer.document = [](Json rows) {
        return Json{{"seeds", std::move(rows)}};
    };
    return ListPaging::run(cli, printer);
}

// Shared by list and get: the values of `keys` (all keys when empty) for --tenant / --user.
Result<ConfigOverview> valuesOf(CliContext& cli, const QStringList& keys)
{
    const QString tenant = cli.value(QStringLiteral("tenant"));
    const QString user = cli.value(QStringLiteral("user"));
    if (!user.isEmpty() && tenant.isEmpty())
        return usageError(QStringLiteral("--user needs --tenant (a user value lives in one tenant)"));
    auto overview = overviewOf(cli, OverviewRequest::valuesOf(tenant, user, keys));
    if (!overview)
        return flagged(overview.error());
    return overview;
}

int listValues(CliContext& cli)
{
    auto overview = valuesOf(cli, {});
    if (!overview)
        return cli.fail(overview.error());
    QStringList revealed;
    const StoredValuePresenter presenter = presenterFor(cli, revealed);
    Json values = Json::array();
    for (const KeyOverview& entry : overview->values()) {
        const ResolvedValue& resolved = entry.resolved;
        auto value = presenter.value(resolved.key, resolved.value, resolved.envelope);
        if (!value)
            return cli.fail(value.error());
        values.push_back({{"key", resolved.key.toStdString()},
                          {"value", value.value()},
                          {"source", ConfigCascade::sourceName(resolved.source).toStdString()},
                          {"scope", ConfigKey::scopeName(entry.key.scope).toStdString()},
                          {"seeded", resolved.seeded}});
    }
    if (Status recorded = recordReveals(cli, overview->context(), revealed); !recorded)
        return cli.fail(recorded.error());
    if (cli.json()) {
        cli.printJson({{"values", values}});
        return ExitCode::Ok;
    }
    for (const Json& value : values)
        cli.out() << QString::fromStdString(value["key"].get<std::string>()).leftJustified(44) << ' '
                  << QString::fromStdString(value["source"].get<std::string>()).leftJustified(12) << ' '
                  << display(value["value"])
                  << (value["seeded"].get<bool>() ? QStringLiteral("  (seeded)") : QString()) << '\n';
    return ExitCode::Ok;
}

int getValue(CliContext& cli)
{
    if (cli.positional().size() != 1)
        return cli.usage(QStringLiteral("config get takes exactly one KEY"));
    auto overview = valuesOf(cli, {cli.positional().first()});
    if (!overview)
        return cli.fail(overview.error());
    const ResolvedValue& resolved = overview->values().first().resolved;
    QStringList revealed;
    const StoredValuePresenter presenter = presenterFor(cli, revealed);
    auto value = presenter.value(resolved.key, resolved.value, resolved.envelope);
    if (!value)
        return cli.fail(value.error());
    Json cascade = Json::array();
    for (const CascadeLevel& level : resolved.cascade) {
        auto shown = level.active ? value : presenter.value(resolved.key, level.value, level.envelope);
        if (!shown)
            return cli.fail(shown.error());
        cascade.push_back({{"level", ConfigCascade::sourceName(level.level).toStdString()},
                           {"value", shown.value()},
                           {"hasValue", level.hasValue()},
                           {"active", level.active}});
    }
    if (Status recorded = recordReveals(cli, overview->context(), revealed); !recorded)
        return cli.fail(recorded.error());
    if (cli.json()) {
        cli.printJson({{"key", resolved.key.toStdString()},
                       {"value", value.value()},
                       {"source", ConfigCascade::sourceName(resolved.source).toStdString()},
                       {"cascade", cascade}});
        return ExitCode::Ok;
    }
    cli.out() << resolved.key << " = " << display(value.value()) << "  ("
              << ConfigCascade::sourceName(resolved.source) << ")\n";
    for (const Json& level : cascade)
        cli.out() << (level["active"].get<bool>() ? "  > " : "    ")
                  << QString::fromStdString(level["level"].get<std::string>()).leftJustified(13) << ' '
                  << (level["hasValue"].get<bool>() ? display(level["value"]) : QStringLiteral("-")) << '\n';
    return ExitCode::Ok;
}

// set and reset: flags to a target, then ConfigValueWriter.
int write(CliContext& cli, bool isSet)
{
    const qsizetype arguments = isSet ? 2 : 1;
    if (cli.positional().size() != arguments)
        return cli.usage(isSet ? QStringLiteral("config set takes KEY VALUE")
                               : QStringLiteral("config reset takes KEY"));
    const QString scopeText = cli.value(QStringLiteral("scope"));
    const std::optional<Scope> scope = ConfigKey::parseScope(scopeText);
    if (!scope)
        return cli.usage(QStringLiteral("--scope must be system, tenant or user"));
    auto manifest = ProjectManifest::load(cli.projectDir());
    if (!manifest)
        return cli.fail(manifest.error());
    const QString keyName = cli.positional().first();
    const ConfigKey* key = manifest->keys().find(keyName);
    if (!key)
        return cli.fail(
            Error::make(ErrorCode::UnknownConfigKey,
                        QStringLiteral("no config key %1 is declared in kumiko.json").arg(keyName)));
    if ((*scope != Scope::System) != cli.isSet(QStringLiteral("tenant")) ||
        (*scope == Scope::User) != cli.isSet(QStringLiteral("user")))
        return cli.usage(
            QStringLiteral("--scope system takes no --tenant; tenant needs --tenant; user needs --tenant "
                           "and --user"));
    auto actor = cli.actor();
    if (!actor)
        return cli.fail(actor.error());
    auto outcome = cli.withDatabase([&](QSqlDatabase& db) -> Result<domain::HandlerOutcome> {
        auto context =
            ContextIds::resolve(db, cli.value(QStringLiteral("tenant")), cli.value(QStringLiteral("user")));
        if (!context)
            return context.error();
        const ConfigTarget where{keyName, *scope, context->tenantId, context->userId};
        const ConfigValueWriter writer(manifest->keys(), CliContext::secretsEnvironment());
        if (!isSet)
            return writer.reset(db, where, *actor);
        auto value = ValueValidator::coerce(*key, cli.positional().at(1));
        if (!value)
            return value.error();
        return writer.set(db, where, value.value(), *actor);
    });
    if (!outcome)
        return cli.fail(flagged(outcome.error()));
    const QString type = outcome->events.empty() ? QString() : outcome->events.back().type;
    if (cli.json())
        cli.printJson({{"key", keyName.toStdString()},
                       {"event", type.toStdString()},
                       {"id", outcome->result.value("id", Json())}});
    else
        cli.out() << keyName << ": " << type << '\n';
    return ExitCode::Ok;
}

} // namespace

int ConfigCommands::seedDemo(CliContext& cli)
{
    // The demo manifest has an encrypted seed. On the embedded demo database a publicly known
    // DEVELOPMENT master key stands in when none is set (config::DevelopmentMasterKey), so the demo runs
    // out of the box; on any other database the step is skipped instead.
    if (!EnvelopeCipher::isConfigured()) {
        if (!DevelopmentMasterKey::applies(db::ThreadConnection::settings())) {
            cli.out()
                << "skipped: no master key (KUMIKO_SECRETS_MASTER_KEY_V1) for the encrypted demo seed; set "
                   "one and run `kumiko config seed`\n";
            return ExitCode::Ok;
        }
        cli.out() << "note: using the built-in DEVELOPMENT master key for the embedded demo database only; "
                     "never use it for real data\n";
    }
    return runSeed(cli);
}

void ConfigCommands::registerInto(CommandRegistry& registry)
{
    const QList<QCommandLineOption> target = {tenantOption(), userOption()};
    registry.add({QStringLiteral("config keys"),
                  {},
                  QStringLiteral("List the config keys declared in kumiko.json."),
                  {},
                  listKeys});
    registry.add(
        {QStringLiteral("config seed"),
         {},
         QStringLiteral("Write the config seeds of kumiko.json that do not exist yet (insert-only)."),
         {},
         runSeed});
    registry.add({QStringLiteral("config seeds"),
                  {},
                  QStringLiteral(
                      "Status of the config seeds in kumiko.json order: pending, applied, overridden, reset, "
                      "unknown-key, invalid."),
                  ListPaging::options(QStringLiteral("position in kumiko.json"), QStringLiteral("key")),
                  showSeeds});
    registry.add({QStringLiteral("config list"),
                  {},
                  QStringLiteral("Effective value and source of every key for a tenant / user."),
                  target + QList<QCommandLineOption>{revealOption()},
                  listValues});
    registry.add({QStringLiteral("config get"), QStringLiteral("<key>"),
                  QStringLiteral("Effective value, source and full cascade of one key."),
                  target + QList<QCommandLineOption>{revealOption()}, getValue});
    registry.add(
        {QStringLiteral("config set"), QStringLiteral("<key> <value>"),
         QStringLiteral("Set a value at a scope (checked against the key; encrypted keys are encrypted)."),
         target + QList<QCommandLineOption>{scopeOption()}, [](CliContext& cli) {
             return write(cli, true);
         }});
    registry.add({QStringLiteral("config reset"), QStringLiteral("<key>"),
                  QStringLiteral("Remove the value at a scope."),
                  target + QList<QCommandLineOption>{scopeOption()}, [](CliContext& cli) {
                      return write(cli, false);
                  }});
}

} // namespace kumiko::cli
