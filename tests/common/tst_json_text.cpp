#include "TestMacros.h"
#include "common/JsonText.h"

#include <QtTest>

using namespace kumiko;

class TestJsonText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lineColumnCountsCharacters();
    void syntaxErrorNamesLineAndColumn();
    void nulByteIsASyntaxError();
    void duplicateMembers_data();
    void duplicateMembers();
    void equalNamesInOtherObjectsAreFine();
    void where_data();
    void where();
    void memberPath_data();
    void memberPath();
};

namespace {

// Line numbers in comments: where() tests point into this document.
const QByteArray kDocument = "{\n"                                     // 1
                             "  \"description\": \"x\",\n"             // 2
                             "  \"steps\": [\n"                        // 3
                             "    {\"op\": \"a\", \"key\": \"k\"},\n"  // 4
                             "    [1, 2,\n"                            // 5
                             "     {\"deep\": true}],\n"               // 6
                             "    \"text with \\\"key\\\": inside\"\n" // 7
                             "  ],\n"                                  // 8
                             "  \"odd name\": {\"x\": []}\n"           // 9
                             "}\n";

} // namespace

void TestJsonText::lineColumnCountsCharacters()
{
    const QByteArray text = QStringLiteral("ä\nxäöz").toUtf8();
    QCOMPARE(JsonText::lineColumn(text, 0), std::make_pair(1, 1));
    QCOMPARE(JsonText::lineColumn(text, 3), std::make_pair(2, 1));
    QCOMPARE(JsonText::lineColumn(text, text.indexOf('z')), std::make_pair(2, 4));
}

void TestJsonText::syntaxErrorNamesLineAndColumn()
{
    const auto parsed = JsonText::parse("{\n  \"a\": 1,\n  \"b\": ]\n}", QStringLiteral("f.json"));
    KUMIKO_VERIFY_ERROR(parsed, "invalid_json");
    QCOMPARE(parsed.error().context, QStringLiteral("f.json:3:8"));
    QVERIFY2(parsed.error().message.startsWith(QLatin1String("f.json:3:8: invalid JSON: syntax error")),
             qPrintable(parsed.error().message));
    KUMIKO_VERIFY_OK(JsonText::parse(kDocument, QStringLiteral("f.json")));
}

// Found by fuzz_manifest: nlohmann accepted "1" before a NUL, and the member scan ran past the end.
void TestJsonText::nulByteIsASyntaxError()
{
    const QByteArray text("1\0 {\"a\": \"open", 14);
    const auto parsed = JsonText::parse(text, QStringLiteral("f.json"));
    KUMIKO_VERIFY_ERROR(parsed, "invalid_json");
    QCOMPARE(parsed.error().context, QStringLiteral("f.json:1:2"));
}

void TestJsonText::duplicateMembers_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("path");
    QTest::newRow("top level") << QByteArray("{\"a\": 1,\n \"a\": 2}") << "f.json:2:2"
                               << "a";
    QTest::newRow("in an array element") << QByteArray(R"({"s": [{}, {"b": 1, "b": 1}]})") << "f.json:1:21"
                                         << "s[1].b";
    QTest::newRow("written with an escape")
        << QByteArray(R"({"o": {"ab": 1, "a\u0062": 2}})") << "f.json:1:17"
        << "o.ab";
    QTest::newRow("not an identifier") << QByteArray(R"({"x y": {}, "x y": {}})") << "f.json:1:13"
                                       << "[\"x y\"]";
}

void TestJsonText::duplicateMembers()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, where);
    QFETCH(QString, path);
    const auto parsed = JsonText::parse(text, QStringLiteral("f.json"));
    KUMIKO_VERIFY_ERROR(parsed, "invalid_json");
    QCOMPARE(parsed.error().context, where);
    QCOMPARE(parsed.error().field, path);
    QVERIFY2(parsed.error().message.contains(QLatin1String("appears twice in one object")),
             qPrintable(parsed.error().message));
}

void TestJsonText::equalNamesInOtherObjectsAreFine()
{
    KUMIKO_VERIFY_OK(JsonText::parse(
        "{\"a\": {\"a\": {\"a\": 1}}, \"b\": [{\"a\": 1}, {\"a\": 2}], \"c\": \"\\\"a\\\": 1\"}",
        QStringLiteral("f.json")));
}

void TestJsonText::where_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("where");
    QTest::newRow("document") << "$"
                              << "f.json:1:1";
    QTest::newRow("empty path") << ""
                                << "f.json:1:1";
    QTest::newRow("member") << "description"
                            << "f.json:2:3";
    QTest::newRow("array element") << "steps[1]"
                                   << "f.json:5:5";
    QTest::newRow("member of an element") << "steps[0].key"
                                          << "f.json:4:17";
    QTest::newRow("nested arrays") << "steps[1][2].deep"
                                   << "f.json:6:7";
    QTest::newRow("string element") << "steps[2]"
                                    << "f.json:7:5";
    QTest::newRow("absent member: its object") << "steps[0].colour"
                                               << "f.json:4:5";
    QTest::newRow("not an identifier") << "[\"odd name\"].x"
                                       << "f.json:9:16";
}

void TestJsonText::where()
{
    QFETCH(QString, path);
    QFETCH(QString, where);
    QCOMPARE(JsonText::where(kDocument, QStringLiteral("f.json"), path), where);
}

void TestJsonText::memberPath_data()
{
    QTest::addColumn<QString>("parent");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("path");
    QTest::newRow("root") << ""
                          << "a"
                          << "a";
    QTest::newRow("nested") << "a[2]"
                            << "b_$1"
                            << "a[2].b_$1";
    QTest::newRow("space") << "a"
                           << "b c"
                           << "a[\"b c\"]";
    QTest::newRow("leading digit") << ""
                                   << "1a"
                                   << "[\"1a\"]";
}

void TestJsonText::memberPath()
{
    QFETCH(QString, parent);
    QFETCH(QString, name);
    QFETCH(QString, path);
    QCOMPARE(JsonText::memberPath(parent, name), path);
}

QTEST_GUILESS_MAIN(TestJsonText)
#include "tst_json_text.moc"
