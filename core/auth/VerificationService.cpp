#include "auth/VerificationService.h"

#include "auth/RateLimiter.h"
#include "auth/UserAccount.h"
#include "auth/VerificationToken.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "mail/MailOutbox.h"
#include "mail/VerificationMail.h"

#include <QCryptographicHash>

namespace kumiko::auth {
namespace {

Error notConfigured()
{
    return Error::make(ErrorCode::NotConfigured,
                       QStringLiteral("e-mail verification is not configured (auth.emailVerification in "
                                      "kumiko.json)"),
                       QStringLiteral("auth.emailVerification"));
}

QList<RateLimiter::Bucket> bucketsFor(const AuthSettings& s, const QString& email)
{
    return {{QStringLiteral("verify-mail:address:") + email.trimmed().toLower(), s.resendPerAddress,
             s.resendWindowMinutes * 60},
            {QStringLiteral("verify-mail:global"), s.resendGlobalPerMinute, 60}};
}

// Burns are keyed by a hash: the table never holds a usable token.
QString burnKey(const QString& token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace

VerificationService::VerificationService(AuthSettings auth, mail::MailSettings mail)
    : m_auth(std::move(auth))
    , m_mail(std::move(mail))
    , m_registry(domain::HandlerRegistry::standard())
{}

QString VerificationService::linkFor(const QString& token) const
{
    const QString& url = m_auth.emailVerification->appUrl;
    return url + (url.contains(QLatin1Char('?')) ? QStringLiteral("&token=") : QStringLiteral("?token=")) +
           token;
}

Result<QByteArray> VerificationService::secret() const
{
    if (!m_auth.emailVerification)
        return notConfigured();
    return m_auth.emailVerification->resolveSecret();
}

Result<VerificationRequestOutcome>
VerificationService::requestEmailVerification(const QSqlDatabase& db, const QString& email,
                                              const QString& requesterLocale,
                                              const QString& requestedBy) const
{
    if (!mail::MailAddress::isWellFormed(email))
        return Error::make(ErrorCode::InvalidEmail, QStringLiteral("not a well-formed e-mail address"),
                           QStringLiteral("email"));
    auto secret = this->secret();
    if (!secret)
        return secret.error();
    db::Transaction tx(db);
    if (auto begun = tx.begin(); !begun)
        return begun.error();

    VerificationRequestOutcome outcome;
    auto wait = RateLimiter::hit(db, bucketsFor(m_auth, email));
    if (!wait)
        return wait.error();
    if (wait.value() > 0) {
        outcome.status = VerificationRequestOutcome::Status::RateLimited;
        outcome.retryAfterSeconds = wait.value();
    } else {
        auto user = UserAccount::findByEmail(db, email);
        if (!user)
            return user.error();
        if (user->has_value() && !(*user)->isGone() && !(*user)->emailVerified) {
            const UserAccount& account = **user;
            const QDateTime now = QDateTime::currentDateTimeUtc();
            const QDateTime expiresAt = now.addSecs(qint64(m_auth.emailVerification->tokenTtlMinutes) * 60);
            const QString token = VerificationToken::create(secret.value(), QString::fromLatin1(Purpose),
                                                            account.id, expiresAt.toMSecsSinceEpoch());
            mail::VerificationMail::Input input;
            input.locale = mail::VerificationMail::resolveLocale(account.locale, requesterLocale);
            input.appName = m_auth.emailVerification->appName;
            input.from = m_mail.from;
            input.to = {account.displayName, account.email};
            input.link = linkFor(token);
            input.expiresAt = expiresAt;
            input.now = now;
            const mail::MailMessage message = mail::VerificationMail::compose(input);
            auto id = mail::MailOutbox::enqueue(db, {QString::fromLatin1(MailKind), account.id,
                                                     requestedBy.isEmpty() ? account.id : requestedBy,
                                                     input.locale, m_mail.from.address, account.email,
                                                     message.subject, mail::MimeMessage::render(message)});
            if (!id)
                return id.error();
            outcome.outboxId = id.value();
        }
    }
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return outcome;
}

Result<EmailVerification> VerificationService::verifyEmail(const QSqlDatabase& db, const QString& token) const
{
    auto secret = this->secret();
    if (!secret)
        return secret.error();
    auto claims = VerificationToken::verify(secret.value(), QString::fromLatin1(Purpose), token,
                                            QDateTime::currentMSecsSinceEpoch());
    if (!claims)
        return claims.error();
    db::Transaction tx(db);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    // The burn and the update commit together: if anything below fails, the rollback un-burns.
    auto burnt = db::Sql::exec(
        db,
        QStringLiteral("INSERT INTO kumiko_admin_token_burns (token_sha256, purpose, user_id, expires_at) "
                       "VALUES (?, ?, ?::uuid, to_timestamp(?::bigint / 1000.0)) "
                       "ON CONFLICT (token_sha256) DO NOTHING RETURNING 1"),
        {burnKey(token), QString::fromLatin1(Purpose), claims->userId, claims->expiresAtMs});
    if (!burnt)
        return burnt.error();
    if (!burnt->next())
        return VerificationToken::rejected(QStringLiteral("already_used"));
    auto user = UserAccount::findById(db, claims->userId);
    if (!user)
        return user.error();
    if (!user->has_value() || (*user)->isGone())
        return Error::make(ErrorCode::NotFound,
                           QStringLiteral("the user of this verification link no longer exists"),
                           QStringLiteral("token"));
    EmailVerification result{claims->userId, (*user)->emailVerified};
    if (!result.alreadyVerified) {
        const nlohmann::json payload = {{"id", claims->userId.toStdString()},
                                        {"changes", {{"emailVerified", true}}}};
        auto updated = m_registry.dispatch(db, QStringLiteral("user:write:user:update"), payload,
                                           domain::Actor::system());
        if (!updated)
            return updated.error();
    }
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return result;
}

} // namespace kumiko::auth
