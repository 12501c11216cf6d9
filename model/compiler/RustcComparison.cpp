#include "compiler/RustcComparison.h"

#include <algorithm>
#include <map>

namespace awaitscope {

namespace {

std::string position(int line, int column) {
    return std::to_string(line) + ":" + std::to_string(column);
}

// The last `::` segment of a path, generic arguments dropped (`inner::nested` -> nested).
std::string lastSegment(std::string path) {
    if (const size_t lt = path.find('<', 1); lt != std::string::npos && path.back() == '>') path.erase(lt);
    const size_t sep = path.rfind("::");
    return sep == std::string::npos ? path : path.substr(sep + 2);
}

// rustc lays a trait's default async method out once per implementing type
// (`<Memory as Store>::exists`); the model has the one body `Store::exists`.
std::string defaultMethodName(const std::string& path) {
    if (path.rfind("<", 0) != 0) return "";
    const size_t as = path.find(" as "), close = path.find(">::");
    if (as == std::string::npos || close == std::string::npos) return "";
    return path.substr(as + 4, close - as - 4) + path.substr(close + 1);
}

// `#[tokio::main] async fn main` becomes a plain fn holding an async block whose span
// lies inside the fn's body (tokio-macros' entry.rs); blocks written in the body are
// claimed by their own futures first.
bool isAttributeMacroBody(const FutureInfo& f, const RustcLayout& l, const std::string& file) {
    if (f.kind != FutureKind::AsyncFn || l.kind != RustcCoroutineKind::AsyncBlock || l.path != file) return false;
    const TextPosition start{l.line, l.column};
    auto before = [](TextPosition a, TextPosition b) {
        return a.line < b.line || (a.line == b.line && a.column <= b.column);
    };
    return before(f.bodyRange.start, start) && before(start, f.bodyRange.end);
}

bool sameFutureKind(const FutureInfo& f, const RustcLayout& l) {
    return (f.kind == FutureKind::AsyncFn && l.kind == RustcCoroutineKind::AsyncFn) ||
           (f.kind == FutureKind::AsyncBlock && l.kind == RustcCoroutineKind::AsyncBlock) ||
           (f.kind == FutureKind::AsyncClosure && l.kind == RustcCoroutineKind::AsyncClosure);
}

// How strongly a layout is this future: 3 the future's rustc_name (hir/RustcNaming.h) is the
// type rustc printed; where that name is unknown or rustc spells the file another way (a
// workspace member's path from the workspace root), weaker evidence: 2 a trait default
// method's instance or the block's start, 1 the same fn name in another module / the
// closure body on the same line / the body of an attribute macro such as #[tokio::main].
int matchStrength(const FutureInfo& f, const RustcLayout& l, const std::string& file) {
    if (f.rustcName && l.type == *f.rustcName) return 3;
    if (isAttributeMacroBody(f, l, file)) return 1;
    if (!sameFutureKind(f, l)) return 0;
    if (l.kind == RustcCoroutineKind::AsyncFn) {
        if (defaultMethodName(l.path) == f.name) return 2;
        return lastSegment(l.path) == lastSegment(f.name) ? 1 : 0;
    }
    if (l.path != file) return 0;
    if (l.kind == RustcCoroutineKind::AsyncBlock)
        return position(l.line, l.column) == position(f.position.line, f.position.column) ? 2 : 0;
    // An async closure's body span starts after its parameters, on the `async` keyword's line.
    return l.line == f.position.line && l.column > f.position.column ? 1 : 0;
}

std::vector<std::string> modelLocals(const State& state) {
    std::vector<std::string> names;
    for (const SavedField& f : state.fields)
        if (f.kind == FieldKind::Local && f.name) names.push_back(*f.name);
    return names;
}

// a minus b, as multisets.
std::vector<std::string> minus(std::vector<std::string> a, std::vector<std::string> b) {
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    std::vector<std::string> out;
    std::set_difference(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(out));
    return out;
}

std::string listText(const std::vector<std::string>& names) {
    std::string out;
    for (const auto& n : names) out += (out.empty() ? "" : ", ") + n;
    return out.empty() ? "nothing" : out;
}

RustcStateView stateView(const RustcVariant& v, const State* model) {
    RustcStateView s;
    s.name = v.name;
    s.size = v.size;
    s.locals = v.localNames();
    s.temporaries = v.temporaryCount();
    s.dropFlags = v.dropFlagCount();
    if (const RustcField* a = v.awaitee()) s.awaiteeType = a->type;
    s.fields = v.fields;
    if (model) {
        s.onlyInModel = minus(modelLocals(*model), s.locals);
        s.onlyInRustc = minus(s.locals, modelLocals(*model));
    }
    return s;
}

RustcFutureView futureView(const FutureInfo& future, const RustcLayout& layout) {
    RustcFutureView view{layout.type, layout.size, layout.align, {}, {}};
    for (const RustcVariant& v : layout.variants) {
        const auto model =
            std::find_if(future.states.begin(), future.states.end(), [&](const State& s) { return s.name == v.name; });
        view.states.push_back(stateView(v, model == future.states.end() ? nullptr : &*model));
        const RustcStateView& s = view.states.back();
        if (!s.agrees())
            view.disagreements.push_back(s.name + ": the model keeps " + listText(modelLocals(*model)) +
                                         ", rustc keeps " + listText(s.locals));
    }
    if (future.states.size() != layout.variants.size())
        view.disagreements.push_back("states: the model has " + std::to_string(future.states.size()) + ", rustc " +
                                     std::to_string(layout.variants.size()));
    if (future.size && *future.size != layout.size)
        view.disagreements.push_back("size: the model computes " + std::to_string(*future.size) +
                                     " bytes, rustc lays out " + std::to_string(layout.size));
    return view;
}

} // namespace

const RustcStateView* RustcFutureView::state(const std::string& name) const {
    for (const RustcStateView& s : states)
        if (s.name == name) return &s;
    return nullptr;
}

std::vector<std::optional<RustcFutureView>> compareWithRustc(const Snapshot& snapshot, const RustcCheck& check) {
    std::vector<std::optional<RustcFutureView>> views(snapshot.futures.size());
    std::vector<bool> taken(check.layouts.size(), false);
    // Strongest evidence first, so that a weaker guess never takes a layout that names its future.
    for (int strength = 3; strength >= 1; --strength)
        for (size_t f = 0; f < snapshot.futures.size(); ++f) {
            if (views[f]) continue;
            std::vector<size_t> candidates;
            for (size_t l = 0; l < check.layouts.size(); ++l)
                if (!taken[l] && matchStrength(snapshot.futures[f], check.layouts[l], check.spanFile) == strength)
                    candidates.push_back(l);
            // A trait default method has one instance per type: all alike, the first will do.
            if (candidates.empty() || (candidates.size() > 1 && strength != 2)) continue;
            taken[candidates.front()] = true;
            views[f] = futureView(snapshot.futures[f], check.layouts[candidates.front()]);
        }
    return views;
}

} // namespace awaitscope
