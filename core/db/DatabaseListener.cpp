#include "db/DatabaseListener.h"

#include "db/Sql.h"
#include "db/ThreadConnection.h"

#include <QAtomicInteger>
#include <QSqlDriver>
#include <QTimer>

namespace kumiko::db {
namespace {

constexpr int kRetryMs = 3000;
QAtomicInteger<quint64> listenerCounter;

// Lives in the listener thread and owns the LISTEN connection there.
class ListenWorker : public QObject
{
    Q_OBJECT

public:
    ListenWorker(ConnectionSettings settings, QStringList channels)
        : m_settings(std::move(settings))
        , m_channels(std::move(channels))
        , m_name(QStringLiteral("kumiko-listen-%1").arg(++listenerCounter))
    {
        m_health->setInterval(kRetryMs);
        connect(m_health, &QTimer::timeout, this, &ListenWorker::checkConnection);
    }

    ~ListenWorker() override { close(); }

    void start()
    {
        m_health->start();
        checkConnection();
    }

Q_SIGNALS:
    void notified(const QString& channel);
    void listeningChanged(bool listening);

private:
    void checkConnection()
    {
        // A ping, because libpq notices a server-side disconnect only when it next talks to the server.
        if (m_listening && Sql::run(QSqlDatabase::database(m_name, false), QStringLiteral("SELECT 1")))
            return;
        if (m_listening) {
            m_listening = false;
            Q_EMIT listeningChanged(false);
        }
        close();
        auto db = ThreadConnection::openNamed(m_name, m_settings);
        if (!db)
            return;
        QSqlDriver* driver = db->driver();
        connect(driver, &QSqlDriver::notification, this,
                [this](const QString& channel, QSqlDriver::NotificationSource, const QVariant&) {
                    Q_EMIT notified(channel);
                });
        for (const QString& channel : m_channels)
            driver->subscribeToNotification(channel);
        m_listening = true;
        Q_EMIT listeningChanged(true);
    }

    void close()
    {
        if (!QSqlDatabase::contains(m_name))
            return;
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }

    ConnectionSettings m_settings;
    QStringList m_channels;
    QString m_name;
    QTimer* m_health = new QTimer(this); // a child, so it moves to the listener thread with us
    bool m_listening = false;
};

} // namespace

DatabaseListener::DatabaseListener(QObject* parent)
    : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("kumiko-listener"));
}

DatabaseListener::~DatabaseListener()
{
    stop();
}

void DatabaseListener::listen(const ConnectionSettings& settings, const QStringList& channels)
{
    stop();
    // Its own application_name, so operators can tell the idle LISTEN session apart.
    ConnectionSettings listenerSettings = settings;
    listenerSettings.applicationName =
        (settings.applicationName.isEmpty() ? QStringLiteral("kumiko") : settings.applicationName) +
        QStringLiteral("-listener");
    auto* worker = new ListenWorker(listenerSettings, channels);
    worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::started, worker, &ListenWorker::start);
    connect(&m_thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &ListenWorker::notified, this, &DatabaseListener::notified);
    connect(worker, &ListenWorker::listeningChanged, this, &DatabaseListener::listeningChanged);
    m_thread.start();
}

void DatabaseListener::stop()
{
    if (!m_thread.isRunning())
        return;
    m_thread.quit();
    m_thread.wait();
}

} // namespace kumiko::db

#include "DatabaseListener.moc"
