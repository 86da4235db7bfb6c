#include "UsersPage.h"

#include "ColumnFit.h"
#include "ErrorText.h"
#include "LocalTime.h"
#include "MessageBanner.h"
#include "OutboxTableModel.h"
#include "PageHeading.h"
#include "Section.h"
#include "UserFilterModel.h"
#include "UserTableModel.h"
#include "auth/AccountAdmin.h"
#include "common/BackgroundWork.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPromise>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace kumiko::ui {
namespace {

constexpr int kOutboxRows = 200;

} // namespace

UsersPage::UsersPage(QWidget* parent)
    : QWidget(parent)
    , m_heading(new PageHeading(this))
    , m_banner(new MessageBanner(this))
    , m_unverifiedOnly(new QCheckBox(this))
    , m_filter(new QLineEdit(this))
    , m_resend(new QPushButton(this))
    , m_markVerified(new QPushButton(this))
    , m_refresh(new QPushButton(this))
    , m_progressRow(new QWidget(this))
    , m_progressText(new QLabel(m_progressRow))
    , m_progress(new QProgressBar(m_progressRow))
    , m_cancel(new QPushButton(m_progressRow))
    , m_tabs(new QTabWidget(this))
    , m_userModel(new models::UserTableModel(this))
    , m_userFilter(new models::UserFilterModel(this))
    , m_users(new QTableView(this))
    , m_outboxModel(new models::OutboxTableModel(this))
    , m_outbox(new QTableView(this))
{
    buildLayout();
    confirmResend = [this](int count) {
        return QMessageBox::question(
                   this, tr("Send verification mails", "dialog title"),
                   tr("Send a new verification mail to %n user(s)? Earlier links stay valid "
                      "until they expire.",
                      "resend confirmation", count)) == QMessageBox::Yes;
    };
    askReason = [this] {
        bool ok = false;
        const QString reason = QInputDialog::getText(
            this, tr("Mark address verified", "dialog title"),
            tr("Why does this address count as verified without the link? The reason is stored with "
               "the event.",
               "mark-verified dialog"),
            QLineEdit::Normal, QString(), &ok);
        return ok ? reason : QString();
    };
    connect(m_unverifiedOnly, &QCheckBox::toggled, m_userFilter, &models::UserFilterModel::setUnverifiedOnly);
    connect(m_filter, &QLineEdit::textChanged, m_userFilter, &models::UserFilterModel::setTextFilter);
    connect(m_refresh, &QPushButton::clicked, this, &UsersPage::refresh);
    connect(m_resend, &QPushButton::clicked, this, &UsersPage::resendSelected);
    connect(m_markVerified, &QPushButton::clicked, this, &UsersPage::markSelectedVerified);
    connect(m_cancel, &QPushButton::clicked, this, &UsersPage::cancelResend);
    connect(m_users->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &UsersPage::updateActions);
    connect(&m_resendWatcher, &QFutureWatcherBase::progressValueChanged, this, [this](int value) {
        m_progress->setRange(0, m_resendWatcher.progressMaximum());
        m_progress->setValue(value);
        m_progressText->setText(tr("Sending %1 of %2: %3", "resend progress; %1 = n, %2 = total, %3 = e-mail")
                                    .arg(value + 1)
                                    .arg(m_resendWatcher.progressMaximum())
                                    .arg(m_resendWatcher.progressText()));
    });
    connect(&m_resendWatcher, &QFutureWatcherBase::finished, this, &UsersPage::finishResend);
    retranslateUi();
    updateActions();
}

UsersPage::~UsersPage()
{
    if (m_cancelFlag)
        m_cancelFlag->store(true);
}

void UsersPage::buildLayout()
{
    m_filter->setClearButtonEnabled(true);
    m_userFilter->setSourceModel(m_userModel);
    m_users->setModel(m_userFilter);
    m_users->setSortingEnabled(true);
    m_users->sortByColumn(models::UserTableModel::EmailColumn, Qt::AscendingOrder);
    m_users->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_users->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_users->verticalHeader()->setVisible(false);
    m_users->setWordWrap(false);
    m_users->horizontalHeader()->setStretchLastSection(true);
    m_outbox->setModel(m_outboxModel);
    m_outbox->verticalHeader()->setVisible(false);
    m_outbox->setWordWrap(false);
    m_outbox->horizontalHeader()->setStretchLastSection(true);
    m_tabs->addTab(m_users, QString());
    m_tabs->addTab(m_outbox, QString());

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_unverifiedOnly);
    actions->addWidget(m_filter, 1);
    actions->addWidget(m_resend);
    actions->addWidget(m_markVerified);
    actions->addWidget(m_refresh);
    auto* progress = new QHBoxLayout(m_progressRow);
    progress->setContentsMargins(0, 0, 0, 0);
    progress->addWidget(m_progressText, 1);
    progress->addWidget(m_progress, 1);
    progress->addWidget(m_cancel);
    m_progressRow->hide();

    m_filter->setObjectName(pageFilterName());
    ColumnFit::keepFitted(m_users);
    ColumnFit::keepFitted(m_outbox);

    // The banner below the tabs: when it appears, the buttons and the filter stay where they are.
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(actions);
    layout->addWidget(m_progressRow);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_banner);
}

