#include "PasswordVault.h"

#include <qt6keychain/keychain.h>

namespace kumiko::ui {
namespace {

QString explain(QKeychain::Error error, const QString& detail)
{
    switch (error) {
    case QKeychain::NoError:
        return {};
    case QKeychain::EntryNotFound:
        return PasswordVault::tr("No password is saved for this connection.", "keychain");
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return PasswordVault::tr(
            "No system keychain is available, so the password is not saved; you will be asked "
            "for it again next time.",
            "keychain fallback");
    default:
        return PasswordVault::tr("The system keychain refused access: %1", "keychain; %1 = reason")
            .arg(detail);
    }
}

} // namespace

PasswordVault::PasswordVault(QObject* parent)
    : QObject(parent)
{}

void PasswordVault::read(const QString& profile, ReadCallback done)
{
    auto* job = new QKeychain::ReadPasswordJob(serviceName(), this);
    job->setKey(profile);
    job->setInsecureFallback(false);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job* finished) {
        auto* readJob = static_cast<QKeychain::ReadPasswordJob*>(finished);
        const bool ok = finished->error() == QKeychain::NoError;
        done(ok, ok ? readJob->textData() : QString(), explain(finished->error(), finished->errorString()));
    });
    job->start();
}

void PasswordVault::write(const QString& profile, const QString& password, WriteCallback done)
{
    auto* job = new QKeychain::WritePasswordJob(serviceName(), this);
    job->setKey(profile);
    job->setInsecureFallback(false);
    job->setTextData(password);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job* finished) {
        done(finished->error() == QKeychain::NoError, explain(finished->error(), finished->errorString()));
    });
    job->start();
}

void PasswordVault::remove(const QString& profile)
{
    auto* job = new QKeychain::DeletePasswordJob(serviceName(), this);
    job->setKey(profile);
    job->start();
}

} // namespace kumiko::ui
