#include "StatusPalette.h"

#include <cmath>

namespace kumiko::models {
namespace {

using Tone = StatusPalette::Tone;

QColor blend(const QColor& from, const QColor& to, double amount)
{
    const auto mix = [amount](int a, int b) {
        return int(std::lround(a + (b - a) * amount));
    };
    return QColor(mix(from.red(), to.red()), mix(from.green(), to.green()), mix(from.blue(), to.blue()));
}

double luminance(const QColor& colour)
{
    const auto linear = [](double channel) {
        return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF()) +
           0.0722 * linear(colour.blueF());
}

bool isDark(const QPalette& palette)
{
    return luminance(palette.color(QPalette::Base)) < 0.2;
}

QColor hue(Tone tone, const QPalette& palette)
{
    switch (tone) {
    case Tone::Neutral:
        return palette.color(QPalette::Text);
    case Tone::Ok:
        return QColor(0x2e, 0x9d, 0x3a);
    case Tone::Info:
        return palette.color(QPalette::Highlight);
    case Tone::Warning:
        return QColor(0xef, 0x8f, 0x00);
    case Tone::Error:
        return QColor(0xd3, 0x2f, 0x2f);
    case Tone::Violet:
        return QColor(0x9c, 0x27, 0xb0);
    case Tone::Teal:
        return QColor(0x00, 0x96, 0x88);
    }
    return palette.color(QPalette::Text);
}

// How much of the hue goes into a badge: a tint on light bases, more on dark ones where a tint vanishes.
double badgeAmount(Tone tone, const QPalette& palette)
{
    const double amount = isDark(palette) ? 0.35 : 0.2;
    return tone == Tone::Neutral ? amount * 0.6 : amount;
}

QColor readableOn(const QColor& background, const QColor& preferred)
{
    if (StatusPalette::contrast(preferred, background) >= StatusPalette::MinimumContrast)
        return preferred;
    const QColor black(Qt::black);
    const QColor white(Qt::white);
    return StatusPalette::contrast(black, background) >= StatusPalette::contrast(white, background) ? black
                                                                                                    : white;
}

} // namespace

QColor StatusPalette::background(Tone tone, const QPalette& palette)
{
    return blend(palette.color(QPalette::Base), hue(tone, palette), badgeAmount(tone, palette));
}

QColor StatusPalette::foreground(Tone tone, const QPalette& palette)
{
    return readableOn(background(tone, palette), palette.color(QPalette::Text));
}

QColor StatusPalette::text(Tone tone, const QPalette& palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor plain = palette.color(QPalette::Text);
    for (int step = 0; step <= 10; ++step) {
        const QColor candidate = blend(hue(tone, palette), plain, step / 10.0);
        if (contrast(candidate, base) >= MinimumContrast)
            return candidate;
    }
    return readableOn(base, plain);
}

QVariant StatusPalette::badgeData(Tone tone, int role)
{
    if (role == Qt::BackgroundRole)
        return background(tone);
    if (role == Qt::ForegroundRole)
        return foreground(tone);
    return {};
}

double StatusPalette::contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace kumiko::models
