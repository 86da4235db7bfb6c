#include "ConfigCommands.h"

#include "CliContext.h"
#include "config/ConfigCascade.h"
#include "config/ConfigSeeder.h"
#include "config/ConfigValueWriter.h"
#include "config/EnvelopeCipher.h"
#include "config/ProjectManifest.h"
#include "config/SeedStatusReader.h"
#include "config/TenantUserLookup.h"
#include "config/ValueText.h"
#include "config/ValueValidator.h"
#include "domain/Actor.h"
#include "domain/HandlerRegistry.h"

namespace kumiko::cli {
namespace {

using Json = nlohmann::json;
using namespace kumiko::config;

const QString mask = QStringLiteral("••••••");

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

// The tenant and user ids named by --tenant / --user.
struct Target
{
    QString tenantId;
    QString userId;
};

Result<Target> targetOf(CliContext& cli, const QSqlDatabase& db)
{
    const QString tenant = cli.value(QStringLiteral("tenant"));
    const QString user = cli.value(QStringLiteral("user"));
    if (!user.isEmpty() && tenant.isEmpty())
        return usageError(QStringLiteral("--user needs --tenant (a user value lives in one tenant)"));
    QSet<QString> tenantKeys;
    QSet<QString> emails;
    if (!tenant.isEmpty() && !TenantUserLookup::isUuid(tenant))
        tenantKeys.insert(tenant);
    if (!user.isEmpty() && !TenantUserLookup::isUuid(user))
        emails.insert(user);
    auto lookup = TenantUserLookup::run(db, tenantKeys, emails);
    if (!lookup)
        return lookup.error();
    Target target{lookup->tenantId(tenant), lookup->userId(user)};
    if (!tenant.isEmpty() && target.tenantId.isEmpty())
        return Error::make(ErrorCode::UnknownTenant, QStringLiteral("no tenant with key \"%1\"").arg(tenant),
                           QStringLiteral("--tenant"));
    if (!user.isEmpty() && target.userId.isEmpty())
        return Error::make(ErrorCode::UnknownUser, QStringLiteral("no user with e-mail %1").arg(user),
                           QStringLiteral("--user"));
    return target;
}

// What a stored value shows: the JSON value, masked or decrypted for envelopes.
class ValuePresenter
{
public:
    ValuePresenter(CliContext& cli)
        : m_cli(cli)
        , m_reveal(cli.isSet(QStringLiteral("reveal")))
    {}

