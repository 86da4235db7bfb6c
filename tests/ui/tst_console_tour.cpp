#include "ConfigValueEditor.h"
#include "ConfigValueModel.h"
#include "ConfigurationPage.h"
#include "ConnectionDialog.h"
#include "ConsoleController.h"
#include "EventsPage.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "MessageBanner.h"
#include "MigrationTableModel.h"
#include "MigrationsPage.h"
#include "Screenshots.h"
#include "SignInPage.h"
#include "TestDatabase.h"
#include "TestMacros.h"
#include "UserAdminActions.h"
#include "UserTableModel.h"
#include "UsersPage.h"
#include "auth/AccountAdmin.h"
#include "auth/LoginLockout.h"
#include "common/BackgroundWork.h"
#include "config/ConfigSeeder.h"
#include "config/ProjectManifest.h"
#include "esops/SeedRunner.h"

#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStyleFactory>
#include <QTableView>
#include <QTextEdit>
#include <QTimer>
#include <QTreeView>
#include <QtTest>

using namespace kumiko;
using kumiko::test::Screenshots;
using kumiko::test::TestDatabase;

namespace {

const QList<ui::Section> kSections = {ui::Section::Migrations, ui::Section::Configuration, ui::Section::Users,
                                      ui::Section::Events};

QString sectionName(ui::Section section)
{
    static const QStringList names = {QStringLiteral("migrations"), QStringLiteral("configuration"),
                                      QStringLiteral("users"), QStringLiteral("events")};
    return names.at(int(section));
}

QPalette darkPalette()
{
    const QColor text(222, 222, 222);
    const QColor disabled(125, 125, 125);
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(45, 45, 48));
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, QColor(30, 30, 32));
    palette.setColor(QPalette::AlternateBase, QColor(42, 42, 45));
    palette.setColor(QPalette::ToolTipBase, QColor(60, 60, 64));
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, QColor(55, 55, 59));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, QColor(255, 90, 90));
    palette.setColor(QPalette::Link, QColor(110, 170, 255));
    palette.setColor(QPalette::Highlight, QColor(42, 110, 190));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::PlaceholderText, QColor(150, 150, 150));
    palette.setColor(QPalette::Light, QColor(75, 75, 80));
    palette.setColor(QPalette::Midlight, QColor(62, 62, 66));
    palette.setColor(QPalette::Mid, QColor(40, 40, 42));
    palette.setColor(QPalette::Dark, QColor(25, 25, 27));
    palette.setColor(QPalette::Shadow, Qt::black);
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, disabled);
    return palette;
}

// What a screen reader announces for `widget`. Qt on Linux answers a combo box's current text as its
// name, so a combo box counts as named only with an accessible name or a label that is its buddy.
QString accessibleName(QWidget* widget)
{
    if (qobject_cast<QComboBox*>(widget)) {
        if (!widget->accessibleName().isEmpty())
            return widget->accessibleName();
        for (QLabel* label : widget->window()->findChildren<QLabel*>())
            if (label->buddy() == widget)
                return label->text();
        return {};
    }
    QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
    return accessible ? accessible->text(QAccessible::Name) : QString();
}

bool isControl(QWidget* widget)
{
    if (widget->focusPolicy() == Qt::NoFocus)
        return false;
    return qobject_cast<QAbstractButton*>(widget) || qobject_cast<QLineEdit*>(widget) ||
           qobject_cast<QComboBox*>(widget) || qobject_cast<QAbstractSpinBox*>(widget) ||
           qobject_cast<QAbstractItemView*>(widget) || qobject_cast<QPlainTextEdit*>(widget) ||
           qobject_cast<QTextEdit*>(widget);
}

// The line edit inside a combo or spin box and the editors and headers of a view are named by it.
bool isPartOfAControl(QWidget* widget, QWidget* root)
{
    for (QWidget* parent = widget->parentWidget(); parent && parent != root; parent = parent->parentWidget())
        if (qobject_cast<QComboBox*>(parent) || qobject_cast<QAbstractSpinBox*>(parent) ||
            qobject_cast<QAbstractItemView*>(parent))
            return true;
    return false;
}

