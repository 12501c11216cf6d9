#include "export/JsonReport.h"

#include "export/JsonTreeWriter.h"
#include "export/JsonWriter.h"

namespace awaitscope {

using nlohmann::json;

namespace {

template <typename T> json orNull(const std::optional<T>& value) {
    return value ? json(*value) : json(nullptr);
}

json position(TextPosition p) {
    return {{"line", p.line}, {"column", p.column}};
}

void putPosition(json& object, TextPosition p) {
    object["line"] = p.line;
    object["column"] = p.column;
}

json toJson(const Leaf& leaf) {
    return {{"trait", leaf.trait}, {"type", leaf.type}};
}

const char* heldKindName(HeldValue::Kind kind) {
    switch (kind) {
    case HeldValue::Kind::Upvar: return "upvar";
    case HeldValue::Kind::Local: return "local";
    case HeldValue::Kind::Awaitee: return "awaitee";
    }
    return "local";
}

json toJson(const HeldValue& held) {
    json j = {
        {"future", held.future.text()}, {"state", held.state}, {"kind", heldKindName(held.kind)}, {"name", held.name}};
    putPosition(j, held.position);
    j["await"] = held.awaitKeyword ? position(*held.awaitKeyword) : json(nullptr);
    return j;
}

/// Added to schema 1 (spec "Additions / Derivation"); besides the spec's fields, "via"
/// (how the parent step reaches this one), "future" (the file's future a step is about)
/// and "held" (what a future's state holds, where the route goes through one).
json toJson(const ProofNode& n) {
    json j = {{"trait", n.trait},     {"type", n.type}, {"rule", derivationRuleName(n.rule)},
              {"because", n.because}, {"via", n.via},   {"leaf", n.leaf}};
    j["future"] = n.future.valid() ? json(n.future.text()) : json(nullptr);
    j["held"] = n.held ? toJson(*n.held) : json(nullptr);
    j["children"] = json::array();
    for (const ProofNode& c : n.children) j["children"].push_back(toJson(c));
    return j;
}

json toJson(const Cause& cause) {
    json j = {{"kind", cause.kind}, {"variable", cause.variable}, {"type", orNull(cause.type)}};
    putPosition(j, cause.position);
    // The contract gives "await" to held values only; an awaited future's own await is
    // its position already.
    if (cause.awaitKeyword && cause.kind == "held_across_await") j["await"] = position(*cause.awaitKeyword);
    j["leaves"] = json::array();
    for (const Leaf& l : cause.leaves) // the types rustc's help names; a bare parameter has its derivation
        if (l.namedAsLeafByRustc()) j["leaves"].push_back(toJson(l));
    j["path"] = cause.path;
    j["derivation"] = toJson(cause.derivation);
    return j;
}

json toJson(const Fix& fix) {
    json edits = json::array();
    for (const TextEdit& e : fix.edits)
        edits.push_back({{"line", e.range.start.line},
                         {"column", e.range.start.column},
                         {"end_line", e.range.end.line},
                         {"end_column", e.range.end.column},
                         {"text", e.text}});
    return {{"title", fix.title}, {"edits", edits}};
}

} // namespace

json toJson(const Diagnostic& d) {
    json j = {{"code", d.code}, {"severity", d.severity}};
    putPosition(j, d.range.start);
    j["end_line"] = d.range.end.line;
    j["end_column"] = d.range.end.column;
    j["message"] = d.message;
    j["future"] = orNull(d.future);
    j["required_by"] = orNull(d.requiredBy);
    j["causes"] = json::array();
    for (const Cause& c : d.causes) j["causes"].push_back(toJson(c));
    j["leaves"] = json::array();
    for (const Leaf& l : d.leaves)
        if (l.namedAsLeafByRustc()) j["leaves"].push_back(toJson(l));
    j["path"] = d.path; // added to schema 1: the path to `leaves` (empty when every leaf has a cause)
    j["derivation"] = d.derivation ? toJson(*d.derivation) : json(nullptr); // the proof behind `path`
    j["fixes"] = json::array();
    for (const Fix& f : d.fixes) j["fixes"].push_back(toJson(f));
    if (d.rustcCode) j["rustc_code"] = *d.rustcCode; // moved-while-borrowed: E0505 | E0506 | E0502 | E0499
    if (d.borrow) j["borrow"] = position(*d.borrow);
    if (d.laterUse) j["later_use"] = position(*d.laterUse);
    if (d.code == "large-future") {
        j["largest"] = json::array();
        for (const LargestValue& v : d.largest)
            j["largest"].push_back({{"name", v.name},
                                    {"state", v.state},
                                    {"size", v.size},
                                    {"line", v.position.line},
                                    {"column", v.position.column}});
    }
    return j;
}

/// Spec: Additions / Project; null in single-file mode.
json projectJson(const std::optional<ProjectInfo>& project) {
    if (!project) return nullptr;
    const ProjectInfo& p = *project;
    return {{"manifest", p.manifest},
            {"crate", p.crate},
            {"target", p.target},
            {"edition", p.edition},
            {"features", p.features},
            {"module", p.module},
            {"dependencies", p.dependencies},
            {"unresolved", p.unresolved},
            {"via", p.via},
            {"files", p.files}};
}

namespace {

/// Every key of the report but the two long lists.
json reportHeader(const Snapshot& snapshot) {
    json j = {
        {"tool", "awaitscope"}, {"schema", 1}, {"file", snapshot.file}, {"edition", editionName(snapshot.edition)}};
    j["project"] = projectJson(snapshot.project);
    j["parse_errors"] = json::array();
    for (const ParseError& e : snapshot.parseErrors) {
        json pe = position(e.position);
        pe["message"] = e.message;
        j["parse_errors"].push_back(pe);
    }
    return j;
}

/// `value` printed as it prints `depth` levels down in a report indented by two spaces:
/// JSON strings escape their line breaks, so each one left starts a line of the layout.
void writeNested(std::ostream& out, const json& value, int depth) {
    const std::string text = value.dump(2);
    const std::string pad(static_cast<size_t>(2 * depth), ' ');
    size_t from = 0;
    for (size_t at; (at = text.find('\n', from)) != std::string::npos; from = at + 1)
        out.write(text.data() + from, static_cast<std::streamsize>(at + 1 - from)) << pad;
    out.write(text.data() + from, static_cast<std::streamsize>(text.size() - from));
}

// The report's futures, described once for two writers: JsonWriter streams the text,
// JsonTreeWriter builds the tree toJson returns. The keys come in the order nlohmann keeps
// them (sorted), so that both print byte for byte alike (StreamedOutputsTest).
template <class Writer> void writeField(Writer& w, const SavedField& f) {
    w.beginObject();
    w.member("column", f.position.column);
    w.member("expr", f.expr);
    w.member("kind", fieldKindName(f.kind));
    w.member("line", f.position.line);
    w.member("name", f.name);
    w.member("offset", f.offset);
    w.member("send", verdictName(f.send));
    w.member("size", f.size);
    w.member("sync", verdictName(f.sync));
    w.member("type", f.type);
    w.member("why", f.why);
    w.endObject();
}

template <class Writer> void writeFields(Writer& w, const std::vector<SavedField>& fields) {
    w.beginArray();
    for (const SavedField& f : fields) {
        w.element();
        writeField(w, f);
    }
    w.endArray();
}

template <class Writer> void writeState(Writer& w, const State& s) {
    w.beginObject();
    if (s.awaitKeyword) {
        w.key("await");
        w.beginObject();
        w.member("column", s.awaitKeyword->column);
        w.member("line", s.awaitKeyword->line);
        w.endObject();
    }
    if (s.dropFlags > 0) w.member("drop_flags", s.dropFlags);
    w.key("fields");
    writeFields(w, s.fields);
    w.member("name", s.name);
    w.member("size", s.size);
    w.endObject();
}

template <class Writer> void writeFuture(Writer& w, const FutureInfo& f) {
    w.beginObject();
    w.member("align", f.align);
    w.member("column", f.position.column);
    w.member("id", f.id.text());
    w.member("kind", futureKindName(f.kind));
    w.member("line", f.position.line);
    w.member("name", f.name);
    w.member("rustc_name", f.rustcName);
    w.member("send", verdictName(f.send));
    w.member("size", f.size);
    w.key("states");
    w.beginArray();
    for (const State& s : f.states) {
        w.element();
        writeState(w, s);
    }
    w.endArray();
    w.member("sync", verdictName(f.sync));
    w.key("upvars");
    writeFields(w, f.upvars);
    w.endObject();
}

void writeItem(std::ostream& out, const FutureInfo& future) {
    std::string text;
    JsonWriter writer(text, 2);
    writeFuture(writer, future);
    out << text;
}

void writeItem(std::ostream& out, const Diagnostic& diagnostic) {
    writeNested(out, toJson(diagnostic), 2);
}

template <class T> void writeList(std::ostream& out, const std::vector<T>& items) {
    if (items.empty()) {
        out << "[]";
        return;
    }
    out << "[";
    for (size_t i = 0; i < items.size(); ++i) {
        out << (i == 0 ? "\n    " : ",\n    ");
        writeItem(out, items[i]);
    }
    out << "\n  ]";
}

} // namespace

json toJson(const SavedField& field) {
    JsonTreeWriter tree;
    writeField(tree, field);
    return tree.take();
}

json toJson(const FutureInfo& future) {
    JsonTreeWriter tree;
    writeFuture(tree, future);
    return tree.take();
}

json toJson(const Snapshot& snapshot) {
    json j = reportHeader(snapshot);
    j["futures"] = json::array();
    for (const FutureInfo& f : snapshot.futures) j["futures"].push_back(toJson(f));
    j["diagnostics"] = json::array();
    for (const Diagnostic& d : snapshot.diagnostics) j["diagnostics"].push_back(toJson(d));
    return j;
}

void writeJson(std::ostream& out, const Snapshot& snapshot) {
    json header = reportHeader(snapshot);
    header["futures"] = nullptr; // places in the keys' order, written below
    header["diagnostics"] = nullptr;
    out << "{";
    bool first = true;
    for (auto it = header.begin(); it != header.end(); ++it, first = false) {
        out << (first ? "\n  " : ",\n  ") << json(it.key()).dump() << ": ";
        if (it.key() == "futures")
            writeList(out, snapshot.futures);
        else if (it.key() == "diagnostics")
            writeList(out, snapshot.diagnostics);
        else
            writeNested(out, it.value(), 1);
    }
    out << "\n}";
}

} // namespace awaitscope
