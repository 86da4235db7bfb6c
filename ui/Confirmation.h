#pragma once

#include <QCoreApplication>
#include <QStringList>

class QWidget;

namespace kumiko::ui {

/// Confirmation questions that name whom an action concerns.
class Confirmation
{
    Q_DECLARE_TR_FUNCTIONS(Confirmation)

public:
    /// "a@x", "a@x and b@x", "a@x, b@x, c@x and 4 more": every name up to a few, then a count.
    static QString names(const QStringList& names);
    /// A Yes/No question; true for Yes.
    static bool ask(QWidget* parent, const QString& title, const QString& question);
};

} // namespace kumiko::ui
