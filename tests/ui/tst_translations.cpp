#include "TranslationFile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QtTest>

// The .ts files are the translators' source of truth: every entry finished, each translation keeps
// the placeholders of its source so that arg() fills in what the source meant, and both languages
// name the product's things as i18n/glossary.json says.
class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyEntryIsFinished_data();
    void everyEntryIsFinished();
    void germanFollowsTheGlossary_data();
    void germanFollowsTheGlossary();

private:
    static QSet<QString> placeholders(const QString& text);
    /// `pattern` as a word of prose: not part of an identifier such as tenant.created or kumiko_events.
    static QRegularExpression word(const QString& pattern, QRegularExpression::PatternOptions options);
};

QRegularExpression TestTranslations::word(const QString& pattern, QRegularExpression::PatternOptions options)
{
    return QRegularExpression(QStringLiteral("(?<![\\w.$/-])(?:%1)(?![\\w$/-]|\\.\\w)").arg(pattern),
                              options | QRegularExpression::UseUnicodePropertiesOption);
}

QSet<QString> TestTranslations::placeholders(const QString& text)
{
    static const QRegularExpression marker(QStringLiteral("%(\\d+|n)"));
    QSet<QString> found;
    for (auto it = marker.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(0));
    return found;
}

void TestTranslations::everyEntryIsFinished_data()
{
    QTest::addColumn<QString>("path");
    for (const QString& language : {QStringLiteral("de"), QStringLiteral("en")})
        QTest::newRow(qPrintable(language)) << QStringLiteral(KUMIKO_I18N_DIR "/kumiko_%1.ts").arg(language);
}

void TestTranslations::everyEntryIsFinished()
{
    QFETCH(QString, path);
    const QList<TranslationEntry> entries = TranslationFile::read(path);
    QVERIFY2(entries.size() > 20, "suspiciously few entries: was lupdate run?");
    QStringList problems;
    for (const TranslationEntry& e : entries) {
        if (e.unfinished || e.translation.isEmpty())
            problems << QStringLiteral("unfinished: %1 \"%2\"").arg(e.context, e.source);
        else if (placeholders(e.source) != placeholders(e.translation))
            problems << QStringLiteral("placeholders differ: %1 \"%2\" → \"%3\"")
                            .arg(e.context, e.source, e.translation);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslations::germanFollowsTheGlossary_data()
{
    QFile file(QStringLiteral(KUMIKO_I18N_DIR "/glossary.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray terms =
        QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("terms")).toArray();
    QVERIFY2(terms.size() >= 5, "the glossary lists too few terms");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("german");
    QTest::addColumn<QStringList>("forbiddenGerman");
    QTest::addColumn<QStringList>("forbiddenEnglish");
    const auto strings = [](const QJsonValue& value) {
        QStringList list;
        for (const QJsonValue& item : value.toArray())
            list << item.toString();
        return list;
    };
    for (const QJsonValue& value : terms) {
        const QJsonObject term = value.toObject();
        const QString english = term.value(QLatin1String("en")).toString();
        QTest::newRow(qPrintable(english)) << english << term.value(QLatin1String("de")).toString()
                                           << strings(term.value(QLatin1String("forbiddenDe")))
                                           << strings(term.value(QLatin1String("forbiddenEn")));
    }
}

// Where an English text uses a term, its German translation uses the glossary's German term; the
// variants the glossary rules out appear in neither language.
void TestTranslations::germanFollowsTheGlossary()
{
    QFETCH(QString, english);
    QFETCH(QString, german);
    QFETCH(QStringList, forbiddenGerman);
    QFETCH(QStringList, forbiddenEnglish);
    const QRegularExpression term = word(english, QRegularExpression::CaseInsensitiveOption);
    QStringList problems;
    for (const TranslationEntry& e : TranslationFile::read(QStringLiteral(KUMIKO_I18N_DIR "/kumiko_de.ts"))) {
        if (term.match(e.source).hasMatch() && !e.translation.contains(german, Qt::CaseInsensitive))
            problems << QStringLiteral("\"%1\" → \"%2\" lacks \"%3\"").arg(e.source, e.translation, german);
        for (const QString& variant : forbiddenGerman)
            if (word(QRegularExpression::escape(variant), {}).match(e.translation).hasMatch())
                problems << QStringLiteral("\"%1\" uses \"%2\"").arg(e.translation, variant);
        for (const QString& variant : forbiddenEnglish)
            if (word(QRegularExpression::escape(variant), QRegularExpression::CaseInsensitiveOption)
                    .match(e.source)
                    .hasMatch())
                problems << QStringLiteral("\"%1\" uses \"%2\"").arg(e.source, variant);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
