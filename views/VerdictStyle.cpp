#include "VerdictStyle.h"

namespace awaitscope {

bool isDarkPalette(const QPalette& palette) {
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}

QColor verdictColor(Verdict verdict, const QPalette& palette) {
    const bool dark = isDarkPalette(palette);
    switch (verdict) {
    case Verdict::No: return dark ? QColor("#ef6c6c") : QColor("#c62828");
    case Verdict::Yes: return dark ? QColor("#72c776") : QColor("#2e7d32");
    case Verdict::Unknown: return dark ? QColor("#f2c744") : QColor("#8a6d00");
    }
    return palette.color(QPalette::Text);
}

Verdict badgeVerdict(Badge badge) {
    switch (badge) {
    case Badge::Yes: return Verdict::Yes;
    case Badge::No: return Verdict::No;
    default: return Verdict::Unknown;
    }
}

QColor badgeColor(Badge badge, const QPalette& palette) {
    if (badge == Badge::None) return palette.color(QPalette::Mid);
    return verdictColor(badgeVerdict(badge), palette);
}

QColor blend(const QColor& a, const QColor& b, double t) {
    const auto mix = [t](double x, double y) { return x + (y - x) * t; };
    return QColor::fromRgbF(static_cast<float>(mix(a.redF(), b.redF())),
                            static_cast<float>(mix(a.greenF(), b.greenF())),
                            static_cast<float>(mix(a.blueF(), b.blueF())));
}

QString verdictWord(Verdict verdict) {
    switch (verdict) {
    case Verdict::Yes: return QStringLiteral("yes");
    case Verdict::No: return QStringLiteral("no");
    case Verdict::Unknown: return QStringLiteral("?");
    }
    return QStringLiteral("?");
}

QString verdictLabel(Verdict verdict, const QString& trait) {
    switch (verdict) {
    case Verdict::Yes: return trait;
    case Verdict::No: return QLatin1Char('!') + trait;
    case Verdict::Unknown: return trait + QLatin1Char('?');
    }
    return trait;
}

} // namespace awaitscope
