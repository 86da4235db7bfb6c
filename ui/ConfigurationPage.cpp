#include "ConfigurationPage.h"

#include "CascadeModel.h"
#include "ColumnFit.h"
#include "ConfigSeedModel.h"
#include "ConfigValueEditor.h"
#include "ConfigValueModel.h"
#include "DomainText.h"
#include "ErrorText.h"
#include "KeyHistoryModel.h"
#include "KeyOverrideModel.h"
#include "MessageBanner.h"
#include "PageHeading.h"
#include "Section.h"
#include "TenantPicker.h"
#include "UserPicker.h"
#include "common/BackgroundWork.h"
#include "config/ConfigSeeder.h"
#include "config/ConfigValueWriter.h"
#include "config/DevelopmentMasterKey.h"
#include "config/KeyHistory.h"
#include "config/KeyOverrides.h"
#include "config/RevealAudit.h"
#include "config/StoredValuePresenter.h"
#include "config/ValueText.h"
#include "config/ValueValidator.h"
#include "db/ThreadConnection.h"
#include "domain/WellKnownIds.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace kumiko::ui {
namespace {

using config::ConfigKey;
using config::Scope;
using config::StoredValuePresenter;

// Rows per page of a key's history and overrides.
constexpr int kDetailPage = 50;

// Master keys for writing, seeding and revealing: on the embedded database the demo's development key
// stands in when none is set (read on the GUI thread: settings only, no SQL).
QProcessEnvironment secretsEnvironment()
{
    return config::DevelopmentMasterKey::environmentFor(db::ThreadConnection::settings());
}

} // namespace

ConfigurationPage::ConfigurationPage(QWidget* parent)
    : QWidget(parent)
    , m_heading(new PageHeading(this))
    , m_banner(new MessageBanner(this))
    , m_tenantLabel(new QLabel(this))
    , m_tenant(new TenantPicker(this))
    , m_userLabel(new QLabel(this))
    , m_user(new UserPicker(this))
    , m_refresh(new QPushButton(this))
    , m_tabs(new QTabWidget(this))
    , m_valueModel(new models::ConfigValueModel(this))
    , m_values(new QTreeView(this))
    , m_keyTitle(new QLabel(this))
    , m_keyFacts(new QLabel(this))
    , m_cascadeModel(new models::CascadeModel(this))
    , m_cascade(new QTableView(this))
    , m_valueError(new QLabel(this))
    , m_keyTabs(new QTabWidget(this))
    , m_historyModel(new models::KeyHistoryModel(this))
    , m_history(new QTableView(this))
    , m_moreHistory(new QPushButton(this))
    , m_overrideModel(new models::KeyOverrideModel(this))
    , m_overrides(new QTableView(this))
    , m_moreOverrides(new QPushButton(this))
    , m_reveal(new QPushButton(this))
    , m_scopeLabel(new QLabel(this))
    , m_scope(new QComboBox(this))
    , m_editor(new ConfigValueEditor(this))
    , m_problem(new QLabel(this))
    , m_changedNote(new QLabel(this))
    , m_set(new QPushButton(this))
    , m_reset(new QPushButton(this))
    , m_keyPanel(new QWidget(this))
    , m_seedModel(new models::ConfigSeedModel(this))
    , m_seeds(new QTableView(this))
    , m_seedSummary(new QLabel(this))
    , m_applySeeds(new QPushButton(this))
{
    buildLayout();
    confirmWrite = [this](const QString& question) {
        return QMessageBox::question(this, tr("Change the configuration?", "dialog title"), question) ==
               QMessageBox::Yes;
    };
    connect(m_moreHistory, &QPushButton::clicked, this, [this] { loadHistory(true); });
    connect(m_moreOverrides, &QPushButton::clicked, this, [this] { loadOverrides(true); });
    connect(m_refresh, &QPushButton::clicked, this, &ConfigurationPage::refresh);
    connect(m_tenant, &TenantPicker::chosen, this, &ConfigurationPage::tenantChosen);
    connect(m_user, &UserPicker::chosen, this, [this](const QString& userId) {
        m_chosenUser = userId;
        refresh();
    });
    connect(m_values->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ConfigurationPage::showSelectedKey);
    connect(m_reveal, &QPushButton::toggled, this, &ConfigurationPage::revealToggled);
    connect(m_editor, &ConfigValueEditor::edited, this, &ConfigurationPage::checkEditedValue);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &ConfigurationPage::checkEditedValue);
    connect(m_set, &QPushButton::clicked, this, [this] { write(true); });
    connect(m_reset, &QPushButton::clicked, this, [this] { write(false); });
    connect(m_applySeeds, &QPushButton::clicked, this, &ConfigurationPage::applySeeds);
    retranslateUi();
    showSelectedKey();
}