void UsersPage::setConfiguration(std::optional<auth::AuthConfiguration> configuration)
{
    m_configuration = std::move(configuration);
    updateActions();
}

void UsersPage::setActor(const domain::Actor& actor)
{
    m_actor = actor;
    m_closed = false;
    updateActions();
}

void UsersPage::clear()
{
    ++m_generation;
    m_closed = true;
    m_loading = false;
    m_refreshAgain = false;
    m_actor.reset();
    m_userModel->setUsers({});
    m_outboxModel->setMails({});
    m_banner->clear();
    updateActions();
}

bool UsersPage::isResending() const
{
    return m_resendWatcher.isRunning();
}

void UsersPage::cancelResend()
{
    if (m_cancelFlag)
        m_cancelFlag->store(true);
    m_cancel->setEnabled(false);
}

void UsersPage::refresh()
{
    if (m_closed)
        return;
    if (m_loading) {
        m_refreshAgain = true;
        return;
    }
    m_loading = true;
    BackgroundWork::withDatabase([](QSqlDatabase& db) {
        return auth::UserOverview::withOutbox(db, kOutboxRows);
    }).then(this, [this, generation = m_generation](const Result<auth::UsersAndOutbox>& snapshot) {
        if (generation != m_generation)
            return;
        m_loading = false;
        if (!snapshot) {
            m_banner->showError([] { return tr("The users could not be read.", "users banner"); },
                                snapshot.error());
        } else {
            QStringList selected;
            for (const auth::UserSummary& user : selectedUsers())
                selected << user.email;
            m_userModel->setUsers(snapshot->users);
            m_outboxModel->setMails(snapshot->outbox);
            m_users->resizeColumnsToContents();
            m_outbox->resizeColumnsToContents();
            for (const QString& email : selected)
                select(email, true);
        }
        updateActions();
        if (std::exchange(m_refreshAgain, false))
            refresh();
        Q_EMIT refreshed();
    });
}

void UsersPage::select(const QString& email, bool add)
{
    for (int row = 0; row < m_userFilter->rowCount(); ++row) {
        const QModelIndex index = m_userFilter->index(row, models::UserTableModel::EmailColumn);
        if (index.data().toString() != email)
            continue;
        m_users->selectionModel()->select(
            index, (add ? QItemSelectionModel::Select : QItemSelectionModel::ClearAndSelect) |
                       QItemSelectionModel::Rows);
        m_users->selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
    }
}

QList<auth::UserSummary> UsersPage::selectedUsers() const
{
    QList<auth::UserSummary> users;
    for (const QModelIndex& index : m_users->selectionModel()->selectedRows())
        if (const auth::UserSummary* user = m_userModel->user(m_userFilter->mapToSource(index).row()))
            users << *user;
    return users;
}

void UsersPage::setConnectionLost(bool lost)
{
    m_connectionLost = lost;
    m_heading->setStale(lost);
    if (!lost)
        m_banner->clearConnectionError();
    updateActions();
}

void UsersPage::updateActions()
{
    const QList<auth::UserSummary> selected = selectedUsers();
    // Every action writes, so it needs the person to write as.
    const bool idle = !m_resendWatcher.isRunning() && m_actor.has_value() && !m_connectionLost;
    const bool anyUnverified =
        std::any_of(selected.cbegin(), selected.cend(), [](const auto& user) { return !user.emailVerified; });
    m_resend->setEnabled(idle && anyUnverified && m_configuration.has_value());
    m_resend->setToolTip(
        m_configuration ? QString()
                        : tr("The project's auth and mail settings could not be loaded.", "resend tooltip"));
    m_markVerified->setEnabled(idle && selected.size() == 1 && !selected.first().emailVerified);
}

void UsersPage::resendSelected()
{
    QStringList emails;
    for (const auth::UserSummary& user : selectedUsers())
        if (!user.emailVerified)
            emails << user.email;
    if (emails.isEmpty() || !m_configuration || !m_actor || !confirmResend(int(emails.size())))
        return;
    m_cancelFlag = std::make_shared<std::atomic<bool>>(false);
    m_banner->clear();
    m_progress->setRange(0, int(emails.size()));
    m_progress->setValue(0);
    m_progressText->clear();
    m_cancel->setEnabled(true);
    m_progressRow->show();
    m_resendWatcher.setFuture(BackgroundWork::withDatabaseReporting<Result<auth::ResendReport>>(
        [resend = auth::VerificationResend(m_configuration->auth, m_configuration->mail), emails,
         actor = *m_actor,
         cancel = m_cancelFlag](QPromise<Result<auth::ResendReport>>& promise, QSqlDatabase& db) {
            promise.setProgressRange(0, int(emails.size()));
            promise.addResult(resend.run(db, emails, actor, {}, [&](int index, const QString& email) {
                if (cancel->load())
                    return false;
                promise.setProgressValueAndText(index, email);
                return true;
            }));
        }));
    updateActions();
}

