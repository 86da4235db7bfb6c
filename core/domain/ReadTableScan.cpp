#include "domain/ReadTableScan.h"

#include "domain/ConsistencyTally.h"

namespace kumiko::domain {
namespace {

using nlohmann::json;

constexpr int kFetchSize = 10000;
constexpr size_t kServerBatch = 2000;

// Type oids of pg_type.
constexpr unsigned kBool = 16, kInt8 = 20, kInt2 = 21, kInt4 = 23, kText = 25, kVarchar = 1043,
                   kTimestamptz = 1184, kUuid = 2950;

} // namespace

ReadTableScan::ReadTableScan(db::LibpqPipeline& pipeline, QString table, ConsistencyTally& tally)
    : m_pipeline(pipeline)
    , m_table(std::move(table))
    , m_tally(tally)
    , m_cursor(pipeline, QStringLiteral("kumiko_check_") + m_table, kFetchSize)
{}

Status ReadTableScan::open()
{
    if (Status opened = m_cursor.open(QStringLiteral("SELECT * FROM public.%1 ORDER BY id").arg(m_table));
        !opened)
        return opened;
    if (Status first = refill(); !first)
        return first;
    for (int i = 0; i < m_batch->columns(); ++i) {
        Column column{std::string(m_batch->columnName(i))};
        switch (m_batch->columnType(i)) {
        case kText:
        case kVarchar:
        case kUuid:
        case kTimestamptz:
            column.kind = ColumnKind::Text;
            break;
        case kBool:
            column.kind = ColumnKind::Boolean;
            break;
        case kInt2:
        case kInt4:
        case kInt8:
            column.kind = ColumnKind::Integer;
            break;
        default:
            break;
        }
        if (column.name == "id")
            m_idColumn = i;
        m_columns.push_back(std::move(column));
    }
    if (m_idColumn < 0)
        return Error::make(ErrorCode::InvalidArgument, QStringLiteral("%1 has no id column").arg(m_table));
    return {};
}

Status ReadTableScan::pass(std::string_view aggregateId)
{
    auto found = reach(aggregateId);
    if (!found)
        return found.error();
    if (found.value())
        ++m_position;
    return {};
}

Status ReadTableScan::expect(std::string_view aggregateType, const std::string& aggregateId,
                             std::optional<json> row)
{
    auto found = reach(aggregateId);
    if (!found)
        return found.error();
    if (!found.value()) {
        if (row)
            add(ConsistencyFinding::Kind::RowMissing, aggregateType, aggregateId);
        return {};
    }
    m_tally.countRows(1);
    const bool sound = row && matches(*row);
    ++m_position;
    if (!row) {
        add(ConsistencyFinding::Kind::RowWithoutEvents, aggregateType, aggregateId);
    } else if (!sound) {
        m_undecided.push_back(std::move(*row));
        m_undecidedTypes.emplace(aggregateId, aggregateType);
        if (m_undecided.size() >= kServerBatch)
            return compareOnServer();
    }
    return {};
}

Status ReadTableScan::finish()
{
    auto rest = reach({});
    if (!rest)
        return rest.error();
    return compareOnServer();
}

Status ReadTableScan::refill()
{
    while (!m_cursor.done() && (!m_batch || m_position >= m_batch->rows())) {
        auto fetched = m_cursor.fetch();
        if (!fetched)
            return fetched.error();
        m_batch = std::move(fetched).value();
        m_position = 0;
    }
    return {};
}

// Reports the rows before `aggregateId` (all that are left, when it is empty) as rows without events,
// since no aggregate has their id; true when the next row has that id.
Result<bool> ReadTableScan::reach(std::string_view aggregateId)
{
    for (;;) {
        if (Status filled = refill(); !filled)
            return filled.error();
        if (m_position >= m_batch->rows())
            return false;
        const std::string_view id = m_batch->text(m_position, m_idColumn);
        if (!aggregateId.empty() && id >= aggregateId)
            return id == aggregateId;
        m_tally.countRows(1);
        add(ConsistencyFinding::Kind::RowWithoutEvents, {}, id);
        ++m_position;
    }
}

// Equal output text column by column means equal values; a column the replay leaves out is NULL
// (jsonb_populate_record), members that are no column are ignored.
bool ReadTableScan::matches(const json& row) const
{
    for (int i = 0; i < int(m_columns.size()); ++i) {
        const Column& column = m_columns[size_t(i)];
        const auto value = row.find(column.name);
        const bool absent = value == row.end() || value->is_null();
        if (absent || m_batch->isNull(m_position, i)) {
            if (absent != m_batch->isNull(m_position, i))
                return false;
            continue;
        }
        if (!sameValue(*value, column.kind, m_batch->text(m_position, i)))
            return false;
    }
    return true;
}

bool ReadTableScan::sameValue(const json& value, ColumnKind kind, std::string_view text)
{
    switch (kind) {
    case ColumnKind::Text:
        return value.is_string() && value.get_ref<const std::string&>() == text;
    case ColumnKind::Boolean:
        return value.is_boolean() && text == (value.get<bool>() ? "t" : "f");
    case ColumnKind::Integer:
        return value.is_number_integer() && value.dump() == text;
    case ColumnKind::Other:
        break;
    }
    return false;
}

// The rows that did not match in text, through jsonb_populate_recordset and to_jsonb, so types, time
// zones and precision are the table's own; only the names of differing columns come back.
Status ReadTableScan::compareOnServer()
{
    if (m_undecided.empty())
        return {};
    auto result = m_pipeline.exec(
        QStringLiteral(
            "WITH e AS (SELECT * FROM jsonb_populate_recordset(NULL::public.%1, $1::jsonb)) "
            "SELECT e.id::text, (SELECT string_agg(j.key, ',' ORDER BY j.key) "
            "FROM jsonb_each(to_jsonb(l)) j WHERE j.value IS DISTINCT FROM to_jsonb(e) -> j.key) "
            "FROM e JOIN public.%1 l ON l.id = e.id WHERE to_jsonb(l) IS DISTINCT FROM to_jsonb(e)")
            .arg(m_table),
        {m_undecided.dump()});
    m_undecided = json::array();
    const auto types = std::move(m_undecidedTypes);
    m_undecidedTypes.clear();
    if (!result)
        return result.error();
    for (int row = 0; row < result->rows(); ++row) {
        const std::string id(result->text(row, 0));
        const auto type = types.find(id);
        add(ConsistencyFinding::Kind::RowDiffers, type == types.end() ? std::string_view() : type->second, id,
            QString::fromUtf8(result->text(row, 1).data(), qsizetype(result->text(row, 1).size()))
                .split(QLatin1Char(','), Qt::SkipEmptyParts));
    }
    return {};
}

void ReadTableScan::add(ConsistencyFinding::Kind kind, std::string_view aggregateType,
                        std::string_view aggregateId, const QStringList& columns)
{
    ConsistencyFinding finding;
    finding.kind = kind;
    finding.aggregateType = QString::fromUtf8(aggregateType.data(), qsizetype(aggregateType.size()));
    finding.aggregateId = QString::fromUtf8(aggregateId.data(), qsizetype(aggregateId.size()));
    finding.table = m_table;
    finding.columns = columns;
    m_tally.add(std::move(finding));
}

} // namespace kumiko::domain