ConfigurationPage::~ConfigurationPage()
{
    // QFuture::then(this, …) needs this object alive when the work ends (Qt 6.4 asserts otherwise).
    BackgroundWork::drain();
}

void ConfigurationPage::buildLayout()
{
    m_values->setModel(m_valueModel);
    m_values->setUniformRowHeights(true);
    m_values->setAllColumnsShowFocus(true);
    m_values->header()->setStretchLastSection(false);
    m_values->header()->setSectionResizeMode(models::ConfigValueModel::KeyColumn,
                                             QHeaderView::ResizeToContents);
    m_values->header()->setSectionResizeMode(models::ConfigValueModel::ValueColumn, QHeaderView::Stretch);

    QFont keyFont = m_keyTitle->font();
    keyFont.setBold(true);
    m_keyTitle->setFont(keyFont);
    m_keyTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_keyFacts->setWordWrap(true);
    m_cascade->setModel(m_cascadeModel);
    m_cascade->verticalHeader()->setVisible(false);
    m_cascade->horizontalHeader()->setStretchLastSection(true);
    m_cascade->setSelectionMode(QAbstractItemView::NoSelection);
    m_reveal->setCheckable(true);
    m_valueError->setWordWrap(true);
    m_valueError->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    for (QTableView* view : {m_history, m_overrides}) {
        view->verticalHeader()->setVisible(false);
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setWordWrap(false);
        view->horizontalHeader()->setStretchLastSection(true);
    }
    m_history->setModel(m_historyModel);
    m_overrides->setModel(m_overrideModel);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b71c1c;"));

    auto* editing = new QFormLayout;
    editing->addRow(m_scopeLabel, m_scope);
    editing->addRow(m_editor);
    editing->addRow(m_problem);
    m_changedNote->setWordWrap(true);
    m_changedNote->setStyleSheet(QStringLiteral("color: #e65100;"));
    editing->addRow(m_changedNote);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_set);
    buttons->addWidget(m_reset);
    buttons->addStretch(1);
    editing->addRow(buttons);

    auto* panel = new QVBoxLayout(m_keyPanel);
    panel->setContentsMargins(0, 0, 0, 0);
    panel->addWidget(m_keyTitle);
    panel->addWidget(m_keyFacts);
    const auto paged = [this](QTableView* view, QPushButton* more) {
        auto* page = new QWidget(this);
        auto* layout = new QVBoxLayout(page);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(view, 1);
        layout->addWidget(more, 0, Qt::AlignLeft);
        return page;
    };
    m_keyTabs->addTab(m_cascade, QString());
    m_keyTabs->addTab(paged(m_history, m_moreHistory), QString());
    m_keyTabs->addTab(paged(m_overrides, m_moreOverrides), QString());
    panel->addWidget(m_keyTabs, 1);
    panel->addWidget(m_valueError);
    panel->addWidget(m_reveal, 0, Qt::AlignLeft);
    panel->addLayout(editing);

    auto* valuesSplit = new QSplitter(Qt::Horizontal, this);
    valuesSplit->addWidget(m_values);
    valuesSplit->addWidget(m_keyPanel);
    valuesSplit->setStretchFactor(0, 3);
    valuesSplit->setStretchFactor(1, 2);
    // The key list gets the larger share from the start: on a laptop its values would be cut otherwise.
    valuesSplit->setSizes({650, 350});

    m_seeds->setModel(m_seedModel);
    m_seeds->verticalHeader()->setVisible(false);
    m_seeds->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_seeds->setWordWrap(false);
    m_seeds->horizontalHeader()->setStretchLastSection(true);
    auto* seedsPage = new QWidget(this);
    auto* seedsLayout = new QVBoxLayout(seedsPage);
    auto* seedActions = new QHBoxLayout;
    seedActions->addWidget(m_applySeeds);
    seedActions->addWidget(m_seedSummary, 1);
    seedsLayout->addLayout(seedActions);
    seedsLayout->addWidget(m_seeds, 1);

    m_tabs->addTab(valuesSplit, QString());
    m_tabs->addTab(seedsPage, QString());

    auto* context = new QHBoxLayout;
    m_tenantLabel->setBuddy(m_tenant);
    m_userLabel->setBuddy(m_user);
    context->addWidget(m_tenantLabel);
    context->addWidget(m_tenant, 1);
    context->addWidget(m_userLabel);
    context->addWidget(m_user, 1);
    context->addStretch(1);
    context->addWidget(m_refresh);

    m_tenant->lineEdit()->setObjectName(pageFilterName());
    m_tenantLabel->setBuddy(m_tenant);
    m_userLabel->setBuddy(m_user);
    m_scopeLabel->setBuddy(m_scope);
    for (QAbstractItemView* view :
         {static_cast<QAbstractItemView*>(m_values), static_cast<QAbstractItemView*>(m_cascade),
          static_cast<QAbstractItemView*>(m_seeds)})
        ColumnFit::keepFitted(view);

    // The banner below the tabs: when it appears, the choosers and buttons stay where they are.
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(context);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_banner);
}

