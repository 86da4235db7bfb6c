#include "domain/HandlerRegistry.h"

#include "domain/ConfigValueHandlers.h"
#include "domain/MembershipHandlers.h"
#include "domain/TenantHandlers.h"
#include "domain/UserHandlers.h"

#include <algorithm>

namespace kumiko::domain {

HandlerRegistry HandlerRegistry::standard()
{
    HandlerRegistry registry;
    TenantHandlers::registerInto(registry);
    UserHandlers::registerInto(registry);
    MembershipHandlers::registerInto(registry);
    ConfigValueHandlers::registerInto(registry);
    return registry;
}

void HandlerRegistry::add(HandlerDefinition definition)
{
    const QString name = definition.name;
    m_handlers.insert(name, std::make_shared<const HandlerDefinition>(std::move(definition)));
}

bool HandlerRegistry::contains(const QString& name) const
{
    return m_handlers.contains(name);
}

QStringList HandlerRegistry::names() const
{
    QStringList names = m_handlers.keys();
    std::sort(names.begin(), names.end());
    return names;
}

Status HandlerRegistry::validate(const QString& name, const nlohmann::json& payload) const
{
    const auto handler = m_handlers.value(name);
    if (!handler)
        return Error::make(ErrorCode::UnknownHandler,
                           QStringLiteral("no write handler named \"%1\"").arg(name),
                           QStringLiteral("handler"));
    return handler->validate(payload);
}

Result<HandlerOutcome> HandlerRegistry::dispatch(const QSqlDatabase& db, const QString& name,
                                                 const nlohmann::json& payload, const Actor& actor) const
{
    if (auto ok = validate(name, payload); !ok)
        return ok.error();
    const auto handler = m_handlers.value(name);
    if (!actor.hasAnyRole(handler->roles))
        return Error::make(ErrorCode::AccessDenied,
                           QStringLiteral("access denied for %1: needs one of the roles %2")
                               .arg(name, handler->roles.join(QStringLiteral(", "))));
    // Every event carries a correlation id; a caller that did not correlate gets one per write.
    const Actor correlated = actor.correlated();
    HandlerContext context{db, correlated, *this};
    return handler->run(context, payload);
}

Result<HandlerOutcome> HandlerRegistry::dispatch(const QSqlDatabase& db, const QString& name,
                                                 const QString& payloadJson, const Actor& actor) const
{
    const nlohmann::json payload = nlohmann::json::parse(payloadJson.toStdString(), nullptr, false);
    if (payload.is_discarded())
        return Error::make(ErrorCode::InvalidPayload, QStringLiteral("the payload is not valid JSON"),
                           QStringLiteral("$"));
    return dispatch(db, name, payload, actor);
}

} // namespace kumiko::domain
