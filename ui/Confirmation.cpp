#include "Confirmation.h"

#include <QMessageBox>

namespace kumiko::ui {

QString Confirmation::names(const QStringList& names)
{
    constexpr int shown = 3;
    if (names.size() == 1)
        return names.first();
    if (names.size() <= shown + 1)
        return tr("%1 and %2", "list of names; %1 = all but the last, %2 = the last")
            .arg(names.mid(0, names.size() - 1).join(QStringLiteral(", ")), names.last());
    return tr("%1 and %n more", "list of names; %1 = the first names", int(names.size() - shown))
        .arg(names.mid(0, shown).join(QStringLiteral(", ")));
}

bool Confirmation::ask(QWidget* parent, const QString& title, const QString& question)
{
    return QMessageBox::question(parent, title, question) == QMessageBox::Yes;
}

} // namespace kumiko::ui