QStringList unnamedControls(QWidget* root)
{
    QStringList unnamed;
    for (QWidget* widget : root->findChildren<QWidget*>()) {
        if (!widget->isVisibleTo(root) || !isControl(widget) || isPartOfAControl(widget, root))
            continue;
        if (accessibleName(widget).trimmed().isEmpty())
            unnamed << QStringLiteral("%1 \"%2\" in %3")
                           .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName(),
                                QString::fromLatin1(widget->parentWidget()->metaObject()->className()));
    }
    return unnamed;
}

// Runs `open`, which shows a modal dialog and waits for it; the dialog is saved as `name` and closed.
void captureDialog(const QString& name, const std::function<void()>& open)
{
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, [&poll, name] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        poll.stop();
        Screenshots::save(dialog, name);
        dialog->reject();
    });
    poll.start();
    open();
}

} // namespace

// Walks the signed-in console with the demo project: every page and the main dialogs in both
// languages for what a laptop, a keyboard and a screen reader need; with KUMIKO_SCREENSHOT_DIR set it
// also renders all of it light and dark at two window sizes (scripts/screenshots).
class TestConsoleTour : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void windowFitsALaptop_data();
    void windowFitsALaptop();
    void everyControlHasAnAccessibleName_data();
    void everyControlHasAnAccessibleName();
    void keyboardReachesSectionsRefreshFilterAndReconnect();
    void bannersAndColumnsFollowTheLanguage();
    void screenshots();

private:
    static void languageData();
    void setLanguage(const QString& code);
    ui::MainWindow* window() const { return m_console->window(); }
    void shootPages(const QString& prefix);
    void shootDialogs(const QString& prefix);
    void shootSignIn(const QString& prefix);

    ui::LanguageManager m_language;
    std::unique_ptr<ui::ConsoleController> m_console;
};

