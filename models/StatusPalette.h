#pragma once

#include <QColor>
#include <QGuiApplication>
#include <QPalette>
#include <QVariant>

namespace kumiko::models {

/// Colours for status badges and status text, derived from a palette (the application's by default): a
/// tone's hue blended into the palette's base, text in the palette's text colour unless another reads
/// better. Badges stay readable in light and dark themes; colour only adds to a badge's text and icon.
class StatusPalette
{
public:
    enum class Tone
    {
        Neutral, ///< nothing to do or nothing special: pending, default
        Ok,      ///< done and fine: applied, sent, verified
        Info,    ///< worth knowing, in the palette's highlight hue: foreign, a user's own value
        Warning, ///< look at it: modified, overridden, not verified
        Error,   ///< broken or refused: failed, invalid, missing value
        Violet,  ///< a further state that needs a hue of its own: a missing file, a system value
        Teal,    ///< another: a tenant value
    };

    /// WCAG 2 asks this much contrast of body text.
    static constexpr double MinimumContrast = 4.5;

    static QColor background(Tone tone, const QPalette& palette = QGuiApplication::palette());
    /// Text on background(tone): the palette's text colour, or black or white where that reads better.
    static QColor foreground(Tone tone, const QPalette& palette = QGuiApplication::palette());
    /// Text in the tone's hue on the palette's base (a failed outcome in a plain cell), moved towards the
    /// palette's text colour until it reads.
    static QColor text(Tone tone, const QPalette& palette = QGuiApplication::palette());

    /// What a badge cell in `tone` answers for Qt::BackgroundRole and Qt::ForegroundRole; nothing for other
    /// roles.
    static QVariant badgeData(Tone tone, int role);

    /// WCAG 2 contrast ratio of two opaque colours: 1 (none) to 21 (black on white).
    static double contrast(const QColor& a, const QColor& b);
};

} // namespace kumiko::models