void UsersPage::finishResend()
{
    m_progressRow->hide();
    m_cancelFlag.reset();
    if (m_closed) {
        // Signed out or locked meanwhile: the report is not shown to whoever signs in next.
        updateActions();
        return Q_EMIT resendFinished();
    }
    const Result<auth::ResendReport> result = m_resendWatcher.future().result();
    if (!result)
        m_banner->showError([] { return tr("No verification mail was sent.", "users banner"); },
                            result.error());
    else if (result->failed)
        m_banner->showMessage(
            MessageBanner::Kind::Error,
            [report = result.value()] {
                return reportText(report) + QLatin1Char(' ') + ErrorText::summary(*report.failed);
            },
            [error = *result->failed] { return ErrorText::detail(error); });
    else
        m_banner->showMessage(result->complete() && result->rateLimited.isEmpty()
                                  ? MessageBanner::Kind::Info
                                  : MessageBanner::Kind::Warning,
                              [report = result.value()] { return reportText(report); });
    updateActions();
    refresh();
    Q_EMIT resendFinished();
}

QString UsersPage::reportText(const auth::ResendReport& report)
{
    QStringList parts{tr("Queued %n verification mail(s).", "resend summary", int(report.queued.size()))};
    if (!report.skipped.isEmpty())
        parts << tr("Skipped %n address(es) that need no mail (verified already or unknown).",
                    "resend summary", int(report.skipped.size()));
    if (report.rateLimited.size() == 1) {
        const auth::ResendReport::RateLimited& limited = report.rateLimited.first();
        parts << tr("Not sent to %1: the limit for this address is reached; try again in %2.",
                    "resend summary; %1 = e-mail, %2 = time left as m:ss")
                     .arg(limited.email, models::LocalTime::duration(limited.waitSeconds));
    } else if (!report.rateLimited.isEmpty()) {
        QStringList addresses;
        for (const auth::ResendReport::RateLimited& limited : report.rateLimited)
            addresses << tr("%1 (in %2)", "resend summary: e-mail and the time to wait as m:ss")
                             .arg(limited.email, models::LocalTime::duration(limited.waitSeconds));
        parts << tr("Not sent, the limit for these addresses is reached: %1.", "resend summary")
                     .arg(addresses.join(QStringLiteral(", ")));
    }
    if (!report.notAttempted.isEmpty())
        parts << tr("Not attempted: %n.", "resend summary", int(report.notAttempted.size()));
    return parts.join(QLatin1Char(' '));
}

void UsersPage::markSelectedVerified()
{
    const QList<auth::UserSummary> selected = selectedUsers();
    if (selected.size() != 1 || !m_actor)
        return;
    const QString reason = askReason().trimmed();
    if (reason.isEmpty())
        return;
    const auth::UserSummary user = selected.first();
    BackgroundWork::withDatabase([id = user.id, reason, actor = *m_actor](QSqlDatabase& db) {
        return auth::AccountAdmin::markVerified(db, id, reason, actor);
    }).then(this, [this, email = user.email, generation = m_generation](const Status& marked) {
        if (generation != m_generation)
            return;
        if (!marked)
            m_banner->showError(
                [email] { return tr("%1 was not marked verified.", "users banner; %1 = e-mail").arg(email); },
                marked.error());
        else
            m_banner->showMessage(MessageBanner::Kind::Info, [email] {
                return tr("%1 is verified now.", "users banner; %1 = e-mail").arg(email);
            });
        refresh();
        Q_EMIT markFinished();
    });
}

void UsersPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void UsersPage::retranslateUi()
{
    m_heading->setTexts(tr("Users", "page title"),
                        tr("Users with the state of their e-mail address and their last verification mail; "
                           "the mail outbox with delivery status.",
                           "page description"));
    m_unverifiedOnly->setText(tr("Only unverified", "users filter"));
    m_filter->setPlaceholderText(tr("Filter by e-mail or name", "users filter"));
    m_filter->setAccessibleName(tr("Filter users", "users filter, for screen readers"));
    m_filter->setAccessibleDescription(tr("Shows the users whose e-mail or name contains the text (Ctrl+F)",
                                          "users filter, for screen readers"));
    m_users->setAccessibleName(tr("Users", "users table, for screen readers"));
    m_users->setAccessibleDescription(
        tr("Select one or more users for the actions above", "users table, for screen readers"));
    m_outbox->setAccessibleName(tr("Mail outbox", "outbox table, for screen readers"));
    m_progress->setAccessibleName(tr("Sending progress", "progress bar, for screen readers"));
    m_resend->setText(tr("Send verification mail…", "users action"));
    m_markVerified->setText(tr("Mark verified…", "users action"));
    m_refresh->setText(tr("Refresh", "users action"));
    m_cancel->setText(tr("Cancel", "resend progress"));
    m_tabs->setTabText(0, tr("Users", "users tab"));
    m_tabs->setTabText(1, tr("Mail outbox", "users tab"));
    m_userModel->retranslate();
    m_outboxModel->retranslate();
    updateActions();
}

} // namespace kumiko::ui