void ConfigurationPage::setProjectDir(const QString& dir)
{
    m_projectDir = dir;
}

void ConfigurationPage::setActor(const domain::Actor& actor)
{
    m_actor = actor;
    m_closed = false;
    showSelectedKey();
}

void ConfigurationPage::clear()
{
    ++m_generation;
    m_closed = true;
    m_loading = false;
    m_refreshAgain = false;
    m_actor.reset();
    m_overview.reset();
    m_chosenTenant.clear();
    m_chosenUser.clear();
    m_tenant->clearChoice();
    m_user->clearChoice();
    m_user->setTenantId({});
    m_valueModel->setRows({});
    m_seedModel->setRows({});
    m_seedSummary->clear();
    m_applySeeds->setEnabled(false);
    m_revealedKey.clear();
    m_scopeTarget.clear();
    m_detailsKey.clear();
    ++m_historyRequest;
    ++m_overridesRequest;
    m_historyModel->setRows({});
    m_overrideModel->setRows({});
    m_editor->setKey(config::ConfigKey{}, std::nullopt);
    m_banner->clear();
    showSelectedKey();
}

void ConfigurationPage::setConnectionLost(bool lost)
{
    m_connectionLost = lost;
    m_heading->setStale(lost);
    if (!lost)
        m_banner->clearConnectionError();
    if (m_overview) {
        showSeeds();
        showSelectedKey();
    }
}

void ConfigurationPage::refresh()
{
    if (m_projectDir.isEmpty() || m_closed)
        return;
    if (m_loading) {
        m_refreshAgain = true;
        return;
    }
    m_loading = true;
    BackgroundWork::withDatabase([dir = m_projectDir, request = config::OverviewRequest::everything(
                                                          m_chosenTenant, m_chosenUser)](
                                     QSqlDatabase& db) -> Result<config::ConfigOverview> {
        auto manifest = config::ProjectManifest::load(dir);
        if (!manifest)
            return manifest.error();
        return config::ConfigOverview::read(db, manifest.value(), request);
    }).then(this, [this, generation = m_generation](const Result<config::ConfigOverview>& overview) {
        if (generation != m_generation)
            return;
        m_loading = false;
        showOverview(overview);
        if (std::exchange(m_refreshAgain, false))
            refresh();
        Q_EMIT refreshed();
    });
}

void ConfigurationPage::showOverview(const Result<config::ConfigOverview>& overview)
{
    if (!overview)
        return m_banner->showError(
            [] { return tr("The configuration could not be read.", "configuration banner"); },
            overview.error());
    const config::KeyOverview* selected = selectedKey();
    const QString selectedName = selected ? selected->key.qualifiedName : QString();
    m_overview = overview.value();
    ++m_overviewSerial;
    endReveal(); // a refresh ends a reveal: it was recorded for the values shown before
    m_chosenTenant = m_overview->context().tenantId;
    m_chosenUser = m_overview->context().userId;
    showContext();
    showValues();
    showSeeds();
    selectKey(selectedName);
    showSelectedKey();
}

void ConfigurationPage::showContext()
{
    const config::ContextLabels& labels = m_overview->labels();
    m_tenant->setChosen(m_chosenTenant, labels.tenantLabel(m_chosenTenant));
    m_user->setTenantId(m_chosenTenant);
    m_user->setChosen(m_chosenUser, labels.userLabel(m_chosenUser));
    m_user->setEnabled(!m_chosenTenant.isEmpty());
}

void ConfigurationPage::tenantChosen(const QString& tenantId)
{
    m_chosenTenant = tenantId;
    m_chosenUser.clear(); // a user value lives in one tenant: the choice starts over
    m_user->setTenantId(tenantId);
    m_user->clearChoice();
    refresh();
}

