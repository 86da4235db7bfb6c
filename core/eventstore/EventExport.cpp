#include "eventstore/EventExport.h"

#include "eventstore/EventStore.h"
#include "eventstore/SecretPayload.h"

namespace kumiko::es {
namespace {

constexpr int kPageSize = 2000;

// RFC 4180: quoted when it holds a separator, a quote or a line break; quotes doubled.
QByteArray csvField(const QByteArray& value)
{
    if (!value.contains(',') && !value.contains('"') && !value.contains('\n') && !value.contains('\r'))
        return value;
    QByteArray quoted = value;
    quoted.replace('"', "\"\"");
    return '"' + quoted + '"';
}

QByteArray csvLine(const StoredEvent& event)
{
    const QList<QByteArray> fields{QByteArray::number(event.id),
                                   event.createdAt.toString(Qt::ISODateWithMs).toUtf8(),
                                   event.type.toUtf8(),
                                   event.aggregateType.toUtf8(),
                                   event.aggregateId.toUtf8(),
                                   QByteArray::number(event.version),
                                   event.tenantId.toUtf8(),
                                   event.createdBy.toUtf8(),
                                   QByteArray::fromStdString(event.payload.dump()),
                                   QByteArray::fromStdString(event.metadata.dump())};
    QByteArray line;
    for (const QByteArray& field : fields)
        line += (line.isEmpty() ? QByteArray() : QByteArray(",")) + csvField(field);
    return line + "\r\n";
}

QByteArray lineOf(const StoredEvent& event, EventExport::Format format)
{
    if (format == EventExport::Format::Csv)
        return csvLine(event);
    return QByteArray::fromStdString(event.toJson().dump()) + '\n';
}

} // namespace

std::optional<EventExport::Format> EventExport::parseFormat(const QString& name)
{
    if (name == QLatin1String("jsonl"))
        return Format::JsonLines;
    if (name == QLatin1String("csv"))
        return Format::Csv;
    return std::nullopt;
}

Result<qint64> EventExport::run(const QSqlDatabase& db, EventFilter filter, Format format, QIODevice& out,
                                const Progress& progress)
{
    const auto write = [&out](const QByteArray& bytes) -> Status {
        if (out.write(bytes) != bytes.size())
            return Error::make(ErrorCode::WriteFailed,
                               QStringLiteral("the export could not be written: %1").arg(out.errorString()));
        return {};
    };
    if (format == Format::Csv)
        if (Status written = write("id,created_at,type,aggregate_type,aggregate_id,version,tenant_id,created_"
                                   "by,payload,metadata\r\n");
            !written)
            return written.error();
    filter.newestFirst = false;
    filter.afterId = 0;
    filter.limit = kPageSize;
    qint64 count = 0;
    for (;;) {
        auto page = EventStore::read(db, filter);
        if (!page)
            return page.error();
        QByteArray chunk;
        for (const StoredEvent& event : page->events)
            chunk += lineOf(SecretPayload::masked(event), format);
        if (Status written = write(chunk); !written)
            return written.error();
        count += qint64(page->events.size());
        if ((progress && !progress(count)) || page->nextCursor == 0)
            return count;
        filter.afterId = page->nextCursor;
    }
}

} // namespace kumiko::es
