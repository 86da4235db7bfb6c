#pragma once

#include "common/Result.h"

#include <QString>

namespace kumiko::mail {

/// An address with an optional display name, e.g. `Demo Shop <no-reply@example.com>`.
struct MailAddress
{
    QString displayName;
    QString address;

    /// Parses `addr` or `Name <addr>`; `field` names the setting in the error.
    static Result<MailAddress> parse(const QString& text, const QString& field = {});
    /// A deliberately simple check (local@domain, no spaces or header-breaking characters): enough to
    /// refuse garbage before it reaches a mail header, never a full RFC 5322 parser.
    static bool isWellFormed(const QString& address);

    QString domain() const { return address.section(QLatin1Char('@'), -1); }
    /// The header form: display name RFC 2047-encoded when it is not plain ASCII.
    QByteArray toHeader() const;
};

} // namespace kumiko::mail
