#include "config/ProjectManifest.h"

#include "common/JsonDom.h"
#include "common/JsonText.h"
#include "config/KeyName.h"
#include "config/ValueValidator.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QStringBuilder>

namespace kumiko::config {
namespace {

using Json = nlohmann::json;
using Element = simdjson::dom::element;
using simdjson::dom::element_type;

QString qs(std::string_view text)
{
    return JsonDom::text(text);
}

QUtf8StringView utf8(std::string_view text)
{
    return {text.data(), qsizetype(text.size())};
}

QString member(const QString& path, const QString& name)
{
    return JsonText::memberPath(path, name);
}

QString element(const QString& path, size_t index)
{
    return path % QLatin1Char('[') % QString::number(index) % QLatin1Char(']');
}

// Where a value is: a path, or a member of a path whose text is built only when a message needs it
// (a large manifest has tens of thousands of members and, normally, no message at all).
class Where
{
public:
    Where(const QString& path)
        : m_path(&path)
    {}
    Where(const QString& parent, std::string_view name)
        : m_path(&parent)
        , m_name(name)
        , m_named(true)
    {}
    Where(const Where& parent, std::string_view name)
        : m_parent(&parent)
        , m_name(name)
        , m_named(true)
    {}

    QString text() const
    {
        const QString base = m_parent ? m_parent->text() : *m_path;
        return m_named ? member(base, qs(m_name)) : base;
    }

private:
    const QString* m_path = nullptr;
    const Where* m_parent = nullptr;
    std::string_view m_name;
    bool m_named = false;
};

// How many entries the features declare in `config.<part>` (their keys or seeds): the lists are
// reserved once, so that no key or seed is moved to grow them.
qsizetype declaredCount(Element features, std::string_view part)
{
    qsizetype count = 0;
    for (auto [name, feature] : JsonDom::sortedMembers(features)) {
        Element declared;
        if (feature.at_key("config").at_key(part).get(declared) != simdjson::SUCCESS)
            continue;
        if (declared.is_object())
            count += qsizetype(declared.get_object().value_unsafe().size());
        else if (declared.is_array())
            count += qsizetype(declared.get_array().value_unsafe().size());
    }
    return count;
}

// Seeds for the same key, tenant and user are duplicates.
struct SeedIdentity
{
    QString key;
    QString tenant;
    QString user;

    bool operator==(const SeedIdentity&) const = default;
    friend size_t qHash(const SeedIdentity& identity, size_t seed = 0)
    {
        return qHashMulti(seed, identity.key, identity.tenant, identity.user);
    }
};

} // namespace

/// Walks the parsed document once, building the manifest and collecting every issue. Members are read
/// by name, the order the manifest has always listed keys and issues in.
class ManifestReader
{
public:
    explicit ManifestReader(ProjectManifest& manifest)
        : m_manifest(manifest)
    {}

