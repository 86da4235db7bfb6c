#include "UsersPage.h"

#include "ColumnFit.h"
#include "Confirmation.h"
#include "ErrorText.h"
#include "LocalTime.h"
#include "MessageBanner.h"
#include "OutboxPanel.h"
#include "PageHeading.h"
#include "Section.h"
#include "TenantPicker.h"
#include "UserAdminActions.h"
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
constexpr int kUsersPerPage = 200;
constexpr int kFilterPauseMs = 250;

} // namespace

UsersPage::UsersPage(QWidget* parent)
    : QWidget(parent)
    , m_heading(new PageHeading(this))
    , m_banner(new MessageBanner(this))
    , m_unverifiedOnly(new QCheckBox(this))
    , m_filter(new QLineEdit(this))
    , m_tenant(new TenantPicker(this))
    , m_count(new QLabel(this))
    , m_resend(new QPushButton(this))
    , m_resendAll(new QPushButton(this))
    , m_markVerified(new QPushButton(this))
    , m_refresh(new QPushButton(this))
    , m_progressRow(new QWidget(this))
    , m_progressText(new QLabel(m_progressRow))
    , m_progress(new QProgressBar(m_progressRow))
    , m_cancel(new QPushButton(m_progressRow))
    , m_tabs(new QTabWidget(this))
    , m_userModel(new models::UserTableModel(this))
    , m_users(new QTableView(this))
    , m_userActions(new QWidget(this))
    , m_admin(new UserAdminActions(m_userActions))
    , m_outboxPanel(new OutboxPanel(this))
{
    buildLayout();
    confirmResend = [this](const QStringList& emails) {
        return Confirmation::ask(this, tr("Send verification mails", "dialog title"),
                                 tr("Send a new verification mail to %1? Earlier links stay valid "
                                    "until they expire.",
                                    "resend confirmation; %1 = the addresses")
                                     .arg(Confirmation::names(emails)));
    };
    confirmResendAll = [this](const QString& howMany) {
        return QMessageBox::question(
                   this, tr("Send verification mails", "dialog title"),
                   tr("Send a new verification mail to every unverified user matching the filter (%1)? "
                      "Earlier links stay valid until they expire.",
                      "resend-all confirmation; %1 = how many, e.g. \"more than 10,000 users\"")
                       .arg(howMany)) == QMessageBox::Yes;
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
    m_filterPause.setSingleShot(true);
    m_filterPause.setInterval(kFilterPauseMs);
    connect(&m_filterPause, &QTimer::timeout, this, &UsersPage::reloadUsers);
    connect(m_filter, &QLineEdit::textChanged, &m_filterPause, qOverload<>(&QTimer::start));
    connect(m_filter, &QLineEdit::returnPressed, this, &UsersPage::reloadUsers);
    connect(m_unverifiedOnly, &QCheckBox::toggled, this, &UsersPage::reloadUsers);
    connect(m_tenant, &TenantPicker::chosen, this, &UsersPage::reloadUsers);
    connect(m_userModel, &models::UserTableModel::moreWanted, this, &UsersPage::loadUsers);
    connect(m_userModel, &models::UserTableModel::orderWanted, this, &UsersPage::reloadUsers);
    connect(m_refresh, &QPushButton::clicked, this, &UsersPage::refresh);
    connect(m_resend, &QPushButton::clicked, this, &UsersPage::resendSelected);
    connect(m_resendAll, &QPushButton::clicked, this, &UsersPage::resendMatching);
    connect(m_markVerified, &QPushButton::clicked, this, &UsersPage::markSelectedVerified);
    connect(m_cancel, &QPushButton::clicked, this, &UsersPage::cancelResend);
    connect(m_users->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &UsersPage::updateActions);
    connect(&m_resendWatcher, &QFutureWatcherBase::progressValueChanged, this, [this](int value) {
        const int total = m_resendWatcher.progressMaximum();
        m_progress->setRange(0, total); // 0 to 0: how many is not known, the bar only shows it works
        m_progress->setValue(value);
        m_progressText->setText(
            total > 0 ? tr("Sending %1 of %2: %3", "resend progress; %1 = n, %2 = total, %3 = e-mail")
                            .arg(value + 1)
                            .arg(total)
                            .arg(m_resendWatcher.progressText())
                      : tr("Sending %1: %2", "resend progress, total unknown; %1 = n, %2 = e-mail")
                            .arg(value + 1)
                            .arg(m_resendWatcher.progressText()));
    });
    connect(&m_resendWatcher, &QFutureWatcherBase::finished, this, &UsersPage::finishResend);
    connect(m_tabs, &QTabWidget::currentChanged, this, &UsersPage::showTabControls);
    connect(m_outboxPanel, &OutboxPanel::changed, this, [this](const QString& message) {
        m_banner->showMessage(MessageBanner::Kind::Info, message);
        refresh();
    });
    connect(m_outboxPanel, &OutboxPanel::failed, m_banner, &MessageBanner::showError);
    connect(m_admin, &UserAdminActions::changed, this, [this](const QString& message) {
        m_banner->showMessage(MessageBanner::Kind::Info, message);
        refresh();
    });
    connect(m_admin, &UserAdminActions::failed, m_banner, &MessageBanner::showError);
    retranslateUi();
    updateActions();
}

UsersPage::~UsersPage()
{
    if (m_cancelFlag)
        m_cancelFlag->store(true);
    BackgroundWork::drain(); // its result is delivered through this object (QFuture::then(this, …))
}

void UsersPage::buildLayout()
{
    m_filter->setClearButtonEnabled(true);
    m_users->setModel(m_userModel);
    // Sorting asks the server (by e-mail only); the header shows the order the list has.
    m_users->horizontalHeader()->setSortIndicatorShown(true);
    m_users->horizontalHeader()->setSortIndicator(models::UserTableModel::EmailColumn, Qt::AscendingOrder);
    m_users->setSortingEnabled(true);
    connect(m_users->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this] {
        const QSignalBlocker blocker(m_users->horizontalHeader());
        m_users->horizontalHeader()->setSortIndicator(models::UserTableModel::EmailColumn,
                                                      m_userModel->descending() ? Qt::DescendingOrder
                                                                                : Qt::AscendingOrder);
    });
    m_users->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_users->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_users->verticalHeader()->setVisible(false);
    m_users->setWordWrap(false);
    // Fixed widths: fitting columns to their contents would measure every row of a growing list.
    m_users->horizontalHeader()->setStretchLastSection(true);
    m_users->setColumnWidth(models::UserTableModel::EmailColumn, 260);
    m_users->setColumnWidth(models::UserTableModel::NameColumn, 200);
    m_users->setColumnWidth(models::UserTableModel::VerifiedColumn, 130);
    m_users->setColumnWidth(models::UserTableModel::RolesColumn, 160);
    m_tabs->addTab(m_users, QString());
    m_tabs->addTab(m_outboxPanel, QString());

    auto* userActions = new QVBoxLayout(m_userActions);
    userActions->setContentsMargins(0, 0, 0, 0);
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_filter, 2);
    filters->addWidget(m_tenant, 1);
    filters->addWidget(m_unverifiedOnly);
    filters->addWidget(m_count);
    auto* actions = new QHBoxLayout;
    userActions->addLayout(filters);
    userActions->addLayout(actions);
    userActions->addWidget(m_admin);
    actions->addStretch(1);
    actions->addWidget(m_resend);
    actions->addWidget(m_resendAll);
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
    ColumnFit::keepFitted(m_outboxPanel->view());

    // The banner below the tabs: when it appears, the buttons and the filter stay where they are.
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_userActions);
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
    m_actor.reset();
    m_filterPause.stop();
    m_userModel->close();
    m_userCount.reset();
    m_count->clear();
    m_reselect.clear();
    m_outboxPanel->clear();
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
    reloadUsers();
    loadOutbox();
}

