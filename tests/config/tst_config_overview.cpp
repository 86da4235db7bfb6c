// ConfigOverview and StoredValuePresenter against a real database with the demo manifest: effective
// values, sources and cascades for system, tenant and user contexts; seed statuses as values change;
// encrypted values masked, revealed with the master key, and an error (never ciphertext) without it.
#include "TestDatabase.h"
#include "TestMacros.h"
#include "config/ConfigOverview.h"
#include "config/ConfigSeeder.h"
#include "config/ConfigValueWriter.h"
#include "config/EnvelopeCipher.h"
#include "config/SeedId.h"
#include "config/StoredValuePresenter.h"
#include "db/LibpqHandle.h"
#include "db/Transaction.h"
#include "domain/Actor.h"
#include "domain/HandlerRegistry.h"
#include "domain/WellKnownIds.h"

#include <QtTest>

using namespace kumiko;
using namespace kumiko::config;
using kumiko::test::TestDatabase;
using Json = nlohmann::json;

namespace {

const QString masterKey = QStringLiteral("AwoRGB8mLTQ7QklQV15lbHN6gYiPlp2kq7K5wMfO1dw=");
const QString uploadKey = QStringLiteral("billing:config:max-upload-size-mb");
const QString stripeKey = QStringLiteral("billing:config:stripe-key");
const QString themeKey = QStringLiteral("ui:config:theme");
const QString localeKey = QStringLiteral("ui:config:locale");
const QString companyKey = QStringLiteral("ui:config:company-name");

QProcessEnvironment withKey(const QString& key = masterKey)
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("KUMIKO_SECRETS_MASTER_KEY_V1"), key);
    return env;
}

// Level, stored JSON text (or "-" for none) and a mark for the active rung, one line per rung.
QString cascadeOf(const KeyOverview& value)
{
    QStringList rungs;
    for (const CascadeLevel& level : value.resolved.cascade)
        rungs << QStringLiteral("%1%2 %3").arg(
            level.active ? QStringLiteral("> ") : QString(), config::ConfigCascade::sourceName(level.level),
            level.envelope && level.value ? QStringLiteral("<envelope>")
                                          : level.value.value_or(QStringLiteral("-")));
    return rungs.join(QLatin1Char('\n'));
}

} // namespace

class TestConfigOverview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pendingSeedsAndTheirLabels();
    void systemContext();
    void tenantContextByKeyOrId();
    void userContext();
    void seedStatusesFollowWrites();
    void partsAndKeysOnRequest();
    void contextErrors();
    void encryptedValuesAreMasked();
    void revealDecryptsWithTheMasterKey();
    void revealWithoutOrWithAWrongKeyIsAnError();
    void displayText();

private:
    Result<ConfigOverview> read(const OverviewRequest& request = OverviewRequest::everything({}, {}));
    const KeyOverview& valueOf(const ConfigOverview& overview, const QString& key);
    const SeedOverview* seedOf(const ConfigOverview& overview, const QString& key, const QString& tenantId);

    ProjectManifest m_manifest;
    QString m_acme;
    QString m_globex;
    QString m_admin;
};

Result<ConfigOverview> TestConfigOverview::read(const OverviewRequest& request)
{
    QSqlDatabase db = TestDatabase::connection();
    auto overview = ConfigOverview::read(db, m_manifest, request, QProcessEnvironment());
    if (db::LibpqHandle::inTransaction(db))
        return Error::make(ErrorCode::InvalidState, QStringLiteral("the overview left its transaction open"));
    return overview;
}

const KeyOverview& TestConfigOverview::valueOf(const ConfigOverview& overview, const QString& key)
{
    const KeyOverview* value = overview.find(key);
    if (!value)
        qFatal("no value for %s in the overview", qPrintable(key));
    return *value;
}

const SeedOverview* TestConfigOverview::seedOf(const ConfigOverview& overview, const QString& key,
                                               const QString& tenantId)
{
    for (const SeedOverview& seed : overview.seeds())
        if (seed.state.key == key && seed.state.tenantId == tenantId)
            return &seed;
    return nullptr;
}

void TestConfigOverview::initTestCase()
{
    KUMIKO_VERIFY_OK(TestDatabase::create(QStringLiteral("tst_config_overview")));
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
}

