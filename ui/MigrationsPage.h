#pragma once

#include "common/Result.h"
#include "domain/Actor.h"
#include "esops/SeedCatalog.h"
#include "esops/SeedRunner.h"

#include <QFutureWatcher>
#include <QWidget>
#include <atomic>
#include <memory>
#include <optional>

class QComboBox;
class QFileSystemWatcher;
class QTimer;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace kumiko::models {
class MigrationFilterModel;
class MigrationTableModel;
} // namespace kumiko::models

namespace kumiko::ui {

class MessageBanner;
class PageHeading;
class MigrationDetailView;

/// The Migrations section: every seed migration with its state, details and plan, and the actions
/// apply (all, up to, only; each asks once with a preview), mark applied, accept a changed file, new,
/// refresh. All database work runs in the background; an apply shows its progress and can be cancelled
/// between migrations. The seeds folder is watched: the list follows files added, changed or removed.
class MigrationsPage : public QWidget
{
    Q_OBJECT

public:
    explicit MigrationsPage(QWidget* parent = nullptr);
    ~MigrationsPage() override;

    void setProjectDir(const QString& dir);
    /// Who applies, plans and marks migrations, and the name the attempts record for them (the
    /// admin's e-mail); until it is set those actions stay disabled.
    void setActor(const domain::Actor& actor, const QString& appliedBy);
    /// Forgets the admin, the migrations, the selection and the banner (sign-out, lock); nothing is
    /// loaded again until setActor() names the next admin. A running apply goes on.
    void clear();
    /// Reads files and ledger again in the background (coalesced; after an apply, not during it).
    void refresh();
    bool isApplying() const;
    /// While the database is lost the page says its data may be stale and applies and marks nothing.
    void setConnectionLost(bool lost);
    /// Stops a running apply after its current migration.
    void cancelApply();

    QTableView* table() const { return m_table; }
    MigrationDetailView* detail() const { return m_detail; }
    MessageBanner* banner() const { return m_banner; }
    QPushButton* applyAllButton() const { return m_applyAll; }
    QPushButton* applyToButton() const { return m_applyTo; }
    QPushButton* applyOnlyButton() const { return m_applyOnly; }
    QPushButton* planButton() const { return m_plan; }
    QPushButton* markAppliedButton() const { return m_markApplied; }
    QPushButton* acceptButton() const { return m_accept; }
    QPushButton* newMigrationButton() const { return m_newMigration; }
    QPushButton* cancelButton() const { return m_cancel; }
    QComboBox* stateFilter() const { return m_stateFilter; }
    QLineEdit* textFilter() const { return m_textFilter; }
    /// Selects the row of `id` (if shown).
    void select(const QString& id);

    /// What the confirmation before an apply says: which migrations, how many steps and events.
    static QString previewText(const esops::ApplyPreview& preview);

    /// Hooks for tests and the window: where input would come from a dialog.
    /// A reason that must not be empty (the default dialog cannot be accepted without one); empty: cancelled.
    std::function<QString(const QString& title, const QString& prompt)> askReason;
    std::function<QString()>
        askSlug; ///< a valid slug (the default dialog checks it inline); empty: cancelled
    std::function<bool(const QString& path)>
        openFile; ///< a new migration, in the system editor; false: none opened
    std::function<void(const QString& path)>
        offerPath; ///< no editor opened: say so, offer Copy path / Show in folder
    std::function<bool(const esops::ApplyPreview& preview)> confirmApply; ///< true: apply

Q_SIGNALS:
    void refreshed();
    /// "Show events" of an applied migration: the events carrying `correlationId`.
    void eventsRequested(const QString& correlationId, const QString& migrationId);
    void applyFinished();
    void planFinished();
    /// The preview before an apply arrived (and was confirmed or not), or could not be computed.
    void previewFinished();
    /// A mark-applied or an accept finished (banner says how).
    void decisionRecorded();
    void attemptsLoaded();
    void busyChanged(const QString& text);

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildLayout();
    void retranslateUi();
    void fillStateFilter();
    void showCatalog(const Result<esops::SeedCatalog>& catalog);
    void updateActions();
    void selectionChanged();
    const esops::MigrationStatus* selectedMigration() const;
    bool isNextToRun(const esops::MigrationStatus& migration) const;
    void loadAttempts(const QString& id);
    void planSelected();
    void previewThenApply(const esops::ApplyOptions& options);
    void startApply(esops::ApplyOptions options);
    void showProgress(int value);
    void finishApply();
    static QString failureText(const esops::ApplyReport& report);
    static QString successText(const esops::ApplyReport& report);
    void markSelectedApplied();
    void acceptSelected();
    void decideSelected(bool accept);
    void recordDecision(const QString& id, const QString& reason, bool accept);
    void createMigration();
    void showPathOffer(const QString& path);
    void watchSeeds();
    void showSummary();

    QString m_projectDir;
    std::optional<domain::Actor> m_actor;
    QString m_appliedBy;
    bool m_closed = false; ///< cleared: loads nothing until the next setActor()
    int m_generation = 0;  ///< ignores catalogs requested before the last clear()
    QList<esops::MigrationStatus> m_migrations;
    QStringList m_unapplied; ///< ids in run order
    QMap<esops::MigrationState, int> m_counts;
    bool m_catalogLoaded = false;
    bool m_connectionLost = false;
    bool m_loading = false;
    bool m_refreshAgain = false;
    bool m_previewing = false;
    int m_attemptRequest = 0;
    std::shared_ptr<std::atomic<bool>> m_cancelFlag;
    QFutureWatcher<Result<esops::ApplyReport>> m_applyWatcher;

    PageHeading* m_heading;
    MessageBanner* m_banner;
    QPushButton* m_applyAll;
    QPushButton* m_applyTo;
    QPushButton* m_applyOnly;
    QPushButton* m_plan;
    QPushButton* m_markApplied;
    QPushButton* m_accept;
    QPushButton* m_newMigration;
    QPushButton* m_refresh;
    QComboBox* m_stateFilter;
    QLineEdit* m_textFilter;
    QLabel* m_summary;
    QWidget* m_progressRow;
    QLabel* m_progressText;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    models::MigrationTableModel* m_model;
    models::MigrationFilterModel* m_filter;
    QTableView* m_table;
    MigrationDetailView* m_detail;
    QFileSystemWatcher* m_watcher;
    QTimer* m_watchDelay; ///< one reload for a burst of file changes
};

} // namespace kumiko::ui
