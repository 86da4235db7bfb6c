// The pickers' suggestion model: only the answer to the newest search is shown, loading state follows
// the newest search, and the model stays consistent for views (QAbstractItemModelTester).
#include "SuggestionModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace kumiko;
using directory::DirectoryEntry;
using models::SuggestionModel;

namespace {

QList<DirectoryEntry> entries(const QStringList& labels)
{
    QList<DirectoryEntry> list;
    for (const QString& label : labels)
        list.append({QStringLiteral("id-") + label, label, label.toUpper()});
    return list;
}

QStringList labelsIn(const SuggestionModel& model)
{
    QStringList labels;
    for (int row = 0; row < model.rowCount(); ++row)
        labels << model.index(row).data(SuggestionModel::LabelRole).toString();
    return labels;
}

} // namespace

class TestSuggestionModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsTheAnswerWithItsRoles();
    void dropsAnswersToOlderSearches();
    void aFailureOfTheNewestSearchEmptiesIt();
    void clearForgetsSearchesUnderWay();
};

void TestSuggestionModel::showsTheAnswerWithItsRoles()
{
    SuggestionModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loading(&model, &SuggestionModel::loadingChanged);
    const quint64 ticket = model.search(QStringLiteral("ac"));
    QVERIFY(model.isLoading());
    QCOMPARE(model.term(), QStringLiteral("ac"));
    QVERIFY(
        model.deliver(ticket, {{QStringLiteral("t1"), QStringLiteral("acme"), QStringLiteral("Acme Inc.")},
                               {QStringLiteral("t2"), QStringLiteral("acorn"), QStringLiteral("acorn")}}));
    QVERIFY(!model.isLoading());
    QCOMPARE(loading.count(), 2);
    QCOMPARE(model.rowCount(), 2);
    const QModelIndex acme = model.index(0);
    QCOMPARE(acme.data().toString(), QStringLiteral("acme — Acme Inc."));
    QCOMPARE(model.index(1).data().toString(), QStringLiteral("acorn")); // no detail beyond the label
    QCOMPARE(acme.data(SuggestionModel::IdRole).toString(), QStringLiteral("t1"));
    QCOMPARE(acme.data(SuggestionModel::LabelRole).toString(), QStringLiteral("acme"));
    QCOMPARE(acme.data(SuggestionModel::DetailRole).toString(), QStringLiteral("Acme Inc."));
    QCOMPARE(model.entry(1)->id, QStringLiteral("t2"));
    QVERIFY(!model.entry(2));
    // An answer comes once: delivering it again changes nothing.
    QVERIFY(!model.deliver(ticket, {}));
    QCOMPARE(model.rowCount(), 2);
}

void TestSuggestionModel::dropsAnswersToOlderSearches()
{
    SuggestionModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const quint64 first = model.search(QStringLiteral("a"));
    QVERIFY(model.deliver(first, entries({QStringLiteral("acme"), QStringLiteral("beta-a")})));
    // The term changes while its search is under way: typing goes on before the answer comes.
    const quint64 older = model.search(QStringLiteral("ac"));
    const quint64 newest = model.search(QStringLiteral("acm"));
    QVERIFY(model.isLoading());
    QCOMPARE(labelsIn(model), (QStringList{"acme", "beta-a"})); // the last answer stays until the next
    QVERIFY(!model.deliver(older, entries({QStringLiteral("acme"), QStringLiteral("acorn")})));
    QCOMPARE(labelsIn(model), (QStringList{"acme", "beta-a"}));
    QVERIFY(model.isLoading());
    QVERIFY(model.deliver(newest, entries({QStringLiteral("acme")})));
    QCOMPARE(labelsIn(model), QStringList{"acme"});
    QCOMPARE(model.term(), QStringLiteral("acm"));
    // The older answer arriving after the newest one changes nothing either.
    QVERIFY(!model.deliver(older, entries({QStringLiteral("acorn")})));
    QCOMPARE(labelsIn(model), QStringList{"acme"});
    QVERIFY(!model.isLoading());
}

void TestSuggestionModel::aFailureOfTheNewestSearchEmptiesIt()
{
    SuggestionModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.deliver(model.search(QStringLiteral("g")), entries({QStringLiteral("globex")})));
    const quint64 older = model.search(QStringLiteral("gl"));
    const quint64 newest = model.search(QStringLiteral("glo"));
    QVERIFY(!model.fail(older));
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(model.fail(newest));
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.isLoading());
}

void TestSuggestionModel::clearForgetsSearchesUnderWay()
{
    SuggestionModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.deliver(model.search(QStringLiteral("x")), entries({QStringLiteral("xeno")})));
    const quint64 pending = model.search(QStringLiteral("xy"));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.isLoading());
    QVERIFY(model.term().isEmpty());
    QVERIFY(!model.deliver(pending, entries({QStringLiteral("xylo")})));
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(TestSuggestionModel)
#include "tst_suggestion_model.moc"
