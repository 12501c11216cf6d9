#include "export/RustcStyleText.h"
#include "export/CodeLines.h"

#include <algorithm>

namespace awaitscope {

namespace {

/// `trait`: what the site asks for, `Send` or `Sync` (rustc words a cause by its site's trait).
std::string causeNote(const Cause& c, const std::string& trait) {
    const std::string type = c.type ? " of type `" + *c.type + "`" : "";
    const std::string isNot = " is not `" + trait + "`";
    if (c.kind == "held_across_await")
        return "future" + isNot + " as `" + c.variable + "`" + type + " is held across an await";
    if (c.kind == "captured") return "captured value `" + c.variable + "`" + type + isNot;
    if (c.kind == "awaits_non_send_future")
        return "future" + isNot + " as it awaits `" + c.variable + "`, which" + isNot;
    return c.kind + ": `" + c.variable + "`" + type;
}

} // namespace

RustcStyleText::RustcStyleText(const Snapshot& snapshot) : m_snapshot(snapshot) {}

std::string RustcStyleText::sourceLine(int line) const {
    const std::string& text = m_snapshot.text;
    size_t at = 0;
    for (int l = 1; l < line; ++l) {
        at = text.find('\n', at);
        if (at == std::string::npos) return "";
        ++at;
    }
    const size_t end = text.find('\n', at);
    std::string out = text.substr(at, end == std::string::npos ? std::string::npos : end - at);
    if (!out.empty() && out.back() == '\r') out.pop_back();
    return out;
}

int RustcStyleText::gutterWidth() const {
    // rustc sizes the line-number gutter for the largest line number it shows; the file's
    // line count keeps every snippet of one report aligned alike.
    const long lines = std::count(m_snapshot.text.begin(), m_snapshot.text.end(), '\n') + 1;
    return static_cast<int>(std::to_string(lines).size());
}

int RustcStyleText::spanLength(const TextRange& range, const std::string& lineText) {
    // A span over several lines is underlined to the end of its first line, as rustc does.
    if (range.end.line == range.start.line) return std::max(1, range.end.column - range.start.column);
    return std::max(1, static_cast<int>(characterCount(lineText)) - range.start.column + 1);
}

void RustcStyleText::arrow(TextPosition at) {
    m_out << std::string(gutterWidth(), ' ') << "--> " << m_snapshot.file << ":" << at.line << ":" << at.column << "\n";
}

void RustcStyleText::snippet(const std::vector<Mark>& marks) {
    const std::string pad(gutterWidth(), ' ');
    m_out << pad << " |\n";
    for (const Mark& m : marks) {
        const std::string number = std::to_string(m.start.line);
        m_out << std::string(gutterWidth() - number.size(), ' ') << number << " | " << sourceLine(m.start.line) << "\n";
        // Columns count characters; a tab in the line before the span keeps its width.
        const std::string line = sourceLine(m.start.line);
        std::string indent;
        size_t chars = 0;
        for (size_t i = 0; i < line.size() && chars + 1 < static_cast<size_t>(m.start.column); ++i) {
            if ((static_cast<unsigned char>(line[i]) & 0xC0) == 0x80) continue;
            indent += line[i] == '\t' ? '\t' : ' ';
            ++chars;
        }
        m_out << pad << " | " << indent << std::string(m.length, m.underline) << (m.label.empty() ? "" : " " + m.label)
              << "\n";
    }
}

void RustcStyleText::note(const std::string& kind, const std::string& text) {
    m_out << std::string(gutterWidth(), ' ') << " = " << kind << ": " << text << "\n";
}

void RustcStyleText::leafNote(const Leaf& l) {
    // A parameter in scope: rustc suggests the bound instead of naming a type without an impl.
    if (!l.namedAsLeafByRustc())
        note("help", "consider restricting type parameter `" + l.type + "` with trait `" + l.trait + "`");
    else
        note("note", "the trait `" + l.trait + "` is not implemented for `" + l.type + "`");
}

void RustcStyleText::cause(const Cause& c, const std::string& trait) {
    m_out << "note: " << causeNote(c, trait) << "\n";
    const TextPosition at = c.awaitKeyword ? *c.awaitKeyword : c.position;
    arrow(at);
    const int nameLength = std::max(1, static_cast<int>(characterCount(c.variable)));
    std::vector<Mark> marks{
        {c.position, nameLength, c.awaitKeyword ? '-' : '^',
         c.type ? "has type `" + *c.type + "` which is not `" + trait + "`" : "is not `" + trait + "`"}};
    if (c.awaitKeyword)
        marks.push_back({*c.awaitKeyword, 5, '^', "await occurs here, with `" + c.variable + "` maybe used later"});
    snippet(marks);
    for (const std::string& step : derivationPath(c.derivation)) note("note", step);
    for (const Leaf& l : c.leaves) leafNote(l);
}

void RustcStyleText::diagnostic(const Diagnostic& d) {
    m_out << d.severity << "[" << d.code << "]: " << d.message << "\n";
    arrow(d.range.start);
    const std::string line = sourceLine(d.range.start.line);
    const std::string label = d.requiredBy ? "required by a bound in `" + *d.requiredBy + "`"
                                           : (d.future ? "in the future of `" + *d.future + "`" : "");
    snippet({{d.range.start, spanLength(d.range, line), '^', label}});
    // The proof's words where there is one (path is derived from it); a borrow error's own words otherwise.
    for (const std::string& step : d.derivation ? derivationPath(*d.derivation) : d.path) note("note", step);
    for (const Leaf& l : d.leaves) leafNote(l);
    const std::string trait = d.code == "future-not-sync" ? "Sync" : "Send";
    for (const Cause& c : d.causes) cause(c, trait);
    for (const Fix& fix : d.fixes) note("help", fix.title);
    m_out << "\n";
}

void RustcStyleText::parseError(const ParseError& e) {
    m_out << "error[parse-error]: " << e.message << "\n";
    arrow(e.position);
    snippet({{e.position, 1, '^', ""}});
    m_out << "\n";
}

} // namespace awaitscope
