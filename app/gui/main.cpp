#include "ConsoleController.h"
#include "LanguageManager.h"
#include "common/BackgroundWork.h"
#include "common/BuildInfo.h"
#include "common/DataLocations.h"
#include "db/ConnectionSettings.h"
#include "db/ThreadConnection.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <cstdio>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(kumiko::DataLocations::settingsName());
    QApplication::setApplicationName(kumiko::DataLocations::settingsName());
    QApplication::setApplicationVersion(kumiko::BuildInfo::versionText());
    // Wayland compositors find the desktop entry, and with it the icon, by this id.
    QApplication::setDesktopFileName(QStringLiteral("io.github.kumiko.Admin"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Kumiko Admin, the console for Kumiko event-sourced PostgreSQL applications"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("database-url"),
                      QStringLiteral("PostgreSQL URL (default: embedded database)."), QStringLiteral("url")});
    parser.addOption({QStringLiteral("project"), QStringLiteral("Project folder (kumiko.json, seeds/)."),
                      QStringLiteral("dir")});
    parser.addOption(
        {QStringLiteral("language"), QStringLiteral("UI language: de or en."), QStringLiteral("code")});
    parser.process(app);

    // Only a warning here: a URL that does not parse is reported by the console itself.
    if (auto fromUrl = kumiko::db::ConnectionSettings::fromCommandLineOrEnvironment(
            parser.value(QStringLiteral("database-url")));
        fromUrl && !fromUrl->urlPasswordWarning().isEmpty())
        std::fprintf(stderr, "%s\n", qPrintable(fromUrl->urlPasswordWarning()));

    kumiko::ui::LanguageManager language;
    const QString requested = parser.value(QStringLiteral("language"));
    language.setLanguage(requested.isEmpty() ? kumiko::ui::LanguageManager::preferredLanguage() : requested);

    kumiko::ui::ConsoleController console({parser.value(QStringLiteral("database-url")),
                                           QDir(parser.value(QStringLiteral("project"))).absolutePath()},
                                          language);
    console.start();
    const int exitCode = app.exec();
    // Work still on the pool (a refresh, an apply's last migration) ends before its connections go.
    kumiko::BackgroundWork::drain();
    kumiko::db::ThreadConnection::closeThisThread();
    return exitCode;
}
