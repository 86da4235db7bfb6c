#include "db/ConnectionSettings.h"

#include <QByteArray>
#include <QStringList>
#include <QUrl>
#include <cctype>

namespace kumiko::db {
namespace {

Error urlError(const QString& message, const QString& field = {})
{
    return Error::make(ErrorCode::InvalidDatabaseUrl, message, field);
}

// libpq decodes %XX only; a '%' not followed by two hex digits is an error, '+' stays literal.
Result<QString> percentDecode(const QString& text, const QString& component)
{
    QByteArray utf8 = text.toUtf8();
    QByteArray out;
    out.reserve(utf8.size());
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const char c = utf8.at(i);
        if (c != '%') {
            out.append(c);
            continue;
        }
        const QByteArray hex = utf8.mid(i + 1, 2);
        bool ok = hex.size() == 2 && std::isxdigit(static_cast<unsigned char>(hex[0])) &&
                  std::isxdigit(static_cast<unsigned char>(hex[1]));
        const int value = ok ? hex.toInt(&ok, 16) : 0;
        if (!ok)
            return urlError(QStringLiteral("invalid percent-encoding in the %1").arg(component), component);
        out.append(static_cast<char>(value));
        i += 2;
    }
    // QPSQL hands libpq one C string: a NUL would cut the connection options short (fuzz_database_url).
    if (out.contains('\0'))
        return urlError(QStringLiteral("the %1 contains a NUL character").arg(component), component);
    return QString::fromUtf8(out);
}

Result<int> parsePort(const QString& text)
{
    bool ok = false;
    const int port = text.toInt(&ok);
    if (!ok || port < 1 || port > 65535)
        return urlError(QStringLiteral("port must be a number from 1 to 65535"), QStringLiteral("port"));
    return port;
}

Status validateSslMode(const QString& mode)
{
    static const QStringList modes = {QStringLiteral("disable"),   QStringLiteral("allow"),
                                      QStringLiteral("prefer"),    QStringLiteral("require"),
                                      QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    if (!modes.contains(mode))
        return urlError(QStringLiteral("sslmode must be one of %1").arg(modes.join(QStringLiteral(", "))),
                        QStringLiteral("sslmode"));
    return {};
}

Status applyHostPort(ConnectionSettings& s, const QString& hostPort)
{
    if (hostPort.contains(QLatin1Char(',')))
        return urlError(QStringLiteral("several hosts in one URL are not supported"), QStringLiteral("host"));
    QString host = hostPort;
    QString port;
    if (host.startsWith(QLatin1Char('['))) {
        const qsizetype close = host.indexOf(QLatin1Char(']'));
        if (close < 0)
            return urlError(QStringLiteral("IPv6 address is missing its closing ']'"),
                            QStringLiteral("host"));
        port = host.mid(close + 1);
        host = host.mid(1, close - 1);
        if (!port.isEmpty() && !port.startsWith(QLatin1Char(':')))
            return urlError(QStringLiteral("unexpected text after the IPv6 address"), QStringLiteral("host"));
        port = port.mid(1);
    } else if (const qsizetype colon = host.lastIndexOf(QLatin1Char(':')); colon >= 0) {
        port = host.mid(colon + 1);
        host = host.left(colon);
    }
    auto decoded = percentDecode(host, QStringLiteral("host"));
    if (!decoded)
        return decoded.error();
    s.host = decoded.value();
    if (!port.isEmpty()) {
        auto p = parsePort(port);
        if (!p)
            return p.error();
        s.port = p.value();
    }
    return {};
}

Status applyUserInfo(ConnectionSettings& s, const QString& userInfo)
{
    const qsizetype colon = userInfo.indexOf(QLatin1Char(':'));
    auto user = percentDecode(colon < 0 ? userInfo : userInfo.left(colon), QStringLiteral("user name"));
    if (!user)
        return user.error();
    s.user = user.value();
    if (colon >= 0) {
        auto password = percentDecode(userInfo.mid(colon + 1), QStringLiteral("password"));
        if (!password)
            return password.error();
        s.password = password.value();
    }
    return {};
}

Status applyQueryParameter(ConnectionSettings& s, const QString& key, const QString& value)
{
    if (key == QLatin1String("host")) {
        s.host = value;
    } else if (key == QLatin1String("port")) {
        auto p = parsePort(value);
        if (!p)
            return p.error();
        s.port = p.value();
    } else if (key == QLatin1String("user")) {
        s.user = value;
    } else if (key == QLatin1String("password")) {
        s.password = value;
    } else if (key == QLatin1String("dbname")) {
        s.database = value;
    } else if (key == QLatin1String("sslmode")) {
        if (auto ok = validateSslMode(value); !ok)
            return ok;
        s.sslMode = value;
    } else if (key == QLatin1String("connect_timeout")) {
        bool ok = false;
        const int seconds = value.toInt(&ok);
        if (!ok || seconds < 0)
            return urlError(QStringLiteral("connect_timeout must be a whole number of seconds"),
                            QStringLiteral("connect_timeout"));
        s.connectTimeoutSeconds = seconds;
    } else if (key == QLatin1String("application_name")) {
        // Qt's PostgreSQL driver turns every ';' of the connect options into a space; refusing it keeps
        // the name exactly as given.
        if (value.contains(QLatin1Char(';')))
            return urlError(QStringLiteral("application_name must not contain ';'"),
                            QStringLiteral("application_name"));
        s.applicationName = value;
    } else {
        return urlError(QStringLiteral("unknown URL parameter \"%1\"").arg(key), key);
    }
    return {};
}

Status applyQuery(ConnectionSettings& s, const QString& query)
{
    if (query.isEmpty())
        return {};
    const QStringList pairs = query.split(QLatin1Char('&'));
    for (const QString& pair : pairs) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return urlError(
                QStringLiteral("URL parameter \"%1\" has no value").arg(pair.left(eq < 0 ? 40 : eq)));
        const QString key = pair.left(eq);
        auto value = percentDecode(pair.mid(eq + 1), key);
        if (!value)
            return value.error();
        if (auto ok = applyQueryParameter(s, key, value.value()); !ok)
            return ok;
    }
    return {};
}

} // namespace

