#pragma once

#include <QDir>
#include <QWidget>

namespace kumiko::test {

/// Saves a widget as PNG into $KUMIKO_SCREENSHOT_DIR when that is set (scripts/screenshots sets it);
/// otherwise does nothing, so the suites stay fast.
class Screenshots
{
public:
    static bool enabled() { return !qEnvironmentVariableIsEmpty("KUMIKO_SCREENSHOT_DIR"); }

    static void save(QWidget* widget, const QString& name)
    {
        if (!enabled())
            return;
        const QDir dir(qEnvironmentVariable("KUMIKO_SCREENSHOT_DIR"));
        dir.mkpath(QStringLiteral("."));
        widget->grab().save(dir.filePath(name + QStringLiteral(".png")));
    }
};

} // namespace kumiko::test