auth::UserQuery UsersPage::query() const
{
    auth::UserQuery query;
    query.text = m_filter->text().trimmed();
    query.unverifiedOnly = m_unverifiedOnly->isChecked();
    query.tenantId = m_tenant->chosenId();
    query.descending = m_userModel->descending();
    query.limit = kUsersPerPage;
    return query;
}

void UsersPage::reloadUsers()
{
    if (m_closed)
        return;
    m_filterPause.stop();
    for (const auth::UserSummary& user : selectedUsers())
        m_reselect << user.email;
    m_userModel->clear(); // asks for the first page (moreWanted)
    countUsers();
    if (m_userModel->canFetchMore({}))
        m_userModel->fetchMore({});
}

void UsersPage::loadUsers(int generation, const QString& cursor)
{
    if (m_closed)
        return;
    auth::UserQuery page = query();
    page.after = cursor;
    BackgroundWork::withDatabase([page](QSqlDatabase& db) {
        return auth::UserOverview::page(db, page);
    }).then(this, [this, generation, first = cursor.isEmpty()](const Result<auth::UserPage>& users) {
        if (!users) {
            m_userModel->pageFailed(generation);
            m_banner->showError(tr("The users could not be read.", "users banner"), users.error());
            return;
        }
        if (!m_userModel->appendPage(generation, users->users, users->nextCursor))
            return; // asked for an older filter or before a clear()
        for (const auth::UserSummary& user : users->users)
            if (m_reselect.contains(user.email))
                select(user.email, true);
        m_reselect.clear(); // a selection is kept within the first page
        updateActions();
        if (first)
            Q_EMIT refreshed();
    });
}