void TestConsoleTour::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("kumiko-admin-tests"));
    QSettings().clear();
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    auto settings = TestDatabase::create(QStringLiteral("tst_console_tour"));
    KUMIKO_VERIFY_OK(settings);
    const QSqlDatabase db = TestDatabase::connection();
    QString lockedOut;
    for (const auto& [email, verified] : {std::pair{QStringLiteral("admin@example.com"), true},
                                          std::pair{QStringLiteral("new.colleague@example.com"), false},
                                          std::pair{QStringLiteral("locked.out@example.com"), true}}) {
        auto id = auth::AccountAdmin::ensureAccount(db,
                                                    {email,
                                                     QStringLiteral("Admin"),
                                                     QStringLiteral("admin-password"),
                                                     {QStringLiteral("SystemAdmin")},
                                                     verified},
                                                    domain::Actor::system());
        KUMIKO_VERIFY_OK(id);
        lockedOut = id.value();
    }
    // Someone mistyped the password too often: the Users page shows the lockout.
    for (int attempt = 0; attempt < 5; ++attempt)
        KUMIKO_VERIFY_OK(auth::LoginLockout::recordFailure(db, lockedOut, 5, 15));
    // Some migrations applied and some pending, the config seeds in: every page has something to show.
    esops::ApplyOptions options;
    options.to = QStringLiteral("2026-05-02-create-admin");
    KUMIKO_VERIFY_OK(esops::SeedRunner(QStringLiteral(KUMIKO_DEMO_PROJECT), {})
                         .apply(db, domain::Actor::systemAdmin(), options));
    // A test key: the demo encrypts one seed.
    qputenv("KUMIKO_SECRETS_MASTER_KEY_V1", "AwoRGB8mLTQ7QklQV15lbHN6gYiPlp2kq7K5wMfO1dw=");
    auto manifest = config::ProjectManifest::load(QStringLiteral(KUMIKO_DEMO_PROJECT));
    KUMIKO_VERIFY_OK(manifest);
    KUMIKO_VERIFY_OK(config::ConfigSeeder::run(db, manifest.value()));
    qunsetenv("KUMIKO_SECRETS_MASTER_KEY_V1");

    QVERIFY(m_language.setLanguage(QStringLiteral("en")));
    m_console = std::make_unique<ui::ConsoleController>(
        ui::ConsoleController::Options{TestDatabase::url(settings.value()),
                                       QStringLiteral(KUMIKO_DEMO_PROJECT)},
        m_language);
    QSignalSpy ready(m_console.get(), &ui::ConsoleController::databaseReady);
    m_console->start();
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 20000);
    ui::SignInPage* signIn = m_console->signInPage();
    signIn->findChild<QLineEdit*>(QStringLiteral("emailEdit"))->setText(QStringLiteral("admin@example.com"));
    signIn->findChild<QLineEdit*>(QStringLiteral("passwordEdit"))->setText(QStringLiteral("admin-password"));
    QTest::mouseClick(signIn->findChild<QPushButton*>(QStringLiteral("signInButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(window()->isSignedIn(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(m_console->migrationsPage()->table()->model()->rowCount() == 4, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(m_console->usersPage()->usersView()->model()->rowCount() >= 2, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(m_console->eventsPage()->table()->model()->rowCount() > 0, 20000);
    m_console->migrationsPage()->table()->selectRow(2);
    // Tenant acme with one key chosen: the key panel, its cascade and its editor are shown too.
    ui::ConfigurationPage* configuration = m_console->configurationPage();
    QSignalSpy configurationRefreshed(configuration, &ui::ConfigurationPage::refreshed);
    configuration->setContext(QStringLiteral("acme"), QString());
    QVERIFY(configurationRefreshed.wait(20000));
    const auto* values = qobject_cast<models::ConfigValueModel*>(configuration->valuesView()->model());
    configuration->valuesView()->setCurrentIndex(
        values->indexOf(QStringLiteral("billing:config:max-upload-size-mb")));
    QVERIFY(configuration->editor()->isEnabled());
}

void TestConsoleTour::cleanupTestCase()
{
    m_console.reset();
}

void TestConsoleTour::languageData()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("de") << QStringLiteral("de");
    QTest::newRow("en") << QStringLiteral("en");
}

void TestConsoleTour::setLanguage(const QString& code)
{
    QVERIFY(m_language.setLanguage(code));
    QCoreApplication::processEvents(); // LanguageChange events are posted
}

void TestConsoleTour::windowFitsALaptop_data()
{
    languageData();
}

// Half of a 1920 px screen, or a small laptop: the window can be made 1024×700 and narrower than 1000 px.
void TestConsoleTour::windowFitsALaptop()
{
    QFETCH(QString, language);
    setLanguage(language);
    QStringList pages;
    for (ui::Section section : kSections) {
        window()->showSection(section);
        const QSize page = window()->page(section)->minimumSizeHint();
        pages << QStringLiteral("%1 %2×%3").arg(sectionName(section)).arg(page.width()).arg(page.height());
    }
    const QSize minimum = window()->minimumSizeHint().expandedTo(window()->minimumSize());
    QVERIFY2(minimum.width() <= 1000 && minimum.height() <= 700,
             qPrintable(QStringLiteral("window %1×%2; pages: %3")
                            .arg(minimum.width())
                            .arg(minimum.height())
                            .arg(pages.join(QStringLiteral(", ")))));
    window()->resize(1024, 700);
    QTRY_COMPARE(window()->size(), QSize(1024, 700));
}

void TestConsoleTour::everyControlHasAnAccessibleName_data()
{
    languageData();
}

// What a screen reader announces: every button, field, list and text area says what it is.
void TestConsoleTour::everyControlHasAnAccessibleName()
{
    QFETCH(QString, language);
    setLanguage(language);
    QStringList unnamed;
    for (ui::Section section : kSections) {
        window()->showSection(section);
        unnamed << unnamedControls(window());
    }
    ui::ConnectionDialog dialog(window());
    dialog.show();
    unnamed << unnamedControls(&dialog);
    ui::SignInPage signIn;
    signIn.show();
    unnamed << unnamedControls(&signIn);
    unnamed.removeDuplicates();
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('\n'))));
}

