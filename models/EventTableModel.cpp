#include "EventTableModel.h"

#include <QLocale>

namespace kumiko::models {

EventTableModel::EventTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void EventTableModel::clear()
{
    beginResetModel();
    m_events.clear();
    m_cursor = 0;
    m_hasMore = true;
    m_waiting = false;
    endResetModel();
}

void EventTableModel::appendPage(const std::vector<es::StoredEvent>& events, qint64 nextCursor)
{
    // Views ask for more while rows are being inserted; until the page is in, the answer is no.
    if (!events.empty()) {
        const int first = rowCount();
        beginInsertRows({}, first, first + int(events.size()) - 1);
        m_events.insert(m_events.end(), events.begin(), events.end());
        endInsertRows();
    }
    m_hasMore = nextCursor != 0;
    m_cursor = nextCursor;
    m_waiting = false;
}

void EventTableModel::pageFailed()
{
    m_waiting = false;
}

const es::StoredEvent* EventTableModel::event(int row) const
{
    return row >= 0 && row < rowCount() ? &m_events.at(size_t(row)) : nullptr;
}

void EventTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

bool EventTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_hasMore && !m_waiting;
}

void EventTableModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    m_waiting = true;
    Q_EMIT moreWanted(m_cursor);
}

int EventTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int EventTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const es::StoredEvent& event = m_events.at(size_t(index.row()));
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return display(event, index.column());
    if (role == Qt::TextAlignmentRole && (index.column() == IdColumn || index.column() == VersionColumn))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant EventTableModel::display(const es::StoredEvent& event, int column) const
{
    switch (column) {
    case IdColumn:
        return event.id;
    case TimeColumn:
        return QLocale().toString(event.createdAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
    case TypeColumn:
        return event.type;
    case AggregateColumn:
        return QStringLiteral("%1 %2").arg(event.aggregateType, event.aggregateId);
    case VersionColumn:
        return event.version;
    case TenantColumn:
        return event.tenantId;
    case ByColumn:
        return event.createdBy;
    }
    return {};
}

QVariant EventTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
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
