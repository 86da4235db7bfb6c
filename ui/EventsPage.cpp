#include "EventsPage.h"

#include "ErrorText.h"
#include "EventExportDialog.h"
#include "EventTableModel.h"
#include "MessageBanner.h"
#include "PageHeading.h"
#include "Section.h"
#include "TenantPicker.h"
#include "common/BackgroundWork.h"
#include "eventstore/EventNames.h"
#include "eventstore/EventSearch.h"
#include "eventstore/EventStore.h"
#include "eventstore/SecretPayload.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QEvent>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPromise>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QUuid>
#include <QVBoxLayout>
#include <set>

namespace kumiko::ui {
namespace {

QString pretty(const nlohmann::json& value)
{
    return QString::fromStdString(value.dump(2));
}

} // namespace

EventsPage::EventsPage(QWidget* parent)
    : QWidget(parent)
    , m_heading(new PageHeading(this))
    , m_banner(new MessageBanner(this))
    , m_aggregateType(new QComboBox(this))
    , m_type(new QLineEdit(this))
    , m_tenant(new TenantPicker(this))
    , m_aggregate(new QLineEdit(this))
    , m_payloadContains(new QLineEdit(this))
    , m_payloadSearch(new QLineEdit(this))
    , m_correlationNote(new QLabel(this))
    , m_fromEnabled(new QCheckBox(this))
    , m_from(new QDateTimeEdit(this))
    , m_toEnabled(new QCheckBox(this))
    , m_to(new QDateTimeEdit(this))
    , m_apply(new QPushButton(this))
    , m_clear(new QPushButton(this))
    , m_newEvents(new QPushButton(this))
    , m_stream(new QPushButton(this))
    , m_searchRow(new QWidget(this))
    , m_searchText(new QLabel(m_searchRow))
    , m_searchProgress(new QProgressBar(m_searchRow))
    , m_cancelSearch(new QPushButton(m_searchRow))
    , m_export(new QPushButton(this))
    , m_model(new models::EventTableModel(this))
    , m_table(new QTableView(this))
    , m_payloadLabel(new QLabel(this))
    , m_payload(new QPlainTextEdit(this))
    , m_metadataLabel(new QLabel(this))
    , m_metadata(new QPlainTextEdit(this))
{
    buildLayout();
    connect(m_model, &models::EventTableModel::moreWanted, this, &EventsPage::loadPage);
    connect(m_apply, &QPushButton::clicked, this, &EventsPage::reload);
    connect(m_clear, &QPushButton::clicked, this, [this] {
        clearFilters();
        reload();
    });
    connect(m_export, &QPushButton::clicked, this, &EventsPage::exportMatching);
    connect(m_newEvents, &QPushButton::clicked, this, &EventsPage::reload);
    connect(m_stream, &QPushButton::clicked, this, &EventsPage::showStream);
    connect(m_cancelSearch, &QPushButton::clicked, this, &EventsPage::cancelSearch);
    connect(&m_search, &QFutureWatcherBase::progressValueChanged, this, &EventsPage::showSearchProgress);
    for (QLineEdit* edit : {m_type, m_aggregate, m_payloadContains, m_payloadSearch})
        connect(edit, &QLineEdit::returnPressed, this, &EventsPage::reload);
    connect(m_tenant, &TenantPicker::chosen, this, &EventsPage::reload);
    connect(m_aggregateType->lineEdit(), &QLineEdit::returnPressed, this, &EventsPage::reload);
    connect(m_fromEnabled, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_toEnabled, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &EventsPage::showSelected);
    retranslateUi();
    showSelected();
}

EventsPage::~EventsPage()
{
    // QFuture::then(this, …) needs this object alive when the work ends (Qt 6.4 asserts otherwise).
    BackgroundWork::drain();
}

void EventsPage::buildLayout()
{
    m_aggregateType->setEditable(true);
    m_aggregateType->addItems({QString(), QStringLiteral("tenant"), QStringLiteral("user"),
                               QStringLiteral("tenant-membership"), QStringLiteral("config-value")});
    for (QDateTimeEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        edit->setDateTime(QDateTime::currentDateTime());
        edit->setEnabled(false);
        // The size hint leaves out the calendar button, which would cover the minutes.
        edit->setMinimumWidth(edit->sizeHint().width() +
                              edit->style()->pixelMetric(QStyle::PM_ScrollBarExtent));
    }
    for (QLineEdit* edit : {m_aggregate, m_payloadContains, m_payloadSearch})
        edit->setClearButtonEnabled(true);
    m_newEvents->hide();

    auto* filters = new QGridLayout;
    filters->addWidget(m_aggregateType, 0, 0);
    filters->addWidget(m_type, 0, 1);
    filters->addWidget(m_tenant, 0, 2);
    filters->addWidget(m_aggregate, 0, 3);
    filters->addWidget(m_payloadContains, 1, 0, 1, 2);
    filters->addWidget(m_payloadSearch, 1, 2, 1, 2);
    auto* times = new QHBoxLayout;
    times->addWidget(m_fromEnabled);
    times->addWidget(m_from);
    times->addWidget(m_toEnabled);
    times->addWidget(m_to);
    times->addStretch(1);
    times->addWidget(m_newEvents);
    times->addWidget(m_export);
    times->addWidget(m_clear);
    times->addWidget(m_apply);
    filters->addLayout(times, 2, 0, 1, 4);
    for (int column = 0; column < 4; ++column)
        filters->setColumnStretch(column, 1);
    auto* searching = new QHBoxLayout(m_searchRow);
    searching->setContentsMargins(0, 0, 0, 0);
    searching->addWidget(m_searchText);
    searching->addWidget(m_searchProgress, 1);
    searching->addWidget(m_cancelSearch);
    m_searchProgress->setRange(0, 1000);
    m_searchRow->hide();
    m_correlationNote->setWordWrap(true);
    m_correlationNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_correlationNote->hide();
    filters->addWidget(m_correlationNote, 3, 0, 1, 4);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    auto* copyJson = new QAction(this);
    copyJson->setShortcut(QKeySequence::Copy);
    copyJson->setShortcutContext(Qt::WidgetShortcut);
    connect(copyJson, &QAction::triggered, this, &EventsPage::copySelectedAsJson);
    auto* copyId = new QAction(this);
    copyId->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    copyId->setShortcutContext(Qt::WidgetShortcut);
    connect(copyId, &QAction::triggered, this, &EventsPage::copyId);
    copyJson->setObjectName(QStringLiteral("copyJsonAction"));
    copyId->setObjectName(QStringLiteral("copyIdAction"));
    m_table->addAction(copyJson);
    m_table->addAction(copyId);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->verticalHeader()->setVisible(false);
    m_table->setWordWrap(false);
    // Fixed widths: fitting columns to their contents would measure every row of a growing list. The
    // aggregate and the author share what is left, so the columns always fit the view: no sideways
    // scrolling (Ctrl+End included) ever hides # and Time.
    QHeaderView* header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->setColumnWidth(models::EventTableModel::IdColumn, 64);
    m_table->setColumnWidth(models::EventTableModel::TimeColumn, 170);
    m_table->setColumnWidth(models::EventTableModel::TypeColumn, 190);
    m_table->setColumnWidth(models::EventTableModel::VersionColumn, 56);
    m_table->setColumnWidth(models::EventTableModel::TenantColumn, 110);
    header->setSectionResizeMode(models::EventTableModel::AggregateColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(models::EventTableModel::ByColumn, QHeaderView::Stretch);

    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (QPlainTextEdit* text : {m_payload, m_metadata}) {
        text->setReadOnly(true);
        text->setFont(fixed);
        text->setLineWrapMode(QPlainTextEdit::NoWrap);
    }
    auto* detail = new QWidget(this);
    auto* detailLayout = new QGridLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_payloadLabel, 0, 0);
    detailLayout->addWidget(m_metadataLabel, 0, 1);
    detailLayout->addWidget(m_stream, 0, 2, Qt::AlignRight);
    detailLayout->addWidget(m_payload, 1, 0);
    detailLayout->addWidget(m_metadata, 1, 1, 1, 2);
    detailLayout->setColumnStretch(0, 3);
    detailLayout->setColumnStretch(1, 2);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    m_type->setObjectName(pageFilterName());
    m_payloadLabel->setBuddy(m_payload);
    m_metadataLabel->setBuddy(m_metadata);

    // The banner below the list: when it appears, the filters stay where they are.
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(filters);
    layout->addWidget(m_searchRow);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_banner);
}

