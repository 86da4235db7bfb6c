#include "ListPaging.h"

#include <QRegularExpression>

namespace kumiko::cli {

QList<QCommandLineOption> ListPaging::options(const QString& cursor, const QString& filter)
{
    return {
        {QStringLiteral("limit"),
         QStringLiteral("How many rows (default %1, at most %2).")
             .arg(PageRequest::DefaultLimit)
             .arg(PageRequest::MaxLimit),
         QStringLiteral("n")},
        {QStringLiteral("after"),
         QStringLiteral("Start after this %1: the cursor printed for the next page.").arg(cursor),
         QStringLiteral("cursor")},
        {QStringLiteral("filter"),
         QStringLiteral("Only rows whose %1 contains this text (any case).").arg(filter),
         QStringLiteral("text")},
        {QStringLiteral("all"), QStringLiteral("Every row, fetched and printed page by page (with --json: "
                                               "JSON Lines, one object per row).")}};
}

Result<PageRequest> ListPaging::requestOf(const CliContext& cli)
{
    PageRequest request;
    request.filter = cli.value(QStringLiteral("filter"));
    request.after = cli.value(QStringLiteral("after"));
    if (cli.isSet(QStringLiteral("limit"))) {
        if (cli.isSet(QStringLiteral("all")))
            return Error::make(ErrorCode::Usage, QStringLiteral("--limit and --all exclude each other"));
        bool ok = false;
        request.limit = cli.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || request.limit < 1 || request.limit > PageRequest::MaxLimit)
            return Error::make(
                ErrorCode::Usage,
                QStringLiteral("--limit must be a number from 1 to %1").arg(PageRequest::MaxLimit));
    }
    return request;
}

void ListPaging::hintNext(CliContext& cli, const QString& next)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9@._:+/=-]+$"));
    const QString quoted = plain.match(next).hasMatch()
                               ? next
                               : QLatin1Char('\'') +
                                     QString(next).replace(QLatin1String("'"), QLatin1String("'\\''")) +
                                     QLatin1Char('\'');
    cli.err() << "more rows follow: repeat with --after " << quoted << '\n';
    cli.err().flush();
}

} // namespace kumiko::cli
