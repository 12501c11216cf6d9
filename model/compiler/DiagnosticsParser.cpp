#include "compiler/DiagnosticsParser.h"

#include <nlohmann/json.hpp>
#include <sstream>

namespace awaitscope {

using nlohmann::json;

namespace {

std::string text(const json& j, const char* key) {
    auto it = j.find(key);
    return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

RustcSpan readSpan(const json& s) {
    RustcSpan span;
    span.file = text(s, "file_name");
    span.line = s.value("line_start", 0);
    span.column = s.value("column_start", 0);
    span.endLine = s.value("line_end", 0);
    span.endColumn = s.value("column_end", 0);
    span.label = text(s, "label");
    span.primary = s.value("is_primary", false);
    if (auto e = s.find("expansion"); e != s.end() && e->is_object()) span.macro = text(*e, "macro_decl_name");
    return span;
}

// A span inside a macro or another crate is shown at the outermost call site that lies in
// the user's files (rustc's own "in this macro invocation" chain).
std::optional<RustcSpan> siteInUserFile(const json& s) {
    std::optional<RustcSpan> site;
    if (isUserFile(text(s, "file_name"))) site = readSpan(s);
    const json* cursor = &s;
    while (!site || !site->macro.empty()) {
        auto e = cursor->find("expansion");
        if (e == cursor->end() || !e->is_object() || !e->contains("span")) break;
        cursor = &(*e)["span"];
        if (isUserFile(text(*cursor, "file_name"))) site = readSpan(*cursor), site->primary = true;
    }
    return site;
}

RustcDiagnostic readDiagnostic(const json& d) {
    RustcDiagnostic out;
    out.level = text(d, "level");
    if (auto c = d.find("code"); c != d.end() && c->is_object()) {
        const std::string code = text(*c, "code");
        if (!code.empty()) out.code = code;
    }
    out.message = text(d, "message");
    out.rendered = text(d, "rendered");
    for (const json& s : d.value("spans", json::array())) {
        out.spans.push_back(readSpan(s));
        if (s.value("is_primary", false) && !out.site) out.site = siteInUserFile(s);
    }
    for (const json& c : d.value("children", json::array())) {
        RustcNote note{text(c, "level"), text(c, "message"), {}};
        for (const json& s : c.value("spans", json::array())) note.spans.push_back(readSpan(s));
        out.notes.push_back(std::move(note));
    }
    return out;
}

// rustc's closing summaries repeat what the list already says.
bool isSummary(const RustcDiagnostic& d) {
    return d.message.rfind("aborting due to", 0) == 0 ||
           (d.message.find("warning") != std::string::npos && d.message.find(" emitted") != std::string::npos) ||
           d.message.rfind("For more information about", 0) == 0 ||
           d.message.rfind("Some errors have detailed explanations", 0) == 0;
}

void readObject(const json& j, const std::string& targetSource, DiagnosticsParse& out) {
    const std::string reason = text(j, "reason");
    if (reason == "build-finished") out.buildSucceeded = j.value("success", false);
    const json* message = &j;
    if (!reason.empty()) {
        if (reason != "compiler-message" || !j.contains("message")) return;
        if (!targetSource.empty() && text(j.value("target", json::object()), "src_path") != targetSource) return;
        message = &j["message"];
    }
    const std::string type = text(*message, "$message_type"); // also "artifact", "future_incompat"
    if ((!type.empty() && type != "diagnostic") || !message->contains("level")) return;
    RustcDiagnostic d = readDiagnostic(*message);
    if (d.level.find("internal compiler error") != std::string::npos) out.internalCompilerError = true;
    if (d.level != "error" && d.level != "warning" && !out.internalCompilerError) return;
    if (!isSummary(d)) out.diagnostics.push_back(std::move(d));
}

} // namespace

bool isUserFile(const std::string& file) {
    return !file.empty() && file[0] != '/' && file[0] != '<';
}

DiagnosticsParse parseRustcDiagnostics(const std::string& stream, const std::string& targetSource) {
    DiagnosticsParse out;
    std::istringstream in(stream);
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty()) continue;
        if (line[0] == '{') {
            const json j = json::parse(line, nullptr, false);
            if (!j.is_discarded() && j.is_object()) {
                readObject(j, targetSource, out);
                continue;
            }
        }
        if (line.rfind("print-type-size", 0) != 0) out.otherLines.push_back(line);
    }
    return out;
}

std::vector<std::string> RustcDiagnostic::noteLines() const {
    std::vector<std::string> lines;
    for (const RustcNote& note : notes) {
        std::string line = note.level + ": " + note.message;
        std::string where;
        for (const RustcSpan& s : note.spans) {
            if (!isUserFile(s.file)) continue; // std and the registry: the note says enough
            where +=
                (where.empty() ? "" : "; ") + s.file + ":" + std::to_string(s.line) + ":" + std::to_string(s.column);
            if (!s.label.empty()) where += ": " + s.label;
        }
        if (!where.empty()) line += " (" + where + ")";
        lines.push_back(line);
    }
    return lines;
}

} // namespace awaitscope
