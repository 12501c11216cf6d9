#include "compiler/RustcProblems.h"

namespace awaitscope {

namespace {

std::string listText(const std::vector<std::string>& names) {
    std::string out;
    for (const auto& n : names) out += (out.empty() ? "" : ", ") + n;
    return out.empty() ? "nothing" : out;
}

std::vector<std::string> modelLocals(const State& state) {
    std::vector<std::string> names;
    for (const SavedField& f : state.fields)
        if (f.kind == FieldKind::Local && f.name) names.push_back(*f.name);
    return names;
}

Diagnostic disagreement(const FutureInfo& future, const State& state, const RustcStateView& rustc) {
    Diagnostic d;
    d.code = kModelCompilerDiffer;
    d.severity = "warning";
    const TextPosition at = state.awaitKeyword.value_or(future.position);
    d.range = {at, {at.line, at.column + 5}};
    d.future = future.name;
    d.message = "model and compiler differ: " + future.name + " " + state.name + ": the model keeps " +
                listText(modelLocals(state)) + "; rustc keeps " + listText(rustc.locals);
    if (!rustc.onlyInModel.empty()) d.path.push_back("only the model: " + listText(rustc.onlyInModel));
    if (!rustc.onlyInRustc.empty()) d.path.push_back("only rustc: " + listText(rustc.onlyInRustc));
    return d;
}

Diagnostic compilerError(const RustcDiagnostic& e, const std::string& file) {
    Diagnostic d;
    d.code = e.code ? std::string(kRustcError) + "-" + *e.code : kRustcError;
    d.severity = "error";
    d.message = "rustc: " + e.message;
    if (e.site && e.site->file == file)
        d.range = {{e.site->line, e.site->column}, {e.site->endLine, e.site->endColumn}};
    else if (e.site)
        d.message += " (in " + e.site->file + ":" + std::to_string(e.site->line) + ")";
    d.path = e.noteLines();
    return d;
}

// Fills a field's size from rustc where the model has none and rustc names it once in the state.
void fillSize(SavedField& field, const RustcStateView* state) {
    if (field.size || !field.name || !state) return;
    const RustcField* only = nullptr;
    for (const RustcField& f : state->fields)
        if (f.bindingName() == *field.name && f.kind == (field.kind == FieldKind::Upvar ? "upvar" : "local")) {
            if (only) return; // shadowed: two of that name, no telling which
            only = &f;
        }
    if (only) field.size = only->size;
}

void fillSizes(FutureInfo& future, const RustcFutureView& view) {
    if (!future.size) future.size = static_cast<int>(view.size);
    if (!future.align) future.align = static_cast<int>(view.align);
    const RustcStateView* unresumed = view.state("Unresumed");
    for (SavedField& f : future.upvars) fillSize(f, unresumed);
    for (State& s : future.states)
        for (SavedField& f : s.fields) fillSize(f, view.state(s.name));
}

} // namespace

std::vector<Diagnostic> rustcProblems(const Snapshot& snapshot, const RustcCheck& check,
                                      const std::vector<std::optional<RustcFutureView>>& views) {
    std::vector<Diagnostic> out;
    for (size_t i = 0; i < views.size() && i < snapshot.futures.size(); ++i) {
        if (!views[i]) continue;
        const FutureInfo& f = snapshot.futures[i];
        for (const State& s : f.states)
            if (const RustcStateView* r = views[i]->state(s.name); r && !r->agrees())
                out.push_back(disagreement(f, s, *r));
    }
    for (const RustcDiagnostic* e : check.errors()) out.push_back(compilerError(*e, check.spanFile));
    return out;
}

Snapshot withRustcFindings(const Snapshot& snapshot, const RustcCheck& check,
                           const std::vector<std::optional<RustcFutureView>>& views) {
    Snapshot out = snapshot;
    for (size_t i = 0; i < views.size() && i < out.futures.size(); ++i)
        if (views[i]) fillSizes(out.futures[i], *views[i]);
    for (Diagnostic& d : rustcProblems(snapshot, check, views)) out.diagnostics.push_back(std::move(d));
    return out;
}

} // namespace awaitscope
