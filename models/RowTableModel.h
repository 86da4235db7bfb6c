#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <iterator>

namespace kumiko::models {

/// What every flat table model here shares: a list of rows of one type, a fixed number of columns with
/// translated titles, and a retranslate that makes views fetch titles and cells again. A model keeps its
/// Column and Role enums and says per row and column what a role shows (cell) and what a column is called
/// (columnTitle).
template <typename Row>
class RowTableModel : public QAbstractTableModel
{
public:
    /// The row at `row`, or nullptr.
    const Row* rowAt(int row) const { return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr; }

    /// Tells views to fetch the translated titles and cells again after a language switch.
    void retranslate()
    {
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, m_columns - 1);
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, m_columns - 1));
    }

    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : m_columns;
    }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        return cell(m_rows.at(index.row()), index.column(), role);
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= m_columns)
            return {};
        return columnTitle(section);
    }

protected:
    RowTableModel(int columns, QObject* parent)
        : QAbstractTableModel(parent)
        , m_columns(columns)
    {}

    virtual QVariant cell(const Row& row, int column, int role) const = 0;
    virtual QString columnTitle(int column) const = 0;

    const QList<Row>& rows() const { return m_rows; }

    void resetRows(QList<Row> rows)
    {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }

    template <typename Range>
    void appendRows(const Range& more)
    {
        const auto count = int(std::distance(std::begin(more), std::end(more)));
        if (count == 0)
            return;
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + count - 1);
        m_rows.append(QList<Row>(std::begin(more), std::end(more)));
        endInsertRows();
    }

private:
    QList<Row> m_rows;
    int m_columns;
};

} // namespace kumiko::models