void UsersPage::countUsers()
{
    const int ticket = ++m_countTicket;
    m_userCount.reset();
    m_count->setText(tr("counting…", "users count"));
    BackgroundWork::withDatabase([counted = query()](QSqlDatabase& db) {
        return auth::UserOverview::count(db, counted);
    }).then(this, [this, ticket](const Result<auth::UserCount>& count) {
        if (ticket != m_countTicket || m_closed)
            return;
        if (count)
            m_userCount = count.value();
        retranslateCount();
        updateActions();
        Q_EMIT counted();
    });
}

void UsersPage::loadOutbox()
{
    const int ticket = ++m_outboxTicket;
    BackgroundWork::withDatabase([](QSqlDatabase& db) {
        return mail::MailOutbox::list(db, PageRequest{{}, {}, kOutboxRows});
    }).then(this, [this, ticket](const Result<Page<mail::OutboxEntry>>& mails) {
        if (ticket != m_outboxTicket || m_closed)
            return;
        if (!mails)
            return m_banner->showError(tr("The mail outbox could not be read.", "users banner"),
                                       mails.error());
        m_outboxPanel->setMails(mails->rows);
    });
}

void UsersPage::select(const QString& email, bool add)
{
    for (int row = 0; row < m_userModel->rowCount(); ++row) {
        const QModelIndex index = m_userModel->index(row, models::UserTableModel::EmailColumn);
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
        if (const auth::UserSummary* user = m_userModel->user(index.row()))
            users << *user;
    return users;
}

QTableView* UsersPage::outboxView() const
{
    return m_outboxPanel->view();
}

void UsersPage::showTabControls()
{
    // The filter and the user actions mean nothing on the outbox tab.
    m_userActions->setVisible(m_tabs->currentWidget() == m_users);
}

void UsersPage::setConnectionLost(bool lost)
{
    m_connectionLost = lost;
    m_heading->setStale(lost);
    if (!lost)
        m_banner->clearConnectionError();
    updateActions();
}

void UsersPage::retranslateCount()
{
    if (!m_userCount) {
        m_count->clear();
        return;
    }
    const QString number = locale().toString(m_userCount->value);
    switch (m_userCount->kind) {
    case auth::UserCount::Kind::Exact:
        m_count->setText(tr("%n user(s)", "users count", int(m_userCount->value)));
        break;
    case auth::UserCount::Kind::AtLeast:
        m_count->setText(tr("more than %1 users", "users count; %1 = the cap, e.g. 10,000").arg(number));
        break;
    case auth::UserCount::Kind::Estimate:
        m_count->setText(tr("about %1 users", "users count, estimated; %1 = a number").arg(number));
        break;
    }
}

void UsersPage::updateActions()
{
    const QList<auth::UserSummary> selected = selectedUsers();
    // Every action writes, so it needs the person to write as.
    const bool idle = !m_resendWatcher.isRunning() && m_actor.has_value() && !m_connectionLost;
    const bool anyUnverified =
        std::any_of(selected.cbegin(), selected.cend(), [](const auto& user) { return !user.emailVerified; });
    m_resend->setEnabled(idle && anyUnverified && m_configuration.has_value());
    m_resendAll->setEnabled(idle && m_configuration.has_value() && m_userModel->rowCount() > 0);
    const QString noConfiguration =
        m_configuration ? QString()
                        : tr("The project's auth and mail settings could not be loaded.", "resend tooltip");
    m_resend->setToolTip(noConfiguration);
    m_resendAll->setToolTip(noConfiguration.isEmpty()
                                ? tr("Every unverified user matching the filter, also those not loaded yet.",
                                     "resend-all tooltip")
                                : noConfiguration);
    m_markVerified->setEnabled(idle && selected.size() == 1 && !selected.first().emailVerified);
    m_outboxPanel->setActor(m_actor, !m_connectionLost);
    m_admin->setContext(m_actor, m_configuration, !m_connectionLost);
    m_admin->setSelection(selected);
}

void UsersPage::resendSelected()
{
    QStringList emails;
    for (const auth::UserSummary& user : selectedUsers())
        if (!user.emailVerified)
            emails << user.email;
    if (emails.isEmpty() || !m_configuration || !m_actor || !confirmResend(emails))
        return;
    startResend(
        [emails, actor = *m_actor](const auth::VerificationResend& resend, QSqlDatabase& db,
                                   const auth::VerificationResend::Step& step) {
            return resend.run(db, emails, actor, {}, step);
        },
        int(emails.size()));
}

void UsersPage::resendMatching()
{
    if (!m_configuration || !m_actor || !confirmResendAll(m_count->text()))
        return;
    const bool exact =
        m_userCount && m_userCount->kind == auth::UserCount::Kind::Exact && m_unverifiedOnly->isChecked();
    startResend(
        [matching = query(), actor = *m_actor](const auth::VerificationResend& resend, QSqlDatabase& db,
                                               const auth::VerificationResend::Step& step) {
            return resend.runMatching(db, matching, actor, {}, step);
        },
        exact ? int(m_userCount->value) : 0);
}

void UsersPage::startResend(const ResendRun& run, int total)
{
    m_cancelFlag = std::make_shared<std::atomic<bool>>(false);
    m_banner->clear();
    m_progress->setRange(0, total);
    m_progress->setValue(0);
    m_progressText->clear();
    m_cancel->setEnabled(true);
    m_progressRow->show();
    m_resendWatcher.setFuture(BackgroundWork::withDatabaseReporting<Result<auth::ResendReport>>(
        [resend = auth::VerificationResend(m_configuration->auth, m_configuration->mail), run, total,
         cancel = m_cancelFlag](QPromise<Result<auth::ResendReport>>& promise, QSqlDatabase& db) {
            promise.setProgressRange(0, total);
            promise.addResult(run(resend, db, [&](int index, const QString& email) {
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
            [this, report = result.value()] {
                return reportText(report) + QLatin1Char(' ') + ErrorText::summary(*report.failed);
            },
            [error = *result->failed] { return ErrorText::detail(error); });
    else
        m_banner->showMessage(result->complete() && result->rateLimited.isEmpty()
                                  ? MessageBanner::Kind::Info
                                  : MessageBanner::Kind::Warning,
                              [this, report = result.value()] { return reportText(report); });
    updateActions();
    refresh();
    Q_EMIT resendFinished();
}

QString UsersPage::waitText(int seconds)
{
    if (seconds < 120)
        return tr("in %n second(s)", "time until a resend is allowed", seconds);
    return tr("in %n minute(s)", "time until a resend is allowed", (seconds + 59) / 60);
}

QString UsersPage::reportText(const auth::ResendReport& report) const
{
    QStringList lines{report.queued.isEmpty() ? tr("No verification mail was queued.", "resend summary")
                                              : tr("Queued %n verification mail(s).", "resend summary",
                                                   int(report.queued.size()))};
    for (const QString& email : report.queued)
        lines << tr("%1: queued", "resend outcome; %1 = e-mail").arg(email);
    for (const QString& email : report.skipped)
        lines << tr("%1: no mail needed (verified already or unknown)", "resend outcome; %1 = e-mail")
                     .arg(email);
    for (const auth::ResendReport::RateLimited& limited : report.rateLimited)
        lines << tr("%1: not sent, the limit for this address is reached; it may be sent again %2",
                    "resend outcome; %1 = e-mail, %2 = e.g. 'in 14 minutes'")
                     .arg(limited.email, waitText(limited.waitSeconds));
    for (const QString& email : report.notAttempted)
        lines << tr("%1: not attempted", "resend outcome; %1 = e-mail").arg(email);
    return lines.join(QLatin1Char('\n'));
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
    m_outboxPanel->view()->setAccessibleName(tr("Mail outbox", "outbox table, for screen readers"));
    m_progress->setAccessibleName(tr("Sending progress", "progress bar, for screen readers"));
    m_resend->setText(tr("Send verification mail…", "users action"));
    m_resendAll->setText(tr("Send to all matching…", "users action"));
    m_markVerified->setText(tr("Mark verified…", "users action"));
    m_refresh->setText(tr("Refresh", "users action"));
    m_cancel->setText(tr("Cancel", "resend progress"));
    m_tabs->setTabText(0, tr("Users", "users tab"));
    m_tabs->setTabText(1, tr("Mail outbox", "users tab"));
    m_userModel->retranslate();
    retranslateCount();
    updateActions();
}

} // namespace kumiko::ui
