#include "DomainText.h"

#include "auth/VerificationService.h"

namespace kumiko::models {

QString DomainText::scope(config::Scope scope)
{
    switch (scope) {
    case config::Scope::System:
        return tr("system", "config scope: one value for the whole installation");
    case config::Scope::Tenant:
        return tr("tenant", "config scope");
    case config::Scope::User:
        return tr("user", "config scope");
    }
    return {};
}

QString DomainText::valueType(config::ValueType type)
{
    switch (type) {
    case config::ValueType::Text:
        return tr("text", "config value type");
    case config::ValueType::Number:
        return tr("number", "config value type");
    case config::ValueType::Boolean:
        return tr("yes/no", "config value type: boolean");
    case config::ValueType::Select:
        return tr("choice", "config value type: one of a list of options");
    }
    return {};
}

QString DomainText::accountStatus(const QString& status)
{
    if (status == QLatin1String("active"))
        return tr("active", "account status");
    if (status == QLatin1String("restricted"))
        return tr("restricted", "account status");
    if (status == QLatin1String("deletionRequested"))
        return tr("deletion requested", "account status");
    if (status == QLatin1String("deleted"))
        return tr("deleted", "account status");
    return status;
}

QString DomainText::mailKind(const QString& kind)
{
    if (kind == QLatin1String(auth::VerificationService::MailKind))
        return tr("verification mail", "mail kind");
    return kind;
}

} // namespace kumiko::models