Result<es::EventFilter> EventsPage::filter() const
{
    es::EventFilter filter;
    filter.newestFirst = true;
    filter.limit = kPageSize;
    filter.aggregateType = m_aggregateType->currentText().trimmed();
    filter.type = m_type->text().trimmed();
    const auto uuid = [](QLineEdit* edit, const QString& field, QString& into) -> Status {
        const QString text = edit->text().trimmed();
        if (!text.isEmpty() && QUuid::fromString(text).isNull())
            return Error::make(ErrorCode::InvalidFilter,
                               QStringLiteral("%1 is not a UUID: %2").arg(field, text), field);
        into = text;
        return {};
    };
    filter.tenantId = m_tenant->chosenId();
    filter.payloadContains = m_payloadContains->text().trimmed();
    filter.payloadText = m_payloadSearch->text().trimmed();
    if (Status ok = uuid(m_aggregate, QStringLiteral("aggregate"), filter.aggregateId); !ok)
        return ok.error();
    if (m_fromEnabled->isChecked())
        filter.from = m_from->dateTime();
    if (m_toEnabled->isChecked())
        filter.to = m_to->dateTime();
    filter.correlationId = m_correlation;
    return filter;
}

void EventsPage::clear()
{
    cancelSearch();
    ++m_generation;
    m_closed = true;
    m_newEvents->hide();
    m_banner->clear();
    m_model->close();
    showSelected();
}

