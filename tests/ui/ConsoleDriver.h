#pragma once

// Drives a whole console as an operator would: a copy of a project to start it on, sign-in.
#include "ConsoleController.h"
#include "MainWindow.h"
#include "MessageBanner.h"
#include "SignInPage.h"

#include <QDirIterator>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QtTest>
#include <nlohmann/json.hpp>

namespace kumiko::test {

class ConsoleDriver
{
public:
    /// Copies the project folder `from` (kumiko.json, seeds/) into `to`, so that what the console
    /// writes beside a project (mails of the directory transport) stays out of the source tree.
    static bool copyProject(const QString& from, const QString& to)
    {
        QDirIterator files(from, QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString source = files.next();
            const QString target = to + source.mid(from.size());
            if (!QDir().mkpath(QFileInfo(target).path()) || !QFile::copy(source, target))
                return false;
        }
        return true;
    }

    /// Replaces the `mail` section of `<dir>/kumiko.json`.
    static bool setMailSettings(const QString& dir, const nlohmann::json& mail)
    {
        QFile file(dir + QStringLiteral("/kumiko.json"));
        if (!file.open(QIODevice::ReadOnly))
            return false;
        nlohmann::json manifest = nlohmann::json::parse(file.readAll().toStdString());
        file.close();
        manifest["mail"] = mail;
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return false;
        file.write(QByteArray::fromStdString(manifest.dump(2)));
        return true;
    }

    /// Fills in the sign-in page and waits until the console shows itself.
    static void signIn(ui::ConsoleController& console, const QString& email, const QString& password)
    {
        ui::SignInPage* page = console.signInPage();
        auto* emailEdit = page->findChild<QLineEdit*>(QStringLiteral("emailEdit"));
        if (!emailEdit->isReadOnly())
            emailEdit->setText(email);
        page->findChild<QLineEdit*>(QStringLiteral("passwordEdit"))->setText(password);
        QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("signInButton")), Qt::LeftButton);
        QTRY_VERIFY2_WITH_TIMEOUT(
            console.window()->isSignedIn(),
            qPrintable(page->findChild<ui::MessageBanner*>(QStringLiteral("signInBanner"))->text()), 20000);
    }
};

} // namespace kumiko::test
