#include "graph/GraphText.h"

namespace awaitscope {

std::string positionText(TextPosition position) {
    return std::to_string(position.line) + ":" + std::to_string(position.column);
}

Badge badgeFor(Verdict verdict) {
    switch (verdict) {
    case Verdict::Yes: return Badge::Yes;
    case Verdict::No: return Badge::No;
    case Verdict::Unknown: return Badge::Unknown;
    }
    return Badge::Unknown;
}

std::string badgeMeaning(Badge badge, const std::string& trait) {
    const bool send = trait == "Send";
    switch (badge) {
    case Badge::Yes:
        return trait + ": " +
               (send ? "may move to another thread; it does not stop the future from being Send"
                     : "a shared reference to it may cross threads");
    case Badge::No:
        return "!" + trait + ": " +
               (send ? "must stay on its thread; a future holding it across an await is not Send"
                     : "a shared reference to it must stay on one thread (so &T is not Send)");
    case Badge::Unknown:
        return trait + "?: Awaitscope cannot resolve this type, so it does not guess whether it is " + trait;
    case Badge::None: break;
    }
    return "";
}

std::string oneLine(const std::string& text, size_t maxChars) {
    std::string out;
    bool space = false;
    for (char c : text) {
        const bool blank = c == ' ' || c == '\n' || c == '\t' || c == '\r';
        if (blank)
            space = !out.empty();
        else {
            if (space) out += ' ';
            space = false;
            out += c;
        }
    }
    size_t chars = 0, cut = std::string::npos;
    for (size_t i = 0; i < out.size(); ++i)
        if ((static_cast<unsigned char>(out[i]) & 0xC0) != 0x80 && chars++ == maxChars) cut = i;
    return cut == std::string::npos ? out : out.substr(0, cut) + "\u2026";
}

Badge worseBadge(Badge a, Badge b) {
    for (Badge worst : {Badge::No, Badge::Unknown, Badge::Yes})
        if (a == worst || b == worst) return worst;
    return Badge::None;
}

std::string fieldName(const SavedField& field) {
    if (field.name) return *field.name;
    if (field.expr) return "`" + oneLine(*field.expr, 48) + "`";
    return "(temporary)";
}

std::string fieldTypeText(const SavedField& field) {
    return field.type ? *field.type : "unknown type";
}

std::string fieldRowText(const SavedField& field) {
    // A local is the common case and reads best bare; the other kinds say what they are.
    std::string prefix;
    if (field.kind == FieldKind::Upvar)
        prefix = "upvar ";
    else if (field.kind == FieldKind::Temporary)
        prefix = "temporary ";
    else if (field.kind == FieldKind::Awaitee)
        prefix = "awaitee ";
    return prefix + fieldName(field) + ": " + fieldTypeText(field);
}

int stateAtAwait(const FutureInfo& future, TextPosition position) {
    for (size_t i = 0; i < future.states.size(); ++i)
        if (future.states[i].awaitKeyword == position) return static_cast<int>(i);
    return -1;
}

namespace {

// Byte offset of a 1-based (line, character column) position, or npos.
size_t byteOffset(const std::string& text, TextPosition p) {
    size_t at = 0;
    for (int line = 1; line < p.line; ++line) {
        at = text.find('\n', at);
        if (at == std::string::npos) return at;
        ++at;
    }
    for (int column = 1; column < p.column && at < text.size() && text[at] != '\n'; ++column) {
        ++at; // skip one UTF-8 sequence: continuation bytes are 10xxxxxx
        while (at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) ++at;
    }
    return at;
}

} // namespace

std::string sourceExcerpt(const std::string& text, TextRange range, size_t maxChars) {
    const size_t begin = byteOffset(text, range.start);
    const size_t end = byteOffset(text, range.end);
    if (begin == std::string::npos || end == std::string::npos || end <= begin) return "";
    std::string out;
    size_t chars = 0;
    for (size_t i = begin; i < end; ++i) {
        const char c = text[i];
        const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
        if (space && (out.empty() || out.back() == ' ')) continue;
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80 && ++chars > maxChars) return out + "\u2026";
        out += space ? ' ' : c;
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

std::string escapeMarkup(const std::string& text, Markup markup) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += markup == Markup::Svg ? "&apos;" : "'"; break;
        case '\n': out += markup == Markup::Svg ? '\n' : ' '; break;
        case '\t': out += ' '; break;
        default:
            // XML 1.0 allows no other control character, even escaped (a string literal
            // may hold them raw); a space keeps the text's shape.
            out += static_cast<unsigned char>(c) < 0x20 ? ' ' : c;
        }
    }
    return out;
}

} // namespace awaitscope