void EventsPage::reload()
{
    cancelSearch();
    m_closed = false;
    ++m_generation;
    m_newEvents->hide();
    m_banner->clear();
    m_model->clear(); // the view asks for the first page itself (fetchMore)
    if (!m_model->canFetchMore({}))
        return;
    m_model->fetchMore({});
}

void EventsPage::eventsArrived()
{
    if (m_closed)
        return;
    const bool newestInView = m_model->rowCount() == 0 || m_table->verticalScrollBar()->value() == 0;
    if (newestInView)
        reload();
    else
        m_newEvents->show();
}

void EventsPage::setConnectionLost(bool lost)
{
    m_heading->setStale(lost);
    if (!lost)
        m_banner->clearConnectionError();
}

void EventsPage::loadPage(qint64 cursor)
{
    auto filter = this->filter();
    if (!filter) {
        m_model->pageFailed();
        m_banner->showMessage(
            MessageBanner::Kind::Error, [error = filter.error()] { return ErrorText::summary(error); },
            [error = filter.error()] { return ErrorText::detail(error); });
        return;
    }
    filter->beforeId = cursor;
    const int generation = m_generation;
    m_cancelFlag = std::make_shared<std::atomic<bool>>(false);
    auto search = BackgroundWork::withDatabaseReporting<Result<es::EventPage>>(
        [query = filter.value(), cancel = m_cancelFlag](QPromise<Result<es::EventPage>>& promise,
                                                        QSqlDatabase& db) {
            promise.setProgressRange(0, 1000);
            promise.addResult(es::EventSearch::page(db, query, [&](qint64 scanned, qint64 total) {
                if (cancel->load())
                    return false;
                promise.setProgressValue(total > 0 ? int(scanned * 1000 / total) : 1000);
                return true;
            }));
        });
    m_search.setFuture(search);
    search.then(this, [this, generation](const Result<es::EventPage>& page) { showPage(generation, page); });
}

void EventsPage::showPage(int generation, const Result<es::EventPage>& page)
{
    if (generation != m_generation)
        return; // filters changed meanwhile; that answer is for a list no longer shown
    m_searchRow->hide();
    m_cancelFlag.reset();
    if (page) {
        m_model->appendPage(page->events, page->nextCursor);
        resolveNames(page->events);
        if (!m_table->currentIndex().isValid() && m_model->rowCount() > 0)
            m_table->setCurrentIndex(m_model->index(0, 0));
    } else if (page.error().code == ErrorCode::QueryCanceled) {
        m_model->pageCancelled();
        m_banner->showMessage(
            MessageBanner::Kind::Info,
            tr("The search was cancelled; the events found until then are shown.", "events banner"));
    } else {
        m_model->pageFailed();
        m_banner->showError(tr("The events could not be read.", "events banner"), page.error());
    }
    Q_EMIT pageLoaded();
}

