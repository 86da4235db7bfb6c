#include "ConsistencyFindingModel.h"

namespace kumiko::models {

using Kind = domain::ConsistencyFinding::Kind;

ConsistencyFindingModel::ConsistencyFindingModel(QObject* parent)
    : RowTableModel(ColumnCount, parent)
{}

void ConsistencyFindingModel::setFindings(const std::vector<domain::ConsistencyFinding>& findings)
{
    resetRows(QList<domain::ConsistencyFinding>(findings.begin(), findings.end()));
}

QString ConsistencyFindingModel::kindText(Kind kind)
{
    switch (kind) {
    case Kind::RowDiffers:
        return tr("Row differs from its events", "consistency finding");
    case Kind::RowMissing:
        return tr("Row missing", "consistency finding");
    case Kind::RowWithoutEvents:
        return tr("Row without events", "consistency finding");
    case Kind::ForkedAggregate:
        return tr("Forked aggregate", "consistency finding; events in several tenant streams");
    case Kind::VersionGap:
        return tr("Version gap", "consistency finding");
    case Kind::UnknownAggregateType:
        return tr("Unknown aggregate type", "consistency finding");
    }
    return {};
}

QString ConsistencyFindingModel::detail(const domain::ConsistencyFinding& finding)
{
    switch (finding.kind) {
    case Kind::RowDiffers:
        return tr("Columns: %1", "consistency finding detail")
            .arg(finding.columns.join(QStringLiteral(", ")));
    case Kind::ForkedAggregate:
        return tr("Streams of the tenants %1", "consistency finding detail")
            .arg(finding.tenants.join(QStringLiteral(", ")));
    case Kind::VersionGap:
        return tr("Version %1 where %2 was due, in the stream of tenant %3", "consistency finding detail")
            .arg(finding.foundVersion)
            .arg(finding.expectedVersion)
            .arg(finding.tenants.value(0));
    case Kind::RowMissing:
    case Kind::RowWithoutEvents:
    case Kind::UnknownAggregateType:
        return {};
    }
    return {};
}

QVariant ConsistencyFindingModel::cell(const domain::ConsistencyFinding& finding, int column, int role) const
{
    if (role == Qt::ToolTipRole && column == DetailColumn)
        return detail(finding);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(column)) {
    case KindColumn:
        return kindText(finding.kind);
    case AggregateTypeColumn:
        return finding.aggregateType;
    case AggregateColumn:
        return finding.aggregateId;
    case TableColumn:
        return finding.table;
    case DetailColumn:
        return detail(finding);
    case ColumnCount:
        break;
    }
    return {};
}

QString ConsistencyFindingModel::columnTitle(int column) const
{
    switch (Column(column)) {
    case KindColumn:
        return tr("Finding", "consistency column");
    case AggregateTypeColumn:
        return tr("Aggregate type", "consistency column");
    case AggregateColumn:
        return tr("Aggregate id", "consistency column");
    case TableColumn:
        return tr("Read table", "consistency column");
    case DetailColumn:
        return tr("Detail", "consistency column");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace kumiko::models
