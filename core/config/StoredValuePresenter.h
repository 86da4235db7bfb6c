#pragma once

#include "common/Result.h"
#include "config/ConfigSeed.h"

#include <QProcessEnvironment>
#include <QString>
#include <functional>
#include <nlohmann/json.hpp>
#include <optional>

namespace kumiko::config {

/// The one place that turns a stored config value into what people see: encrypted values masked,
/// or decrypted with the master key when a reveal was asked for; never the ciphertext as the value.
class StoredValuePresenter
{
public:
    /// Hears the key of every value a revealing presenter decrypted (a reveal is logged).
    using RevealLog = std::function<void(const QString& key)>;

    /// What an encrypted value shows instead of itself.
    static QString mask();

    /// A presenter that masks encrypted values.
    StoredValuePresenter() = default;
    /// A presenter that decrypts encrypted values with the master key from `env`.
    static StoredValuePresenter revealing(RevealLog log = {},
                                          QProcessEnvironment env = QProcessEnvironment::systemEnvironment());

    /// The value of `key` stored as `stored` (JSON text, or an envelope when `envelope`): null when
    /// there is none, the mask for an envelope unless revealing. Errors: the master key's
    /// (`master_key_missing`, …), `decrypt_failed`, `invalid_stored_value`.
    Result<nlohmann::json> value(const QString& key, const std::optional<QString>& stored,
                                 bool envelope) const;
    /// value() as display text (see text(const nlohmann::json&)).
    Result<QString> text(const QString& key, const std::optional<QString>& stored, bool envelope) const;

    /// Display text of a value: a string without quotes, anything else as compact JSON, empty for null.
    static QString text(const nlohmann::json& value);
    /// The value a seed declares: the mask when its key is encrypted (never revealed), `$NAME` when it
    /// comes from an environment variable.
    static QString seedText(const ConfigSeed& seed, bool encrypted);

private:
    Result<QString> decrypted(const QString& key, const QString& envelope) const;

    bool m_reveal = false;
    RevealLog m_log;
    QProcessEnvironment m_env;
};

} // namespace kumiko::config
