#pragma once

#include <QString>

namespace kumiko::ui {

/// The areas of the console's sidebar, in display order.
enum class Section
{
    Migrations,
    Configuration,
    Users,
    Events
};

/// The object name that marks a section page's filter field: Ctrl+F focuses it.
inline QString pageFilterName()
{
    return QStringLiteral("pageFilter");
}

} // namespace kumiko::ui
