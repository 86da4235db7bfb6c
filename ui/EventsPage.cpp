#include "EventsPage.h"

#include "ErrorText.h"
#include "EventTableModel.h"
#include "MessageBanner.h"
#include "PageHeading.h"
#include "common/BackgroundWork.h"
#include "eventstore/EventStore.h"

#include <QCheckBox>
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
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QUuid>
#include <QVBoxLayout>

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
    , m_tenant(new QLineEdit(this))
    , m_aggregate(new QLineEdit(this))
    , m_correlationNote(new QLabel(this))
    , m_fromEnabled(new QCheckBox(this))
    , m_from(new QDateTimeEdit(this))
    , m_toEnabled(new QCheckBox(this))
    , m_to(new QDateTimeEdit(this))
    , m_apply(new QPushButton(this))
    , m_clear(new QPushButton(this))
    , m_newEvents(new QPushButton(this))
    , m_stream(new QPushButton(this))
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
    connect(m_clear, &QPushButton::clicked, this, &EventsPage::clearFilters);
    connect(m_newEvents, &QPushButton::clicked, this, &EventsPage::reload);
    connect(m_stream, &QPushButton::clicked, this, &EventsPage::showStream);
    for (QLineEdit* edit : {m_type, m_tenant, m_aggregate})
        connect(edit, &QLineEdit::returnPressed, this, &EventsPage::reload);
    connect(m_aggregateType->lineEdit(), &QLineEdit::returnPressed, this, &EventsPage::reload);
    connect(m_fromEnabled, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_toEnabled, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &EventsPage::showSelected);
    retranslateUi();
    showSelected();
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
    }
    for (QLineEdit* edit : {m_tenant, m_aggregate})
        edit->setClearButtonEnabled(true);
    m_newEvents->hide();

    auto* filters = new QGridLayout;
    filters->addWidget(m_aggregateType, 0, 0);
    filters->addWidget(m_type, 0, 1);
    filters->addWidget(m_tenant, 0, 2);
    filters->addWidget(m_aggregate, 0, 3);
    auto* times = new QHBoxLayout;
    times->addWidget(m_fromEnabled);
    times->addWidget(m_from);
    times->addWidget(m_toEnabled);
    times->addWidget(m_to);
    times->addStretch(1);
    times->addWidget(m_newEvents);
    times->addWidget(m_clear);
    times->addWidget(m_apply);
    filters->addLayout(times, 1, 0, 1, 4);
    m_correlationNote->setWordWrap(true);
    m_correlationNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_correlationNote->hide();
    filters->addWidget(m_correlationNote, 2, 0, 1, 4);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->setVisible(false);
    m_table->setWordWrap(false);
    // Fixed widths: fitting columns to their contents would measure every row of a growing list.
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(models::EventTableModel::IdColumn, 60);
    m_table->setColumnWidth(models::EventTableModel::TimeColumn, 180);
    m_table->setColumnWidth(models::EventTableModel::TypeColumn, 190);
    m_table->setColumnWidth(models::EventTableModel::AggregateColumn, 410);
    m_table->setColumnWidth(models::EventTableModel::VersionColumn, 60);
    m_table->setColumnWidth(models::EventTableModel::TenantColumn, 280);

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

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_banner);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
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
    if (Status ok = uuid(m_tenant, QStringLiteral("tenant"), filter.tenantId); !ok)
        return ok.error();
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
    ++m_generation;
    m_closed = true;
    m_newEvents->hide();
    m_banner->clear();
    m_model->close();
    showSelected();
}

void EventsPage::reload()
{
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
        m_banner->showMessage(MessageBanner::Kind::Error, ErrorText::summary(filter.error()),
                              ErrorText::detail(filter.error()));
        return;
    }
    filter->beforeId = cursor;
    const int generation = m_generation;
    BackgroundWork::withDatabase([query = filter.value()](QSqlDatabase& db) {
        return es::EventStore::read(db, query);
    }).then(this, [this, generation](const Result<es::EventPage>& page) {
        if (generation != m_generation)
            return; // filters changed meanwhile; that answer is for a list no longer shown
        if (!page) {
            m_model->pageFailed();
            m_banner->showError(tr("The events could not be read.", "events banner"), page.error());
        } else {
            m_model->appendPage(page->events, page->nextCursor);
            if (!m_table->currentIndex().isValid() && m_model->rowCount() > 0)
                m_table->setCurrentIndex(m_model->index(0, 0));
        }
        Q_EMIT pageLoaded();
    });
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
    m_tenant->setText(tenant);
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
    for (QLineEdit* edit : {m_type, m_tenant, m_aggregate})
        edit->clear();
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
    m_tenant->setPlaceholderText(tr("Tenant id", "events filter"));
    m_aggregate->setPlaceholderText(tr("Aggregate id", "events filter"));
    m_fromEnabled->setText(tr("From", "events filter; time"));
    m_toEnabled->setText(tr("Until", "events filter; time"));
    m_apply->setText(tr("Apply filter", "events action"));
    m_clear->setText(tr("Clear", "events action; clears the filter fields"));
    m_newEvents->setText(tr("New events – show", "events action"));
    m_stream->setText(tr("Show stream", "events action"));
    m_stream->setToolTip(tr("Every event of this aggregate in this tenant", "events action tooltip"));
    m_payloadLabel->setText(tr("Payload", "events detail"));
    m_metadataLabel->setText(tr("Metadata", "events detail"));
    showCorrelationNote();
    m_model->retranslate();
}

} // namespace kumiko::ui