void ConfigurationPage::setContext(const QString& tenantKey, const QString& email)
{
    m_chosenTenant = tenantKey;
    m_chosenUser = email;
    refresh();
}

void ConfigurationPage::showValues()
{
    // The overview never decrypts: revealing is for one key at a time, in the cascade panel.
    const StoredValuePresenter masked;
    QList<models::ConfigValueRow> rows;
    std::optional<Error> problem;
    for (const config::KeyOverview& value : m_overview->values()) {
        const config::ResolvedValue& resolved = value.resolved;
        // A value that cannot be shown stays empty here; the error goes to the banner, never the cell.
        auto text = masked.text(resolved.key, resolved.value, resolved.envelope);
        if (!text && !problem)
            problem = text.error();
        rows.append({resolved.key, value.key.scope, text ? text.value() : QString(), resolved.source,
                     resolved.seeded});
    }
    if (problem)
        m_banner->showError(tr("Some stored values cannot be shown.", "configuration banner"), *problem);
    m_valueModel->setRows(rows);
    m_values->expandAll();
}

void ConfigurationPage::showSeeds()
{
    const config::ContextLabels& labels = m_overview->labels();
    QList<models::ConfigSeedRow> rows;
    QMap<config::SeedStatus, int> counts;
    for (const config::SeedOverview& seed : m_overview->seeds()) {
        const config::SeedState& state = seed.state;
        QString target;
        if (!state.userId.isEmpty())
            target = QStringLiteral("%1 / %2").arg(labels.tenantLabel(state.tenantId),
                                                   labels.userLabel(state.userId));
        else if (state.scope == Scope::Tenant && state.tenantId == domain::WellKnownIds::systemTenantId())
            target = tr("default for all tenants", "config seed target: a tenant seed without a tenant");
        else if (state.scope == Scope::Tenant && !state.tenantId.isEmpty())
            target = labels.tenantLabel(state.tenantId);
        rows.append({state.key, state.scope, target,
                     StoredValuePresenter::seedText(seed.declared, seed.encrypted), state.status,
                     state.reason});
        ++counts[state.status];
    }
    m_seedModel->setRows(rows);
    m_seeds->resizeColumnsToContents();
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        parts << QStringLiteral("%1 %2").arg(it.value()).arg(models::ConfigSeedModel::statusText(it.key()));
    m_seedSummary->setText(parts.isEmpty() ? tr("kumiko.json declares no seeds.", "config seeds summary")
                                           : parts.join(QStringLiteral(" · ")));
    m_applySeeds->setEnabled(counts.value(config::SeedStatus::Pending) > 0 && !m_connectionLost);
}

const config::KeyOverview* ConfigurationPage::selectedKey() const
{
    if (!m_overview)
        return nullptr;
    const QString name = m_values->currentIndex().data(models::ConfigValueModel::KeyRole).toString();
    return name.isEmpty() ? nullptr : m_overview->find(name);
}

void ConfigurationPage::selectKey(const QString& key)
{
    const QModelIndex index = m_valueModel->indexOf(key);
    if (index.isValid())
        m_values->setCurrentIndex(index);
}

void ConfigurationPage::showSelectedKey()
{
    const config::KeyOverview* selected = selectedKey();
    if (!selected || selected->key.qualifiedName != m_revealedKey)
        endReveal();
    m_keyPanel->setEnabled(selected != nullptr);
    m_problem->clear();
    if (!selected) {
        m_keyTitle->setText(tr("Choose a key on the left.", "config key panel"));
        m_keyFacts->clear();
        m_cascadeModel->setRows({});
        m_valueError->clear();
        m_reveal->setVisible(false);
        loadKeyDetails();
        return;
    }
    const ConfigKey& key = selected->key;
    const config::ResolvedValue& resolved = selected->resolved;
    m_keyTitle->setText(key.qualifiedName);
    m_keyFacts->setText(keyFactsText(*selected));
    const StoredValuePresenter presenter = m_revealedKey.isEmpty()
                                               ? StoredValuePresenter()
                                               : StoredValuePresenter::revealing({}, secretsEnvironment());
    QList<models::CascadeRow> rows;
    std::optional<Error> problem;
    for (const config::CascadeLevel& level : resolved.cascade) {
        // What cannot be decrypted stays masked; the reason is shown below, never as the value.
        auto text = presenter.text(key.qualifiedName, level.value, level.envelope);
        if (!text && !problem)
            problem = text.error();
        rows.append({level.level, text ? text.value() : StoredValuePresenter::mask(), level.hasValue(),
                     level.active});
    }
    m_valueError->setText(problem ? tr("The value cannot be shown: %1", "config value error; %1 = reason")
                                        .arg(ErrorText::summary(*problem))
                                  : QString());
    m_valueError->setToolTip(problem ? ErrorText::detail(*problem) : QString());
    m_cascadeModel->setRows(rows);
    m_cascade->resizeColumnToContents(models::CascadeModel::LevelColumn);
    m_reveal->setVisible(key.encrypted);
    m_reveal->setEnabled(m_actor.has_value()); // a reveal is recorded with who did it
    showInEditor(*selected);
    fillScopes(key);
    checkEditedValue();
    m_reset->setEnabled(canWrite());
    loadKeyDetails();
}

