#include "ColumnFit.h"

#include <QEvent>
#include <QHeaderView>
#include <QTableView>
#include <QTreeView>

namespace kumiko::ui {

ColumnFit::ColumnFit(QAbstractItemView* view)
    : QObject(view)
{
    view->installEventFilter(this);
}

void ColumnFit::keepFitted(QAbstractItemView* view)
{
    new ColumnFit(view);
}

bool ColumnFit::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::LanguageChange)
        return false;
    if (auto* table = qobject_cast<QTableView*>(watched))
        table->resizeColumnsToContents();
    else if (auto* tree = qobject_cast<QTreeView*>(watched))
        for (int column = 0; column < tree->header()->count(); ++column)
            tree->resizeColumnToContents(column);
    return false;
}

} // namespace kumiko::ui
