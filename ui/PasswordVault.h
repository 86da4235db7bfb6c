#pragma once

#include <QObject>
#include <QString>
#include <functional>

namespace kumiko::ui {

/// Keeps connection passwords in the system keychain (QtKeychain); asynchronous, never blocks the GUI.
class PasswordVault : public QObject
{
    Q_OBJECT

public:
    /// `ok` false: no password stored or no keychain service; `message` says which, translated.
    using ReadCallback = std::function<void(bool ok, const QString& password, const QString& message)>;
    using WriteCallback = std::function<void(bool ok, const QString& message)>;

    explicit PasswordVault(QObject* parent = nullptr);

    void read(const QString& profile, ReadCallback done);
    void write(const QString& profile, const QString& password, WriteCallback done);
    void remove(const QString& profile);

private:
    static QString serviceName() { return QStringLiteral("kumiko-admin"); }
};

} // namespace kumiko::ui
