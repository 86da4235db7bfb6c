#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QMap>
#include <QProcessEnvironment>
#include <QString>

namespace kumiko::config {

/// Envelope encryption of config values, byte-compatible with upstream: AES-256-GCM under a random
/// data key per value, the data key wrapped with AES-256-GCM under a versioned master key.
///
/// Envelope: `{"ciphertext","iv","authTag","encryptedDek","kekVersion"}` (base64; encryptedDek =
/// IV(12) ‖ tag(16) ‖ wrapped key(32)). Master keys come from `KUMIKO_SECRETS_MASTER_KEY_V<n>`
/// (base64 of 32 bytes); `KUMIKO_SECRETS_MASTER_KEY_CURRENT_VERSION` (default 1) selects the one used
/// to encrypt. Errors: master_key_missing, master_key_invalid, unknown_key_version, not_an_envelope,
/// decrypt_failed. Messages never contain plaintext or key material.
class EnvelopeCipher
{
public:
    /// Reads the master keys from `env`; fails when the current version's key is missing or invalid.
    static Result<EnvelopeCipher>
    fromEnvironment(const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment());
    /// True when `env` names a current master key (it may still be invalid).
    static bool isConfigured(const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment());

    int currentVersion() const { return m_currentVersion; }

    /// The envelope (compact JSON text) for `plaintext` (the JSON text of the value).
    Result<QString> encrypt(const QByteArray& plaintext) const;
    /// The plaintext of an envelope.
    Result<QByteArray> decrypt(const QString& envelope) const;
    /// True when `stored` parses as an envelope (all five members present).
    static bool isEnvelope(const QString& stored);

private:
    int m_currentVersion = 1;
    QMap<int, QByteArray> m_keys; ///< every valid V<n> key found in the environment
};

} // namespace kumiko::config
