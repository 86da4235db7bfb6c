#pragma once

#include "common/Result.h"
#include "eventstore/EventTypes.h"

#include <QFutureWatcher>
#include <QWidget>
#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace kumiko::models {
class EventTableModel;
}

namespace kumiko::ui {

class MessageBanner;
class PageHeading;
class TenantPicker;

/// The Events section: kumiko_events newest first, loaded page by page as the list scrolls (keyset on
/// id, so any size opens at once), with filters, payload and metadata of the selected event, and its
/// whole stream on request. A filter no index narrows is searched in the background with "Searching…",
/// how far it got and Cancel (es::EventSearch).
class EventsPage : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kPageSize = 200;

    explicit EventsPage(QWidget* parent = nullptr);
    /// Waits for its running background work, whose result is delivered through this object.
    ~EventsPage() override;

    /// Loads the newest page for the current filters again.
    void reload();
    /// Empties the list, the details and the banner (sign-out, lock) and loads nothing until reload().
    void clear();
    /// Someone appended events: reloads when the newest are in view, else offers to (not after clear()).
    void eventsArrived();
    /// While the database is lost the page says its list may be stale.
    void setConnectionLost(bool lost);
    /// Filters to the stream of the selected event (its tenant and aggregate), oldest event last.
    void showStream();
    /// Shows only the events of one migration (every event it wrote carries `correlationId`), newest
    /// first; Clear shows all again.
    void showCorrelation(const QString& correlationId, const QString& migrationId);
    /// The filter as the fields describe it; `invalid_filter` naming the field when one is not valid.
    Result<es::EventFilter> filter() const;

    QTableView* table() const { return m_table; }
    QComboBox* aggregateTypeFilter() const { return m_aggregateType; }
    QLineEdit* typeFilter() const { return m_type; }
    TenantPicker* tenantFilter() const { return m_tenant; }
    QLineEdit* payloadContainsFilter() const { return m_payloadContains; }
    QLineEdit* payloadSearchFilter() const { return m_payloadSearch; }
    QPushButton* clearButton() const { return m_clear; }
    QPushButton* exportButton() const { return m_export; }
    /// The selected events as a JSON array (secrets masked), as *Copy as JSON* puts it on the clipboard.
    QString selectedAsJson() const;
    /// *Copy as JSON* and *Copy id* (the UUID of the current cell: aggregate, tenant or author).
    void copySelectedAsJson();
    void copyId();
    QLineEdit* aggregateFilter() const { return m_aggregate; }
    QCheckBox* fromEnabled() const { return m_fromEnabled; }
    QDateTimeEdit* fromEdit() const { return m_from; }
    QPlainTextEdit* payloadText() const { return m_payload; }
    QPlainTextEdit* metadataText() const { return m_metadata; }
    QPushButton* streamButton() const { return m_stream; }
    QPushButton* newEventsButton() const { return m_newEvents; }
    /// "Searching…" with progress and Cancel, shown while a page needs a scan of the log.
    QWidget* searchRow() const { return m_searchRow; }
    QPushButton* cancelSearchButton() const { return m_cancelSearch; }
    /// Gives up the page being searched; the rows shown stay.
    void cancelSearch();
    MessageBanner* banner() const { return m_banner; }
    QLabel* correlationNote() const { return m_correlationNote; }

Q_SIGNALS:
    void pageLoaded();
    /// A search reported how far it got (the search row shows it).
    void searchProgressed(int permille);
    /// Tenant keys and user e-mails of a page arrived.
    void namesResolved();

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildLayout();
    void retranslateUi();
    void loadPage(qint64 cursor);
    void showPage(int generation, const Result<es::EventPage>& page);
    void showSearchProgress(int permille);
    void showSelected();
    void clearFilters();
    void resolveNames(const std::vector<es::StoredEvent>& events);
    void exportMatching();
    void showCorrelationNote();

    int m_generation = 0;
    std::shared_ptr<std::atomic<bool>> m_cancelFlag; ///< of the page being searched
    QFutureWatcher<Result<es::EventPage>> m_search;
    bool m_closed = false; ///< cleared: loads nothing until reload()
    PageHeading* m_heading;
    MessageBanner* m_banner;
    QComboBox* m_aggregateType;
    QLineEdit* m_type;
    TenantPicker* m_tenant;
    QLineEdit* m_aggregate;
    QLineEdit* m_payloadContains;
    QLineEdit* m_payloadSearch;
    QString m_correlation;
    QString m_correlationSubject; ///< the migration whose events are shown
    QLabel* m_correlationNote;
    QCheckBox* m_fromEnabled;
    QDateTimeEdit* m_from;
    QCheckBox* m_toEnabled;
    QDateTimeEdit* m_to;
    QPushButton* m_apply;
    QPushButton* m_clear;
    QPushButton* m_newEvents;
    QPushButton* m_stream;
    QWidget* m_searchRow;
    QLabel* m_searchText;
    QProgressBar* m_searchProgress;
    QPushButton* m_cancelSearch;
    QPushButton* m_export;
    models::EventTableModel* m_model;
    QTableView* m_table;
    QLabel* m_payloadLabel;
    QPlainTextEdit* m_payload;
    QLabel* m_metadataLabel;
    QPlainTextEdit* m_metadata;
};

} // namespace kumiko::ui
