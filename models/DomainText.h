#pragma once

#include "config/ConfigKey.h"

#include <QCoreApplication>
#include <QString>

namespace kumiko::models {

/// The GUI's translated words for values core names in English for the CLI and JSON: config scopes and
/// value types, account states, mail kinds. An unknown state or kind shows as it is stored.
class DomainText
{
    Q_DECLARE_TR_FUNCTIONS(DomainText)

public:
    static QString scope(config::Scope scope);
    static QString valueType(config::ValueType type);
    /// `status` as stored in read_users (active, restricted, deletionRequested, deleted).
    static QString accountStatus(const QString& status);
    /// `kind` as stored in the mail outbox (email-verification).
    static QString mailKind(const QString& kind);
};

} // namespace kumiko::models
