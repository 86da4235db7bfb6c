#pragma once

#include "common/Result.h"

#include <QString>
#include <QStringList>
#include <nlohmann/json.hpp>
#include <optional>

namespace kumiko::mail {

/// Strict reader for one JSON object of settings: typed members, unknown members rejected, errors
/// name the JSON path. Collects the first error; callers check error() once at the end.
class SettingsReader
{
public:
    SettingsReader(const nlohmann::json& object, QString path, QStringList allowedMembers);

    std::optional<QString> string(const char* member);
    std::optional<int> integer(const char* member, int min, int max);
    /// A nested object, or nullptr when absent; a non-object is an error.
    const nlohmann::json* object(const char* member);
    /// One of `choices`; anything else is an error.
    std::optional<QString> choice(const char* member, const QStringList& choices);

    QString pathOf(const char* member) const;
    /// Records an error for `member` (the first one wins).
    void fail(const char* member, const QString& message);
    const std::optional<Error>& error() const { return m_error; }

private:
    const nlohmann::json* member(const char* name);

    const nlohmann::json& m_object;
    QString m_path;
    std::optional<Error> m_error;
};

} // namespace kumiko::mail
