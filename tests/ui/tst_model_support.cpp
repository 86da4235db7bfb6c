// What the models share: status colours derived from the palette, and how times are shown.
#include "ConfigValueModel.h"
#include "LocalTime.h"
#include "ModelChecks.h"
#include "StatusPalette.h"

#include <QGuiApplication>
#include <QPalette>
#include <QtTest>
#include <cstdlib>
#include <ctime>

using namespace kumiko;
using models::LocalTime;
using models::StatusPalette;
using Tone = StatusPalette::Tone;

namespace {

const QList<Tone> kTones = {Tone::Neutral, Tone::Ok,     Tone::Info, Tone::Warning,
                            Tone::Error,   Tone::Violet, Tone::Teal};

QPalette paletteOf(const QColor& base, const QColor& text, const QColor& highlight)
{
    QPalette palette;
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::Window, base);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Highlight, highlight);
    return palette;
}

QPalette darkPalette()
{
    return paletteOf(QColor(0x1e, 0x1e, 0x1e), QColor(0xe6, 0xe6, 0xe6), QColor(0x2a, 0x82, 0xda));
}

// Apart enough to tell two badges side by side.
bool distinct(const QColor& a, const QColor& b)
{
    return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue()) >=
           20;
}

} // namespace

class TestModelSupport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void badgesReadInEveryTheme_data();
    void badgesReadInEveryTheme();
    void modelsFollowADarkApplicationPalette();
    void localTime_data();
    void localTime();
    void durationReadsLikeAClock_data();
    void durationReadsLikeAClock();
};

void TestModelSupport::badgesReadInEveryTheme_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::newRow("light") << paletteOf(Qt::white, QColor(0x20, 0x20, 0x20), QColor(0x30, 0x8c, 0xc6));
    QTest::newRow("dark") << darkPalette();
    QTest::newRow("dark, dim text") << paletteOf(QColor(0x30, 0x30, 0x30), QColor(0x80, 0x80, 0x80),
                                                 QColor(0x44, 0x44, 0x88));
    QTest::newRow("high contrast") << paletteOf(Qt::black, Qt::white, Qt::yellow);
}

void TestModelSupport::badgesReadInEveryTheme()
{
    QFETCH(QPalette, palette);
    const QColor base = palette.color(QPalette::Base);
    QList<QColor> backgrounds;
    for (Tone tone : kTones) {
        const QColor background = StatusPalette::background(tone, palette);
        const QColor foreground = StatusPalette::foreground(tone, palette);
        const QColor text = StatusPalette::text(tone, palette);
        const QByteArray what = QByteArray::number(int(tone));
        QVERIFY2(StatusPalette::contrast(foreground, background) >= StatusPalette::MinimumContrast, what);
        QVERIFY2(StatusPalette::contrast(text, base) >= StatusPalette::MinimumContrast, what);
        QVERIFY2(distinct(background, base), what); // a badge stands out from its cell
        backgrounds << background;
    }
    for (qsizetype a = 0; a < backgrounds.size(); ++a)
        for (qsizetype b = a + 1; b < backgrounds.size(); ++b)
            QVERIFY2(distinct(backgrounds.at(a), backgrounds.at(b)),
                     qPrintable(QStringLiteral("tones %1 and %2").arg(a).arg(b)));
}

void TestModelSupport::modelsFollowADarkApplicationPalette()
{
    const QPalette before = QGuiApplication::palette();
    QGuiApplication::setPalette(darkPalette());
    models::ConfigValueModel values;
    values.setRows({{QStringLiteral("a:config:b"), config::Scope::Tenant, QStringLiteral("1"),
                     config::ValueSource::TenantRow, false}});
    const QModelIndex source =
        values.indexOf(QStringLiteral("a:config:b")).siblingAtColumn(models::ConfigValueModel::SourceColumn);
    test::verifyReadableBadge(source);
    // Dark theme, dark badge: the light-theme tints would glare and carry the dark theme's light text badly.
    QVERIFY(source.data(Qt::BackgroundRole).value<QColor>().lightness() < 100);
    QCOMPARE(source.data(Qt::ForegroundRole).value<QColor>(), darkPalette().color(QPalette::Text));
    QGuiApplication::setPalette(before);
}

void TestModelSupport::localTime_data()
{
    QTest::addColumn<QDateTime>("time");
    QTest::addColumn<LocalTime::Precision>("precision");
    QTest::addColumn<QString>("text");
    const QDateTime utc(QDate(2026, 5, 1), QTime(22, 30, 5, 42), Qt::UTC);
    QTest::newRow("seconds") << utc << LocalTime::Precision::Seconds << "2026-05-02 00:30:05";
    QTest::newRow("milliseconds") << utc << LocalTime::Precision::Milliseconds << "2026-05-02 00:30:05.042";
    QTest::newRow("already local") << utc.toLocalTime() << LocalTime::Precision::Seconds
                                   << "2026-05-02 00:30:05";
    QTest::newRow("no time") << QDateTime() << LocalTime::Precision::Seconds << QString();
}

void TestModelSupport::localTime()
{
    QFETCH(QDateTime, time);
    QFETCH(LocalTime::Precision, precision);
    QFETCH(QString, text);
    QCOMPARE(LocalTime::text(time, precision), text);
}

void TestModelSupport::durationReadsLikeAClock_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("text");
    QTest::newRow("none") << qint64(0) << "0:00";
    QTest::newRow("seconds") << qint64(7) << "0:07";
    QTest::newRow("rate limit") << qint64(834) << "13:54";
    QTest::newRow("an hour") << qint64(3600) << "1:00:00";
    QTest::newRow("more") << qint64(3723) << "1:02:03";
    QTest::newRow("negative") << qint64(-5) << "0:00";
}

void TestModelSupport::durationReadsLikeAClock()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, text);
    QCOMPARE(LocalTime::duration(seconds), text);
}

int main(int argc, char** argv)
{
    // Local time two hours east of UTC, whatever the machine says.
    qputenv("TZ", "UTC-2");
    tzset();
    QGuiApplication app(argc, argv);
    TestModelSupport test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_model_support.moc"