void TestConsoleTour::keyboardReachesSectionsRefreshFilterAndReconnect()
{
    setLanguage(QStringLiteral("en"));
    window()->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window()));
    for (int i = 0; i < kSections.size(); ++i) {
        QTest::keyClick(window(), Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
        QCOMPARE(window()->currentSection(), kSections.at(i));
    }
    QTest::keyClick(window(), Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(window()->currentSection(), ui::Section::Migrations);
    QSignalSpy refreshed(m_console->migrationsPage(), &ui::MigrationsPage::refreshed);
    QTest::keyClick(window(), Qt::Key_F5);
    // What kept F5 from refreshing, should it ever not: a popup or focus elsewhere, or a busy pool.
    const auto refreshState = [this] {
        const QWidget* focus = QApplication::focusWidget();
        const QWidget* popup = QApplication::activePopupWidget();
        return QStringLiteral("section %1, focus %2, popup %3, pool %4/%5 busy")
            .arg(sectionName(window()->currentSection()),
                 focus ? focus->objectName() + QLatin1Char(' ') + focus->metaObject()->className()
                       : QString(),
                 popup ? popup->metaObject()->className() : QString())
            .arg(BackgroundWork::pool()->activeThreadCount())
            .arg(BackgroundWork::pool()->maxThreadCount());
    };
    QTRY_VERIFY2_WITH_TIMEOUT(refreshed.count() > 0, qPrintable(refreshState()), 30000);
    for (ui::Section section : kSections) {
        window()->showSection(section);
        QTest::keyClick(window(), Qt::Key_F, Qt::ControlModifier);
        QVERIFY(QApplication::focusWidget());
        QCOMPARE(QApplication::focusWidget()->objectName(), ui::pageFilterName());
        QVERIFY(window()->page(section)->isAncestorOf(QApplication::focusWidget()));
    }
    QSignalSpy reconnect(window(), &ui::MainWindow::reconnectRequested);
    QTest::keyClick(window(), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(reconnect.count(), 1);
    // The offscreen platform keeps Shift as held after a shortcut took the key; a plain key lets go,
    // or later clicks would extend selections.
    QTest::keyClick(window(), Qt::Key_Escape);
    QCOMPARE(QGuiApplication::keyboardModifiers(), Qt::NoModifier);
    QTRY_VERIFY_WITH_TIMEOUT(window()->isSignedIn() && m_console->connectionMonitor().state() ==
                                                           db::ConnectionMonitor::State::Connected,
                             20000);
}

// A banner shown in one language reads in the other after a switch, and the columns fit the new
// headers.
void TestConsoleTour::bannersAndColumnsFollowTheLanguage()
{
    setLanguage(QStringLiteral("en"));
    ui::EventsPage* events = m_console->eventsPage();
    window()->showSection(ui::Section::Events);
    events->aggregateFilter()->setText(QStringLiteral("not-a-uuid"));
    events->reload();
    QTRY_VERIFY(events->banner()->isVisible());
    QVERIFY2(events->banner()->text().startsWith(QLatin1String("A filter is not valid")),
             qPrintable(events->banner()->text()));
    setLanguage(QStringLiteral("de"));
    QVERIFY2(events->banner()->text().startsWith(QStringLiteral("Ein Filter ist ungültig")),
             qPrintable(events->banner()->text()));
    events->aggregateFilter()->clear();
    events->reload();
    QVERIFY(!events->banner()->isVisible());

    window()->showSection(ui::Section::Users);
    QTableView* users = m_console->usersPage()->usersView();
    QHeaderView* header = users->horizontalHeader();
    for (int column = 0; column < header->count() - 1; ++column) { // the last one stretches
        const QString title = users->model()->headerData(column, Qt::Horizontal).toString();
        QVERIFY2(header->sectionSize(column) >= header->fontMetrics().horizontalAdvance(title),
                 qPrintable(QStringLiteral("%1: %2 px").arg(title).arg(header->sectionSize(column))));
    }
    setLanguage(QStringLiteral("en"));
}

void TestConsoleTour::screenshots()
{
    if (!Screenshots::enabled())
        QSKIP("KUMIKO_SCREENSHOT_DIR is not set (scripts/screenshots sets it)");
    const QPalette light = QApplication::style()->standardPalette();
    for (const auto& [theme, palette] :
         {std::pair{QStringLiteral("light"), light}, std::pair{QStringLiteral("dark"), darkPalette()}}) {
        QApplication::setPalette(palette);
        for (const QString& language : {QStringLiteral("de"), QStringLiteral("en")}) {
            setLanguage(language);
            const QString prefix = QStringLiteral("%1-%2").arg(theme, language);
            shootPages(prefix);
            shootDialogs(prefix);
            shootSignIn(prefix);
        }
    }
    QApplication::setPalette(light);
    setLanguage(QStringLiteral("en"));
}

void TestConsoleTour::shootPages(const QString& prefix)
{
    for (const QSize size : {QSize(1024, 700), QSize(1600, 1000)}) {
        window()->resize(size);
        for (ui::Section section : kSections) {
            window()->showSection(section);
            QCoreApplication::processEvents();
            Screenshots::save(window(), QStringLiteral("%1-%2x%3-%4")
                                            .arg(prefix)
                                            .arg(size.width())
                                            .arg(size.height())
                                            .arg(sectionName(section)));
        }
    }
    window()->resize(1024, 700);
}

void TestConsoleTour::shootDialogs(const QString& prefix)
{
    ui::ConnectionDialog connection(window());
    connection.show();
    QVERIFY(QTest::qWaitForWindowExposed(&connection));
    Screenshots::save(&connection, prefix + QStringLiteral("-dialog-connection"));
    connection.close();

    ui::MigrationsPage* migrations = m_console->migrationsPage();
    window()->showSection(ui::Section::Migrations);
    QTRY_VERIFY((migrations->table()->selectRow(3), migrations->markAppliedButton()->isEnabled())); // pending
    captureDialog(prefix + QStringLiteral("-dialog-mark-applied"),
                  [migrations] { migrations->markAppliedButton()->click(); });
    captureDialog(prefix + QStringLiteral("-dialog-new-migration"),
                  [migrations] { migrations->newMigrationButton()->click(); });

    ui::UsersPage* users = m_console->usersPage();
    window()->showSection(ui::Section::Users);
    QAbstractItemModel* model = users->usersView()->model();
    const auto selectUnverified = [users, model] {
        for (int row = 0; row < model->rowCount(); ++row)
            if (!model->index(row, 0).data(models::UserTableModel::VerifiedRole).toBool())
                users->usersView()->selectRow(row);
        return users->resendButton()->isEnabled();
    };
    QTRY_VERIFY(selectUnverified()); // a reload may have taken the selection away
    captureDialog(prefix + QStringLiteral("-dialog-resend"), [users] { users->resendButton()->click(); });
    captureDialog(prefix + QStringLiteral("-dialog-mark-verified"),
                  [users] { users->markVerifiedButton()->click(); });
    captureDialog(prefix + QStringLiteral("-dialog-memberships"),
                  [users] { users->adminActions()->membershipsButton()->click(); });
    captureDialog(prefix + QStringLiteral("-dialog-new-user"),
                  [users] { users->adminActions()->newUserButton()->click(); });

    QMenu* help = window()->menuBar()->actions().last()->menu();
    captureDialog(prefix + QStringLiteral("-dialog-about"), [help] { help->actions().first()->trigger(); });
}

// A sign-in page of its own, so the console stays signed in: empty, then refused for an unverified
// address with the resend offer.
void TestConsoleTour::shootSignIn(const QString& prefix)
{
    auto configuration = auth::AuthConfiguration::load(QStringLiteral(KUMIKO_DEMO_PROJECT));
    KUMIKO_VERIFY_OK(configuration);
    ui::SignInPage signIn;
    signIn.setConfiguration(configuration.value());
    signIn.resize(1024, 700);
    signIn.show();
    QVERIFY(QTest::qWaitForWindowExposed(&signIn));
    Screenshots::save(&signIn, prefix + QStringLiteral("-sign-in"));
    signIn.findChild<QLineEdit*>(QStringLiteral("emailEdit"))
        ->setText(QStringLiteral("new.colleague@example.com"));
    signIn.findChild<QLineEdit*>(QStringLiteral("passwordEdit"))->setText(QStringLiteral("admin-password"));
    QTest::mouseClick(signIn.findChild<QPushButton*>(QStringLiteral("signInButton")), Qt::LeftButton);
    auto* banner = signIn.findChild<ui::MessageBanner*>(QStringLiteral("signInBanner"));
    QTRY_VERIFY2_WITH_TIMEOUT(signIn.findChild<QWidget*>(QStringLiteral("resendLink"))->isVisible(),
                              qPrintable(banner->text()), 20000);
    Screenshots::save(&signIn, prefix + QStringLiteral("-sign-in-unverified"));
}

QTEST_MAIN(TestConsoleTour)
#include "tst_console_tour.moc"
