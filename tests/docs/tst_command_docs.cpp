#include "BashCompletion.h"
#include "CliApplication.h"
#include "CommandLineDoc.h"
#include "ManPage.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace kumiko;

class TestCommandDocs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void describesEveryCommandOfTheRegistry();
    void readsQtHelpOfTheConsole();
    void manPageListsCommandsAndOptions();
    void bashCompletes_data();
    void bashCompletes();

private:
    QString m_out;
    QString m_err;
    QTextStream m_outStream{&m_out};
    QTextStream m_errStream{&m_err};
    QTemporaryDir m_dir;
    QString m_script;
};

void TestCommandDocs::initTestCase()
{
    const cli::CliApplication cli(m_outStream, m_errStream);
    QFile script(m_dir.filePath(QStringLiteral("kumiko.bash")));
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write(docs::BashCompletion::render(docs::CommandLineDoc::fromCli(cli)).toUtf8());
    m_script = script.fileName();
}

void TestCommandDocs::describesEveryCommandOfTheRegistry()
{
    const cli::CliApplication cli(m_outStream, m_errStream);
    const docs::CommandLineDoc doc = docs::CommandLineDoc::fromCli(cli);
    QCOMPARE(doc.commands.size(), qsizetype(cli.registry().commands().size()));
    QCOMPARE(doc.commands.first().name, cli.registry().commands().front().name);
    QVERIFY(doc.groups().contains(QStringLiteral("config")));
    auto find = [&](const QString& name) {
        return *std::find_if(doc.commands.begin(), doc.commands.end(),
                             [&](const docs::CommandDoc& c) { return c.name == name; });
    };
    QCOMPARE(find(QStringLiteral("config set")).argumentKinds,
             (QList<docs::ValueKind>{docs::ValueKind::ConfigKey, docs::ValueKind::Free}));
    QCOMPARE(find(QStringLiteral("ops seed:plan")).argumentKinds,
             QList<docs::ValueKind>{docs::ValueKind::MigrationId});
    // A tenant key is not a config key, an audit id not a migration.
    QCOMPARE(find(QStringLiteral("tenants create")).argumentKinds.first(), docs::ValueKind::Free);
    for (const docs::OptionDoc& option : find(QStringLiteral("audit list")).options)
        QCOMPARE(option.kind, docs::ValueKind::Free);
}

void TestCommandDocs::readsQtHelpOfTheConsole()
{
    const QString help = QStringLiteral("Usage: /usr/bin/kumiko-admin [options]\n"
                                        "Kumiko Admin, the console\n\n"
                                        "Options:\n"
                                        "  -h, --help             Displays help on commandline options.\n"
                                        "  --project <dir>        Project folder (kumiko.json,\n"
                                        "                         seeds/).\n"
                                        "  --language <code>      UI language: de or en.\n");
    const docs::CommandLineDoc doc = docs::CommandLineDoc::fromQtHelp(QStringLiteral("kumiko-admin"), help);
    QCOMPARE(doc.tagline, QStringLiteral("Kumiko Admin, the console"));
    QCOMPARE(doc.options.size(), 3);
    QCOMPARE(doc.options.at(0).spelled(), (QStringList{QStringLiteral("-h"), QStringLiteral("--help")}));
    QCOMPARE(doc.options.at(1).description, QStringLiteral("Project folder (kumiko.json, seeds/)."));
    QCOMPARE(doc.options.at(1).kind, docs::ValueKind::Directory);
    QCOMPARE(doc.options.at(2).synopsis(), QStringLiteral("--language CODE"));
    QCOMPARE(doc.options.at(2).kind, docs::ValueKind::Locale);
    QVERIFY(doc.commands.isEmpty());
}

