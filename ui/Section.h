#pragma once

namespace kumiko::ui {

/// The areas of the console's sidebar, in display order.
enum class Section
{
    Migrations,
    Configuration,
    Users,
    Events
};

} // namespace kumiko::ui
