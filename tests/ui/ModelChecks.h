#pragma once

#include "StatusPalette.h"

#include <QAbstractItemModel>
#include <QColor>
#include <QSignalSpy>
#include <QtTest>

namespace kumiko::test {

/// Runs `replaceRows` and checks that it reset the model once (views drop everything they knew) and
/// inserted nothing row by row.
template <typename ReplaceRows>
void verifyResets(QAbstractItemModel& model, ReplaceRows replaceRows)
{
    QSignalSpy aboutToReset(&model, &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    replaceRows();
    QCOMPARE(aboutToReset.count(), 1);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(inserted.count(), 0);
}

/// Calls `retranslate` on a flat table and checks that views are told to fetch every column title and,
/// when there are rows, every cell again.
template <typename Retranslate>
void verifyRetranslates(QAbstractItemModel& model, Retranslate retranslate)
{
    QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
    QSignalSpy cells(&model, &QAbstractItemModel::dataChanged);
    retranslate();
    QCOMPARE(headers.count(), 1);
    QCOMPARE(headers.first().at(0).value<Qt::Orientation>(), Qt::Horizontal);
    QCOMPARE(headers.first().at(1).toInt(), 0);
    QCOMPARE(headers.first().at(2).toInt(), model.columnCount() - 1);
    if (model.rowCount() == 0) {
        QCOMPARE(cells.count(), 0);
        return;
    }
    QCOMPARE(cells.count(), 1);
    QCOMPARE(cells.first().at(0).value<QModelIndex>(), model.index(0, 0));
    QCOMPARE(cells.first().at(1).value<QModelIndex>(),
             model.index(model.rowCount() - 1, model.columnCount() - 1));
}

/// Checks that `badge` has a background and foreground of its own that read well together.
inline void verifyReadableBadge(const QModelIndex& badge)
{
    const auto background = badge.data(Qt::BackgroundRole).value<QColor>();
    const auto foreground = badge.data(Qt::ForegroundRole).value<QColor>();
    QVERIFY(background.isValid());
    QVERIFY(foreground.isValid());
    QVERIFY2(models::StatusPalette::contrast(foreground, background) >=
                 models::StatusPalette::MinimumContrast,
             qPrintable(QStringLiteral("%1 on %2").arg(foreground.name(), background.name())));
}

} // namespace kumiko::test
