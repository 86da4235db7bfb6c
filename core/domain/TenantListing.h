#pragma once

#include "common/Page.h"
#include "common/Result.h"

#include <QSqlDatabase>
#include <QString>
#include <nlohmann/json.hpp>

namespace kumiko::domain {

/// One tenant as `kumiko tenants list` shows it.
struct TenantSummary
{
    QString id;
    QString key;
    QString name;
    bool isEnabled = true;
    QString status;
    int version = 0;

    /// `{"id","key","name","isEnabled","status","version"}` — one entry of `tenants list --json`.
    nlohmann::json toJson() const;
};

/// Lists tenants a keyset page at a time.
class TenantListing
{
public:
    /// One page by key (the unique index's order); the cursor is the last row's key, the filter
    /// matches a substring of the key or the name.
    static Result<Page<TenantSummary>> list(const QSqlDatabase& db, const PageRequest& request);
};

} // namespace kumiko::domain
