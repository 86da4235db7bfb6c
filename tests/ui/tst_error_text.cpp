// The console's table of error texts: every catalogued code has a sentence of its own, finished in German.
#include "ErrorText.h"
#include "TranslationFile.h"

#include <QHash>
#include <QSet>
#include <QTranslator>
#include <QtTest>

using namespace kumiko;
using kumiko::ui::ErrorText;

class TestErrorText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyCodeHasItsOwnSummary();
    void everySummaryIsTranslatedToGerman();
    void detailKeepsCoresMessage();
    void valueProblemsNameTheirFacts();
    void reconnectFollowsTheCategory();

private:
    static QString commentFor(ErrorCode code)
    {
        return QStringLiteral("error summary: ") + ErrorCodes::name(code);
    }
};

void TestErrorText::everyCodeHasItsOwnSummary()
{
    QHash<QString, QString> codeBySummary;
    for (ErrorCode code : ErrorCodes::all()) {
        const QString name = ErrorCodes::name(code);
        const QString summary = ErrorText::summary(code);
        QVERIFY2(!summary.isEmpty(), qPrintable(name + QStringLiteral(" has no summary")));
        QVERIFY2(!summary.contains(name),
                 qPrintable(name + QStringLiteral(" falls back to its name: ") + summary));
        QVERIFY2(
            !codeBySummary.contains(summary),
            qPrintable(
                QStringLiteral("%1 and %2 share \"%3\"").arg(codeBySummary.value(summary), name, summary)));
        codeBySummary.insert(summary, name);
    }
}

// The .ts file is what translators finish; the embedded .qm is what the console loads. Both must agree.
void TestErrorText::everySummaryIsTranslatedToGerman()
{
    QHash<QString, TranslationEntry> german;
    for (const TranslationEntry& entry :
         TranslationFile::read(QStringLiteral(KUMIKO_I18N_DIR "/kumiko_de.ts")))
        if (entry.context == QLatin1String("ErrorText"))
            german.insert(entry.comment, entry);
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/kumiko_de.qm")));
    QStringList problems;
    for (ErrorCode code : ErrorCodes::all()) {
        const QString english = ErrorText::summary(code);
        const TranslationEntry entry = german.value(commentFor(code));
        if (entry.source != english)
            problems << QStringLiteral("%1: not in kumiko_de.ts (run update_translations)")
                            .arg(ErrorCodes::name(code));
        else if (entry.unfinished || entry.translation.isEmpty() || entry.translation == english)
            problems << QStringLiteral("%1: no finished German translation").arg(ErrorCodes::name(code));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QCoreApplication::installTranslator(&translator);
    for (ErrorCode code : ErrorCodes::all())
        QCOMPARE(ErrorText::summary(code), german.value(commentFor(code)).translation);
    QCoreApplication::removeTranslator(&translator);
}

void TestErrorText::detailKeepsCoresMessage()
{
    Error error = Error::make(ErrorCode::InvalidValue,
                              QStringLiteral("invalid value for f:config:k: below the minimum 1"),
                              QStringLiteral("f:config:k"));
    error.context = QStringLiteral("out_of_bounds");
    QVERIFY(!ErrorText::summary(error).contains(error.message));
    const QString detail = ErrorText::detail(error);
    QVERIFY(detail.startsWith(QStringLiteral("invalid_value: ") + error.message));
    QVERIFY(detail.contains(error.field));
    QVERIFY(detail.contains(error.context));
}

void TestErrorText::valueProblemsNameTheirFacts()
{
    config::ValueProblem low;
    low.reason = ErrorCode::OutOfBounds;
    low.message = QStringLiteral("below the minimum 5");
    low.minimum = 5;
    QCOMPARE(ErrorText::problem(low), QStringLiteral("The value must be at least 5."));
    config::ValueProblem option;
    option.reason = ErrorCode::InvalidOption;
    option.options = {QStringLiteral("light"), QStringLiteral("dark")};
    QCOMPARE(ErrorText::problem(option), QStringLiteral("Choose one of: light, dark."));
    config::ValueProblem format;
    format.reason = ErrorCode::InvalidFormat;
    format.pattern = QStringLiteral("^[a-z]+$");
    QVERIFY(ErrorText::problem(format).contains(format.pattern));
    config::ValueProblem type;
    type.reason = ErrorCode::InvalidType;
    type.expectedType = config::ValueType::Number;
    QCOMPARE(ErrorText::problem(type), QStringLiteral("Enter a number."));
}

void TestErrorText::reconnectFollowsTheCategory()
{
    const auto offers = [](ErrorCode code) {
        return ErrorText::suggestsReconnect(Error::make(code, QString()));
    };
    QVERIFY(offers(ErrorCode::ConnectionLost));
    QVERIFY(offers(ErrorCode::TooManyConnections));
    QVERIFY(offers(ErrorCode::EmbeddedTimeout));
    QVERIFY(!offers(ErrorCode::LockTimeout));
    QVERIFY(!offers(ErrorCode::DriverMissing));
    QVERIFY(!offers(ErrorCode::VersionConflict));
    QVERIFY(!offers(ErrorCode::InvalidDatabaseUrl));
}

QTEST_GUILESS_MAIN(TestErrorText)
#include "tst_error_text.moc"
