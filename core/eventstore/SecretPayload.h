#pragma once

#include "eventstore/EventTypes.h"

#include <QStringView>
#include <nlohmann/json.hpp>

namespace kumiko::es {

/// The one place that hides secrets in event payloads before anyone sees them (Events page, `events tail`).
class SecretPayload
{
public:
    /// True for member names that hold secrets: containing "password", "secret" or "token" (any case).
    static bool isSecretMember(QStringView name);
    /// `json` with every secret member's value (unless null) and every encrypted config value (a string
    /// that is an envelope) replaced by the mask, at any depth (`changes`, `previous`, arrays).
    static nlohmann::json masked(const nlohmann::json& json);
    /// The event with its payload and metadata masked.
    static StoredEvent masked(StoredEvent event);
};

} // namespace kumiko::es
