#include "mail/SmtpTransport.h"

#include <QUrl>
#include <cstring>
#include <curl/curl.h>
#include <mutex>

namespace kumiko::mail {
namespace {

struct Upload
{
    const QByteArray* data;
    qsizetype offset = 0;
};

size_t readChunk(char* buffer, size_t size, size_t count, void* userData)
{
    auto* upload = static_cast<Upload*>(userData);
    const size_t n = std::min(size * count, size_t(upload->data->size() - upload->offset));
    std::memcpy(buffer, upload->data->constData() + upload->offset, n);
    upload->offset += qsizetype(n);
    return n;
}

Error transportError(const QString& message)
{
    return Error::make(ErrorCode::MailTransportFailed, message);
}

} // namespace

Result<std::unique_ptr<SmtpTransport>>
SmtpTransport::create(const QString& url, MailSettings::StartTls startTls, int timeoutSeconds)
{
    const QUrl parsed(url, QUrl::StrictMode);
    const QString scheme = parsed.scheme().toLower();
    // The URL may hold a password: the message describes the problem without repeating the URL.
    if (!parsed.isValid() || (scheme != QLatin1String("smtp") && scheme != QLatin1String("smtps")) ||
        parsed.host().isEmpty())
        return Error::make(ErrorCode::InvalidSettings,
                           QStringLiteral("the SMTP URL must look like smtp://[user:password@]host[:port] or "
                                          "smtps://…"),
                           QStringLiteral("mail.smtpUrlEnv"));
    std::unique_ptr<SmtpTransport> transport(new SmtpTransport);
    const int port = parsed.port(scheme == QLatin1String("smtps") ? 465 : 25);
    const QString host =
        parsed.host().contains(QLatin1Char(':')) ? QStringLiteral("[%1]").arg(parsed.host()) : parsed.host();
    transport->m_serverUrl = QStringLiteral("%1://%2:%3").arg(scheme, host).arg(port).toUtf8();
    transport->m_user = parsed.userName(QUrl::FullyDecoded).toUtf8();
    transport->m_password = parsed.password(QUrl::FullyDecoded).toUtf8();
    transport->m_startTls = startTls;
    transport->m_timeoutSeconds = timeoutSeconds;
    return transport;
}

QString SmtpTransport::describe() const
{
    return QString::fromUtf8(m_serverUrl) + (m_user.isEmpty() ? QString() : QStringLiteral(" (with AUTH)"));
}

Status SmtpTransport::send(const QString& sender, const QString& recipient, const QByteArray& mime)
{
    static std::once_flag initialised;
    std::call_once(initialised, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });

    std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> curl(curl_easy_init(), curl_easy_cleanup);
    if (!curl)
        return transportError(QStringLiteral("libcurl could not start a session"));
    const QByteArray from = '<' + sender.toUtf8() + '>';
    const QByteArray to = '<' + recipient.toUtf8() + '>';
    curl_slist* recipients = curl_slist_append(nullptr, to.constData());
    std::unique_ptr<curl_slist, decltype(&curl_slist_free_all)> recipientsGuard(recipients,
                                                                                curl_slist_free_all);
    Upload upload{&mime};
    char errorBuffer[CURL_ERROR_SIZE] = {};

    CURL* h = curl.get();
    curl_easy_setopt(h, CURLOPT_URL, m_serverUrl.constData());
    if (!m_user.isEmpty()) {
        curl_easy_setopt(h, CURLOPT_USERNAME, m_user.constData());
        curl_easy_setopt(h, CURLOPT_PASSWORD, m_password.constData());
    }
    if (m_serverUrl.startsWith("smtp://"))
        curl_easy_setopt(h, CURLOPT_USE_SSL,
                         m_startTls == MailSettings::StartTls::Required   ? long(CURLUSESSL_ALL)
                         : m_startTls == MailSettings::StartTls::Optional ? long(CURLUSESSL_TRY)
                                                                          : long(CURLUSESSL_NONE));
    curl_easy_setopt(h, CURLOPT_MAIL_FROM, from.constData());
    curl_easy_setopt(h, CURLOPT_MAIL_RCPT, recipients);
    curl_easy_setopt(h, CURLOPT_READFUNCTION, readChunk);
    curl_easy_setopt(h, CURLOPT_READDATA, &upload);
    curl_easy_setopt(h, CURLOPT_INFILESIZE_LARGE, curl_off_t(mime.size()));
    curl_easy_setopt(h, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT, long(m_timeoutSeconds));
    curl_easy_setopt(h, CURLOPT_TIMEOUT, long(m_timeoutSeconds) * 2);
    curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(h, CURLOPT_ERRORBUFFER, errorBuffer);

    const CURLcode code = curl_easy_perform(h);
    if (code == CURLE_OK)
        return {};
    long response = 0;
    curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &response);
    const QString detail = QString::fromUtf8(errorBuffer[0] ? errorBuffer : curl_easy_strerror(code));
    return transportError(
        QStringLiteral("SMTP delivery via %1 failed: %2%3")
            .arg(QString::fromUtf8(m_serverUrl), detail,
                 response ? QStringLiteral(" (server replied %1)").arg(response) : QString()));
}

} // namespace kumiko::mail