void TestCommandDocs::manPageListsCommandsAndOptions()
{
    const cli::CliApplication cli(m_outStream, m_errStream);
    const QString page = docs::ManPage::render(docs::CommandLineDoc::fromCli(cli),
                                               QStringLiteral("9.9 (git x)"), QStringLiteral("2026-01-02"));
    QVERIFY(page.contains(QLatin1String(".TH KUMIKO 1 2026-01-02 \"kumiko 9.9 (git x)\"")));
    QVERIFY(page.contains(QLatin1String("\\fBconfig get\\fR \\fI<key>\\fR\nEffective value")));
    QVERIFY(page.contains(QLatin1String(".B \\-\\-scope SCOPE\n")));
    QVERIFY(page.contains(QLatin1String(".B \\-\\-version\n")));
    // Every line that starts with a dot is a request; text never does.
    for (const QString& line : page.split(QLatin1Char('\n')))
        if (line.startsWith(QLatin1Char('.')))
            QVERIFY2(QRegularExpression(QStringLiteral("^\\.(\\\\\"|TH|SH|TP|B|BR|I|RS|RE|PP|nh|ad) ?"))
                         .match(line)
                         .hasMatch(),
                     qPrintable(line));
}

void TestCommandDocs::bashCompletes_data()
{
    QTest::addColumn<QStringList>("words");
    QTest::addColumn<QString>("offered");
    const QString demo = qEnvironmentVariable("KUMIKO_SOURCE_DIR") + QStringLiteral("/resources/demo");
    QTest::newRow("group") << QStringList{QStringLiteral("con")} << QStringLiteral("config");
    QTest::newRow("verb") << QStringList{QStringLiteral("config"), QStringLiteral("se")}
                          << QStringLiteral("seed seeds set");
    QTest::newRow("verb after a colon") << QStringList{QStringLiteral("ops"), QStringLiteral("seed"),
                                                       QStringLiteral(":"), QStringLiteral("st")}
                                        << QStringLiteral("status");
    QTest::newRow("options of the command")
        << QStringList{QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("--sc")}
        << QStringLiteral("--scope");
    QTest::newRow("scope") << QStringList{QStringLiteral("config"), QStringLiteral("set"),
                                          QStringLiteral("--scope"), QString()}
                           << QStringLiteral("system tenant user");
    QTest::newRow("locale") << QStringList{QStringLiteral("users"), QStringLiteral("create"),
                                           QStringLiteral("--locale"), QString()}
                            << QStringLiteral("de en");
    // Readline completes only the part after the last ':', so that is what is offered.
    QTest::newRow("config key of the project")
        << QStringList{QStringLiteral("--project"), demo,
                       QStringLiteral("config"),    QStringLiteral("get"),
                       QStringLiteral("ui"),        QStringLiteral(":"),
                       QStringLiteral("config"),    QStringLiteral(":"),
                       QStringLiteral("l")}
        << QStringLiteral("locale");
    QTest::newRow("migration id") << QStringList{QStringLiteral("--project"), demo,
                                                 QStringLiteral("ops"),       QStringLiteral("seed"),
                                                 QStringLiteral(":"),         QStringLiteral("apply"),
                                                 QStringLiteral("--to"),      QStringLiteral("2026-05-0")}
                                  << QStringLiteral("2026-05-01-create-tenants 2026-05-02-create-admin");
    QTest::newRow("free value") << QStringList{QStringLiteral("users"), QStringLiteral("create"),
                                               QStringLiteral("--roles"), QString()}
                                << QString();
}

void TestCommandDocs::bashCompletes()
{
    QFETCH(QStringList, words);
    QFETCH(QString, offered);
    QProcess bash;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PATH"),
               qEnvironmentVariable("KUMIKO_BIN_DIR") + QLatin1Char(':') + env.value(QStringLiteral("PATH")));
    bash.setProcessEnvironment(env);
    // Words as bash splits them (':' is a word break); the completion function reads COMP_WORDS/COMP_CWORD.
    bash.start(QStringLiteral("bash"),
               QStringList{
                   QStringLiteral("-c"),
                   QStringLiteral("source \"$1\"; shift; COMP_WORDS=(kumiko \"$@\"); COMP_CWORD=$#; _kumiko; "
                                  "echo \"${COMPREPLY[*]}\""),
                   QStringLiteral("bash"), m_script} +
                   words);
    QVERIFY(bash.waitForFinished(30000));
    QCOMPARE(QString::fromUtf8(bash.readAllStandardError()), QString());
    QCOMPARE(QString::fromUtf8(bash.readAllStandardOutput()).trimmed(), offered);
}

QTEST_GUILESS_MAIN(TestCommandDocs)
#include "tst_command_docs.moc"
