#pragma once

#include "esops/SeedCatalog.h"

#include <QSortFilterProxyModel>
#include <optional>

namespace kumiko::models {

/// Narrows a MigrationTableModel to one state and/or a text found in id or description; sorts by SortRole.
class MigrationFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit MigrationFilterModel(QObject* parent = nullptr);

    void setStateFilter(std::optional<esops::MigrationState> state);
    void setTextFilter(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    std::optional<esops::MigrationState> m_state;
    QString m_text;
};

} // namespace kumiko::models
