// libFuzzer target: ConnectionSettings::fromUrl, and that what it hands Qt's PostgreSQL driver parses
// back (as libpq does) into exactly the options the URL set, so no URL part can add another option.
#include "FuzzSupport.h"
#include "db/ConnectionSettings.h"

#include <QMap>
#include <libpq-fe.h>

using namespace kumiko;

namespace {

// QPSQL turns ';' into ' ' and appends the options to the conninfo string it gives libpq.
QMap<QString, QString> libpqOptions(const QString& qtOptions)
{
    QString conninfo = qtOptions;
    conninfo.replace(QLatin1Char(';'), QLatin1Char(' '));
    char* error = nullptr;
    PQconninfoOption* options = PQconninfoParse(conninfo.toUtf8().constData(), &error);
    fuzz::require(options != nullptr, "the connect options do not parse as a libpq conninfo string");
    QMap<QString, QString> set;
    for (PQconninfoOption* o = options; o->keyword; ++o)
        if (o->val)
            set.insert(QString::fromUtf8(o->keyword), QString::fromUtf8(o->val));
    PQconninfoFree(options);
    return set;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString url = fuzz::text(data, size);
    auto parsed = db::ConnectionSettings::fromUrl(url);
    if (!parsed) {
        fuzz::require(!parsed.error().message.isEmpty(), "a rejected URL has an error message");
        return 0;
    }
    const db::ConnectionSettings& s = parsed.value();
    const QString redacted = s.redactedUrl();
    // The password may also occur in the host or database name, so the check is that the redacted
    // URL does not depend on it at all: any other non-empty password gives the same text.
    db::ConnectionSettings otherPassword = s;
    if (!s.password.isEmpty())
        otherPassword.password = s.password == QLatin1String("x") ? QStringLiteral("y") : QStringLiteral("x");
    fuzz::require(otherPassword.redactedUrl() == redacted, "the redacted URL shows the password");
    (void)s.urlPasswordWarning();

    const QMap<QString, QString> options = libpqOptions(s.qtConnectOptions());
    QMap<QString, QString> expected;
    if (!s.sslMode.isEmpty())
        expected.insert(QStringLiteral("sslmode"), s.sslMode);
    if (s.connectTimeoutSeconds > 0)
        expected.insert(QStringLiteral("connect_timeout"), QString::number(s.connectTimeoutSeconds));
    if (!s.applicationName.isEmpty())
        expected.insert(QStringLiteral("application_name"), s.applicationName);
    fuzz::require(options == expected, "the connect options set other libpq options than the URL");
    return 0;
}
