#include "config/ProjectManifest.h"

#include "common/JsonText.h"
#include "config/KeyName.h"
#include "config/ValueValidator.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>

namespace kumiko::config {
namespace {

using Json = nlohmann::json;

QString qs(const std::string& text)
{
    return QString::fromStdString(text);
}

QString member(const QString& path, const QString& name)
{
    return JsonText::memberPath(path, name);
}

QString element(const QString& path, size_t index)
{
    return path + QStringLiteral("[%1]").arg(index);
}

QString jsonTypeName(const Json& value)
{
    return qs(value.type_name());
}

} // namespace

/// Walks the parsed document once, building the manifest and collecting every issue.
class ManifestReader
{
public:
    explicit ManifestReader(ProjectManifest& manifest)
        : m_manifest(manifest)
    {}

    void read(const Json& root)
    {
        if (!root.is_object()) {
            issue({}, QStringLiteral("the document must be a JSON object"));
            return;
        }
        for (const auto& [name, value] : root.items()) {
            const QString path = member({}, qs(name));
            if (name == "features")
                readFeatures(path, value);
            else if (name == "auth")
                m_manifest.m_auth = rawObject(path, value);
            else if (name == "mail")
                m_manifest.m_mail = rawObject(path, value);
            else
                unknownMember(path);
        }
        checkSeeds();
    }

    QList<ManifestIssue> issues;

private:
    struct PendingSeed
    {
        ConfigSeed seed;
        QString feature;
    };

    void issue(const QString& path, const QString& reason) { issues.append({path, reason}); }
    void unknownMember(const QString& path) { issue(path, QStringLiteral("unknown member")); }
    void wrongType(const QString& path, const QString& expected, const Json& value)
    {
        issue(path, QStringLiteral("must be %1, not %2").arg(expected, jsonTypeName(value)));
    }

    Json rawObject(const QString& path, const Json& value)
    {
        if (!value.is_object()) {
            wrongType(path, QStringLiteral("an object"), value);
            return Json();
        }
        return value;
    }

    bool expectObject(const QString& path, const Json& value)
    {
        if (value.is_object())
            return true;
        wrongType(path, QStringLiteral("an object"), value);
        return false;
    }

    std::optional<QString> string(const QString& path, const Json& value)
    {
        if (value.is_string())
            return qs(value.get<std::string>());
        wrongType(path, QStringLiteral("a string"), value);
        return std::nullopt;
    }

    std::optional<bool> boolean(const QString& path, const Json& value)
    {
        if (value.is_boolean())
            return value.get<bool>();
        wrongType(path, QStringLiteral("a boolean"), value);
        return std::nullopt;
    }

    void readFeatures(const QString& path, const Json& features)
    {
        if (!expectObject(path, features))
            return;
        for (const auto& [name, feature] : features.items()) {
            const QString featurePath = member(path, qs(name));
            if (!KeyName::isValidSegment(KeyName::kebab(qs(name))))
                issue(featurePath, QStringLiteral("the feature name must give a kebab-case name matching "
                                                  "^[a-z][a-z0-9-]*$"));
            if (!expectObject(featurePath, feature))
                continue;
            for (const auto& [part, value] : feature.items()) {
                if (part == "config")
                    readConfig(member(featurePath, QStringLiteral("config")), qs(name), value);
                else
                    unknownMember(member(featurePath, qs(part)));
            }
        }
    }

    void readConfig(const QString& path, const QString& feature, const Json& config)
    {
        if (!expectObject(path, config))
            return;
        for (const auto& [name, value] : config.items()) {
            const QString partPath = member(path, qs(name));
            if (name == "keys")
                readKeys(partPath, feature, value);
            else if (name == "seeds")
                readSeeds(partPath, feature, value);
            else
                unknownMember(partPath);
        }
    }

