// JsonDom: simdjson's DOM gives the same values, type names and strictness as the nlohmann parse it
// replaces for kumiko.json.
#include "common/JsonDom.h"

#include <QtTest>

using namespace kumiko;
using nlohmann::json;

class TestJsonDom : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valuesEqualNlohmannsParse_data();
    void valuesEqualNlohmannsParse();
    void typeNamesAreNlohmanns_data();
    void typeNamesAreNlohmanns();
    void duplicateMembersAtAnyDepth_data();
    void duplicateMembersAtAnyDepth();
    void membersSortByName();

private:
    simdjson::dom::element parse(const std::string& text);
    simdjson::dom::parser m_parser;
};

simdjson::dom::element TestJsonDom::parse(const std::string& text)
{
    simdjson::dom::element root;
    const auto error = m_parser.parse(text).get(root);
    if (error != simdjson::SUCCESS)
        qFatal("%s: %s", text.c_str(), simdjson::error_message(error));
    return root;
}

void TestJsonDom::valuesEqualNlohmannsParse_data()
{
    QTest::addColumn<QString>("text");
    for (const char* text : {"0", "5", "-5", "18446744073709551615", "-9223372036854775808", "1.0", "2.5e-3",
                             "1e300", "true", "null", R"("a\u0000b\"ü\n")", R"([1, [2, {"x": []}], "s"])",
                             R"({"b": 1, "a": {"nested": [true, false, null]}, "": 0})"})
        QTest::newRow(text) << QString::fromUtf8(text);
}

// Types too: nlohmann reads 5 as unsigned and -5 as signed, and seed ids hash the dump of a value.
void TestJsonDom::valuesEqualNlohmannsParse()
{
    QFETCH(QString, text);
    const json expected = json::parse(text.toStdString());
    const json converted = JsonDom::toJson(parse(text.toStdString()));
    QCOMPARE(converted.dump(), expected.dump());
    QCOMPARE(converted.type(), expected.type());
    if (expected.is_array())
        for (size_t i = 0; i < expected.size(); ++i)
            QCOMPARE(converted.at(i).type(), expected.at(i).type());
}

void TestJsonDom::typeNamesAreNlohmanns_data()
{
    QTest::addColumn<QString>("text");
    for (const char* text : {"{}", "[]", "1", "-1", "1.5", "\"s\"", "false", "null"})
        QTest::newRow(text) << QString::fromUtf8(text);
}

void TestJsonDom::typeNamesAreNlohmanns()
{
    QFETCH(QString, text);
    QCOMPARE(JsonDom::typeName(parse(text.toStdString())),
             QString::fromLatin1(json::parse(text.toStdString()).type_name()));
}

void TestJsonDom::duplicateMembersAtAnyDepth_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("duplicate");
    QTest::newRow("top") << R"({"a": 1, "a": 2})" << true;
    QTest::newRow("nested") << R"({"a": {"x": [{"k": 1, "y": 2, "k": 3}]}})" << true;
    QTest::newRow("in an array") << R"([1, {"b": 0, "b": 0}])" << true;
    QTest::newRow("same name, other objects") << R"({"a": {"a": 1}, "b": {"a": 2}})" << false;
    QTest::newRow("case differs") << R"({"a": 1, "A": 2})" << false;
    QTest::newRow("scalar") << "7" << false;
    // Above the few compared one by one: the sorted path.
    QString many = QStringLiteral("{");
    for (int i = 0; i < 40; ++i)
        many += QStringLiteral("\"k%1\": %1, ").arg(i);
    QTest::newRow("many, distinct") << many + QStringLiteral("\"last\": 0}") << false;
    QTest::newRow("many, one twice") << many + QStringLiteral("\"k17\": 0}") << true;
}

void TestJsonDom::duplicateMembersAtAnyDepth()
{
    QFETCH(QString, text);
    QFETCH(bool, duplicate);
    QCOMPARE(JsonDom::hasDuplicateMember(parse(text.toStdString())), duplicate);
}

void TestJsonDom::membersSortByName()
{
    QStringList names;
    for (const auto& [name, value] : JsonDom::sortedMembers(parse(R"({"b": 1, "B": 2, "a": 3, "ab": 4})")))
        names << JsonDom::text(name);
    QCOMPARE(names, (QStringList{"B", "a", "ab", "b"}));
    QVERIFY(JsonDom::sortedMembers(parse("[1]")).empty());
}

QTEST_GUILESS_MAIN(TestJsonDom)
#include "tst_json_dom.moc"
