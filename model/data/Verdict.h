#pragma once
// A three-valued answer to "is this type Send / Sync?": unknown is never rounded to yes.

#include <string>

namespace awaitscope {

enum class Verdict { Yes, No, Unknown };

inline std::string verdictName(Verdict v) {
    switch (v) {
    case Verdict::Yes: return "yes";
    case Verdict::No: return "no";
    case Verdict::Unknown: return "unknown";
    }
    return "unknown";
}

/// Both must hold: any No wins, then any Unknown.
inline Verdict operator&&(Verdict a, Verdict b) {
    if (a == Verdict::No || b == Verdict::No) return Verdict::No;
    if (a == Verdict::Unknown || b == Verdict::Unknown) return Verdict::Unknown;
    return Verdict::Yes;
}

} // namespace awaitscope