void TestConfigOverview::pendingSeedsAndTheirLabels()
{
    auto overview = read();
    KUMIKO_VERIFY_OK(overview);
    QCOMPARE(overview->seeds().size(), 9);
    for (const SeedOverview& seed : overview->seeds())
        QCOMPARE(seed.state.status, config::SeedStatus::Pending);
    const SeedOverview* stripe = seedOf(overview.value(), stripeKey, m_acme);
    QVERIFY(stripe);
    QVERIFY(stripe->encrypted);
    QCOMPARE(stripe->declared.value, Json("sk_test_demo_acme_4242"));
    QVERIFY(!seedOf(overview.value(), themeKey, m_acme)->encrypted);
    // Labels for the tenants and users the seeds name; an id nothing names stays an id.
    QCOMPARE(overview->labels().tenantLabel(m_globex), QStringLiteral("globex"));
    QCOMPARE(overview->labels().userLabel(m_admin), QStringLiteral("admin@example.com"));
    const QString nobody = QStringLiteral("7d4c1e2a-0000-4000-8000-000000000001");
    QCOMPARE(overview->labels().tenantLabel(nobody), nobody);
    QCOMPARE(overview->values().size(), m_manifest.keys().keys().size());
    for (const KeyOverview& value : overview->values())
        QVERIFY2(value.resolved.source == config::ValueSource::Default ||
                     value.resolved.source == config::ValueSource::Missing,
                 qPrintable(value.resolved.key + QLatin1Char(' ') +
                            config::ConfigCascade::sourceName(value.resolved.source)));

    auto seeded = ConfigSeeder::run(TestDatabase::connection(), m_manifest, withKey());
    KUMIKO_VERIFY_OK(seeded);
    QCOMPARE(seeded->created, 9);
}

void TestConfigOverview::systemContext()
{
    auto overview = read();
    KUMIKO_VERIFY_OK(overview);
    QVERIFY(overview->context().tenantId.isEmpty());
    QVERIFY(overview->context().userId.isEmpty());
    const KeyOverview& upload = valueOf(overview.value(), uploadKey);
    QCOMPARE(upload.key.scope, Scope::Tenant);
    QCOMPARE(upload.resolved.source, config::ValueSource::SystemRow); // the tenant fallback seed
    QCOMPARE(upload.resolved.value, QStringLiteral("25"));
    QVERIFY(upload.resolved.seeded);
    QCOMPARE(cascadeOf(upload), QStringLiteral("tenant-row -\n> system-row 25\napp-override -\ndefault 10"));
    const KeyOverview& theme = valueOf(overview.value(), themeKey);
    QCOMPARE(theme.key.scope, Scope::User);
    QCOMPARE(theme.resolved.source, config::ValueSource::Default);
    QVERIFY(!theme.resolved.seeded);
    QCOMPARE(cascadeOf(theme),
             QStringLiteral("user-row -\ntenant-row -\nsystem-row -\napp-override -\n> default \"light\""));
    QCOMPARE(valueOf(overview.value(), stripeKey).resolved.source, config::ValueSource::Missing);
    QCOMPARE(valueOf(overview.value(), localeKey).resolved.value, QStringLiteral("\"en\""));
}

void TestConfigOverview::tenantContextByKeyOrId()
{
    auto byKey = read(OverviewRequest::everything(QStringLiteral("acme"), {}));
    KUMIKO_VERIFY_OK(byKey);
    QCOMPARE(byKey->context().tenantId, m_acme);
    const KeyOverview& company = valueOf(byKey.value(), companyKey);
    QCOMPARE(company.resolved.source, config::ValueSource::TenantRow);
    QCOMPARE(company.resolved.value, QStringLiteral("\"ACME Corporation\""));
    QVERIFY(company.resolved.seeded);
    const KeyOverview& stripe = valueOf(byKey.value(), stripeKey);
    QCOMPARE(stripe.resolved.source, config::ValueSource::TenantRow);
    QVERIFY(stripe.resolved.envelope);
    QVERIFY(EnvelopeCipher::isEnvelope(*stripe.resolved.value));
    QCOMPARE(cascadeOf(stripe),
             QStringLiteral("> tenant-row <envelope>\nsystem-row -\napp-override -\ndefault -"));
    QCOMPARE(valueOf(byKey.value(), uploadKey).resolved.source, config::ValueSource::SystemRow);

    auto byId = read(OverviewRequest::everything(m_acme.toUpper(), {}));
    KUMIKO_VERIFY_OK(byId);
    QCOMPARE(byId->context().tenantId, m_acme);
    QCOMPARE(valueOf(byId.value(), companyKey).resolved.value, company.resolved.value);
}

