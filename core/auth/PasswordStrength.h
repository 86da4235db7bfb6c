#pragma once

#include <QString>

namespace kumiko::auth {

/// How hard a new password is to guess, for feedback while an operator types one: length and the
/// kinds of characters, with common patterns (one character repeated, a run like 12345678 or
/// abcdefgh, the e-mail's local part) counting against it.
class PasswordStrength
{
public:
    enum class Level
    {
        TooShort, ///< fewer than AccountAdmin::MinPasswordLength characters: refused
        Weak,
        Fair,
        Strong,
    };

    /// `email` is the account's address; a password containing its local part is weak.
    static Level rate(const QString& password, const QString& email = {});
};

} // namespace kumiko::auth
