#pragma once
// Colours and words for Send/Sync verdicts, derived from the palette so that they stay
// readable on light and dark themes alike (one place, so every view agrees).

#include "data/Verdict.h"
#include "graph/GraphDescription.h"

#include <QColor>
#include <QPalette>
#include <QString>

namespace awaitscope {

/// True when the palette's base (text background) is dark.
bool isDarkPalette(const QPalette& palette);
/// Red / green / amber, lighter on dark palettes.
QColor verdictColor(Verdict verdict, const QPalette& palette);
QColor badgeColor(Badge badge, const QPalette& palette);
/// `a` mixed with `b`: t = 0 gives a, t = 1 gives b.
QColor blend(const QColor& a, const QColor& b, double t);
/// "yes" / "no" / "?"
QString verdictWord(Verdict verdict);
/// "Send" / "!Send" / "Send?" for a trait name.
QString verdictLabel(Verdict verdict, const QString& trait);
Verdict badgeVerdict(Badge badge);

} // namespace awaitscope
