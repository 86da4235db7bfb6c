#include "mail/MailSettings.h"

#include "mail/SettingsReader.h"

#include <QDir>

namespace kumiko::mail {

Result<MailSettings> MailSettings::fromJson(const nlohmann::json& section, const QString& path)
{
    MailSettings settings;
    settings.from.address = QStringLiteral("no-reply@localhost");
    if (section.is_null())
        return settings;
    SettingsReader reader(section, path,
                          {QStringLiteral("from"), QStringLiteral("transport"), QStringLiteral("smtpUrlEnv"),
                           QStringLiteral("smtpUrl"), QStringLiteral("starttls"),
                           QStringLiteral("timeoutSeconds"), QStringLiteral("directory")});
    if (auto from = reader.string("from")) {
        auto parsed = MailAddress::parse(*from, reader.pathOf("from"));
        if (!parsed)
            return parsed.error();
        settings.from = parsed.value();
    }
    if (auto transport = reader.choice("transport", {QStringLiteral("smtp"), QStringLiteral("directory")}))
        settings.transport = *transport == QLatin1String("smtp") ? Transport::Smtp : Transport::Directory;
    settings.smtpUrlEnv = reader.string("smtpUrlEnv").value_or(settings.smtpUrlEnv);
    settings.smtpUrl = reader.string("smtpUrl").value_or(QString());
    if (auto startTls = reader.choice(
            "starttls", {QStringLiteral("required"), QStringLiteral("optional"), QStringLiteral("off")}))
        settings.startTls = *startTls == QLatin1String("required")   ? StartTls::Required
                            : *startTls == QLatin1String("optional") ? StartTls::Optional
                                                                     : StartTls::Off;
    settings.timeoutSeconds = reader.integer("timeoutSeconds", 1, 600).value_or(settings.timeoutSeconds);
    settings.directory = reader.string("directory").value_or(settings.directory);
    if (!reader.error() && settings.directory.trimmed().isEmpty())
        reader.fail("directory", QStringLiteral("must not be empty"));
    if (reader.error())
        return *reader.error();
    return settings;
}

Result<QString> MailSettings::resolveSmtpUrl() const
{
    if (!smtpUrlEnv.isEmpty() && qEnvironmentVariableIsSet(smtpUrlEnv.toLocal8Bit().constData()))
        return qEnvironmentVariable(smtpUrlEnv.toLocal8Bit().constData());
    if (!smtpUrl.isEmpty())
        return smtpUrl;
    return Error::make(
        ErrorCode::NotConfigured,
        QStringLiteral("SMTP transport selected but the environment variable %1 is not set").arg(smtpUrlEnv),
        QStringLiteral("mail.smtpUrlEnv"));
}

QString MailSettings::directoryPath(const QString& projectDir) const
{
    return QDir(projectDir).absoluteFilePath(directory);
}

} // namespace kumiko::mail
