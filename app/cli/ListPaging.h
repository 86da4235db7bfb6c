#pragma once

#include "CliContext.h"
#include "common/Page.h"

#include <QCommandLineOption>
#include <functional>

namespace kumiko::cli {

/// The paging options every list command takes (--limit, --after, --filter, --all) and how a list
/// is printed with them: one page with a hint for the next, or with --all every page as it arrives.
class ListPaging
{
public:
    /// Rows fetched per page while streaming with --all.
    static constexpr int StreamPageSize = 1000;

    /// The four options; `cursor` names what --after takes, `filter` what --filter matches.
    static QList<QCommandLineOption> options(const QString& cursor, const QString& filter);

    /// How one list command fetches and shows its rows.
    template <typename Row>
    struct Printer
    {
        std::function<Result<Page<Row>>(QSqlDatabase&, const PageRequest&)> fetch;
        std::function<void(QTextStream&, const Row&)> text;
        std::function<nlohmann::json(const Row&)> json;
        /// The `--json` document of one page from its rows' JSON array.
        std::function<nlohmann::json(nlohmann::json rows)> document;
        QString empty; ///< printed (text only, when not empty) if the list has no rows
    };

    /// Reads the options (usage errors name them), then prints one page or, with --all, every page.
    template <typename Row>
    static int run(CliContext& cli, const Printer<Row>& printer)
    {
        auto request = requestOf(cli);
        if (!request)
            return cli.usage(request.error().message);
        const bool all = cli.isSet(QStringLiteral("all"));
        if (all)
            request->limit = StreamPageSize;
        bool any = false;
        for (;;) {
            auto page = cli.withDatabase([&](QSqlDatabase& db) { return printer.fetch(db, *request); });
            if (!page)
                return cli.fail(page.error());
            any = any || !page->rows.isEmpty();
            if (!all) {
                printPage(cli, printer, page.value());
                break;
            }
            for (const Row& row : page->rows)
                printRow(cli, printer, row);
            cli.out().flush();
            if (page->next.isEmpty())
                break;
            request->after = page->next;
        }
        if (!any && !cli.json() && !printer.empty.isEmpty())
            cli.out() << printer.empty << '\n';
        return ExitCode::Ok;
    }

private:
    static Result<PageRequest> requestOf(const CliContext& cli);
    /// Tells on stderr how to get the page after this one.
    static void hintNext(CliContext& cli, const QString& next);

    template <typename Row>
    static void printRow(CliContext& cli, const Printer<Row>& printer, const Row& row)
    {
        if (cli.json())
            cli.out() << QString::fromStdString(printer.json(row).dump()) << '\n';
        else
            printer.text(cli.out(), row);
    }

    template <typename Row>
    static void printPage(CliContext& cli, const Printer<Row>& printer, const Page<Row>& page)
    {
        if (cli.json()) {
            nlohmann::json rows = nlohmann::json::array();
            for (const Row& row : page.rows)
                rows.push_back(printer.json(row));
            nlohmann::json document = printer.document(std::move(rows));
            if (!page.next.isEmpty() && document.is_object())
                document["next"] = page.next.toStdString();
            cli.printJson(document);
        } else {
            for (const Row& row : page.rows)
                printer.text(cli.out(), row);
        }
        if (!page.next.isEmpty())
            hintNext(cli, page.next);
    }
};

} // namespace kumiko::cli
