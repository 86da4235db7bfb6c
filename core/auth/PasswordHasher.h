#pragma once

#include "common/Result.h"

#include <QString>

namespace kumiko::auth {

/// argon2id PHC password hashes with the upstream parameters (m=19456 KiB, t=2, p=1), via libsodium.
class PasswordHasher
{
public:
    /// `$argon2id$v=19$m=19456,t=2,p=1$…`; `hash_failed` if libsodium cannot allocate.
    static Result<QString> hash(const QString& password);
    /// True when `phc` is an argon2id string that matches `password`; false for any mismatch or junk.
    static bool verify(const QString& password, const QString& phc);
};

} // namespace kumiko::auth
