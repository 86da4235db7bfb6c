#include "HandlerRun.h"

#include "CliContext.h"
#include "db/Transaction.h"

namespace kumiko::cli {

Result<std::vector<domain::HandlerOutcome>>
HandlerRun::inTransaction(CliContext& cli, const std::vector<std::pair<QString, nlohmann::json>>& writes)
{
    auto actor = cli.actor();
    if (!actor)
        return actor.error();
    return cli.withDatabase(
        [&writes, actor = *actor](QSqlDatabase& db) -> Result<std::vector<domain::HandlerOutcome>> {
            static const domain::HandlerRegistry registry = domain::HandlerRegistry::standard();
            db::Transaction transaction(db);
            if (auto ok = transaction.begin(); !ok)
                return ok.error();
            std::vector<domain::HandlerOutcome> outcomes;
            for (const auto& [name, payload] : writes) {
                auto outcome = registry.dispatch(db, name, payload, actor);
                if (!outcome)
                    return outcome.error();
                outcomes.push_back(std::move(outcome).value());
            }
            if (auto ok = transaction.commit(); !ok)
                return ok.error();
            return outcomes;
        });
}

} // namespace kumiko::cli