void TestConfigOverview::userContext()
{
    auto overview =
        read(OverviewRequest::everything(QStringLiteral("acme"), QStringLiteral("Admin@Example.com")));
    KUMIKO_VERIFY_OK(overview);
    QCOMPARE(overview->context().userId, m_admin);
    const KeyOverview& theme = valueOf(overview.value(), themeKey);
    QCOMPARE(theme.resolved.source, config::ValueSource::UserRow);
    QVERIFY(theme.resolved.seeded);
    QCOMPARE(
        cascadeOf(theme),
        QStringLiteral("> user-row \"dark\"\ntenant-row -\nsystem-row -\napp-override -\ndefault \"light\""));
    // acme has no locale of its own: the system seed applies to its users.
    QCOMPARE(valueOf(overview.value(), localeKey).resolved.source, config::ValueSource::SystemRow);

    auto other = read(OverviewRequest::everything(QStringLiteral("globex"), m_admin));
    KUMIKO_VERIFY_OK(other);
    QCOMPARE(valueOf(other.value(), themeKey).resolved.source, config::ValueSource::Default);
    QCOMPARE(valueOf(other.value(), localeKey).resolved.source, config::ValueSource::TenantRow);
    QCOMPARE(valueOf(other.value(), localeKey).resolved.value, QStringLiteral("\"de\""));
}

void TestConfigOverview::seedStatusesFollowWrites()
{
    auto before = read();
    KUMIKO_VERIFY_OK(before);
    for (const SeedOverview& seed : before->seeds())
        QCOMPARE(seed.state.status, config::SeedStatus::Applied);

    domain::Actor admin = domain::Actor::systemAdmin();
    admin.userId = m_admin;
    const ConfigValueWriter writer(m_manifest.keys(), withKey());
    QSqlDatabase db = TestDatabase::connection();
    KUMIKO_VERIFY_OK(writer.set(db, {localeKey, Scope::Tenant, m_globex, {}}, Json("en"), admin));
    KUMIKO_VERIFY_OK(writer.reset(db, {themeKey, Scope::User, m_acme, m_admin}, admin));
    KUMIKO_VERIFY_OK(writer.set(db, {uploadKey, Scope::Tenant, m_acme, {}}, Json(60), admin));

    auto after =
        read(OverviewRequest::everything(QStringLiteral("acme"), QStringLiteral("admin@example.com")));
    KUMIKO_VERIFY_OK(after);
    QCOMPARE(seedOf(after.value(), localeKey, m_globex)->state.status, config::SeedStatus::Overridden);
    QCOMPARE(seedOf(after.value(), themeKey, m_acme)->state.status, config::SeedStatus::Reset);
    QCOMPARE(seedOf(after.value(), stripeKey, m_acme)->state.status, config::SeedStatus::Applied);
    const KeyOverview& theme = valueOf(after.value(), themeKey);
    QCOMPARE(theme.resolved.source, config::ValueSource::Default);
    QVERIFY(!theme.resolved.seeded);
    const KeyOverview& upload = valueOf(after.value(), uploadKey);
    QCOMPARE(upload.resolved.source, config::ValueSource::TenantRow);
    QVERIFY(!upload.resolved.seeded); // an admin's row, not the seed's
    QCOMPARE(cascadeOf(upload), QStringLiteral("> tenant-row 60\nsystem-row 25\napp-override -\ndefault 10"));
}

void TestConfigOverview::partsAndKeysOnRequest()
{
    auto seedsOnly = read(OverviewRequest::seedsOnly());
    KUMIKO_VERIFY_OK(seedsOnly);
    QVERIFY(seedsOnly->values().isEmpty());
    QCOMPARE(seedsOnly->labels().tenantLabel(m_globex), m_globex); // labels were not asked for
    QCOMPARE(seedsOnly->seeds().size(), 9);

    auto two = read(OverviewRequest::valuesOf(QStringLiteral("acme"), {}, {stripeKey, uploadKey}));
    KUMIKO_VERIFY_OK(two);
    QVERIFY(two->seeds().isEmpty());
    QCOMPARE(two->values().size(), 2);
    QCOMPARE(two->values().at(0).resolved.key, stripeKey);
    QCOMPARE(two->values().at(1).resolved.key, uploadKey);
    QVERIFY(!two->find(themeKey));

    KUMIKO_VERIFY_ERROR(read(OverviewRequest::valuesOf({}, {}, {QStringLiteral("billing:config:nothing")})),
                        "unknown_config_key");
}

void TestConfigOverview::contextErrors()
{
    auto tenant = read(OverviewRequest::everything(QStringLiteral("initech"), {}));
    KUMIKO_VERIFY_ERROR(tenant, "unknown_tenant");
    QCOMPARE(tenant.error().field, QStringLiteral("tenant"));
    auto user =
        read(OverviewRequest::everything(QStringLiteral("acme"), QStringLiteral("nobody@example.com")));
    KUMIKO_VERIFY_ERROR(user, "unknown_user");
    QCOMPARE(user.error().field, QStringLiteral("user"));
    KUMIKO_VERIFY_ERROR(read(OverviewRequest::everything({}, QStringLiteral("admin@example.com"))),
                        "invalid_target");
}

