#include "TranslationFile.h"

#include <QRegularExpression>
#include <QSet>
#include <QtTest>

// The .ts files are the translators' source of truth: every entry finished, and each translation
// keeps the placeholders of its source so that arg() fills in what the source meant.
class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyEntryIsFinished_data();
    void everyEntryIsFinished();

private:
    static QSet<QString> placeholders(const QString& text);
};

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

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
