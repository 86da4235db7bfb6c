// What the Configuration page shows per key besides its cascade, against a real database: its history
// (who, when, old → new, newest first, paged), which tenants and users have their own value (paged),
// and the demo's development master key, which only the embedded database gets.
#include "TestDatabase.h"
#include "TestMacros.h"
#include "config/ConfigValueWriter.h"
#include "config/DevelopmentMasterKey.h"
#include "config/EnvelopeCipher.h"
#include "config/KeyHistory.h"
#include "config/KeyOverrides.h"
#include "config/ProjectManifest.h"
#include "db/Transaction.h"
#include "domain/Actor.h"
#include "domain/HandlerRegistry.h"
#include "domain/WellKnownIds.h"

#include <QtTest>

using namespace kumiko;
using namespace kumiko::config;
using kumiko::test::TestDatabase;

namespace {

const QString uploadKey = QStringLiteral("billing:config:max-upload-size-mb");
const QString stripeKey = QStringLiteral("billing:config:stripe-key");
const QString themeKey = QStringLiteral("ui:config:theme");
const QString masterKey = QStringLiteral("AwoRGB8mLTQ7QklQV15lbHN6gYiPlp2kq7K5wMfO1dw=");

} // namespace

class TestConfigKeyDetails : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void historyNamesWhoWhenAndOldToNew();
    void historyPagesNewestFirst();
    void overridesListEveryOwnValueInPages();
    void encryptedValuesAreFlagged();
    void developmentKeyOnlyOnTheEmbeddedDatabase();

private:
    void set(const ConfigTarget& target, const nlohmann::json& value, const domain::Actor& actor);

    ProjectManifest m_manifest;
    QString m_acme;
    QString m_globex;
    QString m_admin;
    domain::Actor m_adminActor;
};

void TestConfigKeyDetails::initTestCase()
{
    KUMIKO_VERIFY_OK(TestDatabase::create(QStringLiteral("tst_config_key_details")));
    auto manifest = ProjectManifest::load(QStringLiteral(KUMIKO_DEMO_PROJECT));
    KUMIKO_VERIFY_OK(manifest);
    m_manifest = manifest.value();
    const domain::HandlerRegistry registry = domain::HandlerRegistry::standard();
    QSqlDatabase db = TestDatabase::connection();
    db::Transaction transaction(db);
    KUMIKO_VERIFY_OK(transaction.begin());
    const auto idOf = [](const Result<domain::HandlerOutcome>& outcome) {
        return outcome ? QString::fromStdString(outcome->result["id"].get<std::string>()) : QString();
    };
    m_acme = idOf(registry.dispatch(db, QStringLiteral("tenant:write:create"),
                                    {{"key", "acme"}, {"name", "Acme"}}, domain::Actor::systemAdmin()));
    m_globex = idOf(registry.dispatch(db, QStringLiteral("tenant:write:create"),
                                      {{"key", "globex"}, {"name", "Globex"}}, domain::Actor::systemAdmin()));
    m_admin = idOf(registry.dispatch(db, QStringLiteral("user:write:user:create"),
                                     {{"email", "admin@example.com"}, {"displayName", "Admin"}},
                                     domain::Actor::systemAdmin()));
    KUMIKO_VERIFY_OK(transaction.commit());
    QVERIFY(!m_acme.isEmpty() && !m_globex.isEmpty() && !m_admin.isEmpty());
    m_adminActor = {m_admin, domain::WellKnownIds::systemTenantId(), {QStringLiteral("SystemAdmin")}, {}, {}};
}

void TestConfigKeyDetails::set(const ConfigTarget& target, const nlohmann::json& value,
                               const domain::Actor& actor)
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("KUMIKO_SECRETS_MASTER_KEY_V1"), masterKey);
    KUMIKO_VERIFY_OK(
        ConfigValueWriter(m_manifest.keys(), env).set(TestDatabase::connection(), target, value, actor));
}

void TestConfigKeyDetails::historyNamesWhoWhenAndOldToNew()
{
    set({uploadKey, Scope::Tenant, m_acme, {}}, 50, m_adminActor);
    set({uploadKey, Scope::Tenant, m_acme, {}}, 75, domain::Actor::systemAdmin());
    KUMIKO_VERIFY_OK(
        ConfigValueWriter(m_manifest.keys())
            .reset(TestDatabase::connection(), {uploadKey, Scope::Tenant, m_acme, {}}, m_adminActor));
    auto history = KeyHistory::read(TestDatabase::connection(), uploadKey, 10);
    KUMIKO_VERIFY_OK(history);
    QCOMPARE(history->changes.size(), 3);
    QCOMPARE(history->nextAfter, qint64(0));
    const KeyChange& deleted = history->changes.at(0);
    QCOMPARE(deleted.verb, QStringLiteral("deleted"));
    QCOMPARE(deleted.oldValue, std::optional(QStringLiteral("75")));
    QVERIFY(!deleted.newValue);
    QCOMPARE(deleted.byName, QStringLiteral("admin@example.com"));
    QCOMPARE(deleted.tenantKey, QStringLiteral("acme"));
    QVERIFY(deleted.at.isValid());
    const KeyChange& updated = history->changes.at(1);
    QCOMPARE(updated.verb, QStringLiteral("updated"));
    QCOMPARE(updated.oldValue, std::optional(QStringLiteral("50")));
    QCOMPARE(updated.newValue, std::optional(QStringLiteral("75")));
    QCOMPARE(updated.byId, domain::WellKnownIds::systemUserId());
    QVERIFY(updated.byName.isEmpty()); // the system user has no row
    const KeyChange& created = history->changes.at(2);
    QCOMPARE(created.verb, QStringLiteral("created"));
    QVERIFY(!created.oldValue);
    QCOMPARE(created.newValue, std::optional(QStringLiteral("50")));
    // Another key's events are not part of it.
    set({themeKey, Scope::User, m_acme, m_admin}, "dark", m_adminActor);
    auto again = KeyHistory::read(TestDatabase::connection(), uploadKey, 10);
    KUMIKO_VERIFY_OK(again);
    QCOMPARE(again->changes.size(), 3);
    auto theme = KeyHistory::read(TestDatabase::connection(), themeKey, 10);
    KUMIKO_VERIFY_OK(theme);
    QCOMPARE(theme->changes.size(), 1);
    QCOMPARE(theme->changes.first().userEmail, QStringLiteral("admin@example.com"));
}