Result<ConnectionSettings> ConnectionSettings::fromUrl(const QString& url)
{
    static const QString schemes[] = {QStringLiteral("postgresql://"), QStringLiteral("postgres://")};
    QString rest;
    for (const QString& scheme : schemes) {
        if (url.startsWith(scheme, Qt::CaseInsensitive))
            rest = url.mid(scheme.size());
    }
    if (rest.isNull())
        return urlError(QStringLiteral("the URL must start with postgresql:// or postgres://"));

    ConnectionSettings s;
    QString query;
    if (const qsizetype q = rest.indexOf(QLatin1Char('?')); q >= 0) {
        query = rest.mid(q + 1);
        rest = rest.left(q);
    }
    QString path;
    if (const qsizetype slash = rest.indexOf(QLatin1Char('/')); slash >= 0) {
        path = rest.mid(slash + 1);
        rest = rest.left(slash);
    }
    // A raw '@' inside the password is tolerated: the host follows the last one.
    const qsizetype at = rest.lastIndexOf(QLatin1Char('@'));
    if (at >= 0) {
        if (auto ok = applyUserInfo(s, rest.left(at)); !ok)
            return ok.error();
        rest = rest.mid(at + 1);
    }
    if (auto ok = applyHostPort(s, rest); !ok)
        return ok.error();
    auto database = percentDecode(path, QStringLiteral("database name"));
    if (!database)
        return database.error();
    s.database = database.value();
    if (auto ok = applyQuery(s, query); !ok)
        return ok.error();
    return s;
}

Result<ConnectionSettings> ConnectionSettings::fromCommandLineOrEnvironment(const QString& commandLineUrl)
{
    if (!commandLineUrl.isEmpty())
        return fromUrl(commandLineUrl);
    for (const char* name : {"KUMIKO_DATABASE_URL", "DATABASE_URL"}) {
        const QString value = qEnvironmentVariable(name);
        if (value.isEmpty())
            continue;
        auto parsed = fromUrl(value);
        if (!parsed) {
            Error e = parsed.error();
            e.message = QStringLiteral("%1: %2").arg(QString::fromLatin1(name), e.message);
            return e;
        }
        return parsed;
    }
    return Error::make(ErrorCode::NoDatabaseUrl, QStringLiteral("no database URL given"));
}

QString ConnectionSettings::urlPasswordWarning() const
{
    if (password.isEmpty())
        return {};
    return QStringLiteral(
        "warning: the database URL contains a password, which other users of this machine can see (process "
        "list, environment, shell history); leave it out and use a saved connection profile, a PGPASSFILE "
        "(~/.pgpass) or PGPASSWORD instead");
}

QString ConnectionSettings::redactedUrl() const
{
    QString url = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        url += QString::fromUtf8(QUrl::toPercentEncoding(user));
    if (!password.isEmpty())
        url += QStringLiteral(":***");
    if (!user.isEmpty() || !password.isEmpty())
        url += QLatin1Char('@');
    if (!isUnixSocket())
        url += host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]").arg(host) : host;
    url += QStringLiteral(":%1/%2").arg(port).arg(QString::fromUtf8(QUrl::toPercentEncoding(database)));
    if (isUnixSocket())
        url += QStringLiteral("?host=%1").arg(QString::fromUtf8(QUrl::toPercentEncoding(host, "/")));
    return url;
}

QString ConnectionSettings::qtConnectOptions() const
{
    // QPSQL appends these to the libpq conninfo string as they are, so a value must be one quoted
    // conninfo value: otherwise `application_name=x sslmode=disable` would set a second option.
    const auto quoted = [](QString value) {
        value.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('\''), QStringLiteral("\\'"));
        return QLatin1Char('\'') + value + QLatin1Char('\'');
    };
    QStringList options;
    if (!sslMode.isEmpty())
        options << QStringLiteral("sslmode=%1").arg(sslMode);
    if (connectTimeoutSeconds > 0)
        options << QStringLiteral("connect_timeout=%1").arg(connectTimeoutSeconds);
    if (!applicationName.isEmpty())
        options << QStringLiteral("application_name=%1").arg(quoted(applicationName));
    return options.join(QLatin1Char(';'));
}

} // namespace kumiko::db
