#pragma once

#include "auth/AuthConfiguration.h"
#include "common/Result.h"
#include "mail/OutboxDelivery.h"

#include <QObject>
#include <QTimer>
#include <atomic>
#include <chrono>
#include <memory>
#include <optional>

namespace kumiko::ui {

/// Delivers the outbox while an admin is signed in: a round (mail::OutboxDelivery, the claim protocol
/// of `kumiko mail deliver`) every interval and at once on deliverNow(), one round at a time, on the
/// pool; says for the status bar how many mails wait, the last error, or that no transport is set.
class MailDelivery : public QObject
{
    Q_OBJECT

public:
    explicit MailDelivery(QObject* parent = nullptr);
    ~MailDelivery() override;

    /// The project's mail settings; none: nothing can be sent, mails stay queued.
    void setConfiguration(std::optional<auth::AuthConfiguration> configuration);
    /// Starts delivering (sign-in); the first round runs at once.
    void start();
    /// Stops after the current mail (sign-out, lock) and forgets the state shown.
    void stop();
    bool isActive() const { return m_active; }
    /// A round is running: mails may be on their way to the server.
    bool isDelivering() const { return m_running; }
    /// A round now (after a resend, *Deliver now*); while one runs, another follows it.
    void deliverNow();
    void setInterval(std::chrono::milliseconds interval);

    /// The state for the status bar, translated now; empty while stopped.
    QString statusText() const;
    /// The last error in full, for the tooltip.
    QString statusDetail() const;

Q_SIGNALS:
    /// After every round, also a stopped one; `changed`: some mail was attempted.
    void roundFinished(bool changed);
    void statusChanged();

private:
    void runRound();
    void finishRound(const Result<mail::OutboxDelivery::Round>& round, bool show);

    std::optional<auth::AuthConfiguration> m_configuration;
    QTimer m_timer;
    bool m_active = false;
    bool m_running = false;
    bool m_again = false;
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::optional<Result<mail::OutboxDelivery::Round>> m_last;
};

} // namespace kumiko::ui
