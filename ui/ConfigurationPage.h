#pragma once

#include "common/Result.h"
#include "config/ConfigOverview.h"
#include "domain/Actor.h"

#include <QWidget>
#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class QTabWidget;
class QTreeView;

namespace kumiko::models {
class CascadeModel;
class ConfigSeedModel;
class ConfigValueModel;
class KeyHistoryModel;
class KeyOverrideModel;
} // namespace kumiko::models

namespace kumiko::ui {

class ConfigValueEditor;
class MessageBanner;
class PageHeading;
class TenantPicker;
class UserPicker;

/// The Configuration section: every key's effective value for a chosen tenant and user with its
/// source, the full cascade of the selected key, a typed editor to set or reset it at a scope, and
/// the manifest's seeds with their status and "Apply config seeds". Database work runs in the
/// background; encrypted values stay masked until revealed, for the selected key only, each reveal
/// recorded in the reveal audit first.
class ConfigurationPage : public QWidget
{
    Q_OBJECT

public:
    explicit ConfigurationPage(QWidget* parent = nullptr);
    /// Waits for its running background work, whose result is delivered through this object.
    ~ConfigurationPage() override;

    void setProjectDir(const QString& dir);
    /// Who writes: the signed-in admin (events name them).
    void setActor(const domain::Actor& actor);
    /// Forgets the admin, the values, the context, the selection, a revealed value and the banner
    /// (sign-out, lock); nothing is loaded again until setActor() names the next admin.
    void clear();
    void refresh();
    void selectKey(const QString& key);
    /// Chooses the context by tenant key and user e-mail (empty: none) and refreshes.
    void setContext(const QString& tenantKey, const QString& email);
    /// While the database is lost the page says its values may be stale and sets, resets and seeds nothing.
    void setConnectionLost(bool lost);

    QTreeView* valuesView() const { return m_values; }
    QTableView* cascadeView() const { return m_cascade; }
    QTableView* seedsView() const { return m_seeds; }
    TenantPicker* tenantChooser() const { return m_tenant; }
    UserPicker* userChooser() const { return m_user; }
    QComboBox* scopeChooser() const { return m_scope; }
    ConfigValueEditor* editor() const { return m_editor; }
    QPushButton* setButton() const { return m_set; }
    QPushButton* resetButton() const { return m_reset; }
    QPushButton* revealButton() const { return m_reveal; }
    QPushButton* applySeedsButton() const { return m_applySeeds; }
    QLabel* editorProblem() const { return m_problem; }
    /// The facts of the selected key: type, scope, bounds, its environment override.
    QLabel* keyFacts() const { return m_keyFacts; }
    /// Why a value of the selected key cannot be shown (e.g. it cannot be decrypted); empty otherwise.
    QLabel* valueError() const { return m_valueError; }
    /// The selected key's cascade, history and overrides.
    QTabWidget* keyTabs() const { return m_keyTabs; }
    QTableView* historyView() const { return m_history; }
    QTableView* overridesView() const { return m_overrides; }
    QPushButton* moreHistoryButton() const { return m_moreHistory; }
    QPushButton* moreOverridesButton() const { return m_moreOverrides; }

    /// Asks before a set or reset with a sentence naming key, value, level and whom it is for; true:
    /// go ahead. A hook so that tests can answer.
    std::function<bool(const QString& question)> confirmWrite;
    /// Says that the selected key's stored value changed while the editor held unsaved input.
    QLabel* editorChangedNote() const { return m_changedNote; }
    MessageBanner* banner() const { return m_banner; }
    QTabWidget* tabs() const { return m_tabs; }

Q_SIGNALS:
    void refreshed();
    void written();
    void seedsApplied();
    /// A reveal was recorded and shown, or refused (banner).
    void revealFinished();
    /// A page of the selected key's history or overrides arrived.
    void historyLoaded();
    void overridesLoaded();

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildLayout();
    void retranslateUi();
    void showOverview(const Result<config::ConfigOverview>& overview);
    void showContext();
    void tenantChosen(const QString& tenantId);
    void showValues();
    void showSeeds();
    void showSelectedKey();
    void fillScopes(const config::ConfigKey& key);
    void checkEditedValue();
    void showInEditor(const config::KeyOverview& selected);
    bool canWrite() const { return m_actor.has_value() && !m_connectionLost; }
    const config::KeyOverview* selectedKey() const;
    QString keyFactsText(const config::KeyOverview& selected) const;
    void loadKeyDetails();
    void loadHistory(bool more);
    void loadOverrides(bool more);
    QString writeQuestion(bool set, const config::ConfigKey& key, config::Scope scope,
                          const nlohmann::json& value) const;
    QString targetPhrase(const config::ConfigKey& key, config::Scope scope) const;
    void write(bool set);
    void applySeeds();
    void revealToggled(bool on);
    void endReveal();

    QString m_projectDir;
    std::optional<domain::Actor> m_actor; ///< who sets and resets values; unset until someone signs in
    std::optional<config::ConfigOverview> m_overview;
    // The chosen context as ids; setContext() leaves a key and an e-mail that the next load resolves.
    QString m_chosenTenant;
    QString m_chosenUser;
    bool m_loading = false;
    bool m_refreshAgain = false;
    QString m_revealedKey; ///< the one key whose values are shown decrypted; empty: none
    bool m_connectionLost = false;
    // What the editor was last filled with, so a refresh keeps input typed since then.
    QString m_editorTarget; ///< key, tenant and user; empty: the next refresh refills the editor
    std::optional<QString> m_editorStored;
    nlohmann::json m_editorShown;
    QString m_scopeTarget;    ///< key and context "Change at" was filled for; another one gets the default
    QString m_detailsKey;     ///< the key whose history and overrides are shown
    int m_overviewSerial = 0; ///< counts overviews shown: each one loads history and overrides again
    int m_detailsSerial = -1;
    int m_historyRequest = 0;
    qint64 m_historyAfter = 0;
    int m_overridesRequest = 0;
    QString m_overridesAfter;
    bool m_closed = false; ///< cleared: loads nothing until the next setActor()
    int m_generation = 0;  ///< ignores answers requested before the last clear()

    PageHeading* m_heading;
    MessageBanner* m_banner;
    QLabel* m_tenantLabel;
    TenantPicker* m_tenant;
    QLabel* m_userLabel;
    UserPicker* m_user;
    QPushButton* m_refresh;
    QTabWidget* m_tabs;
    models::ConfigValueModel* m_valueModel;
    QTreeView* m_values;
    QLabel* m_keyTitle;
    QLabel* m_keyFacts;
    models::CascadeModel* m_cascadeModel;
    QTableView* m_cascade;
    QLabel* m_valueError;
    QTabWidget* m_keyTabs;
    models::KeyHistoryModel* m_historyModel;
    QTableView* m_history;
    QPushButton* m_moreHistory;
    models::KeyOverrideModel* m_overrideModel;
    QTableView* m_overrides;
    QPushButton* m_moreOverrides;
    QPushButton* m_reveal;
    QLabel* m_scopeLabel;
    QComboBox* m_scope;
    ConfigValueEditor* m_editor;
    QLabel* m_problem;
    QLabel* m_changedNote;
    QPushButton* m_set;
    QPushButton* m_reset;
    QWidget* m_keyPanel;
    models::ConfigSeedModel* m_seedModel;
    QTableView* m_seeds;
    QLabel* m_seedSummary;
    QPushButton* m_applySeeds;
};

} // namespace kumiko::ui
