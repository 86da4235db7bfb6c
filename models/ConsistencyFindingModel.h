#pragma once

#include "RowTableModel.h"
#include "domain/ConsistencyCheck.h"

namespace kumiko::models {

/// The findings of a database consistency check (`db check`), in the order the check found them.
class ConsistencyFindingModel : public RowTableModel<domain::ConsistencyFinding>
{
    Q_OBJECT

public:
    enum Column
    {
        KindColumn,
        AggregateTypeColumn,
        AggregateColumn,
        TableColumn,
        DetailColumn, ///< differing columns, fork streams or the version gap
        ColumnCount
    };

    explicit ConsistencyFindingModel(QObject* parent = nullptr);

    void setFindings(const std::vector<domain::ConsistencyFinding>& findings);
    /// The translated name of a kind of finding.
    static QString kindText(domain::ConsistencyFinding::Kind kind);

private:
    QVariant cell(const domain::ConsistencyFinding& finding, int column, int role) const override;
    QString columnTitle(int column) const override;
    static QString detail(const domain::ConsistencyFinding& finding);
};

} // namespace kumiko::models