void TestConfigKeyDetails::historyPagesNewestFirst()
{
    for (int value = 1; value <= 5; ++value)
        set({uploadKey, Scope::Tenant, m_globex, {}}, 100 + value, m_adminActor);
    QList<qint64> seen;
    qint64 after = 0;
    do {
        auto page = KeyHistory::read(TestDatabase::connection(), uploadKey, 3, after);
        KUMIKO_VERIFY_OK(page);
        QVERIFY(page->changes.size() <= 3);
        for (const KeyChange& change : page->changes)
            seen << change.eventId;
        after = page->nextAfter;
    } while (after != 0);
    QCOMPARE(seen.size(), 8); // 3 of acme, 5 of globex
    QVERIFY(std::is_sorted(seen.rbegin(), seen.rend()));
    QCOMPARE(QSet<qint64>(seen.begin(), seen.end()).size(), seen.size());
}

void TestConfigKeyDetails::overridesListEveryOwnValueInPages()
{
    set({uploadKey, Scope::System, {}, {}}, 20, m_adminActor);
    set({uploadKey, Scope::Tenant, m_acme, {}}, 30, m_adminActor);
    QList<KeyOverride> all;
    QString after;
    int pages = 0;
    do {
        auto page = KeyOverrides::read(TestDatabase::connection(), uploadKey, 1, after);
        KUMIKO_VERIFY_OK(page);
        QVERIFY(page->overrides.size() <= 1);
        all += page->overrides;
        after = page->nextAfter;
        ++pages;
    } while (!after.isEmpty());
    QCOMPARE(all.size(), 3); // system, acme, globex
    QCOMPARE(pages, 3);
    QStringList seen;
    for (const KeyOverride& entry : all)
        seen << QStringLiteral("%1 %2 %3")
                    .arg(ConfigKey::scopeName(entry.level), entry.tenantKey, entry.value.value_or(QString()));
    seen.sort();
    QCOMPARE(seen, (QStringList{QStringLiteral("system  20"), QStringLiteral("tenant acme 30"),
                                QStringLiteral("tenant globex 105")}));
    auto users = KeyOverrides::read(TestDatabase::connection(), themeKey, 10);
    KUMIKO_VERIFY_OK(users);
    QCOMPARE(users->overrides.size(), 1);
    QCOMPARE(users->overrides.first().level, Scope::User);
    QCOMPARE(users->overrides.first().userEmail, QStringLiteral("admin@example.com"));
}

void TestConfigKeyDetails::encryptedValuesAreFlagged()
{
    set({stripeKey, Scope::Tenant, m_acme, {}}, "sk_test_1", m_adminActor);
    auto history = KeyHistory::read(TestDatabase::connection(), stripeKey, 10);
    KUMIKO_VERIFY_OK(history);
    QCOMPARE(history->changes.size(), 1);
    QVERIFY(history->changes.first().encrypted);
    auto overrides = KeyOverrides::read(TestDatabase::connection(), stripeKey, 10);
    KUMIKO_VERIFY_OK(overrides);
    QCOMPARE(overrides->overrides.size(), 1);
    QVERIFY(overrides->overrides.first().encrypted);
}

void TestConfigKeyDetails::developmentKeyOnlyOnTheEmbeddedDatabase()
{
    db::ConnectionSettings server;
    db::ConnectionSettings embedded;
    embedded.embedded = true;
    const QProcessEnvironment none;
    QVERIFY(!DevelopmentMasterKey::applies(server, none));
    QVERIFY(!EnvelopeCipher::fromEnvironment(DevelopmentMasterKey::environmentFor(server, none)));
    QVERIFY(DevelopmentMasterKey::applies(embedded, none));
    auto cipher = EnvelopeCipher::fromEnvironment(DevelopmentMasterKey::environmentFor(embedded, none));
    KUMIKO_VERIFY_OK(cipher);
    // A key of one's own always wins, also on the embedded database.
    QProcessEnvironment own;
    own.insert(QStringLiteral("KUMIKO_SECRETS_MASTER_KEY_V1"), masterKey);
    QVERIFY(!DevelopmentMasterKey::applies(embedded, own));
    QCOMPARE(DevelopmentMasterKey::environmentFor(embedded, own)
                 .value(QStringLiteral("KUMIKO_SECRETS_MASTER_KEY_V1")),
             masterKey);
    auto envelope = cipher->encrypt("\"secret\"");
    KUMIKO_VERIFY_OK(envelope);
    auto again = EnvelopeCipher::fromEnvironment(DevelopmentMasterKey::environmentFor(embedded, none));
    KUMIKO_VERIFY_OK(again);
    auto plaintext = again->decrypt(envelope.value());
    KUMIKO_VERIFY_OK(plaintext);
    QCOMPARE(plaintext.value(), QByteArray("\"secret\""));
}

QTEST_MAIN(TestConfigKeyDetails)
#include "tst_config_key_details.moc"
