#pragma once
// Positions as the report and rustc's human-readable spans give them: 1-based lines and
// 1-based columns counted in Unicode scalar values.

#include <string>

#ifndef Q_MOC_RUN // moc 6.4 cannot parse <compare>; it needs no ordering anyway
#include <compare>
#endif

namespace awaitscope {

struct TextPosition {
    int line = 0;
    int column = 0;
    bool operator==(const TextPosition&) const = default;
    auto operator<=>(const TextPosition&) const = default;
};

/// "line:column", as diagnostics and reports write a position.
inline std::string toString(TextPosition p) {
    return std::to_string(p.line) + ":" + std::to_string(p.column);
}

struct TextRange {
    TextPosition start;
    TextPosition end; // exclusive
    bool contains(TextPosition p) const { return start <= p && p < end; }
    bool operator==(const TextRange&) const = default;
    auto operator<=>(const TextRange&) const = default; // by start, then end
};

} // namespace awaitscope