    void read(Element root)
    {
        if (!root.is_object()) {
            issue(QString(), QStringLiteral("the document must be a JSON object"));
            return;
        }
        const QString document;
        for (auto [name, value] : JsonDom::sortedMembers(root)) {
            const Where path(document, name);
            if (name == "features")
                readFeatures(path.text(), value);
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
    // A feature's name as written and the prefix of its qualified keys, kebab-cased once.
    struct Feature
    {
        QString name;
        QString keyPrefix; ///< `<kebab(name)>:config:`
    };

    void issue(const Where& where, const QString& reason) { issues.append({where.text(), reason, {}}); }
    void unknownMember(const Where& where) { issue(where, QStringLiteral("unknown member")); }
    void wrongType(const Where& where, const QString& expected, Element value)
    {
        issue(where, QStringLiteral("must be %1, not %2").arg(expected, JsonDom::typeName(value)));
    }

    Json rawObject(const Where& path, Element value)
    {
        if (!value.is_object()) {
            wrongType(path, QStringLiteral("an object"), value);
            return Json();
        }
        return JsonDom::toJson(value);
    }

    bool expectObject(const Where& path, Element value)
    {
        if (value.is_object())
            return true;
        wrongType(path, QStringLiteral("an object"), value);
        return false;
    }

    std::optional<std::string_view> stringView(const Where& path, Element value)
    {
        if (value.is_string())
            return std::string_view(value);
        wrongType(path, QStringLiteral("a string"), value);
        return std::nullopt;
    }

    std::optional<QString> string(const Where& path, Element value)
    {
        if (auto text = stringView(path, value))
            return qs(*text);
        return std::nullopt;
    }

    std::optional<bool> boolean(const Where& path, Element value)
    {
        if (value.is_bool())
            return bool(value);
        wrongType(path, QStringLiteral("a boolean"), value);
        return std::nullopt;
    }

    void readFeatures(const QString& path, Element features)
    {
        if (!expectObject(path, features))
            return;
        m_manifest.m_keys.reserve(declaredCount(features, "keys"));
        m_manifest.m_seeds.reserve(declaredCount(features, "seeds"));
        for (auto [name, feature] : JsonDom::sortedMembers(features)) {
            const QString featurePath = member(path, qs(name));
            const QString kebab = KeyName::kebab(qs(name));
            if (!KeyName::isValidSegment(kebab))
                issue(featurePath, QStringLiteral("the feature name must give a kebab-case name matching "
                                                  "^[a-z][a-z0-9-]*$"));
            if (!expectObject(featurePath, feature))
                continue;
            for (auto [part, value] : JsonDom::sortedMembers(feature)) {
                if (part == "config")
                    readConfig(member(featurePath, QStringLiteral("config")),
                               {qs(name), kebab + QStringLiteral(":config:")}, value);
                else
                    unknownMember(member(featurePath, qs(part)));
            }
        }
    }

    void readConfig(const QString& path, const Feature& feature, Element config)
    {
        if (!expectObject(path, config))
            return;
        for (auto [name, value] : JsonDom::sortedMembers(config)) {
            const QString partPath = member(path, qs(name));
            if (name == "keys")
                readKeys(partPath, feature, value);
            else if (name == "seeds")
                readSeeds(partPath, feature, value);
            else
                unknownMember(partPath);
        }
    }

    void readKeys(const QString& path, const Feature& feature, Element keys)
    {
        if (!expectObject(path, keys))
            return;
        for (auto [name, value] : JsonDom::sortedMembers(keys)) {
            const Where keyPath(path, name);
            if (!expectObject(keyPath, value))
                continue;
            ConfigKey key;
            key.feature = feature.name;
            key.localName = qs(name);
            const QString kebab = KeyName::kebab(key.localName);
            key.qualifiedName = feature.keyPrefix + kebab;
            if (!KeyName::isValidSegment(kebab))
                issue(keyPath, QStringLiteral("the key name must give a kebab-case name matching "
                                              "^[a-z][a-z0-9-]*$"));
            if (readKey(keyPath, value, key)) {
                const QString qualified = key.qualifiedName;
                if (!m_manifest.m_keys.add(std::move(key))) {
                    const ConfigKey* first = m_manifest.m_keys.find(qualified);
                    const QString firstPath =
                        member(member(member(member(QStringLiteral("features"), first->feature),
                                             QStringLiteral("config")),
                                      QStringLiteral("keys")),
                               first->localName);
                    issue(keyPath, QStringLiteral("duplicate config key %1 (declared before at %2)")
                                       .arg(qualified, firstPath));
                }
            }
        }
    }

    // Fills `key` from its declaration; false when the declaration has problems.
    bool readKey(const Where& path, Element declaration, ConfigKey& key)
    {
        const qsizetype before = issues.size();
        bool hasScope = false;
        bool hasType = false;
        for (auto [name, value] : JsonDom::sortedMembers(declaration)) {
            const Where memberPath(path, name);
            if (name == "scope") {
                hasScope = true;
                if (auto text = stringView(memberPath, value)) {
                    if (auto scope = ConfigKey::parseScope(utf8(*text))) {
                        key.scope = *scope;
                    } else {
                        issue(memberPath, QStringLiteral("must be one of system, tenant, user"));
                    }
                }
            } else if (name == "type") {
                hasType = true;
                if (auto text = stringView(memberPath, value)) {
                    if (auto type = ConfigKey::parseType(utf8(*text))) {
                        key.type = *type;
                    } else {
                        issue(memberPath, QStringLiteral("must be one of text, number, boolean, select"));
                    }
                }
            } else if (name == "default") {
                key.defaultValue = JsonDom::toJson(value);
            } else if (name == "encrypted") {
                key.encrypted = boolean(memberPath, value).value_or(false);
            } else if (name == "required") {
                key.required = boolean(memberPath, value).value_or(false);
            } else if (name == "bounds") {
                readBounds(memberPath, value, key);
            } else if (name == "pattern") {
                if (auto text = string(memberPath, value)) {
                    key.pattern = *text;
                    key.compiledPattern = compiled(*text);
                    if (!key.compiledPattern->isValid())
                        issue(memberPath, QStringLiteral("not a valid regular expression: %1")
                                              .arg(key.compiledPattern->errorString()));
                }
            } else if (name == "options") {
                readOptions(memberPath, value, key);
            } else if (name == "env") {
                if (auto text = string(memberPath, value)) {
                    key.env = *text;
                    if (!isEnvironmentName(*text))
                        issue(memberPath, QStringLiteral("not a valid environment variable name"));
                }
            } else {
                unknownMember(memberPath);
            }
        }
        if (!hasScope)
            issue(member(path.text(), QStringLiteral("scope")),
                  QStringLiteral("missing (system, tenant or user)"));
        if (!hasType)
            issue(member(path.text(), QStringLiteral("type")),
                  QStringLiteral("missing (text, number, boolean or select)"));
        if (issues.size() == before)
            checkKeyCombination(path, key);
        return issues.size() == before;
    }

    // Keys often share a pattern: each text is compiled once (QRegularExpression is implicitly shared).
    QRegularExpression compiled(const QString& pattern)
    {
        auto it = m_patterns.find(pattern);
        if (it == m_patterns.end())
            it = m_patterns.insert(pattern, QRegularExpression(pattern));
        return *it;
    }

    static bool isEnvironmentName(const QString& name)
    {
        const auto allowed = [](QChar c, bool first) {
            return c == QLatin1Char('_') || (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                   (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
                   (!first && c >= QLatin1Char('0') && c <= QLatin1Char('9'));
        };
        for (qsizetype i = 0; i < name.size(); ++i)
            if (!allowed(name.at(i), i == 0))
                return false;
        return !name.isEmpty();
    }

    void readBounds(const Where& path, Element bounds, ConfigKey& key)
    {
        if (!expectObject(path, bounds))
            return;
        for (auto [name, value] : JsonDom::sortedMembers(bounds)) {
            const Where memberPath(path, name);
            if (name != "min" && name != "max") {
                unknownMember(memberPath);
            } else if (!value.is_number()) {
                wrongType(memberPath, QStringLiteral("a number"), value);
            } else {
                (name == "min" ? key.min : key.max) = JsonDom::toJson(value).get<double>();
            }
        }
    }

    void readOptions(const Where& path, Element options, ConfigKey& key)
    {
        if (!options.is_array()) {
            wrongType(path, QStringLiteral("an array of strings"), options);
            return;
        }
        size_t i = 0;
        for (Element option : JsonDom::items(options)) {
            const size_t index = i++;
            if (!option.is_string()) {
                wrongType(element(path.text(), index), QStringLiteral("a string"), option);
                continue;
            }
            const QString text = qs(std::string_view(option));
            if (key.options.contains(text))
                issue(element(path.text(), index), QStringLiteral("duplicate option \"%1\"").arg(text));
            key.options.append(text);
        }
    }

    void checkKeyCombination(const Where& path, const ConfigKey& key)
    {
        const bool isNumber = key.type == ValueType::Number;
        if ((key.min || key.max) && !isNumber)
            issue(member(path.text(), QStringLiteral("bounds")),
                  QStringLiteral("bounds apply to number keys only"));
        if (key.min && key.max && *key.min > *key.max)
            issue(member(path.text(), QStringLiteral("bounds")),
                  QStringLiteral("min %1 is greater than max %2").arg(*key.min).arg(*key.max));
        if (!key.pattern.isEmpty() && key.type != ValueType::Text)
            issue(member(path.text(), QStringLiteral("pattern")),
                  QStringLiteral("pattern applies to text keys only"));
        if (key.type == ValueType::Select && key.options.isEmpty())
            issue(member(path.text(), QStringLiteral("options")),
                  QStringLiteral("a select key needs options"));
        if (key.type != ValueType::Select && !key.options.isEmpty())
            issue(member(path.text(), QStringLiteral("options")),
                  QStringLiteral("options apply to select keys only"));
        if (!key.defaultValue)
            return;
        const auto defaultPath = [&path] {
            return member(path.text(), QStringLiteral("default"));
        };
        if (key.encrypted)
            issue(defaultPath(),
                  QStringLiteral("an encrypted key cannot have a default (it would be stored in "
                                 "plain text in kumiko.json)"));
        else if (auto problem = ValueValidator::check(key, *key.defaultValue))
            issue(defaultPath(),
                  QStringLiteral("%1: %2").arg(ErrorCodes::name(problem->reason), problem->message));
    }

    void readSeeds(const QString& path, const Feature& feature, Element seeds)
    {
        if (!seeds.is_array()) {
            wrongType(path, QStringLiteral("an array"), seeds);
            return;
        }
        size_t i = 0;
        for (Element declaration : JsonDom::items(seeds)) {
            const QString seedPath = element(path, i++);
            if (!expectObject(seedPath, declaration))
                continue;
            if (auto seed = readSeed(seedPath, feature, declaration))
                m_manifest.m_seeds.append(std::move(*seed));
        }
    }

    std::optional<ConfigSeed> readSeed(const QString& path, const Feature& feature, Element declaration)
    {
        const qsizetype before = issues.size();
        ConfigSeed seed;
        seed.jsonPath = path;
        bool hasKey = false;
        bool hasValueFromEnv = false;
        for (auto [name, value] : JsonDom::sortedMembers(declaration)) {
            const Where memberPath(path, name);
            if (name == "key") {
                hasKey = true;
                if (auto text = string(memberPath, value))
                    seed.key = qualifiedSeedKey(memberPath, feature, *text);
            } else if (name == "scope") {
                if (auto text = stringView(memberPath, value)) {
                    seed.scope = ConfigKey::parseScope(utf8(*text));
                    if (!seed.scope)
                        issue(memberPath, QStringLiteral("must be one of system, tenant, user"));
                }
            } else if (name == "tenant") {
                seed.tenant = string(memberPath, value).value_or(QString());
            } else if (name == "user") {
                seed.user = string(memberPath, value).value_or(QString());
            } else if (name == "value") {
                seed.value = JsonDom::toJson(value);
            } else if (name == "valueFromEnv") {
                hasValueFromEnv = true;
                seed.valueFromEnv = string(memberPath, value).value_or(QString());
            } else {
                unknownMember(memberPath);
            }
        }
        if (!hasKey)
            issue(member(path, QStringLiteral("key")), QStringLiteral("missing"));
        if (seed.value.has_value() == hasValueFromEnv)
            issue(path, QStringLiteral("a seed needs exactly one of value and valueFromEnv"));
        if (issues.size() != before)
            return std::nullopt;
        return seed;
    }

    QString qualifiedSeedKey(const Where& path, const Feature& feature, const QString& key)
    {
        if (!key.contains(QLatin1Char(':')))
            return feature.keyPrefix + KeyName::kebab(key);
        if (!KeyName::isQualified(key))
            issue(path, QStringLiteral("a qualified key has the form <feature>:config:<key> in kebab case"));
        return key;
    }

    // Seed rules that need every key: scope depth, tenant and user, value; duplicates. Seeds with a
    // problem are dropped in place.
    void checkSeeds()
    {
        QList<ConfigSeed>& seeds = m_manifest.m_seeds;
        QHash<SeedIdentity, QString> seen;
        seen.reserve(seeds.size());
        qsizetype kept = 0;
        for (ConfigSeed& seed : seeds) {
            if (!checkSeed(seed, seen))
                continue;
            if (&seeds[kept] != &seed)
                seeds[kept] = std::move(seed);
            ++kept;
        }
        seeds.resize(kept);
    }

    // False when the seed has a problem.
    bool checkSeed(const ConfigSeed& seed, QHash<SeedIdentity, QString>& seen)
    {
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
            issue(seed.jsonPath, QStringLiteral("a user seed needs both tenant and user (a user row without "
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
            return false;
        QString& first = seen[{seed.key, seed.tenant, seed.user}];
        if (first.isNull())
            first = seed.jsonPath;
        else
            issue(seed.jsonPath,
                  QStringLiteral("duplicate seed for the same key, tenant and user as %1").arg(first));
        return true;
    }

    ProjectManifest& m_manifest;
    QHash<QString, QRegularExpression> m_patterns;
};

Result<ProjectManifest> ProjectManifest::load(const QString& projectDir)
{
    const QString path = QDir(projectDir).absoluteFilePath(fileName());
    QFile file(path);
    if (!file.exists())
        return Error::make(ErrorCode::ManifestNotFound,
                           QStringLiteral("%1 does not exist (use --project DIR)").arg(path));
    const auto unreadable = [&] {
        return Error::make(ErrorCode::ManifestUnreadable,
                           QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    };
    if (!file.open(QIODevice::ReadOnly))
        return unreadable();
    // Read with room for the parser's padding, so that it needs no copy of its own: a large manifest
    // is megabytes, and fresh memory is what a load mostly pays for.
    QByteArray text(qsizetype(file.size()) + qsizetype(simdjson::SIMDJSON_PADDING), Qt::Uninitialized);
    const qint64 read = file.read(text.data(), file.size());
    if (read < 0)
        return unreadable();
    text.resize(qsizetype(read)); // keeps the allocation, padding included
    return parseText(text, path, nullptr, true);
}

Result<ProjectManifest> ProjectManifest::parse(const QByteArray& text, const QString& file,
                                               QList<ManifestIssue>* issues)
{
    return parseText(text, file, issues, false);
}

Result<ProjectManifest> ProjectManifest::parseText(const QByteArray& text, const QString& file,
                                                   QList<ManifestIssue>* issues, bool padded)
{
    simdjson::dom::parser parser;
    Element root;
    const simdjson::error_code parseError =
        parser.parse(text.constData(), size_t(text.size()), !padded).get(root);
    if (parseError != simdjson::SUCCESS || JsonDom::hasDuplicateMember(root)) {
        // The strict parser names the problem and where it is; simdjson only that there is one.
        auto parsed = JsonText::parse(text, file);
        Error error = parsed
                          ? Error::make(ErrorCode::InvalidManifest,
                                        QStringLiteral("%1: %2").arg(
                                            file, QString::fromLatin1(simdjson::error_message(parseError))))
                          : parsed.error();
        if (parsed)
            error.context = file;
        if (issues)
            *issues = {{error.field, error.message.mid(error.context.size() + 2), error.context}};
        error.code = ErrorCode::InvalidManifest;
        return error;
    }
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
