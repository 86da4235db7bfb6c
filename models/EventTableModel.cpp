#include "EventTableModel.h"

#include "LocalTime.h"
#include "eventstore/SecretPayload.h"

namespace kumiko::models {

EventTableModel::EventTableModel(QObject* parent)
    : RowTableModel(ColumnCount, parent)
{}

void EventTableModel::clear()
{
    m_paging.restart();
    resetRows({});
}

void EventTableModel::close()
{
    clear();
    m_paging.close();
    m_tenantKeys.clear();
    m_userEmails.clear();
}

void EventTableModel::addNames(const QHash<QString, QString>& tenants, const QHash<QString, QString>& users)
{
    m_tenantKeys.insert(tenants);
    m_userEmails.insert(users);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, TenantColumn), index(rowCount() - 1, ByColumn));
}

QStringList EventTableModel::unknownTenants(const QStringList& ids) const
{
    QStringList unknown;
    for (const QString& id : ids)
        if (!m_tenantKeys.contains(id) && !unknown.contains(id))
            unknown << id;
    return unknown;
}

QStringList EventTableModel::unknownUsers(const QStringList& ids) const
{
    QStringList unknown;
    for (const QString& id : ids)
        if (!m_userEmails.contains(id) && !unknown.contains(id))
            unknown << id;
    return unknown;
}

void EventTableModel::appendPage(const std::vector<es::StoredEvent>& events, qint64 nextCursor)
{
    std::vector<es::StoredEvent> masked;
    masked.reserve(events.size());
    for (const es::StoredEvent& event : events)
        masked.push_back(es::SecretPayload::masked(event));
    // Views ask for more while rows are being inserted; until the page is in, the answer is no.
    appendRows(masked);
    m_paging.arrived(nextCursor, nextCursor != 0);
}

void EventTableModel::pageFailed()
{
    m_paging.failed();
}

void EventTableModel::pageCancelled()
{
    m_paging.stop();
}

bool EventTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_paging.canFetch();
}

void EventTableModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    Q_EMIT moreWanted(m_paging.fetch());
}

QVariant EventTableModel::cell(const es::StoredEvent& event, int column, int role) const
{
    const bool namedColumn = column == TenantColumn || column == ByColumn;
    if (role == IdRole || (role == Qt::ToolTipRole && namedColumn)) {
        switch (column) {
        case TenantColumn:
            return event.tenantId;
        case ByColumn:
            return event.createdBy;
        default:
            return event.aggregateId;
        }
    }
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return display(event, column);
    if (role == Qt::TextAlignmentRole && (column == IdColumn || column == VersionColumn))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant EventTableModel::display(const es::StoredEvent& event, int column) const
{
    switch (column) {
    case IdColumn:
        return event.id;
    case TimeColumn:
        return LocalTime::text(event.createdAt, LocalTime::Precision::Milliseconds);
    case TypeColumn:
        return event.type;
    case AggregateColumn:
        return QStringLiteral("%1 %2").arg(event.aggregateType, event.aggregateId);
    case VersionColumn:
        return event.version;
    case TenantColumn:
        return m_tenantKeys.value(event.tenantId, event.tenantId);
    case ByColumn:
        return m_userEmails.value(event.createdBy, event.createdBy);
    }
    return {};
}

QString EventTableModel::columnTitle(int column) const
{
    switch (column) {
    case IdColumn:
        return tr("#", "events column: event id");
    case TimeColumn:
        return tr("Time", "events column");
    case TypeColumn:
        return tr("Event type", "events column");
    case AggregateColumn:
        return tr("Aggregate", "events column");
    case VersionColumn:
        return tr("Version", "events column");
    case TenantColumn:
        return tr("Tenant", "events column");
    case ByColumn:
        return tr("By", "events column");
    }
    return {};
}

} // namespace kumiko::models