QString ConfigurationPage::keyFactsText(const config::KeyOverview& selected) const
{
    const ConfigKey& key = selected.key;
    QStringList facts{tr("type %1", "config key facts").arg(models::DomainText::valueType(key.type)),
                      tr("scope %1", "config key facts").arg(models::DomainText::scope(key.scope))};
    if (key.encrypted)
        facts << tr("encrypted", "config key facts");
    if (key.min || key.max)
        facts << tr("from %1 to %2", "config key facts; bounds")
                     .arg(key.min ? QString::number(*key.min) : QStringLiteral("−∞"),
                          key.max ? QString::number(*key.max) : QStringLiteral("∞"));
    if (!key.options.isEmpty())
        facts << tr("one of %1", "config key facts").arg(key.options.join(QStringLiteral(", ")));
    if (!key.pattern.isEmpty())
        facts << tr("pattern %1", "config key facts").arg(key.pattern);
    if (!key.env.isEmpty()) {
        const auto& cascade = selected.resolved.cascade;
        const bool overridden =
            std::any_of(cascade.begin(), cascade.end(), [](const config::CascadeLevel& level) {
                return level.level == config::ValueSource::AppOverride && level.hasValue();
            });
        facts << (overridden ? tr("overridden by $%1", "config key facts").arg(key.env)
                             : tr("can be overridden by $%1 (not set)", "config key facts").arg(key.env));
    }
    return facts.join(QStringLiteral(" · "));
}

void ConfigurationPage::loadKeyDetails()
{
    const config::KeyOverview* selected = selectedKey();
    const QString key = selected ? selected->key.qualifiedName : QString();
    if (key == m_detailsKey && m_detailsSerial == m_overviewSerial)
        return;
    m_detailsKey = key;
    m_detailsSerial = m_overviewSerial;
    loadHistory(false);
    loadOverrides(false);
}

void ConfigurationPage::loadHistory(bool more)
{
    const int request = ++m_historyRequest;
    m_moreHistory->setEnabled(false);
    if (!more)
        m_historyModel->setRows({});
    if (m_detailsKey.isEmpty() || m_closed)
        return;
    BackgroundWork::withDatabase([key = m_detailsKey, after = more ? m_historyAfter : 0](QSqlDatabase& db) {
        return config::KeyHistory::read(db, key, kDetailPage, after);
    }).then(this, [this, request](const Result<config::KeyHistoryPage>& page) {
        if (request != m_historyRequest)
            return; // another key, or cleared, meanwhile
        if (!page)
            return m_banner->showError(
                tr("The history of the key could not be read.", "configuration banner"), page.error());
        m_historyModel->appendPage(page->changes);
        m_history->resizeColumnsToContents();
        m_historyAfter = page->nextAfter;
        m_moreHistory->setEnabled(page->nextAfter != 0);
        Q_EMIT historyLoaded();
    });
}

void ConfigurationPage::loadOverrides(bool more)
{
    const int request = ++m_overridesRequest;
    m_moreOverrides->setEnabled(false);
    if (!more)
        m_overrideModel->setRows({});
    if (m_detailsKey.isEmpty() || m_closed)
        return;
    BackgroundWork::withDatabase([key = m_detailsKey,
                                  after = more ? m_overridesAfter : QString()](QSqlDatabase& db) {
        return config::KeyOverrides::read(db, key, kDetailPage, after);
    }).then(this, [this, request](const Result<config::KeyOverridePage>& page) {
        if (request != m_overridesRequest)
            return;
        if (!page)
            return m_banner->showError(
                tr("The overrides of the key could not be read.", "configuration banner"), page.error());
        m_overrideModel->appendPage(page->overrides);
        m_overrides->resizeColumnsToContents();
        m_overridesAfter = page->nextAfter;
        m_moreOverrides->setEnabled(!page->nextAfter.isEmpty());
        Q_EMIT overridesLoaded();
    });
}