void TestConfigOverview::encryptedValuesAreMasked()
{
    auto overview = read(OverviewRequest::everything(QStringLiteral("acme"), {}));
    KUMIKO_VERIFY_OK(overview);
    const ResolvedValue& stripe = valueOf(overview.value(), stripeKey).resolved;
    const StoredValuePresenter masked;
    QCOMPARE(StoredValuePresenter::mask(), QStringLiteral("••••••"));
    auto value = masked.value(stripe.key, stripe.value, stripe.envelope);
    KUMIKO_VERIFY_OK(value);
    QCOMPARE(value.value(), Json("••••••"));
    for (const CascadeLevel& level : stripe.cascade) {
        auto text = masked.text(stripe.key, level.value, level.envelope);
        KUMIKO_VERIFY_OK(text);
        QCOMPARE(text.value(), level.hasValue() ? StoredValuePresenter::mask() : QString());
    }
    // Plain values are shown as they are, even by a masking presenter.
    const ResolvedValue& company = valueOf(overview.value(), companyKey).resolved;
    QCOMPARE(masked.text(company.key, company.value, company.envelope).value(),
             QStringLiteral("ACME Corporation"));
    // A seed of an encrypted key never shows its declared value.
    const SeedOverview* seed = seedOf(overview.value(), stripeKey, m_acme);
    QCOMPARE(StoredValuePresenter::seedText(seed->declared, seed->encrypted), StoredValuePresenter::mask());
}

void TestConfigOverview::revealDecryptsWithTheMasterKey()
{
    auto overview = read(OverviewRequest::everything(QStringLiteral("acme"), {}));
    KUMIKO_VERIFY_OK(overview);
    const ResolvedValue& stripe = valueOf(overview.value(), stripeKey).resolved;
    QStringList revealed;
    const StoredValuePresenter presenter =
        StoredValuePresenter::revealing([&](const QString& key) { revealed << key; }, withKey());
    auto value = presenter.value(stripe.key, stripe.value, stripe.envelope);
    KUMIKO_VERIFY_OK(value);
    QCOMPARE(value.value(), Json("sk_test_demo_acme_4242"));
    QCOMPARE(presenter.text(stripe.key, stripe.value, stripe.envelope).value(),
             QStringLiteral("sk_test_demo_acme_4242"));
    QCOMPARE(revealed, QStringList({stripeKey, stripeKey}));
    // Nothing to decrypt: nothing revealed.
    const ResolvedValue& upload = valueOf(overview.value(), uploadKey).resolved;
    QCOMPARE(presenter.text(upload.key, upload.value, upload.envelope).value(), QStringLiteral("60"));
    QCOMPARE(revealed.size(), 2);
}

void TestConfigOverview::revealWithoutOrWithAWrongKeyIsAnError()
{
    auto overview = read(OverviewRequest::everything(QStringLiteral("acme"), {}));
    KUMIKO_VERIFY_OK(overview);
    const ResolvedValue& stripe = valueOf(overview.value(), stripeKey).resolved;
    bool revealed = false;
    const auto heard = [&](const QString&) {
        revealed = true;
    };

    auto noKey =
        StoredValuePresenter::revealing(heard, QProcessEnvironment()).text(stripe.key, stripe.value, true);
    KUMIKO_VERIFY_ERROR(noKey, "master_key_missing");
    auto wrongKey =
        StoredValuePresenter::revealing(heard, withKey(QString::fromLatin1(QByteArray(32, 'k').toBase64())))
            .text(stripe.key, stripe.value, true);
    KUMIKO_VERIFY_ERROR(wrongKey, "decrypt_failed");
    QVERIFY(!revealed);
    const QString ciphertext =
        QString::fromStdString(Json::parse(stripe.value->toStdString())["ciphertext"].get<std::string>());
    for (const Error& error : {noKey.error(), wrongKey.error()})
        QVERIFY(!error.toString().contains(ciphertext));
}

void TestConfigOverview::displayText()
{
    QCOMPARE(StoredValuePresenter::text(Json("dark")), QStringLiteral("dark"));
    QCOMPARE(StoredValuePresenter::text(Json(25)), QStringLiteral("25"));
    QCOMPARE(StoredValuePresenter::text(Json(false)), QStringLiteral("false"));
    QCOMPARE(StoredValuePresenter::text(Json()), QString());
    ConfigSeed fromEnv;
    fromEnv.valueFromEnv = QStringLiteral("DEMO_STRIPE_KEY");
    QCOMPARE(StoredValuePresenter::seedText(fromEnv, false), QStringLiteral("$DEMO_STRIPE_KEY"));
    KUMIKO_VERIFY_ERROR(StoredValuePresenter().text(QStringLiteral("k"), QStringLiteral("not json"), false),
                        "invalid_stored_value");
}

QTEST_GUILESS_MAIN(TestConfigOverview)
#include "tst_config_overview.moc"
