#include "esops/SeedParser.h"

#include "common/JsonText.h"

#include <QRegularExpression>
#include <string>
#include <vector>

namespace kumiko::esops {
namespace {

using nlohmann::json;

enum class Kind
{
    Text,
    Bool,
    Roles,
    Any,
    Object,
};

struct Member
{
    const char* name;
    Kind kind;
    bool required;
};

const std::vector<Member>& membersOf(StepOp op)
{
    static const std::vector<Member> tenantEnsure = {
        {"key", Kind::Text, true}, {"name", Kind::Text, true}, {"enabled", Kind::Bool, false}};
    static const std::vector<Member> userEnsure = {
        {"email", Kind::Text, true},          {"displayName", Kind::Text, true},
        {"locale", Kind::Text, false},        {"roles", Kind::Roles, false},
        {"emailVerified", Kind::Bool, false}, {"passwordHash", Kind::Text, false}};
    static const std::vector<Member> membership = {
        {"email", Kind::Text, true}, {"tenant", Kind::Text, true}, {"roles", Kind::Roles, true}};
    static const std::vector<Member> configSet = {
        {"key", Kind::Text, true},   {"scope", Kind::Text, true}, {"tenant", Kind::Text, false},
        {"user", Kind::Text, false}, {"value", Kind::Any, false}, {"valueFromEnv", Kind::Text, false}};
    static const std::vector<Member> configReset = {{"key", Kind::Text, true},
                                                    {"scope", Kind::Text, true},
                                                    {"tenant", Kind::Text, false},
                                                    {"user", Kind::Text, false}};
    static const std::vector<Member> write = {
        {"handler", Kind::Text, true}, {"payload", Kind::Object, true}, {"tenant", Kind::Text, false}};
    switch (op) {
    case StepOp::TenantEnsure:
        return tenantEnsure;
    case StepOp::UserEnsure:
        return userEnsure;
    case StepOp::MembershipEnsure:
    case StepOp::MembershipAddRoles:
    case StepOp::MembershipRemoveRoles:
        return membership;
    case StepOp::ConfigSet:
        return configSet;
    case StepOp::ConfigReset:
        return configReset;
    case StepOp::Write:
        return write;
    }
    return write;
}

QString kindText(Kind kind)
{
    switch (kind) {
    case Kind::Text:
        return QStringLiteral("a non-empty string");
    case Kind::Bool:
        return QStringLiteral("true or false");
    case Kind::Roles:
        return QStringLiteral("an array of role names");
    case Kind::Object:
        return QStringLiteral("an object");
    case Kind::Any:
        break;
    }
    return QStringLiteral("a JSON value");
}

bool hasKind(const json& value, Kind kind)
{
    switch (kind) {
    case Kind::Text:
        return value.is_string() && !value.get<std::string>().empty();
    case Kind::Bool:
        return value.is_boolean();
    case Kind::Object:
        return value.is_object();
    case Kind::Roles:
        if (!value.is_array())
            return false;
        for (const json& role : value) {
            if (!role.is_string() || role.get<std::string>().empty())
                return false;
        }
        return true;
    case Kind::Any:
        break;
    }
    return true;
}

QString text(const json& object, const char* member)
{
    const auto it = object.find(member);
    return it == object.end() ? QString() : QString::fromStdString(it->get<std::string>());
}

// Collects the problems of one file; the first one wins.
class Checker
{
public:
    Checker(const QByteArray& content, QString fileName)
        : m_content(content)
        , m_fileName(std::move(fileName))
    {}

    static QString memberPathOf(const QString& path, const QString& member)
    {
        return JsonText::memberPath(path, member);
    }

    Error problem(const QString& path, const QString& reason) const
    {
        return SeedParser::located(Error::make(ErrorCode::InvalidSeed, reason), m_content, m_fileName, path);
    }

    // `path` empty for the top level; a step's "op" was checked before.
    Status checkMembers(const json& object, const QString& path, const std::vector<Member>& members) const
    {
        for (const auto& [name, value] : object.items()) {
            if (name == "$comment" || (name == "op" && !path.isEmpty()))
                continue;
            const Member* member = nullptr;
            for (const Member& candidate : members) {
                if (name == candidate.name)
                    member = &candidate;
            }
            const QString memberPath = memberPathOf(path, QString::fromStdString(name));
            if (!member)
                return problem(memberPath, QStringLiteral("unknown member"));
            if (!hasKind(value, member->kind))
                return problem(memberPath, QStringLiteral("must be %1").arg(kindText(member->kind)));
        }
        for (const Member& member : members) {
            if (member.required && !object.contains(member.name))
                return problem(memberPathOf(path, QLatin1String(member.name)),
                               QStringLiteral("missing (required)"));
        }
        return {};
    }