void ConfigurationPage::showInEditor(const config::KeyOverview& selected)
{
    const ConfigKey& key = selected.key;
    const config::ResolvedValue& resolved = selected.resolved;
    const config::ContextIds& context = m_overview->context();
    const QString target = QStringList{key.qualifiedName, context.tenantId, context.userId}.join(QChar('/'));
    // Input typed for this key in this context stays; a refresh never takes it away.
    if (target == m_editorTarget && m_editor->value() != m_editorShown) {
        m_changedNote->setText(resolved.value != m_editorStored
                                   ? tr("The stored value was changed meanwhile; Set replaces it with yours.",
                                        "config editor note")
                                   : QString());
        return;
    }
    std::optional<nlohmann::json> current;
    if (resolved.value && !resolved.envelope)
        if (auto decoded = config::ValueText::decode(*resolved.value))
            current = decoded.value();
    if (!current)
        current = key.defaultValue;
    m_editor->setKey(key, current);
    m_editorTarget = target;
    m_editorStored = resolved.value;
    m_editorShown = m_editor->value();
    m_changedNote->clear();
}

void ConfigurationPage::revealToggled(bool on)
{
    const config::KeyOverview* selected = selectedKey();
    if (!on || !selected || !m_actor) {
        endReveal();
        showSelectedKey();
        return;
    }
    const config::ContextIds& context = m_overview->context();
    config::RevealRecord reveal;
    reveal.via = config::RevealRecord::viaGui();
    reveal.key = selected->key.qualifiedName;
    reveal.tenantId = context.tenantId;
    reveal.userId = context.userId;
    m_reveal->setEnabled(false);
    BackgroundWork::withDatabase([actor = *m_actor, reveal](QSqlDatabase& db) {
        return config::RevealAudit::record(db, actor, {reveal});
    }).then(this, [this, key = reveal.key](const Status& recorded) {
        const config::KeyOverview* still = selectedKey();
        const bool wanted = m_reveal->isChecked() && still && still->key.qualifiedName == key;
        if (!recorded)
            m_banner->showError(
                [] {
                    return tr("The reveal could not be recorded; the value stays hidden.",
                              "configuration banner");
                },
                recorded.error());
        if (recorded && wanted)
            m_revealedKey = key;
        else
            endReveal();
        showSelectedKey();
        Q_EMIT revealFinished();
    });
}

void ConfigurationPage::endReveal()
{
    m_revealedKey.clear();
    const QSignalBlocker blocker(m_reveal);
    m_reveal->setChecked(false);
}

void ConfigurationPage::fillScopes(const config::ConfigKey& key)
{
    const config::ContextIds& context = m_overview->context();
    const QVariant previous = m_scope->currentData();
    // The admin's choice holds while key and context stay; otherwise the default applies again.
    const QString target = QStringList{key.qualifiedName, context.tenantId, context.userId}.join(QChar('/'));
    const bool sameTarget = std::exchange(m_scopeTarget, target) == target;
    const QSignalBlocker blocker(m_scope);
    m_scope->clear();
    // A value may live at the key's scope or a shallower one, and a tenant or user scope needs that
    // tenant or user chosen above.
    m_scope->addItem(tr("System", "config scope"), int(Scope::System));
    if (key.scope >= Scope::Tenant && !context.tenantId.isEmpty())
        m_scope->addItem(tr("Tenant %1", "config scope; %1 = tenant key")
                             .arg(m_overview->labels().tenantLabel(context.tenantId)),
                         int(Scope::Tenant));
    if (key.scope == Scope::User && !context.userId.isEmpty())
        m_scope->addItem(
            tr("User %1", "config scope; %1 = e-mail").arg(m_overview->labels().userLabel(context.userId)),
            int(Scope::User));
    const int kept = sameTarget ? m_scope->findData(previous) : -1;
    const Scope preset = key.defaultWriteScope(!context.tenantId.isEmpty(), !context.userId.isEmpty());
    m_scope->setCurrentIndex(kept >= 0 ? kept : std::max(0, m_scope->findData(int(preset))));
}