    Result<Json> present(const QString& key, const std::optional<QString>& stored, bool envelope)
    {
        if (!stored)
            return Json();
        if (envelope && !m_reveal)
            return Json(mask.toStdString());
        QString text = *stored;
        if (envelope) {
            auto cipher = EnvelopeCipher::fromEnvironment();
            if (!cipher)
                return cipher.error();
            auto plaintext = cipher->decrypt(text);
            if (!plaintext)
                return plaintext.error();
            m_cli.err() << "note: revealed the encrypted value of " << key << '\n';
            text = QString::fromUtf8(plaintext.value());
        }
        auto value = ValueText::decode(text);
        if (!value)
            return value.error();
        return value.value();
    }

private:
    CliContext& m_cli;
    bool m_reveal;
};

QString display(const Json& value)
{
    if (value.is_null())
        return QStringLiteral("(none)");
    return value.is_string() ? QString::fromStdString(value.get<std::string>())
                             : QString::fromStdString(value.dump());
}

int listKeys(CliContext& cli)
{
    auto manifest = ProjectManifest::load(cli.projectDir());
    if (!manifest)
        return cli.fail(manifest.error());
    Json keys = Json::array();
    for (const ConfigKey& key : manifest->keys().keys()) {
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
        keys.push_back(entry);
        if (!cli.json())
            cli.out() << key.qualifiedName.leftJustified(44) << ' '
                      << ConfigKey::scopeName(key.scope).leftJustified(7) << ' '
                      << ConfigKey::typeName(key.type).leftJustified(8)
                      << (key.encrypted ? QStringLiteral(" encrypted") : QString())
                      << (key.defaultValue ? QStringLiteral(" default=") + display(*key.defaultValue)
                                           : QString())
                      << '\n';
    }
    if (cli.json())
        cli.printJson({{"keys", keys}});
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

// What most config commands start with: the project's manifest and the database.
struct ProjectDatabase
{
    ProjectManifest manifest;
    QSqlDatabase db;
};

Result<ProjectDatabase> projectDatabase(CliContext& cli)
{
    auto manifest = ProjectManifest::load(cli.projectDir());
    if (!manifest)
        return manifest.error();
    auto db = cli.database();
    if (!db)
        return db.error();
    return ProjectDatabase{std::move(manifest).value(), db.value()};
}

int runSeed(CliContext& cli)
{
    auto project = projectDatabase(cli);
    if (!project)
        return cli.fail(project.error());
    auto result = ConfigSeeder::run(project->db, project->manifest);
    if (!result)
        return cli.fail(result.error());
    return printSeedResult(cli, result.value());
}

int showSeeds(CliContext& cli)
{
    auto project = projectDatabase(cli);
    if (!project)
        return cli.fail(project.error());
    auto states = SeedStatusReader::read(project->db, project->manifest);
    if (!states)
        return cli.fail(states.error());
    if (cli.json()) {
        cli.printJson(SeedStatusReader::toJson(states.value()));
        return ExitCode::Ok;
    }
    for (const SeedState& s : states.value()) {
        cli.out() << s.status.leftJustified(11) << ' ' << s.key.leftJustified(40) << ' '
                  << s.scope.leftJustified(7) << ' '
                  << (s.tenantId.isEmpty() ? QStringLiteral("-") : s.tenantId)
                  << (s.userId.isEmpty() ? QString() : QStringLiteral(" user ") + s.userId) << '\n';
        if (!s.reason.isEmpty())
            cli.out() << "            " << s.reason << '\n';
    }
    return ExitCode::Ok;
}

// Shared by list and get: manifest, database, target and the cascade of `keys` (all keys when empty).
struct Resolution
{
    ProjectManifest manifest;
    QList<ResolvedValue> values;
};

Result<Resolution> resolveValues(CliContext& cli, const QStringList& requested)
{
    auto project = projectDatabase(cli);
    if (!project)
        return project.error();
    auto target = targetOf(cli, project->db);
    if (!target)
        return target.error();
    QStringList keys = requested;
    if (keys.isEmpty())
        for (const ConfigKey& key : project->manifest.keys().keys())
            keys << key.qualifiedName;
    auto values =
        ConfigCascade(project->manifest.keys()).resolve(project->db, keys, target->tenantId, target->userId);
    if (!values)
        return values.error();
    return Resolution{std::move(project->manifest), std::move(values.value())};
}

int listValues(CliContext& cli)
{
    auto resolution = resolveValues(cli, {});
    if (!resolution)
        return cli.fail(resolution.error());
    ValuePresenter presenter(cli);
    Json values = Json::array();
    for (const ResolvedValue& resolved : resolution->values) {
        auto value = presenter.present(resolved.key, resolved.value, resolved.envelope);
        if (!value)
            return cli.fail(value.error());
        const ConfigKey* key = resolution->manifest.keys().find(resolved.key);
        values.push_back({{"key", resolved.key.toStdString()},
                          {"value", value.value()},
                          {"source", resolved.source.toStdString()},
                          {"scope", ConfigKey::scopeName(key->scope).toStdString()},
                          {"seeded", resolved.seeded}});
        if (!cli.json())
            cli.out() << resolved.key.leftJustified(44) << ' ' << resolved.source.leftJustified(12) << ' '
                      << display(value.value())
                      << (resolved.seeded ? QStringLiteral("  (seeded)") : QString()) << '\n';
    }
    if (cli.json())
        cli.printJson({{"values", values}});
    return ExitCode::Ok;
}

int getValue(CliContext& cli)
{
    if (cli.positional().size() != 1)
        return cli.usage(QStringLiteral("config get takes exactly one KEY"));
    auto resolution = resolveValues(cli, {cli.positional().first()});
    if (!resolution)
        return cli.fail(resolution.error());
    const ResolvedValue& resolved = resolution->values.first();
    ValuePresenter presenter(cli);
    auto value = presenter.present(resolved.key, resolved.value, resolved.envelope);
    if (!value)
        return cli.fail(value.error());
    Json cascade = Json::array();
    for (const CascadeLevel& level : resolved.cascade) {
        auto shown = level.active ? value : presenter.present(resolved.key, level.value, level.envelope);
        if (!shown)
            return cli.fail(shown.error());
        cascade.push_back({{"level", level.level.toStdString()},
                           {"value", shown.value()},
                           {"hasValue", level.hasValue()},
                           {"active", level.active}});
    }
    if (cli.json()) {
        cli.printJson({{"key", resolved.key.toStdString()},
                       {"value", value.value()},
                       {"source", resolved.source.toStdString()},
                       {"cascade", cascade}});
        return ExitCode::Ok;
    }
    cli.out() << resolved.key << " = " << display(value.value()) << "  (" << resolved.source << ")\n";
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
    auto db = cli.database();
    if (!db)
        return cli.fail(db.error());
    auto target = targetOf(cli, db.value());
    if (!target)
        return cli.fail(target.error());
    const ConfigTarget where{keyName, *scope, target->tenantId, target->userId};
    const ConfigValueWriter writer(manifest->keys());
    Result<domain::HandlerOutcome> outcome = Error();
    if (isSet) {
        auto value = ValueValidator::coerce(*key, cli.positional().at(1));
        if (!value)
            return cli.fail(value.error());
        outcome = writer.set(db.value(), where, value.value(), domain::Actor::systemAdmin());
    } else {
        outcome = writer.reset(db.value(), where, domain::Actor::systemAdmin());
    }
    if (!outcome)
        return cli.fail(outcome.error());
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
    // The demo manifest has an encrypted seed. On the embedded demo database (no URL given) a fixed,
    // publicly known DEVELOPMENT master key is used when none is set, so the demo runs out of the box;
    // on any other database the step is skipped instead, because such a key must never protect real data.
    if (!EnvelopeCipher::isConfigured()) {
        const bool embedded = cli.value(QStringLiteral("database-url")).isEmpty() &&
                              qEnvironmentVariableIsEmpty("KUMIKO_DATABASE_URL") &&
                              qEnvironmentVariableIsEmpty("DATABASE_URL");
        if (!embedded) {
            cli.out()
                << "skipped: no master key (KUMIKO_SECRETS_MASTER_KEY_V1) for the encrypted demo seed; set "
                   "one and run `kumiko config seed`\n";
            return ExitCode::Ok;
        }
        cli.out() << "note: using the built-in DEVELOPMENT master key for the embedded demo database only; "
                     "never use it for real data\n";
        qputenv("KUMIKO_SECRETS_MASTER_KEY_V1", "a3VtaWtvLWRlbW8tREVWRUxPUE1FTlQtb25seS1rZXk=");
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
    registry.add(
        {QStringLiteral("config seeds"),
         {},
         QStringLiteral(
             "Status of every config seed: pending, applied, overridden, reset, unknown-key, invalid."),
         {},
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
