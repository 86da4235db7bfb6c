#pragma once

#include "mail/MailTransport.h"

namespace kumiko::mail {

/// Writes each mail as one `.eml` file into a folder (the embedded demo's "mail server").
class DirectoryTransport : public MailTransport
{
public:
    explicit DirectoryTransport(QString directory);

    Status send(const QString& sender, const QString& recipient, const QByteArray& mime) override;
    QString describe() const override;

private:
    QString m_directory;
};

} // namespace kumiko::mail
