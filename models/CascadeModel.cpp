#include "CascadeModel.h"

#include "ConfigValueModel.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace kumiko::models {

CascadeModel::CascadeModel(QObject* parent)
    : RowTableModel(ColumnCount, parent)
{}

void CascadeModel::setRows(const QList<CascadeRow>& rows)
{
    resetRows(rows);
}

QVariant CascadeModel::cell(const CascadeRow& row, int column, int role) const
{
    if (role == Qt::FontRole && row.active) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::ForegroundRole && !row.hasValue)
        return QGuiApplication::palette().color(QPalette::PlaceholderText);
    if (role != Qt::DisplayRole)
        return {};
    if (column == LevelColumn)
        return (row.active ? QStringLiteral("▶ ") : QStringLiteral("   ")) +
               ConfigValueModel::sourceText(row.level);
    return row.hasValue ? row.value : tr("– not set", "cascade value cell");
}

QString CascadeModel::columnTitle(int column) const
{
    return column == LevelColumn ? tr("Level", "cascade column") : tr("Value", "cascade column");
}

} // namespace kumiko::models