void EventsPage::showSearchProgress(int permille)
{
    if (!m_cancelFlag || m_cancelFlag->load())
        return; // cancelled: its last reports change nothing
    m_searchProgress->setValue(permille);
    m_searchText->setText(tr("Searching… %1 % of the log", "events search progress; %1 = percent")
                              .arg(QString::number(permille / 10.0, 'f', 1)));
    m_cancelSearch->setEnabled(true);
    m_searchRow->show();
    Q_EMIT searchProgressed(permille);
}

void EventsPage::cancelSearch()
{
    if (m_cancelFlag)
        m_cancelFlag->store(true);
    m_cancelSearch->setEnabled(false);
    m_searchRow->hide();
}

void EventsPage::resolveNames(const std::vector<es::StoredEvent>& events)
{
    QStringList tenants, users;
    for (const es::StoredEvent& event : events) {
        tenants << event.tenantId;
        users << event.createdBy;
    }
    tenants = m_model->unknownTenants(tenants);
    users = m_model->unknownUsers(users);
    if (tenants.isEmpty() && users.isEmpty())
        return Q_EMIT namesResolved();
    const int generation = m_generation;
    BackgroundWork::withDatabase([tenants, users](QSqlDatabase& db) {
        return es::EventNames::resolve(db, tenants, users);
    }).then(this, [this, generation, tenants, users](const Result<es::EventNames::Names>& names) {
        if (generation != m_generation)
            return;
        if (!names)
            return m_banner->showError(tr("The tenant and user names could not be read.", "events banner"),
                                       names.error());
        // Ids without a name (the system user, deleted rows) are remembered as themselves: asked once.
        QHash<QString, QString> tenantKeys = names->tenants, userEmails = names->users;
        for (const QString& id : tenants)
            tenantKeys.insert(id, names->tenants.value(id, id));
        for (const QString& id : users)
            userEmails.insert(id, names->users.value(id, id));
        m_model->addNames(tenantKeys, userEmails);
        Q_EMIT namesResolved();
    });
}

QString EventsPage::selectedAsJson() const
{
    std::set<int> rows;
    for (const QModelIndex& index : m_table->selectionModel()->selectedIndexes())
        rows.insert(index.row());
    nlohmann::json events = nlohmann::json::array();
    for (int row : rows)
        if (const es::StoredEvent* event = m_model->event(row))
            events.push_back(es::SecretPayload::masked(*event).toJson());
    return QString::fromStdString(events.dump(2));
}

void EventsPage::copySelectedAsJson()
{
    QApplication::clipboard()->setText(selectedAsJson());
}

void EventsPage::copyId()
{
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid())
        QApplication::clipboard()->setText(current.data(models::EventTableModel::IdRole).toString());
}

void EventsPage::exportMatching()
{
    auto filter = this->filter();
    if (!filter)
        return m_banner->showMessage(MessageBanner::Kind::Error, ErrorText::summary(filter.error()),
                                     ErrorText::detail(filter.error()));
    EventExportDialog dialog(filter.value(), this);
    dialog.exec();
}

void EventsPage::showSelected()
{
    const es::StoredEvent* event = m_model->event(m_table->currentIndex().row());
    m_stream->setEnabled(event != nullptr);
    m_payload->setPlainText(event ? pretty(event->payload) : QString());
    m_metadata->setPlainText(event ? pretty(event->metadata) : QString());
}

void EventsPage::showStream()
{
    const es::StoredEvent* event = m_model->event(m_table->currentIndex().row());
    if (!event)
        return;
    const QString tenant = event->tenantId;
    const QString aggregate = event->aggregateId;
    clearFilters();
    m_tenant->setChosen(tenant, tenant);
    m_aggregate->setText(aggregate);
    reload();
}

