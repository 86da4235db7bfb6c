#include "AuditCommands.h"

#include "CliContext.h"
#include "config/RevealAudit.h"

namespace kumiko::cli {
namespace {

using config::RevealAudit;
using config::RevealRecord;

int list(CliContext& cli)
{
    int limit = 100;
    if (cli.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        limit = cli.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1 || limit > 10000)
            return cli.usage(QStringLiteral("--limit must be a number from 1 to 10000"));
    }
    qint64 after = 0;
    if (cli.isSet(QStringLiteral("after"))) {
        bool ok = false;
        after = cli.value(QStringLiteral("after")).toLongLong(&ok);
        if (!ok || after < 1)
            return cli.usage(QStringLiteral("--after must be a reveal id (a positive number)"));
    }
    auto page = cli.withDatabase([&](QSqlDatabase& db) { return RevealAudit::list(db, limit, after); });
    if (!page)
        return cli.fail(page.error());
    if (cli.json()) {
        cli.printJson(page->toJson());
        return ExitCode::Ok;
    }
    for (const RevealRecord& reveal : page->reveals) {
        cli.out() << QString::number(reveal.id).rightJustified(8) << "  "
                  << reveal.revealedAt.toString(Qt::ISODateWithMs) << "  " << reveal.via << "  "
                  << reveal.revealedBy << "  revealed " << reveal.key;
        if (!reveal.tenantId.isEmpty())
            cli.out() << "  tenant " << reveal.tenantId;
        if (!reveal.userId.isEmpty())
            cli.out() << "  user " << reveal.userId;
        cli.out() << '\n';
    }
    if (page->reveals.isEmpty())
        cli.out() << "no reveals recorded\n";
    if (page->nextAfter > 0)
        cli.out() << "older entries: kumiko audit list --after " << page->nextAfter << '\n';
    return ExitCode::Ok;
}

} // namespace

void AuditCommands::registerInto(CommandRegistry& registry)
{
    registry.add(
        {QStringLiteral("audit list"),
         {},
         QStringLiteral("Who revealed which encrypted config value, and when (newest first)."),
         {{QStringLiteral("limit"), QStringLiteral("How many entries (default 100)."), QStringLiteral("n")},
          {QStringLiteral("after"), QStringLiteral("Only entries older than this id (next page)."),
           QStringLiteral("id")}},
         list});
}

} // namespace kumiko::cli