void ConfigurationPage::checkEditedValue()
{
    const config::KeyOverview* selected = selectedKey();
    if (!selected)
        return;
    const auto problem = config::ValueValidator::check(selected->key, m_editor->value());
    m_problem->setText(problem ? ErrorText::problem(*problem) : QString());
    m_set->setEnabled(!problem && canWrite());
}

void ConfigurationPage::write(bool set)
{
    const config::KeyOverview* selected = selectedKey();
    if (!selected || !m_actor)
        return;
    const Scope scope = Scope(m_scope->currentData().toInt());
    const config::ContextIds& context = m_overview->context();
    const config::ConfigTarget target{selected->key.qualifiedName, scope,
                                      scope >= Scope::Tenant ? context.tenantId : QString(),
                                      scope == Scope::User ? context.userId : QString()};
    const nlohmann::json value = m_editor->value();
    if (!confirmWrite(writeQuestion(set, selected->key, scope, value)))
        return;
    m_set->setEnabled(false);
    m_reset->setEnabled(false);
    BackgroundWork::withDatabase([keys = m_overview->manifest().keys(), target, value, set, actor = *m_actor,
                                  env = secretsEnvironment()](QSqlDatabase& db) {
        const config::ConfigValueWriter writer(keys, env);
        return set ? writer.set(db, target, value, actor) : writer.reset(db, target, actor);
    }).then(this, [this, set, target](const Result<domain::HandlerOutcome>& outcome) {
        if (m_closed) // signed out meanwhile: nothing of it is shown to whoever signs in next
            return;
        m_reset->setEnabled(canWrite());
        if (!outcome) {
            m_set->setEnabled(canWrite());
            m_problem->setText(ErrorText::summary(outcome.error()));
            m_banner->showError(
                [set, key = target.key] {
                    return set ? tr("%1 was not saved.", "configuration banner; %1 = key").arg(key)
                               : tr("%1 was not reset.", "configuration banner; %1 = key").arg(key);
                },
                outcome.error());
        } else {
            m_editorTarget.clear(); // saved: the editor shows what is stored now
            m_banner->showMessage(MessageBanner::Kind::Info, [set, target] {
                const QString scope = models::DomainText::scope(target.scope);
                return set ? tr("%1 saved at %2 scope.", "configuration banner; %1 = key, %2 = scope")
                                 .arg(target.key, scope)
                           : tr("%1 reset at %2 scope.", "configuration banner; %1 = key, %2 = scope")
                                 .arg(target.key, scope);
            });
            refresh();
        }
        Q_EMIT written();
    });
}

QString ConfigurationPage::targetPhrase(const config::ConfigKey& key, Scope scope) const
{
    const config::ContextIds& context = m_overview->context();
    const config::ContextLabels& directory = m_overview->labels();
    switch (scope) {
    case Scope::User:
        return tr("for user %1 in tenant %2", "config confirm target; %1 = e-mail, %2 = tenant key")
            .arg(directory.userLabel(context.userId), directory.tenantLabel(context.tenantId));
    case Scope::Tenant:
        return key.scope == Scope::Tenant ? tr("for tenant %1", "config confirm target; %1 = tenant key")
                                                .arg(directory.tenantLabel(context.tenantId))
                                          : tr("for every user of tenant %1 without their own value",
                                               "config confirm target; %1 = tenant key")
                                                .arg(directory.tenantLabel(context.tenantId));
    case Scope::System:
        break;
    }
    switch (key.scope) {
    case Scope::System:
        return tr("for the whole installation", "config confirm target");
    case Scope::Tenant:
        return tr("for every tenant without its own value", "config confirm target");
    case Scope::User:
        return tr("for every tenant and user without their own value", "config confirm target");
    }
    return {};
}

QString ConfigurationPage::writeQuestion(bool set, const config::ConfigKey& key, Scope scope,
                                         const nlohmann::json& value) const
{
    const QString level = scope == Scope::User     ? tr("user", "config level in a sentence")
                          : scope == Scope::Tenant ? tr("tenant", "config level in a sentence")
                                                   : tr("system", "config level in a sentence");
    if (!set)
        return tr("Reset %1 at %2 level %3? The next level of the cascade applies there.",
                  "config confirm; %1 = key, %2 = level, %3 = for whom")
            .arg(key.qualifiedName, level, targetPhrase(key, scope));
    const QString shownValue =
        key.encrypted ? StoredValuePresenter::mask() : StoredValuePresenter::text(value);
    return tr("Set %1 to %2 at %3 level %4?",
              "config confirm; %1 = key, %2 = value, %3 = level, %4 = for whom")
        .arg(key.qualifiedName, shownValue, level, targetPhrase(key, scope));
}

