#include "export/TextReport.h"

#include "export/RustcStyleText.h"

#include <sstream>

namespace awaitscope {

namespace {

std::string describeField(const SavedField& f) {
    std::string label = f.name ? *f.name : (f.expr ? "`" + *f.expr + "`" : "(temporary)");
    std::string out = fieldKindName(f.kind) + " " + label + ": " + (f.type ? *f.type : "unknown type");
    out += "  [Send " + verdictName(f.send) + ", Sync " + verdictName(f.sync) + "]";
    if (!f.why.empty()) out += " — " + f.why;
    return out;
}

struct Style {
    bool markdown;
    std::string heading(const std::string& s) const { return markdown ? "### " + s + "\n\n" : s + "\n"; }
    std::string item(int depth, const std::string& s) const {
        return std::string(depth * 2, ' ') + (markdown ? "- " : "") + s + "\n";
    }
    std::string code(const std::string& s) const { return markdown ? "`" + s + "`" : s; }
};

void writeFuture(std::ostringstream& out, const FutureInfo& f, const Style& st) {
    out << st.heading(futureKindName(f.kind) + " " + st.code(f.name) + " (" + toString(f.position) + "): Send " +
                      verdictName(f.send) + ", Sync " + verdictName(f.sync) +
                      (f.size ? ", " + std::to_string(*f.size) + " bytes" : ""));
    for (const SavedField& u : f.upvars) out << st.item(1, describeField(u));
    for (const State& s : f.states) {
        std::string title = s.name;
        if (s.awaitKeyword) title += " (await at " + toString(*s.awaitKeyword) + ")";
        if (s.awaitKeyword && s.size) title += ": " + std::to_string(*s.size) + " bytes";
        out << st.item(1, title);
        for (const SavedField& field : s.fields) out << st.item(2, describeField(field));
    }
    out << "\n";
}

std::string leafLine(const Leaf& l, const Style& st) {
    if (!l.namedAsLeafByRustc()) // rustc's suggestion for a parameter in scope
        return "leaf: type parameter " + st.code(l.type) + " has no bound implying " + l.trait;
    return "leaf: " + st.code(l.type) + " is not " + l.trait;
}

void writeDiagnostic(std::ostringstream& out, const Diagnostic& d, const Style& st) {
    out << st.heading(d.severity + ": " + d.message + " at " + toString(d.range.start) +
                      (d.requiredBy ? " (required by " + st.code(*d.requiredBy) + ")" : ""));
    for (const Cause& c : d.causes) {
        std::string line = c.kind + " " + st.code(c.variable) + " at " + toString(c.position);
        if (c.type) line += " of type " + st.code(*c.type);
        if (c.awaitKeyword) line += ", saved across the await at " + toString(*c.awaitKeyword);
        out << st.item(1, line);
        for (const std::string& step : derivationPath(c.derivation)) out << st.item(2, step);
        for (const Leaf& l : c.leaves) out << st.item(2, leafLine(l, st));
    }
    if (d.rustcCode) out << st.item(1, "rustc: " + *d.rustcCode);
    for (const LargestValue& v : d.largest)
        out << st.item(1, "takes " + std::to_string(v.size) + " bytes: " + st.code(v.name) + " in " + v.state);
    // The proof's words where there is one (path is derived from it); a borrow error's own words otherwise.
    for (const std::string& step : d.derivation ? derivationPath(*d.derivation) : d.path) out << st.item(2, step);
    for (const Leaf& l : d.leaves) out << st.item(1, leafLine(l, st));
    for (const Fix& fix : d.fixes) out << st.item(1, "fix: " + fix.title);
    out << "\n";
}

void writeFutures(std::ostringstream& out, const Snapshot& snapshot, const Style& st);

/// Which mode the file was analysed in, said once at the top.
std::string projectLine(const Snapshot& snapshot) {
    if (!snapshot.project) return "Single-file mode: no Cargo.toml above this file.";
    const ProjectInfo& p = *snapshot.project;
    std::string line = "Project " + p.manifest;
    if (!p.crate.empty()) line += ": crate " + p.crate + " (" + p.target + "), module " + p.module;
    if (!p.features.empty()) {
        line += ", features";
        for (const std::string& f : p.features) line += " " + f;
    }
    if (!p.unresolved.empty()) line += "; " + std::to_string(p.unresolved.size()) + " unresolved:";
    for (const std::string& u : p.unresolved) line += "\n  - " + u;
    return line;
}

std::string render(const Snapshot& snapshot, const Style& st) {
    std::ostringstream out;
    out << (st.markdown ? "## " : "") << "Awaitscope report for " << snapshot.file << " (edition "
        << editionName(snapshot.edition) << ")\n";
    out << projectLine(snapshot) << "\n\n";
    for (const ParseError& e : snapshot.parseErrors)
        out << st.item(0, "parse error at " + toString(e.position) + ": " + e.message);
    if (!snapshot.parseErrors.empty()) out << "\n";
    for (const Diagnostic& d : snapshot.diagnostics) writeDiagnostic(out, d, st);
    writeFutures(out, snapshot, st);
    return out.str();
}

void writeFutures(std::ostringstream& out, const Snapshot& snapshot, const Style& st) {
    for (const FutureInfo& f : snapshot.futures) writeFuture(out, f, st);
    if (snapshot.futures.empty()) out << "No async fn, async block or async closure found.\n";
}

std::string summary(const Snapshot& snapshot) {
    size_t errors = snapshot.parseErrors.size(), warnings = 0;
    for (const Diagnostic& d : snapshot.diagnostics) (d.severity == "error" ? errors : warnings) += 1;
    const auto plural = [](size_t n, const std::string& word) {
        return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
    };
    return "awaitscope: " + plural(errors, "error") + ", " + plural(warnings, "warning") + " in " + snapshot.file +
           " (edition " + editionName(snapshot.edition) + ")\n\n";
}

} // namespace

std::string textReport(const Snapshot& snapshot) {
    // Diagnostics as rustc prints them, so terminals and editors jump to `file:line:col`;
    // then what each future keeps, state by state.
    RustcStyleText diagnostics(snapshot);
    bool parseErrorsReported = false;
    for (const Diagnostic& d : snapshot.diagnostics) parseErrorsReported |= d.code == "parse-error";
    if (!parseErrorsReported)
        for (const ParseError& e : snapshot.parseErrors) diagnostics.parseError(e);
    for (const Diagnostic& d : snapshot.diagnostics) diagnostics.diagnostic(d);
    std::ostringstream out;
    out << diagnostics.text() << summary(snapshot) << projectLine(snapshot) << "\n\n";
    writeFutures(out, snapshot, Style{false});
    return out.str();
}
std::string markdownReport(const Snapshot& snapshot) {
    return render(snapshot, Style{true});
}

} // namespace awaitscope
