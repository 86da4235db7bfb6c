#pragma once

#include "common/Error.h"
#include "esops/SeedCatalog.h"
#include "esops/SeedRunner.h"

#include <QTabWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTreeWidget;

namespace kumiko::models {
class SeedAttemptModel;
}

namespace kumiko::ui {

/// What is known about the selected migration: its steps, checksums, attempt history and dry-run plan.
class MigrationDetailView : public QTabWidget
{
    Q_OBJECT

public:
    enum Tab
    {
        StepsTab,
        ChecksumTab,
        AttemptsTab,
        PlanTab
    };

    explicit MigrationDetailView(QWidget* parent = nullptr);

    /// Shows `migration`'s file and checksums; nullptr clears the view.
    void showMigration(const esops::MigrationStatus* migration);
    void setAttempts(const QList<esops::SeedAttempt>& attempts);
    void setPlan(const esops::PlanReport& plan);
    /// A plan that could not be made at all (validation, connection).
    void setPlanError(const Error& error);
    void setPlanBusy();
    QTreeWidget* planTree() const { return m_plan; }
    /// "Show events": enabled for an applied migration.
    QPushButton* showEventsButton() const { return m_showEvents; }

    QPlainTextEdit* stepsText() const { return m_steps; }

Q_SIGNALS:
    /// The events the shown migration wrote: those with its correlation id.
    void eventsRequested(const QString& correlationId, const QString& migrationId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void showChecksums();

    QPlainTextEdit* m_steps;
    QLabel* m_storedChecksum;
    QLabel* m_currentChecksum;
    QLabel* m_checksumVerdict;
    QLabel* m_storedChecksumLabel;
    QLabel* m_currentChecksumLabel;
    models::SeedAttemptModel* m_attemptModel;
    QTableView* m_attempts;
    QTreeWidget* m_plan;
    QPushButton* m_showEvents;
    std::optional<esops::MigrationStatus> m_migration;
};

} // namespace kumiko::ui
