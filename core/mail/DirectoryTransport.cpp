#include "mail/DirectoryTransport.h"

#include <QDateTime>
#include <QDir>
#include <QSaveFile>
#include <QUuid>

namespace kumiko::mail {

DirectoryTransport::DirectoryTransport(QString directory)
    : m_directory(std::move(directory))
{}

QString DirectoryTransport::describe() const
{
    return QStringLiteral("directory %1").arg(m_directory);
}

Status DirectoryTransport::send(const QString& sender, const QString& recipient, const QByteArray& mime)
{
    if (!QDir().mkpath(m_directory))
        return Error::make(ErrorCode::MailTransportFailed,
                           QStringLiteral("cannot create the mail folder %1").arg(m_directory));
    // Sortable by time, unique across workers; written via a temporary file so readers never see half a mail.
    const QString name = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")) +
                         QLatin1Char('-') + QUuid::createUuid().toString(QUuid::Id128).left(12) +
                         QStringLiteral(".eml");
    QSaveFile file(QDir(m_directory).filePath(name));
    const QByteArray envelope =
        "X-Envelope-From: <" + sender.toUtf8() + ">\r\nX-Envelope-To: <" + recipient.toUtf8() + ">\r\n";
    // The mail holds a live verification link: only the owner may read it, from the first byte on.
    if (!file.open(QIODevice::WriteOnly) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(envelope + mime) < 0 || !file.commit())
        return Error::make(ErrorCode::MailTransportFailed,
                           QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString()));
    return {};
}

} // namespace kumiko::mail
