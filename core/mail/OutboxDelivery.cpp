#include "mail/OutboxDelivery.h"

#include <QCoreApplication>
#include <QSysInfo>

namespace kumiko::mail {

Result<OutboxDelivery::Round> OutboxDelivery::run(const QSqlDatabase& db, const MailSettings& settings,
                                                  const QString& projectDir, const QString& workerId,
                                                  const std::atomic_bool* cancel)
{
    Round round;
    auto transport = MailTransport::fromSettings(settings, projectDir);
    if (!transport) {
        round.transportProblem = transport.error();
    } else {
        auto report = OutboxWorker(*transport.value(), workerId).deliverDue(db, 0, cancel);
        if (!report)
            return report.error();
        round.report = report.value();
    }
    auto left = MailOutbox::summary(db);
    if (!left)
        return left.error();
    round.left = left.value();
    return round;
}

QString OutboxDelivery::workerId(const QString& program)
{
    return QStringLiteral("%1@%2:%3")
        .arg(program, QSysInfo::machineHostName())
        .arg(QCoreApplication::applicationPid());
}

} // namespace kumiko::mail
