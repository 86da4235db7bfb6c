#include "ConnectionProfileStore.h"

#include <QSettings>

namespace kumiko::ui {
namespace {

const QString kGroup = QStringLiteral("connections");
const QString kLastUsed = QStringLiteral("connections/lastUsed");

void writeAll(const QList<ConnectionProfile>& profiles)
{
    QSettings settings;
    settings.beginWriteArray(kGroup + QStringLiteral("/profiles"), int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        const ConnectionProfile& p = profiles[i];
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("name"), p.name);
        settings.setValue(QStringLiteral("host"), p.host);
        settings.setValue(QStringLiteral("port"), p.port);
        settings.setValue(QStringLiteral("database"), p.database);
        settings.setValue(QStringLiteral("user"), p.user);
        settings.setValue(QStringLiteral("sslMode"), p.sslMode);
    }
    settings.endArray();
}

} // namespace

db::ConnectionSettings ConnectionProfile::toSettings(const QString& password) const
{
    db::ConnectionSettings s;
    s.host = host;
    s.port = port;
    s.database = database;
    s.user = user;
    s.password = password;
    s.sslMode = sslMode;
    s.applicationName = QStringLiteral("kumiko-admin");
    return s;
}

QList<ConnectionProfile> ConnectionProfileStore::profiles()
{
    QSettings settings;
    QList<ConnectionProfile> result;
    const int count = settings.beginReadArray(kGroup + QStringLiteral("/profiles"));
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        ConnectionProfile p;
        p.name = settings.value(QStringLiteral("name")).toString();
        p.host = settings.value(QStringLiteral("host")).toString();
        p.port = settings.value(QStringLiteral("port"), 5432).toInt();
        p.database = settings.value(QStringLiteral("database")).toString();
        p.user = settings.value(QStringLiteral("user")).toString();
        p.sslMode = settings.value(QStringLiteral("sslMode"), QStringLiteral("prefer")).toString();
        result.append(p);
    }
    settings.endArray();
    return result;
}

void ConnectionProfileStore::save(const ConnectionProfile& profile)
{
    QList<ConnectionProfile> all = profiles();
    auto it = std::find_if(all.begin(), all.end(), [&](const auto& p) { return p.name == profile.name; });
    if (it != all.end())
        *it = profile;
    else
        all.append(profile);
    writeAll(all);
}

void ConnectionProfileStore::remove(const QString& name)
{
    QList<ConnectionProfile> all = profiles();
    all.removeIf([&](const auto& p) { return p.name == name; });
    writeAll(all);
}

QString ConnectionProfileStore::lastUsed()
{
    return QSettings().value(kLastUsed).toString();
}

void ConnectionProfileStore::setLastUsed(const QString& name)
{
    QSettings().setValue(kLastUsed, name);
}

} // namespace kumiko::ui