    Result<SeedStep> step(const json& object, int index) const
    {
        const QString path = QStringLiteral("steps[%1]").arg(index);
        if (!object.is_object())
            return problem(path, QStringLiteral("must be an object"));
        const auto op = object.find("op");
        if (op == object.end())
            return problem(path + QStringLiteral(".op"), QStringLiteral("missing (required)"));
        if (!op->is_string())
            return problem(path + QStringLiteral(".op"), QStringLiteral("must be a string"));
        const QString opName = QString::fromStdString(op->get<std::string>());
        const auto parsed = SeedStep::parseOp(opName);
        if (!parsed)
            return problem(path + QStringLiteral(".op"),
                           QStringLiteral("unknown operation \"%1\" (known: tenant.ensure, user.ensure, "
                                          "membership.ensure, membership.addRoles, membership.removeRoles, "
                                          "config.set, config.reset, write)")
                               .arg(opName));
        if (auto ok = checkMembers(object, path, membersOf(*parsed)); !ok)
            return ok.error();
        SeedStep step;
        step.index = index;
        step.op = *parsed;
        step.key = text(object, "key");
        step.name = text(object, "name");
        step.email = text(object, "email");
        step.displayName = text(object, "displayName");
        step.locale = text(object, "locale");
        step.passwordHash = text(object, "passwordHash");
        step.tenant = text(object, "tenant");
        step.scope = config::ConfigKey::parseScope(text(object, "scope"));
        step.user = text(object, "user");
        step.valueFromEnv = text(object, "valueFromEnv");
        step.handler = text(object, "handler");
        if (object.contains("enabled"))
            step.enabled = object["enabled"].get<bool>();
        if (object.contains("emailVerified"))
            step.emailVerified = object["emailVerified"].get<bool>();
        if (object.contains("roles")) {
            QStringList roles;
            for (const json& role : object["roles"])
                roles.append(QString::fromStdString(role.get<std::string>()));
            step.roles = roles;
        }
        if (object.contains("value"))
            step.value = object["value"];
        if (object.contains("payload"))
            step.payload = object["payload"];
        if (auto ok = checkRules(step, path); !ok)
            return ok.error();
        return step;
    }

private:
    // Rules that span members.
    Status checkRules(const SeedStep& step, const QString& path) const
    {
        const bool membershipOp = step.op == StepOp::MembershipEnsure ||
                                  step.op == StepOp::MembershipAddRoles ||
                                  step.op == StepOp::MembershipRemoveRoles;
        if (membershipOp && step.roles->isEmpty())
            return problem(path + QStringLiteral(".roles"), QStringLiteral("must name at least one role"));
        if (step.tenant == QLatin1String("*") && step.op != StepOp::MembershipAddRoles &&
            step.op != StepOp::MembershipRemoveRoles)
            return problem(
                path + QStringLiteral(".tenant"),
                QStringLiteral("\"*\" is only allowed for membership.addRoles and membership.removeRoles"));
        if (step.op == StepOp::ConfigSet || step.op == StepOp::ConfigReset)
            return checkConfigTarget(step, path);
        return {};
    }

    Status checkConfigTarget(const SeedStep& step, const QString& path) const
    {
        if (!step.scope)
            return problem(path + QStringLiteral(".scope"), QStringLiteral("must be system, tenant or user"));
        const config::Scope scope = *step.scope;
        if (scope == config::Scope::System && !step.tenant.isEmpty())
            return problem(path + QStringLiteral(".tenant"), QStringLiteral("not allowed for system scope"));
        if (scope != config::Scope::User && !step.user.isEmpty())
            return problem(path + QStringLiteral(".user"),
                           QStringLiteral("only allowed for user scope (scope is %1)")
                               .arg(config::ConfigKey::scopeName(scope)));
        if (scope == config::Scope::User && step.user.isEmpty())
            return problem(path + QStringLiteral(".user"), QStringLiteral("required for user scope"));
        if (scope == config::Scope::User && step.tenant.isEmpty())
            return problem(path + QStringLiteral(".tenant"),
                           QStringLiteral("required for user scope (the user's value lives in a tenant)"));
        if (step.op != StepOp::ConfigSet)
            return {};
        if (step.value.has_value() == !step.valueFromEnv.isEmpty())
            return problem(path + QStringLiteral(".value"),
                           QStringLiteral("give exactly one of value and valueFromEnv"));
        static const QRegularExpression envName(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
        if (!step.valueFromEnv.isEmpty() && !envName.match(step.valueFromEnv).hasMatch())
            return problem(
                path + QStringLiteral(".valueFromEnv"),
                QStringLiteral("\"%1\" is not an environment variable name").arg(step.valueFromEnv));
        return {};
    }

    const QByteArray& m_content;
    QString m_fileName;
};

} // namespace

Error SeedParser::located(Error error, const QByteArray& content, const QString& fileName,
                          const QString& path)
{
    const QString at = JsonText::where(content, fileName, path);
    error.message = QStringLiteral("%1: %2: %3").arg(at, path, error.message);
    error.field = path;
    error.context = at;
    return error;
}

Result<SeedMigration> SeedParser::parse(const QByteArray& content, const QString& fileName)
{
    auto parsed = JsonText::parse(content, fileName);
    if (!parsed)
        return parsed.error();
    json& document = parsed.value();
    const Checker checker(content, fileName);
    if (!document.is_object())
        return checker.problem(QStringLiteral("$"), QStringLiteral("must be a JSON object"));
    const std::vector<Member> top = {
        {"description", Kind::Text, true}, {"skippable", Kind::Bool, false}, {"steps", Kind::Any, true}};
    if (auto ok = checker.checkMembers(document, QString(), top); !ok)
        return ok.error();
    if (!document["steps"].is_array())
        return checker.problem(QStringLiteral("steps"), QStringLiteral("must be an array"));
    SeedMigration migration;
    migration.description = text(document, "description");
    migration.skippable = document.value("skippable", false);
    int index = 0;
    for (const json& object : document["steps"]) {
        auto step = checker.step(object, index++);
        if (!step)
            return step.error();
        migration.steps.append(std::move(step).value());
    }
    return migration;
}

} // namespace kumiko::esops
