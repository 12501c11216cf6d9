#include "diagnostics/FixApplier.h"

#include <algorithm>

namespace awaitscope {

namespace {

// A UTF-8 continuation byte does not start a new character.
bool isContinuationByte(char c) {
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

std::string show(TextPosition p) {
    return std::to_string(p.line) + ":" + std::to_string(p.column);
}

struct ByteEdit {
    size_t start = 0;
    size_t end = 0;
    const std::string* text = nullptr;
};

} // namespace

size_t FixApplier::offsetOf(TextPosition position) const {
    if (position.line < 1 || position.column < 1) return std::string::npos;
    size_t offset = 0;
    for (int line = 1; line < position.line; ++line) {
        offset = m_text.find('\n', offset);
        if (offset == std::string::npos) return std::string::npos;
        ++offset;
    }
    // Walk `column - 1` characters; the line's end (before '\n' or at EOF) is a valid column.
    for (int column = 1; column < position.column; ++column) {
        if (offset >= m_text.size() || m_text[offset] == '\n') return std::string::npos;
        ++offset;
        while (offset < m_text.size() && isContinuationByte(m_text[offset])) ++offset;
    }
    return offset;
}

TextPosition FixApplier::positionIn(const std::string& text, size_t offset) {
    TextPosition p{1, 1};
    for (size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n')
            p = {p.line + 1, 1};
        else if (!isContinuationByte(text[i]))
            ++p.column;
    }
    return p;
}

AppliedFix FixApplier::apply(const Fix& fix) const {
    std::vector<ByteEdit> edits;
    for (const TextEdit& e : fix.edits) {
        const size_t start = offsetOf(e.range.start), end = offsetOf(e.range.end);
        if (start == std::string::npos || end == std::string::npos || end < start)
            return {m_text, "edit " + show(e.range.start) + "-" + show(e.range.end) + " is outside the text"};
        edits.push_back({start, end, &e.text});
    }
    std::sort(edits.begin(), edits.end(), [](const ByteEdit& a, const ByteEdit& b) { return a.start > b.start; });
    for (size_t i = 1; i < edits.size(); ++i)
        if (edits[i].end > edits[i - 1].start || edits[i].start == edits[i - 1].start)
            return {m_text, "the fix's edits overlap"};
    std::string text = m_text;
    for (const ByteEdit& e : edits) text.replace(e.start, e.end - e.start, *e.text);
    return {text, ""};
}

TextPosition FixApplier::mapPosition(const Fix& fix, TextPosition position) const {
    const size_t target = offsetOf(position);
    if (target == std::string::npos) return position;
    long shift = 0;
    size_t mapped = target;
    for (const TextEdit& e : fix.edits) {
        const size_t start = offsetOf(e.range.start), end = offsetOf(e.range.end);
        if (start == std::string::npos || end == std::string::npos) continue;
        if (end <= target && !(start == end && start == target))
            shift += static_cast<long>(e.text.size()) - static_cast<long>(end - start);
        else if (start < target && target < end)
            mapped = start;
    }
    const AppliedFix applied = apply(fix);
    return positionIn(applied.text, static_cast<size_t>(static_cast<long>(mapped) + shift));
}

} // namespace awaitscope
