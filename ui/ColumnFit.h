#pragma once

#include <QObject>

class QAbstractItemView;

namespace kumiko::ui {

/// Fits a view's columns to their contents again after a language switch, when the models have their
/// new texts (a page retranslates its models before its children see the LanguageChange).
class ColumnFit : public QObject
{
    Q_OBJECT

public:
    /// `view` keeps its columns fitted from now on; the filter lives as long as the view.
    static void keepFitted(QAbstractItemView* view);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit ColumnFit(QAbstractItemView* view);
};

} // namespace kumiko::ui
