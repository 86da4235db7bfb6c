#include "ConfigurationPage.h"

#include "CascadeModel.h"
#include "ColumnFit.h"
#include "ConfigSeedModel.h"
#include "ConfigValueEditor.h"
#include "ConfigValueModel.h"
#include "DomainText.h"
#include "ErrorText.h"
#include "MessageBanner.h"
#include "PageHeading.h"
#include "Section.h"
#include "common/BackgroundWork.h"
#include "config/ConfigSeeder.h"
#include "config/ConfigValueWriter.h"
#include "config/RevealAudit.h"
#include "config/StoredValuePresenter.h"
#include "config/ValueText.h"
#include "config/ValueValidator.h"
#include "domain/WellKnownIds.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
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

} // namespace

ConfigurationPage::ConfigurationPage(QWidget* parent)
    : QWidget(parent)
    , m_heading(new PageHeading(this))
    , m_banner(new MessageBanner(this))
    , m_tenantLabel(new QLabel(this))
    , m_tenant(new QComboBox(this))
    , m_userLabel(new QLabel(this))
    , m_user(new QComboBox(this))
    , m_refresh(new QPushButton(this))
    , m_tabs(new QTabWidget(this))
    , m_valueModel(new models::ConfigValueModel(this))
    , m_values(new QTreeView(this))
    , m_keyTitle(new QLabel(this))
    , m_keyFacts(new QLabel(this))
    , m_cascadeModel(new models::CascadeModel(this))
    , m_cascade(new QTableView(this))
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
    connect(m_refresh, &QPushButton::clicked, this, &ConfigurationPage::refresh);
    connect(m_tenant, &QComboBox::activated, this, &ConfigurationPage::tenantChosen);
    connect(m_user, &QComboBox::activated, this, [this] {
        m_chosenUser = m_user->currentData().toString();
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

void ConfigurationPage::buildLayout()
{
    m_tenant->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_user->setSizeAdjustPolicy(QComboBox::AdjustToContents);

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
    panel->addWidget(m_cascade, 1);
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
    context->addWidget(m_tenantLabel);
    context->addWidget(m_tenant);
    context->addWidget(m_userLabel);
    context->addWidget(m_user);
    context->addStretch(1);
    context->addWidget(m_refresh);

    m_tenant->setObjectName(pageFilterName());
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
    m_tenant->clear();
    m_user->clear();
    m_valueModel->setRows({});
    m_seedModel->setRows({});
    m_seedSummary->clear();
    m_applySeeds->setEnabled(false);
    m_revealedKey.clear();
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
    endReveal(); // a refresh ends a reveal: it was recorded for the values shown before
    m_chosenTenant = m_overview->context().tenantId;
    m_chosenUser = m_overview->context().userId;
    fillChoosers();
    showValues();
    showSeeds();
    selectKey(selectedName);
    showSelectedKey();
}

void ConfigurationPage::fillChoosers()
{
    const QSignalBlocker tenantBlocker(m_tenant);
    const QSignalBlocker userBlocker(m_user);
    const config::ContextDirectory& directory = m_overview->directory();
    m_tenant->clear();
    m_tenant->addItem(tr("(no tenant)", "context chooser"), QString());
    for (const config::ContextTenant& tenant : directory.tenants())
        m_tenant->addItem(QStringLiteral("%1 — %2").arg(tenant.key, tenant.name), tenant.id);
    m_tenant->setCurrentIndex(std::max(0, m_tenant->findData(m_chosenTenant)));
    m_user->clear();
    m_user->addItem(tr("(no user)", "context chooser"), QString());
    if (!m_chosenTenant.isEmpty())
        for (const config::ContextUser& user : directory.membersOf(m_chosenTenant))
            m_user->addItem(user.email, user.id);
    m_user->setCurrentIndex(std::max(0, m_user->findData(m_chosenUser)));
    m_user->setEnabled(!m_chosenTenant.isEmpty());
}

void ConfigurationPage::tenantChosen()
{
    m_chosenTenant = m_tenant->currentData().toString();
    m_chosenUser.clear(); // a user value lives in one tenant: the choice starts over
    refresh();
}

void ConfigurationPage::setContext(const QString& tenantKey, const QString& email)
{
    m_chosenTenant = tenantKey;
    m_chosenUser = email;
    refresh();
}

QString ConfigurationPage::shown(const Result<QString>& text)
{
    return text ? text.value()
                : tr("(cannot show: %1)", "config value; %1 = reason").arg(ErrorText::summary(text.error()));
}

void ConfigurationPage::showValues()
{
    // The overview never decrypts: revealing is for one key at a time, in the cascade panel.
    const StoredValuePresenter masked;
    QList<models::ConfigValueRow> rows;
    for (const config::KeyOverview& value : m_overview->values()) {
        const config::ResolvedValue& resolved = value.resolved;
        rows.append({resolved.key, value.key.scope,
                     shown(masked.text(resolved.key, resolved.value, resolved.envelope)), resolved.source,
                     resolved.seeded});
    }
    m_valueModel->setRows(rows);
    m_values->expandAll();
}

void ConfigurationPage::showSeeds()
{
    const config::ContextDirectory& directory = m_overview->directory();
    QList<models::ConfigSeedRow> rows;
    QMap<config::SeedStatus, int> counts;
    for (const config::SeedOverview& seed : m_overview->seeds()) {
        const config::SeedState& state = seed.state;
        QString target;
        if (!state.userId.isEmpty())
            target = QStringLiteral("%1 / %2").arg(directory.tenantLabel(state.tenantId),
                                                   directory.userLabel(state.userId));
        else if (state.scope == Scope::Tenant && state.tenantId == domain::WellKnownIds::systemTenantId())
            target = tr("default for all tenants", "config seed target: a tenant seed without a tenant");
        else if (state.scope == Scope::Tenant && !state.tenantId.isEmpty())
            target = directory.tenantLabel(state.tenantId);
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
        m_reveal->setVisible(false);
        return;
    }
    const ConfigKey& key = selected->key;
    const config::ResolvedValue& resolved = selected->resolved;
    m_keyTitle->setText(key.qualifiedName);
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
    if (!key.env.isEmpty())
        facts << tr("overridden by $%1", "config key facts").arg(key.env);
    m_keyFacts->setText(facts.join(QStringLiteral(" · ")));
    const StoredValuePresenter presenter =
        m_revealedKey.isEmpty() ? StoredValuePresenter() : StoredValuePresenter::revealing();
    QList<models::CascadeRow> rows;
    for (const config::CascadeLevel& level : resolved.cascade)
        rows.append({level.level, shown(presenter.text(key.qualifiedName, level.value, level.envelope)),
                     level.hasValue(), level.active});
    m_cascadeModel->setRows(rows);
    m_cascade->resizeColumnToContents(models::CascadeModel::LevelColumn);
    m_reveal->setVisible(key.encrypted);
    m_reveal->setEnabled(m_actor.has_value()); // a reveal is recorded with who did it
    showInEditor(*selected);
    fillScopes(key);
    checkEditedValue();
    m_reset->setEnabled(canWrite());
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
    const QSignalBlocker blocker(m_scope);
    m_scope->clear();
    // A value may live at the key's scope or a shallower one, and a tenant or user scope needs that
    // tenant or user chosen above.
    m_scope->addItem(tr("System", "config scope"), int(Scope::System));
    if (key.scope >= Scope::Tenant && !context.tenantId.isEmpty())
        m_scope->addItem(tr("Tenant %1", "config scope; %1 = tenant key")
                             .arg(m_overview->directory().tenantLabel(context.tenantId)),
                         int(Scope::Tenant));
    if (key.scope == Scope::User && !context.userId.isEmpty())
        m_scope->addItem(
            tr("User %1", "config scope; %1 = e-mail").arg(m_overview->directory().userLabel(context.userId)),
            int(Scope::User));
    const int again = m_scope->findData(previous);
    m_scope->setCurrentIndex(again >= 0 ? again : m_scope->count() - 1);
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
    m_set->setEnabled(false);
    m_reset->setEnabled(false);
    BackgroundWork::withDatabase([keys = m_overview->manifest().keys(), target, value, set,
                                  actor = *m_actor](QSqlDatabase& db) {
        const config::ConfigValueWriter writer(keys);
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

void ConfigurationPage::applySeeds()
{
    if (!m_overview)
        return;
    m_applySeeds->setEnabled(false);
    BackgroundWork::withDatabase([manifest = m_overview->manifest()](QSqlDatabase& db) {
        return config::ConfigSeeder::run(db, manifest);
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
        fillChoosers();
        showSeeds();
        showSelectedKey();
    }
}

} // namespace kumiko::ui