    void readKeys(const QString& path, const QString& feature, const Json& keys)
    {
        if (!expectObject(path, keys))
            return;
        for (const auto& [name, value] : keys.items()) {
            const QString keyPath = member(path, qs(name));
            if (!expectObject(keyPath, value))
                continue;
            ConfigKey key;
            key.feature = feature;
            key.localName = qs(name);
            key.qualifiedName = KeyName::qualify(feature, key.localName);
            if (!KeyName::isValidSegment(KeyName::kebab(key.localName)))
                issue(keyPath, QStringLiteral("the key name must give a kebab-case name matching "
                                              "^[a-z][a-z0-9-]*$"));
            if (readKey(keyPath, value, key)) {
                const QString qualified = key.qualifiedName;
                if (!m_manifest.m_keys.add(std::move(key)))
                    issue(keyPath, QStringLiteral("duplicate config key %1 (declared before at %2)")
                                       .arg(qualified, m_keyPaths.value(qualified)));
                else
                    m_keyPaths.insert(qualified, keyPath);
            }
        }
    }

    // Fills `key` from its declaration; false when the declaration has problems.
    bool readKey(const QString& path, const Json& declaration, ConfigKey& key)
    {
        const qsizetype before = issues.size();
        for (const auto& [name, value] : declaration.items()) {
            const QString memberPath = member(path, qs(name));
            if (name == "scope") {
                if (auto text = string(memberPath, value)) {
                    if (auto scope = ConfigKey::parseScope(*text)) {
                        key.scope = *scope;
                    } else {
                        issue(memberPath, QStringLiteral("must be one of system, tenant, user"));
                    }
                }
            } else if (name == "type") {
                if (auto text = string(memberPath, value)) {
                    if (auto type = ConfigKey::parseType(*text)) {
                        key.type = *type;
                    } else {
                        issue(memberPath, QStringLiteral("must be one of text, number, boolean, select"));
                    }
                }
            } else if (name == "default") {
                key.defaultValue = value;
            } else if (name == "encrypted") {
                key.encrypted = boolean(memberPath, value).value_or(false);
            } else if (name == "required") {
                key.required = boolean(memberPath, value).value_or(false);
            } else if (name == "bounds") {
                readBounds(memberPath, value, key);
            } else if (name == "pattern") {
                if (auto text = string(memberPath, value)) {
                    key.pattern = *text;
                    key.compiledPattern = QRegularExpression(*text);
                    if (!key.compiledPattern.isValid())
                        issue(memberPath, QStringLiteral("not a valid regular expression: %1")
                                              .arg(key.compiledPattern.errorString()));
                }
            } else if (name == "options") {
                readOptions(memberPath, value, key);
            } else if (name == "env") {
                static const QRegularExpression envName(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
                if (auto text = string(memberPath, value)) {
                    key.env = *text;
                    if (!envName.match(*text).hasMatch())
                        issue(memberPath, QStringLiteral("not a valid environment variable name"));
                }
            } else {
                unknownMember(memberPath);
            }
        }
        if (!declaration.contains("scope"))
            issue(member(path, QStringLiteral("scope")), QStringLiteral("missing (system, tenant or user)"));
        if (!declaration.contains("type"))
            issue(member(path, QStringLiteral("type")),
                  QStringLiteral("missing (text, number, boolean or select)"));
        if (issues.size() == before)
            checkKeyCombination(path, key);
        return issues.size() == before;
    }

    void readBounds(const QString& path, const Json& bounds, ConfigKey& key)
    {
        if (!expectObject(path, bounds))
            return;
        for (const auto& [name, value] : bounds.items()) {
            const QString memberPath = member(path, qs(name));
            if (name != "min" && name != "max") {
                unknownMember(memberPath);
            } else if (!value.is_number()) {
                wrongType(memberPath, QStringLiteral("a number"), value);
            } else {
                (name == "min" ? key.min : key.max) = value.get<double>();
            }
        }
    }

    void readOptions(const QString& path, const Json& options, ConfigKey& key)
    {
        if (!options.is_array()) {
            wrongType(path, QStringLiteral("an array of strings"), options);
            return;
        }
        for (size_t i = 0; i < options.size(); ++i) {
            if (auto text = string(element(path, i), options.at(i))) {
                if (key.options.contains(*text))
                    issue(element(path, i), QStringLiteral("duplicate option \"%1\"").arg(*text));
                key.options.append(*text);
            }
        }
    }

    void checkKeyCombination(const QString& path, const ConfigKey& key)
    {
        const bool isNumber = key.type == ValueType::Number;
        if ((key.min || key.max) && !isNumber)
            issue(member(path, QStringLiteral("bounds")), QStringLiteral("bounds apply to number keys only"));
        if (key.min && key.max && *key.min > *key.max)
            issue(member(path, QStringLiteral("bounds")),
                  QStringLiteral("min %1 is greater than max %2").arg(*key.min).arg(*key.max));
        if (!key.pattern.isEmpty() && key.type != ValueType::Text)
            issue(member(path, QStringLiteral("pattern")),
                  QStringLiteral("pattern applies to text keys only"));
        if (key.type == ValueType::Select && key.options.isEmpty())
            issue(member(path, QStringLiteral("options")), QStringLiteral("a select key needs options"));
        if (key.type != ValueType::Select && !key.options.isEmpty())
            issue(member(path, QStringLiteral("options")),
                  QStringLiteral("options apply to select keys only"));
        if (!key.defaultValue)
            return;
        const QString defaultPath = member(path, QStringLiteral("default"));
        if (key.encrypted)
            issue(defaultPath, QStringLiteral("an encrypted key cannot have a default (it would be stored in "
                                              "plain text in kumiko.json)"));
        else if (auto problem = ValueValidator::check(key, *key.defaultValue))
            issue(defaultPath,
                  QStringLiteral("%1: %2").arg(ErrorCodes::name(problem->reason), problem->message));
    }

    void readSeeds(const QString& path, const QString& feature, const Json& seeds)
    {
        if (!seeds.is_array()) {
            wrongType(path, QStringLiteral("an array"), seeds);
            return;
        }
        for (size_t i = 0; i < seeds.size(); ++i) {
            const QString seedPath = element(path, i);
            if (!expectObject(seedPath, seeds.at(i)))
                continue;
            if (auto seed = readSeed(seedPath, feature, seeds.at(i)))
                m_pendingSeeds.append({std::move(*seed), feature});
        }
    }

    std::optional<ConfigSeed> readSeed(const QString& path, const QString& feature, const Json& declaration)
    {
        const qsizetype before = issues.size();
        ConfigSeed seed;
        seed.jsonPath = path;
        for (const auto& [name, value] : declaration.items()) {
            const QString memberPath = member(path, qs(name));
            if (name == "key") {
                if (auto text = string(memberPath, value))
                    seed.key = qualifiedSeedKey(memberPath, feature, *text);
            } else if (name == "scope") {
                if (auto text = string(memberPath, value)) {
                    seed.scope = ConfigKey::parseScope(*text);
                    if (!seed.scope)
                        issue(memberPath, QStringLiteral("must be one of system, tenant, user"));
                }
            } else if (name == "tenant") {
                seed.tenant = string(memberPath, value).value_or(QString());
            } else if (name == "user") {
                seed.user = string(memberPath, value).value_or(QString());
            } else if (name == "value") {
                seed.value = value;
            } else if (name == "valueFromEnv") {
                seed.valueFromEnv = string(memberPath, value).value_or(QString());
            } else {
                unknownMember(memberPath);
            }
        }
        if (!declaration.contains("key"))
            issue(member(path, QStringLiteral("key")), QStringLiteral("missing"));
        if (seed.value.has_value() == declaration.contains("valueFromEnv"))
            issue(path, QStringLiteral("a seed needs exactly one of value and valueFromEnv"));
        if (issues.size() != before)
            return std::nullopt;
        return seed;
    }

    QString qualifiedSeedKey(const QString& path, const QString& feature, const QString& key)
    {
        if (!key.contains(QLatin1Char(':')))
            return KeyName::qualify(feature, key);
        if (!KeyName::isQualified(key))
            issue(path, QStringLiteral("a qualified key has the form <feature>:config:<key> in kebab case"));
        return key;
    }

    // Seed rules that need every key: scope depth, tenant and user, value; duplicates.
    void checkSeeds()
    {
        QHash<QString, QString> seen;
        for (PendingSeed& pending : m_pendingSeeds) {
            ConfigSeed& seed = pending.seed;
            const ConfigKey* key = m_manifest.m_keys.find(seed.key);
            const std::optional<Scope> scope = seed.scope ? seed.scope
                                               : key      ? std::optional(key->scope)
                                                          : std::nullopt;
            const qsizetype before = issues.size();
            if (key && scope && int(*scope) > int(key->scope))
                issue(member(seed.jsonPath, QStringLiteral("scope")),
                      QStringLiteral("%1 is a %2 key; a %3 seed is deeper than the key's scope")
                          .arg(seed.key, ConfigKey::scopeName(key->scope), ConfigKey::scopeName(*scope)));
            if (scope == Scope::User && (seed.tenant.isEmpty() || seed.user.isEmpty()))
                issue(seed.jsonPath,
                      QStringLiteral("a user seed needs both tenant and user (a user row without "
                                     "its tenant could never be found)"));
            if (scope == Scope::System && !seed.tenant.isEmpty())
                issue(member(seed.jsonPath, QStringLiteral("tenant")),
                      QStringLiteral("a system seed takes no tenant"));
            if (scope != Scope::User && !seed.user.isEmpty())
                issue(member(seed.jsonPath, QStringLiteral("user")),
                      QStringLiteral("only a user seed takes a user"));
            if (key && seed.value)
                if (auto problem = ValueValidator::check(*key, *seed.value))
                    issue(member(seed.jsonPath, QStringLiteral("value")),
                          QStringLiteral("%1: %2").arg(ErrorCodes::name(problem->reason), problem->message));
            if (issues.size() != before)
                continue;
            const QString identity = seed.key + QLatin1Char('|') + seed.tenant + QLatin1Char('|') + seed.user;
            if (seen.contains(identity))
                issue(seed.jsonPath, QStringLiteral("duplicate seed for the same key, tenant and user as %1")
                                         .arg(seen.value(identity)));
            else
                seen.insert(identity, seed.jsonPath);
            m_manifest.m_seeds.append(std::move(seed));
        }
    }

    ProjectManifest& m_manifest;
    QHash<QString, QString> m_keyPaths;
    QList<PendingSeed> m_pendingSeeds;
};

Result<ProjectManifest> ProjectManifest::load(const QString& projectDir)
{
    const QString path = QDir(projectDir).absoluteFilePath(fileName());
    QFile file(path);
    if (!file.exists())
        return Error::make(ErrorCode::ManifestNotFound,
                           QStringLiteral("%1 does not exist (use --project DIR)").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(ErrorCode::ManifestUnreadable,
                           QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    return parse(file.readAll(), path);
}

Result<ProjectManifest> ProjectManifest::parse(const QByteArray& text, const QString& file,
                                               QList<ManifestIssue>* issues)
{
    auto parsed = JsonText::parse(text, file);
    if (!parsed) {
        Error error = parsed.error();
        if (issues)
            *issues = {{error.field, error.message.mid(error.context.size() + 2), error.context}};
        error.code = ErrorCode::InvalidManifest;
        return error;
    }
    const Json& root = parsed.value();
    ProjectManifest manifest;
    manifest.m_filePath = file;
    ManifestReader reader(manifest);
    reader.read(root);
    if (reader.issues.isEmpty()) {
        if (issues)
            issues->clear();
        return manifest;
    }
    for (ManifestIssue& found : reader.issues)
        found.where = JsonText::where(text, file, found.path);
    if (issues)
        *issues = reader.issues;
    Error error =
        Error::make(ErrorCode::InvalidManifest,
                    QStringLiteral("%1 is invalid (%2 problem(s)):").arg(file).arg(reader.issues.size()));
    error.context = file;
    for (const ManifestIssue& found : reader.issues)
        error.message +=
            QStringLiteral("\n  %1: %2: %3")
                .arg(found.where, found.path.isEmpty() ? QStringLiteral("(document)") : found.path,
                     found.reason);
    error.field = reader.issues.first().path;
    return error;
}

} // namespace kumiko::config
