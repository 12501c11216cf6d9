#include "export/RustcReport.h"

#include "compiler/RustcComparison.h"

#include <sstream>

namespace awaitscope {

using nlohmann::json;

namespace {

json toJson(const RustcField& f) {
    return {{"kind", f.kind},       {"name", f.bindingName().empty() ? json(nullptr) : json(f.bindingName())},
            {"rustc_name", f.name}, {"size", f.size},
            {"offset", f.offset},   {"type", f.type ? json(*f.type) : json(nullptr)}};
}

json toJson(const RustcStateView& s) {
    json fields = json::array();
    for (const RustcField& f : s.fields) fields.push_back(toJson(f));
    return {{"name", s.name},
            {"size", s.size},
            {"locals", s.locals},
            {"temporaries", s.temporaries},
            {"drop_flags", s.dropFlags},
            {"awaitee_type", s.awaiteeType ? json(*s.awaiteeType) : json(nullptr)},
            {"agrees", s.agrees()},
            {"only_in_model", s.onlyInModel},
            {"only_in_rustc", s.onlyInRustc},
            {"fields", fields}};
}

json toJson(const std::optional<RustcFutureView>& view) {
    if (!view) return nullptr;
    json states = json::array();
    for (const RustcStateView& s : view->states) states.push_back(toJson(s));
    return {{"type", view->type},
            {"size", view->size},
            {"align", view->align},
            {"agrees", view->agrees()},
            {"disagreements", view->disagreements},
            {"states", states}};
}

json spanJson(const RustcSpan& s) {
    return {
        {"file", s.file},  {"line", s.line}, {"column", s.column}, {"end_line", s.endLine}, {"end_column", s.endColumn},
        {"label", s.label}};
}

} // namespace

json toJson(const RustcStatus& status) {
    return {{"ok", status.ok},
            {"compiled", status.compiled},
            {"toolchain", status.toolchain},
            {"mode", status.mode},
            {"command", status.command},
            {"seconds", status.seconds},
            {"cached", status.cached},
            {"error", status.error ? json(*status.error) : json(nullptr)},
            {"notes", status.notes}};
}

json toJson(const RustcDiagnostic& d) {
    json j = {{"code", d.code ? json(*d.code) : json(nullptr)}, {"level", d.level}, {"message", d.message}};
    j["file"] = d.site ? json(d.site->file) : json(nullptr);
    j["line"] = d.site ? json(d.site->line) : json(nullptr);
    j["column"] = d.site ? json(d.site->column) : json(nullptr);
    j["end_line"] = d.site ? json(d.site->endLine) : json(nullptr);
    j["end_column"] = d.site ? json(d.site->endColumn) : json(nullptr);
    j["notes"] = d.noteLines();
    j["spans"] = json::array();
    for (const RustcSpan& s : d.spans) j["spans"].push_back(spanJson(s));
    return j;
}

void addRustcCheck(json& report, const Snapshot& snapshot, const RustcCheck& check) {
    const auto views = compareWithRustc(snapshot, check);
    for (size_t i = 0; i < views.size() && i < report["futures"].size(); ++i)
        report["futures"][i]["rustc"] = toJson(views[i]);
    report["rustc_status"] = toJson(check.status);
    report["rustc_diagnostics"] = json::array();
    for (const RustcDiagnostic* d : check.errors()) report["rustc_diagnostics"].push_back(toJson(*d));
}

std::string rustcTextReport(const Snapshot& snapshot, const RustcCheck& check) {
    std::ostringstream out;
    out << "\nrustc: " << check.status.toolchain << "\n";
    if (!check.status.ok) {
        out << "rustc: the check failed: " << check.status.error.value_or("") << "\n";
        return out.str();
    }
    for (const std::string& note : check.status.notes) out << "rustc: note: " << note << "\n";
    const auto views = compareWithRustc(snapshot, check);
    int agreeing = 0, laidOut = 0;
    for (size_t i = 0; i < views.size(); ++i) {
        const FutureInfo& f = snapshot.futures[i];
        if (!views[i]) {
            out << "rustc: " << f.name << ": no layout from rustc"
                << (check.status.compiled ? " (generic, or never instantiated)" : " (the code did not compile)")
                << "\n";
            continue;
        }
        ++laidOut;
        if (views[i]->agrees()) ++agreeing;
        for (const std::string& d : views[i]->disagreements)
            out << "rustc: model and compiler differ: " << f.name << " " << d << "\n";
    }
    if (laidOut == 0 && !check.status.compiled)
        out << "rustc: no layouts: the code did not compile\n";
    else
        out << "rustc: " << agreeing << " of " << laidOut << " laid-out futures agree with the model\n";
    for (const RustcDiagnostic* d : check.errors()) {
        out << "rustc: error" << (d->code ? "[" + *d->code + "]" : "") << ": " << d->message;
        if (d->site) out << " at " << d->site->file << ":" << d->site->line << ":" << d->site->column;
        out << "\n";
        for (const std::string& note : d->noteLines()) out << "    " << note << "\n";
    }
    return out.str();
}

} // namespace awaitscope
