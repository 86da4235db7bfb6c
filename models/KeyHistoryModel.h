#pragma once

#include "RowTableModel.h"
#include "config/KeyHistory.h"

namespace kumiko::models {

/// A config key's history, newest first: when, who, which value (system, tenant, user) and old → new;
/// encrypted values masked. Pages are appended as they are loaded.
class KeyHistoryModel : public RowTableModel<config::KeyChange>
{
    Q_OBJECT

public:
    enum Column
    {
        WhenColumn,
        WhoColumn,
        WhereColumn,
        ChangeColumn,
        ColumnCount
    };

    explicit KeyHistoryModel(QObject* parent = nullptr);

    void setRows(const QList<config::KeyChange>& rows);
    void appendPage(const QList<config::KeyChange>& rows);

    /// A stored value (JSON text) as shown in a list: masked when encrypted, "–" when there is none.
    static QString valueText(const std::optional<QString>& stored, bool encrypted);
    /// Whose value a row is: "system", the tenant's key, or the user's e-mail with the tenant's key.
    static QString targetText(const QString& tenantId, const QString& tenantKey, const QString& userId,
                              const QString& userEmail);

private:
    QVariant cell(const config::KeyChange& row, int column, int role) const override;
    QString columnTitle(int column) const override;
};

} // namespace kumiko::models