void EventsPage::showCorrelation(const QString& correlationId, const QString& migrationId)
{
    clearFilters();
    m_correlation = correlationId;
    m_correlationSubject = migrationId;
    showCorrelationNote();
    reload();
}

void EventsPage::showCorrelationNote()
{
    m_correlationNote->setVisible(!m_correlation.isEmpty());
    m_correlationNote->setText(
        tr("Only the events of migration %1 (correlation id %2). Clear shows all events.",
           "events page note; %1 migration id, %2 uuid")
            .arg(m_correlationSubject, m_correlation));
}

void EventsPage::clearFilters()
{
    m_correlation.clear();
    m_correlationSubject.clear();
    showCorrelationNote();
    m_aggregateType->setCurrentIndex(0);
    for (QLineEdit* edit : {m_type, m_aggregate, m_payloadContains, m_payloadSearch})
        edit->clear();
    m_tenant->clearChoice();
    m_fromEnabled->setChecked(false);
    m_toEnabled->setChecked(false);
}

void EventsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void EventsPage::retranslateUi()
{
    m_heading->setTexts(tr("Events", "page title"),
                        tr("Every change is an event in kumiko_events; the read tables follow from them. "
                           "Newest first; older ones load as you scroll.",
                           "page description"));
    m_aggregateType->lineEdit()->setPlaceholderText(tr("Aggregate type", "events filter"));
    m_type->setPlaceholderText(tr("Event type, e.g. tenant.created", "events filter"));
    m_payloadContains->setPlaceholderText(
        tr("Payload contains JSON, e.g. {\"email\":\"a@b.c\"}", "events filter"));
    m_payloadSearch->setPlaceholderText(tr("Search payload: key=value or text", "events filter"));
    m_aggregate->setPlaceholderText(tr("Aggregate id", "events filter"));
    m_fromEnabled->setText(tr("From", "events filter; time"));
    m_toEnabled->setText(tr("Until", "events filter; time"));
    m_apply->setText(tr("Apply filter", "events action"));
    m_clear->setText(tr("Clear", "events action; clears the filter fields"));
    m_clear->setToolTip(tr("Empty every filter field and show all events again", "events action tooltip"));
    m_export->setText(tr("Export…", "events action"));
    m_export->setToolTip(
        tr("Write every event the filter matches to a JSON Lines or CSV file", "events action tooltip"));
    for (QAction* action : m_table->actions())
        action->setText(action->objectName() == QLatin1String("copyIdAction")
                            ? tr("Copy id", "events context menu")
                            : tr("Copy as JSON", "events context menu"));
    m_newEvents->setText(tr("New events – show", "events action"));
    m_stream->setText(tr("Show stream", "events action"));
    m_cancelSearch->setText(tr("Cancel", "events search"));
    m_cancelSearch->setToolTip(tr("Stop searching; the events found so far stay.", "events search tooltip"));
    m_stream->setToolTip(tr("Every event of this aggregate in this tenant", "events action tooltip"));
    m_aggregateType->setAccessibleName(tr("Aggregate type", "events filter"));
    m_type->setAccessibleName(tr("Event type", "events filter, for screen readers"));
    m_type->setAccessibleDescription(
        tr("Shows only events of this type (Ctrl+F)", "events filter, for screen readers"));
    m_tenant->setAccessibleName(tr("Tenant id", "events filter"));
    m_aggregate->setAccessibleName(tr("Aggregate id", "events filter"));
    m_payloadContains->setAccessibleName(tr("Payload contains JSON", "events filter, for screen readers"));
    m_payloadSearch->setAccessibleName(tr("Search payload", "events filter, for screen readers"));
    m_from->setAccessibleName(tr("Events from", "events filter, for screen readers"));
    m_to->setAccessibleName(tr("Events until", "events filter, for screen readers"));
    m_table->setAccessibleName(tr("Events", "events table, for screen readers"));
    m_table->setAccessibleDescription(
        tr("Newest first; older events load as you scroll", "events table, for screen readers"));
    m_payloadLabel->setText(tr("Payload", "events detail"));
    m_metadataLabel->setText(tr("Metadata", "events detail"));
    showCorrelationNote();
    m_model->retranslate();
}

} // namespace kumiko::ui
