#include "MembershipDialog.h"

#include "Confirmation.h"
#include "MessageBanner.h"
#include "TenantPicker.h"
#include "common/BackgroundWork.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kumiko::ui {

using domain::MembershipRoles;

MembershipDialog::MembershipDialog(QString email, domain::Actor actor, QWidget* parent)
    : QDialog(parent)
    , m_email(std::move(email))
    , m_actor(std::move(actor))
    , m_banner(new MessageBanner(this))
    , m_table(new QTableWidget(0, 3, this))
    , m_tenant(new TenantPicker(this))
    , m_roles(new QLineEdit(this))
    , m_grant(new QPushButton(tr("Grant roles", "membership action"), this))
    , m_set(new QPushButton(tr("Set roles", "membership action"), this))
    , m_revoke(new QPushButton(tr("Revoke membership…", "membership action"), this))
{
    confirm = [this](const QString& title, const QString& question) {
        return Confirmation::ask(this, title, question);
    };
    setWindowTitle(tr("Tenant memberships of %1", "dialog title; %1 = e-mail").arg(m_email));
    m_table->setHorizontalHeaderLabels({tr("Tenant", "membership column"), tr("Name", "membership column"),
                                        tr("Roles", "membership column")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_roles->setPlaceholderText(tr("Roles, separated by commas", "membership field"));
    auto* form = new QFormLayout;
    form->addRow(tr("Tenant", "membership field label"), m_tenant);
    form->addRow(tr("Roles", "membership field label"), m_roles);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_grant);
    actions->addWidget(m_set);
    actions->addWidget(m_revoke);
    actions->addStretch(1);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addLayout(actions);
    layout->addWidget(close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_grant, &QPushButton::clicked, this, [this] { run(Action::Grant); });
    connect(m_set, &QPushButton::clicked, this, [this] { run(Action::Set); });
    connect(m_revoke, &QPushButton::clicked, this, [this] { run(Action::Revoke); });
    connect(m_tenant, &TenantPicker::chosen, this, &MembershipDialog::updateButtons);
    connect(m_roles, &QLineEdit::textChanged, this, &MembershipDialog::updateButtons);
    // Choosing a membership fills in its tenant and roles, ready to change.
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0)
            return;
        m_tenant->setChosen(m_table->item(row, 0)->toolTip(), m_table->item(row, 0)->text());
        m_roles->setText(m_table->item(row, 2)->text());
        updateButtons();
    });
    resize(640, 420);
    updateButtons();
    reload();
}

MembershipDialog::~MembershipDialog()
{
    m_work.waitForAll(); // before QWidget's destructor: the results are delivered to this object
}

void MembershipDialog::reload()
{
    m_work
        .track(BackgroundWork::withDatabase(
            [email = m_email](QSqlDatabase& db) { return MembershipRoles::ofUser(db, email); }))
        .then(this, [this](const Result<QList<MembershipRoles::Membership>>& memberships) {
            if (!memberships) {
                m_banner->showError(
                    [] { return tr("The memberships could not be read.", "membership banner"); },
                    memberships.error());
            } else {
                m_table->setRowCount(int(memberships->size()));
                for (int row = 0; row < memberships->size(); ++row) {
                    const MembershipRoles::Membership& m = memberships->at(row);
                    const QStringList cells{m.tenantKey, m.tenantName, m.roles.join(QStringLiteral(", "))};
                    for (int column = 0; column < cells.size(); ++column) {
                        auto* item = new QTableWidgetItem(cells.at(column));
                        item->setToolTip(m.tenantId);
                        m_table->setItem(row, column, item);
                    }
                }
                m_table->resizeColumnsToContents();
            }
            Q_EMIT loaded();
        });
}

QStringList MembershipDialog::roles() const
{
    QStringList roles;
    for (const QString& role : m_roles->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!role.trimmed().isEmpty())
            roles << role.trimmed();
    return roles;
}

void MembershipDialog::updateButtons()
{
    const bool tenant = !m_tenant->chosenId().isEmpty();
    m_grant->setEnabled(!m_busy && tenant && !roles().isEmpty());
    m_set->setEnabled(!m_busy && tenant && !roles().isEmpty());
    m_revoke->setEnabled(!m_busy && tenant);
}

void MembershipDialog::run(Action action)
{
    const QString tenant = m_tenant->chosenLabel();
    const QString tenantId = m_tenant->chosenId();
    const QStringList wanted = action == Action::Revoke ? QStringList() : roles();
    const QString list = wanted.join(QStringLiteral(", "));
    const QString question =
        action == Action::Grant
            ? tr("Give %1 the roles %2 in tenant %3?", "membership confirmation").arg(m_email, list, tenant)
        : action == Action::Set
            ? tr("Give %1 exactly the roles %2 in tenant %3?", "membership confirmation")
                  .arg(m_email, list, tenant)
            : tr("Remove %1 from tenant %2 with all roles there?", "membership confirmation")
                  .arg(m_email, tenant);
    if (!confirm(tr("Tenant membership", "dialog title"), question))
        return;
    m_busy = true;
    updateButtons();
    m_work
        .track(BackgroundWork::withDatabase(
            [action, email = m_email, tenantId, wanted, actor = m_actor](QSqlDatabase& db) {
                return action == Action::Grant ? MembershipRoles::grant(db, actor, email, tenantId, wanted)
                                               : MembershipRoles::set(db, actor, email, tenantId, wanted);
            }))
        .then(this, [this, tenant](const Result<MembershipRoles::Outcome>& outcome) {
            m_busy = false;
            updateButtons();
            if (!outcome)
                return m_banner->showError(
                    [] { return tr("The membership was not changed.", "membership banner"); },
                    outcome.error());
            const auto message = [email = m_email, tenant, change = outcome->change,
                                  roles = outcome->roles.join(QStringLiteral(", "))]() -> QString {
                switch (change) {
                case MembershipRoles::Change::Created:
                case MembershipRoles::Change::Updated:
                    return tr("%1 has the roles %2 in %3 now.", "membership banner")
                        .arg(email, roles, tenant);
                case MembershipRoles::Change::Removed:
                    return tr("%1 is no member of %2 any more.", "membership banner").arg(email, tenant);
                case MembershipRoles::Change::Unchanged:
                    break;
                }
                return tr("Nothing to change: %1 has these roles in %2 already.", "membership banner")
                    .arg(email, tenant);
            };
            m_banner->showMessage(MessageBanner::Kind::Info, message);
            Q_EMIT changed(message());
            reload();
        });
}

} // namespace kumiko::ui
