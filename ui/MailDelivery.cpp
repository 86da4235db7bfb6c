#include "MailDelivery.h"

#include "ErrorText.h"
#include "common/BackgroundWork.h"

namespace kumiko::ui {

MailDelivery::MailDelivery(QObject* parent)
    : QObject(parent)
{
    // As often as `kumiko mail deliver` polls by default.
    m_timer.setInterval(std::chrono::seconds(10));
    connect(&m_timer, &QTimer::timeout, this, &MailDelivery::runRound);
}

MailDelivery::~MailDelivery()
{
    if (m_cancel)
        m_cancel->store(true);
    BackgroundWork::drain(); // its result is delivered through this object (QFuture::then(this, …))
}

void MailDelivery::setConfiguration(std::optional<auth::AuthConfiguration> configuration)
{
    m_configuration = std::move(configuration);
    if (m_active)
        deliverNow();
}

void MailDelivery::setInterval(std::chrono::milliseconds interval)
{
    m_timer.setInterval(interval);
}

void MailDelivery::start()
{
    m_active = true;
    m_timer.start();
    deliverNow();
}

void MailDelivery::stop()
{
    m_active = false;
    m_again = false;
    m_timer.stop();
    if (m_cancel)
        m_cancel->store(true);
    m_last.reset();
    Q_EMIT statusChanged();
}

void MailDelivery::deliverNow()
{
    if (!m_active)
        return;
    if (m_running) {
        m_again = true;
        return;
    }
    runRound();
}

void MailDelivery::runRound()
{
    if (m_running || !m_active)
        return;
    m_running = true;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    // Without the project's settings no transport exists: the round only counts what waits.
    const mail::MailSettings settings = m_configuration ? m_configuration->mail : mail::MailSettings{};
    const QString projectDir = m_configuration ? m_configuration->projectDir : QString();
    const bool configured = m_configuration.has_value();
    BackgroundWork::withDatabase([settings, projectDir, configured, cancel = m_cancel](
                                     QSqlDatabase& db) -> Result<mail::OutboxDelivery::Round> {
        if (!configured) {
            auto left = mail::MailOutbox::summary(db);
            if (!left)
                return left.error();
            return mail::OutboxDelivery::Round{
                {},
                Error::make(ErrorCode::NotConfigured, QStringLiteral("the project could not be loaded")),
                left.value()};
        }
        return mail::OutboxDelivery::run(db, settings, projectDir,
                                         mail::OutboxDelivery::workerId(QStringLiteral("kumiko-admin")),
                                         cancel.get());
    }).then(this, [this, cancel = m_cancel](const Result<mail::OutboxDelivery::Round>& round) {
        m_running = false;
        finishRound(round, !cancel->load());
        if (std::exchange(m_again, false))
            runRound();
    });
}

void MailDelivery::finishRound(const Result<mail::OutboxDelivery::Round>& round, bool show)
{
    // A round stopped meanwhile (sign-out): what it saw is not shown to the next admin.
    if (show) {
        m_last = round;
        Q_EMIT statusChanged();
    }
    const bool changed =
        round && round->report.sent + round->report.retryScheduled + round->report.failedForGood > 0;
    Q_EMIT roundFinished(changed);
}

QString MailDelivery::statusText() const
{
    if (!m_active || !m_last)
        return {};
    if (!*m_last)
        return tr("Mail: delivery failed (%1)", "status bar; %1 = short error")
            .arg(ErrorText::summary(m_last->error()));
    const mail::OutboxDelivery::Round& round = m_last->value();
    if (round.transportProblem && round.transportProblem->code == ErrorCode::NotConfigured)
        return tr("No mail transport configured — %n mail(s) stay queued", "status bar", round.left.queued);
    if (round.transportProblem)
        return tr("The mail transport cannot be used (%1) — %n mail(s) stay queued",
                  "status bar; %1 = short error", round.left.queued)
            .arg(ErrorText::summary(*round.transportProblem));
    QStringList parts;
    parts << (round.left.queued == 0 ? tr("Mail: nothing queued", "status bar")
                                     : tr("Mail: %n queued", "status bar", round.left.queued));
    if (round.left.failed > 0)
        parts << tr("%n failed", "status bar: mails that gave up", round.left.failed);
    if (!round.left.lastError.isEmpty())
        parts << tr("last error: %1", "status bar; %1 = SMTP error").arg(round.left.lastError.left(60));
    return parts.join(QStringLiteral(", "));
}

QString MailDelivery::statusDetail() const
{
    if (!m_active || !m_last)
        return {};
    if (!*m_last)
        return ErrorText::detail(m_last->error());
    const mail::OutboxDelivery::Round& round = m_last->value();
    if (round.transportProblem)
        return ErrorText::detail(*round.transportProblem);
    return round.left.lastError;
}

} // namespace kumiko::ui