void ConfigurationPage::applySeeds()
{
    if (!m_overview)
        return;
    m_applySeeds->setEnabled(false);
    BackgroundWork::withDatabase([manifest = m_overview->manifest(),
                                  env = secretsEnvironment()](QSqlDatabase& db) {
        return config::ConfigSeeder::run(db, manifest, env);
    }).then(this, [this, generation = m_generation](const Result<config::SeedResult>& result) {
        if (generation != m_generation)
            return;
        if (!result) {
            m_banner->showError(
                [] {
                    return tr("The config seeds were not applied; nothing was written.",
                              "configuration banner");
                },
                result.error());
        } else {
            m_banner->showMessage(
                result->unknown.isEmpty() ? MessageBanner::Kind::Info : MessageBanner::Kind::Warning,
                [seeded = result.value()] {
                    QString text = tr("Config seeds applied: %1 created, %2 skipped.", "configuration banner")
                                       .arg(seeded.created)
                                       .arg(seeded.skipped);
                    if (!seeded.unknown.isEmpty())
                        text += QLatin1Char(' ') + tr("Unknown keys: %1.", "configuration banner; %1 = keys")
                                                       .arg(seeded.unknown.join(QStringLiteral(", ")));
                    return text;
                });
        }
        refresh();
        Q_EMIT seedsApplied();
    });
}

void ConfigurationPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ConfigurationPage::retranslateUi()
{
    m_heading->setTexts(tr("Configuration", "page title"),
                        tr("The effective value of every key for the chosen tenant and user, where it "
                           "comes from, and the config seeds of kumiko.json.",
                           "page description"));
    m_tenantLabel->setText(tr("Tenant:", "context chooser"));
    m_userLabel->setText(tr("User:", "context chooser"));
    m_refresh->setText(tr("Refresh", "configuration action"));
    m_tabs->setTabText(0, tr("Values", "configuration tab"));
    m_tabs->setTabText(1, tr("Seeds", "configuration tab"));
    m_reveal->setText(tr("Reveal encrypted values", "configuration action"));
    m_keyTabs->setTabText(0, tr("Cascade", "config key tab"));
    m_keyTabs->setTabText(1, tr("History", "config key tab"));
    m_keyTabs->setTabText(2, tr("Overrides", "config key tab"));
    m_keyTabs->setAccessibleName(tr("Details of the selected key", "accessible name"));
    m_cascade->setAccessibleName(tr("Cascade of the selected key", "accessible name"));
    m_history->setAccessibleName(tr("History of the selected key", "accessible name"));
    m_overrides->setAccessibleName(tr("Tenants and users with their own value", "accessible name"));
    m_moreHistory->setText(tr("Load older changes", "config key action"));
    m_moreOverrides->setText(tr("Load more values", "config key action"));
    m_valueError->setAccessibleName(tr("Why the value cannot be shown", "accessible name"));
    m_historyModel->retranslate();
    m_overrideModel->retranslate();
    m_scopeLabel->setText(tr("Change at:", "config editor"));
    m_set->setText(tr("Set", "config editor action"));
    m_reset->setText(tr("Reset", "config editor action"));
    m_reset->setToolTip(tr("Remove the value at this scope; the next level of the cascade applies.",
                           "config editor action tooltip"));
    m_applySeeds->setText(tr("Apply config seeds", "configuration action"));
    m_values->setAccessibleName(tr("Configuration keys", "config tree, for screen readers"));
    m_values->setAccessibleDescription(
        tr("Every key with its effective value and where it comes from", "config tree, for screen readers"));
    m_cascade->setAccessibleName(tr("Cascade of the selected key", "config table, for screen readers"));
    m_cascade->setAccessibleDescription(tr("The value at each level; the first level with a value applies",
                                           "config table, for screen readers"));
    m_seeds->setAccessibleName(tr("Config seeds", "config table, for screen readers"));
    // The editor shows one input per value type; each is announced as the value to set.
    for (QWidget* input : m_editor->findChildren<QWidget*>(Qt::FindDirectChildrenOnly))
        input->setAccessibleName(tr("New value", "config editor, for screen readers"));
    m_valueModel->retranslate();
    m_cascadeModel->retranslate();
    m_seedModel->retranslate();
    if (m_overview) {
        showSeeds();
        showSelectedKey();
    }
}

} // namespace kumiko::ui
