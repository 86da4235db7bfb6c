// The error catalogue: every code has a stable snake_case name of its own and a category.
#include "common/Error.h"

#include <QRegularExpression>
#include <QSet>
#include <QtTest>

using namespace kumiko;

Q_DECLARE_METATYPE(kumiko::ErrorCode)
Q_DECLARE_METATYPE(kumiko::ErrorCategory)

class TestErrorCode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyCodeIsListedOnce();
    void everyCodeHasItsOwnSnakeCaseName();
    void namesRoundTrip();
    void everyCodeHasACategory();
    void namesAndCategoriesTheCliDocuments_data();
    void namesAndCategoriesTheCliDocuments();
    void errorCarriesTheName();
};

void TestErrorCode::everyCodeIsListedOnce()
{
    const QList<ErrorCode>& all = ErrorCodes::all();
    QVERIFY(all.size() > 50);
    for (qsizetype i = 0; i < all.size(); ++i)
        QCOMPARE(int(all.at(i)), int(i));
}

void TestErrorCode::everyCodeHasItsOwnSnakeCaseName()
{
    static const QRegularExpression snakeCase(QStringLiteral("^[a-z][a-z0-9]*(_[a-z0-9]+)*$"));
    QSet<QString> seen;
    for (ErrorCode code : ErrorCodes::all()) {
        const QString name = ErrorCodes::name(code);
        QVERIFY2(snakeCase.match(name).hasMatch(),
                 qPrintable(QStringLiteral("%1: '%2'").arg(int(code)).arg(name)));
        QVERIFY2(!seen.contains(name), qPrintable(QStringLiteral("%1 is used twice").arg(name)));
        seen.insert(name);
    }
}

void TestErrorCode::namesRoundTrip()
{
    for (ErrorCode code : ErrorCodes::all())
        QCOMPARE(ErrorCodes::fromName(ErrorCodes::name(code)), std::optional(code));
    QCOMPARE(ErrorCodes::fromName(u"no_such_code"), std::nullopt);
    QCOMPARE(ErrorCodes::fromName(u""), std::nullopt);
}

void TestErrorCode::everyCodeHasACategory()
{
    const QSet<int> categories = {int(ErrorCategory::Usage), int(ErrorCategory::NotFound),
                                  int(ErrorCategory::Conflict), int(ErrorCategory::Unreachable),
                                  int(ErrorCategory::Failed)};
    QSet<int> used;
    for (ErrorCode code : ErrorCodes::all()) {
        QVERIFY2(categories.contains(int(ErrorCodes::category(code))), qPrintable(ErrorCodes::name(code)));
        used.insert(int(ErrorCodes::category(code)));
    }
    QCOMPARE(used, categories);
}

// The CLI prints these names and derives its exit codes from these categories (README).
void TestErrorCode::namesAndCategoriesTheCliDocuments_data()
{
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("name");
    QTest::addColumn<ErrorCategory>("category");
    QTest::newRow("lock timeout") << ErrorCode::LockTimeout << "lock_timeout" << ErrorCategory::Unreachable;
    QTest::newRow("connection") << ErrorCode::ConnectionFailed << "connection_failed"
                                << ErrorCategory::Unreachable;
    QTest::newRow("bad file") << ErrorCode::InvalidSeed << "invalid_seed" << ErrorCategory::Usage;
    QTest::newRow("bad value") << ErrorCode::InvalidValue << "invalid_value" << ErrorCategory::Usage;
    QTest::newRow("unknown key") << ErrorCode::UnknownConfigKey << "unknown_config_key"
                                 << ErrorCategory::NotFound;
    QTest::newRow("unknown tenant") << ErrorCode::UnknownTenant << "unknown_tenant"
                                    << ErrorCategory::NotFound;
    QTest::newRow("unknown user") << ErrorCode::UnknownUser << "unknown_user" << ErrorCategory::NotFound;
    QTest::newRow("conflict") << ErrorCode::VersionConflict << "version_conflict" << ErrorCategory::Conflict;
    QTest::newRow("failed") << ErrorCode::MasterKeyMissing << "master_key_missing" << ErrorCategory::Failed;
}

void TestErrorCode::namesAndCategoriesTheCliDocuments()
{
    QFETCH(ErrorCode, code);
    QFETCH(QString, name);
    QFETCH(ErrorCategory, category);
    QCOMPARE(ErrorCodes::name(code), name);
    QCOMPARE(ErrorCodes::category(code), category);
}

void TestErrorCode::errorCarriesTheName()
{
    Error error = Error::make(ErrorCode::InvalidScope, QStringLiteral("too deep"), QStringLiteral("scope"));
    QCOMPARE(error.codeName(), QStringLiteral("invalid_scope"));
    QCOMPARE(error.category(), ErrorCategory::Usage);
    QCOMPARE(error.toString(), QStringLiteral("invalid_scope: too deep (field scope)"));
}

QTEST_GUILESS_MAIN(TestErrorCode)
#include "tst_error_code.moc"
