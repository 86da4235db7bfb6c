#include "auth/PasswordStrength.h"

#include "auth/AccountAdmin.h"

namespace kumiko::auth {
namespace {

int characterKinds(const QString& password)
{
    bool lower = false, upper = false, digit = false, other = false;
    for (QChar c : password) {
        lower |= c.isLower();
        upper |= c.isUpper();
        digit |= c.isDigit();
        other |= !c.isLetterOrNumber();
    }
    return int(lower) + int(upper) + int(digit) + int(other);
}

// Only one character, or each one the previous plus or minus one ("12345678", "hgfedcba").
bool isTrivialRun(const QString& password)
{
    bool same = true, up = true, down = true;
    for (qsizetype i = 1; i < password.size(); ++i) {
        const int step = password.at(i).unicode() - password.at(i - 1).unicode();
        same &= step == 0;
        up &= step == 1;
        down &= step == -1;
    }
    return same || up || down;
}

} // namespace

PasswordStrength::Level PasswordStrength::rate(const QString& password, const QString& email)
{
    if (password.size() < AccountAdmin::MinPasswordLength)
        return Level::TooShort;
    const QString localPart = email.section(QLatin1Char('@'), 0, 0);
    if (isTrivialRun(password) ||
        (localPart.size() >= 3 && password.contains(localPart, Qt::CaseInsensitive)))
        return Level::Weak;
    const int kinds = characterKinds(password);
    if (password.size() >= 16 || (password.size() >= 12 && kinds >= 3))
        return Level::Strong;
    return kinds >= 2 ? Level::Fair : Level::Weak;
}

} // namespace kumiko::auth
