// The closures and nested futures a body creates: what each captures and how
// (CaptureAnalysis.cpp decides the modes), the closure value's type, and the output a
// call of it or an await on it gives.
#include "lowering/BodyLowerer.h"

#include <algorithm>
#include <set>

namespace awaitscope {

using hir::ExprId;

/// A variable of this body as the closure / block mentioning it sees it.
BodyLowerer::Value BodyLowerer::capturedValue(const std::string& name) {
    const int local = lookup(name);
    if (local >= 0) return Value{m_body.locals[local].type, local, true};
    const auto up = m_upvarByName.find(name); // an upvar of ours, as we store it (`&T` if by reference)
    Value v{up != m_upvarByName.end() ? m_body.upvars[up->second].type : unknownType(), -1, true};
    v.upvar = up != m_upvarByName.end() ? up->second : -1;
    return v;
}

std::vector<CaptureMode> BodyLowerer::modesOf(ExprId e, bool isMove,
                                              const std::vector<std::pair<std::string, TextPosition>>& names) {
    if (!isMove) return captureModes(e, provisionalUpvars(names));
    CaptureMode byValue;
    byValue.byValue = true;
    std::vector<CaptureMode> modes(names.size(), byValue);
    if (m_env.edition < Edition::E2021 || !usesFieldsOf(e, names)) return modes;
    // Edition 2021: a `move` closure / block stores the places it uses, each by value, and
    // only those parts leave the enclosing body's variables.
    const std::vector<CaptureMode> analysed = captureModes(e, provisionalUpvars(names));
    for (size_t i = 0; i < modes.size() && i < analysed.size(); ++i) {
        modes[i].places = analysed[i].movePlaces;
        for (const UpvarPlace& p : modes[i].places) modes[i].movedFields.push_back(p.field);
    }
    return modes;
}

// Whether the body reads a field of a captured variable (`p.name`; a method call `p.len()`
// is a MethodCall, no Field), or may in a macro's input (`println!("{}", p.name)`): only
// then can a `move` capture be narrower than the variable.
bool BodyLowerer::usesFieldsOf(ExprId e, const std::vector<std::pair<std::string, TextPosition>>& names) const {
    std::set<std::string_view> captured;
    for (const auto& [name, at] : names) captured.insert(name);
    std::vector<hir::NodeRef> stack{hir::NodeRef::of(e)};
    while (!stack.empty()) {
        const hir::NodeRef n = stack.back();
        stack.pop_back();
        const auto kids = m_hir->children(n);
        stack.insert(stack.end(), kids.begin(), kids.end());
        const ExprId x = n.expr();
        if (!x) continue;
        if (m_hir->expr(x).kind == hir::ExprKind::MacroCall) return true;
        if (m_hir->expr(x).kind != hir::ExprKind::Field) continue;
        const ExprId value = m_hir->childExpr(x, 0);
        const hir::Expr* v = value ? &m_hir->expr(value) : nullptr;
        if (v && v->kind == hir::ExprKind::Path && v->segments == 1 && captured.count(v->name)) return true;
    }
    return false;
}

// What capture analysis starts from: every mentioned variable as a by-value upvar.
std::vector<Upvar> BodyLowerer::provisionalUpvars(const std::vector<std::pair<std::string, TextPosition>>& names) {
    std::vector<Upvar> provisional;
    for (const auto& [name, firstUse] : names)
        provisional.push_back({name, capturedValue(name).type, firstUse, false, {}, false, {}, {}, {}, {}});
    return provisional;
}

// What a closure value holds for one capture: the value itself, or a borrow of it, `&mut`
// where the body mutates it (upvar.rs: a MutBorrow capture); 2021 captures `*r` of a
// reference `r` by a reborrow of r's own type (`&mut *r`).
TypePtr BodyLowerer::closureFieldType(const Value& v, const CaptureMode& mode) const {
    const bool reborrowed = m_env.edition >= Edition::E2021 && v.type && v.type->kind == TypeKind::Ref;
    return mode.byValue || reborrowed ? v.type : refType(v.type, mode.mutated, "'_");
}

// Whether `e` is or holds an async block or async closure. A macro's input is not looked
// into: a future there is lowered with the macro, not counted here (as the syntax walk had it).
bool BodyLowerer::holdsNestedFuture(ExprId e) const {
    std::vector<hir::NodeRef> stack{hir::NodeRef::of(e)};
    while (!stack.empty()) {
        const hir::NodeRef n = stack.back();
        stack.pop_back();
        if (const ExprId x = n.expr()) {
            const hir::Expr& ex = m_hir->expr(x);
            if (ex.kind == hir::ExprKind::Async || (ex.kind == hir::ExprKind::Closure && ex.has(hir::ExprFlags::Async)))
                return true;
            if (ex.kind == hir::ExprKind::MacroCall) continue;
        }
        const auto kids = m_hir->children(n);
        stack.insert(stack.end(), kids.begin(), kids.end());
    }
    return false;
}

BodyLowerer::Value BodyLowerer::lowerNestedFuture(ExprId e, bool isMove) {
    // The nested future captures what it mentions: by value with `move`; without it, by
    // value what it moves and by reference the rest (CaptureAnalysis.cpp).
    const bool asyncClosure = m_hir->expr(e).kind == hir::ExprKind::Closure;
    const SyntaxNode node = nodeOf(e); // positions, and the future's number
    const auto names = freeVariables(e);
    const std::vector<CaptureMode> modes = modesOf(e, isMove, names);
    // How the body uses each capture, `move` or not: what an async closure's body borrows.
    const std::vector<CaptureMode> uses = asyncClosure ? captureModes(e, provisionalUpvars(names)) : modes;
    const bool lendsCaptures = asyncClosure && !movesCapture(e, names);
    CaptureInfo info;
    std::vector<TypePtr> closureCaptures;
    for (size_t i = 0; i < names.size(); ++i) {
        const auto& [name, firstUse] = names[i];
        const Value v = capturedValue(name);
        captureVariable(v, modes[i], node.start());
        // A capture by reference of a reference captures `*r`: still `&T`, not `&&T`.
        const bool alreadyRef = v.type && v.type->kind == TypeKind::Ref;
        const bool byValue = modes[i].byValue;
        TypePtr captured = byValue || alreadyRef ? v.type : refType(v.type, modes[i].mutated, "'_");
        // `_ref__NAME` borrows the capture from the closure, mutably where the body mutates it
        // (an AsyncFnMut call: rustc_mir_transform coroutine/by_move_body.rs keeps the by-ref
        // body's borrow kinds).
        if (lendsCaptures) captured = alreadyRef ? v.type : refType(v.type, uses[i].mutated, "'_");
        // rustc places a capture at its first use inside the block.
        info.upvars.push_back({name,
                               captured,
                               firstUse,
                               !byValue || lendsCaptures,
                               modes[i].borrowedPlace,
                               asyncClosure,
                               lendsCaptures ? "_ref__" + name : std::string(),
                               {},
                               {},
                               {}});
        if (!lendsCaptures) storePlaces(info.upvars.back(), v, modes[i]);
        if (v.local < 0) continue;
        const auto& places = info.upvars.back().placeTypes;
        if (places.empty()) closureCaptures.push_back(closureFieldType(v, modes[i]));
        closureCaptures.insert(closureCaptures.end(), places.begin(), places.end());
    }
    const NestedBody key{m_hir, e};
    info.modes = m_env.captures[key].modes; // keep what the analysis found
    m_env.captures[key] = info;
    m_ownCaptures.insert(e);
    const int futureIndex = m_env.futureAt(node.startByte());
    if (futureIndex < 0) return Value{unknownType()};
    const hir::TypeRefId returnType = asyncClosure ? m_hir->expr(e).type : hir::TypeRefId();
    TypePtr output = returnType ? m_types.resolveType(m_hir->typeRef(returnType), m_scope) : nestedFutureOutput(e);
    TypePtr future = m_types.futureType(futureIndex, m_types.futureName(futureIndex), std::move(output));
    if (!asyncClosure) return Value{future};
    // An async closure is a closure (rustc's coroutine-closure): it holds its captures, and
    // each call makes a new body future (rustc_hir_typeck/src/closure.rs).
    auto closure = std::make_shared<Type>();
    closure->kind = TypeKind::Closure;
    closure->args = std::move(closureCaptures);
    closure->output = std::move(future);
    closure->callConsumes = !lendsCaptures;
    return Value{closure};
}

// An async closure whose body moves one of its captures is only AsyncFnOnce: a call
// consumes the closure and its body owns the captures (rustc_mir_transform
// coroutine/by_move_body.rs). Otherwise a call goes through AsyncFn / AsyncFnMut: it
// borrows the closure, and the body borrows each capture from it, a field rustc names
// `_ref__NAME`. Whether the body moves a capture is the non-move capture analysis' answer,
// also for a `move` closure (which holds everything by value either way).
bool BodyLowerer::movesCapture(ExprId e, const std::vector<std::pair<std::string, TextPosition>>& names) {
    const std::vector<CaptureMode> modes = captureModes(e, provisionalUpvars(names));
    return std::any_of(modes.begin(), modes.end(),
                       [](const CaptureMode& m) { return m.byValue || !m.movedFields.empty(); });
}

// A nested future's output is its body's type, settled by the enclosing fn's inference
// (rustc type-checks the block inside its fn: one `typeck` root), so `let n = fut.await`
// has the type the block returns. The body is lowered apart for its type only, like a
// closure's (closureOutput); one holding another future is left unknown, which keeps the
// work linear in nesting.
TypePtr BodyLowerer::nestedFutureOutput(ExprId e) {
    const ExprId body = m_hir->nestedBody(e);
    if (!nodeOf(body) || holdsNestedFuture(body) || m_probing) return nullptr;
    BodyLowerer inner(m_env, nodeOf(e), nullptr, &m_numbers);
    TypePtr output = inner.lower().output;
    return output && !isUnknown(output) ? output : nullptr;
}

BodyLowerer::Value BodyLowerer::lowerClosure(ExprId e) {
    const hir::Expr& x = m_hir->expr(e);
    const bool isMove = x.has(hir::ExprFlags::Move);
    if (x.has(hir::ExprFlags::Async)) return lowerNestedFuture(e, isMove);
    const TextPosition at = nodeOf(e).start();
    auto closure = std::make_shared<Type>();
    closure->kind = TypeKind::Closure;
    const auto names = freeVariables(e);
    const std::vector<CaptureMode> modes = modesOf(e, isMove, names);
    std::vector<Upvar> upvars;
    for (size_t i = 0; i < names.size(); ++i) {
        const Value v = capturedValue(names[i].first);
        captureVariable(v, modes[i], at);
        const bool alreadyRef = v.type && v.type->kind == TypeKind::Ref;
        const bool byValue = modes[i].byValue;
        upvars.push_back({names[i].first,
                          byValue || alreadyRef ? v.type : refType(v.type, modes[i].mutated, "'_"),
                          names[i].second,
                          !byValue,
                          modes[i].borrowedPlace,
                          false,
                          {},
                          {},
                          {},
                          {}});
        if (v.local < 0) continue; // the closure's type lists what it takes from the locals
        Upvar stored;
        storePlaces(stored, v, modes[i]);
        if (stored.placeTypes.empty()) closure->args.push_back(closureFieldType(v, modes[i]));
        closure->args.insert(closure->args.end(), stored.placeTypes.begin(), stored.placeTypes.end());
    }
    closure->output = closureOutput(e, std::move(upvars));
    // A closure whose body moves a captured value out is only FnOnce (rustc_hir_typeck
    // upvar.rs, `closure_analyze`: a by-value use of a capture makes the closure kind
    // FnOnce, with or without `move`): a call is FnOnce::call_once(f, ..) and moves it.
    closure->callConsumes = movesCapture(e, names);
    return Value{closure};
}

// A closure without a written return type returns its body's type (rustc_hir_typeck
// closure.rs: the signature's output is an inference variable the body settles), which
// is what `F: FnOnce() -> io::Result<T>` reads T from. The body is lowered apart, its
// captures as upvars, for its type only; one holding an async block is left alone (the
// file's lowering owns those futures' captures).
TypePtr BodyLowerer::closureOutput(ExprId e, std::vector<Upvar> upvars) {
    if (const hir::TypeRefId written = m_hir->expr(e).type)
        return m_types.resolveType(m_hir->typeRef(written), m_scope);
    const ExprId body = m_hir->nestedBody(e);
    // `|n| async move { .. }`: the closure returns that block's future (a new one per call).
    if (body && m_hir->expr(body).kind == hir::ExprKind::Async)
        if (const int futureIndex = m_env.futureAt(nodeOf(body).startByte()); futureIndex >= 0)
            return m_types.futureType(futureIndex, m_types.futureName(futureIndex), nestedFutureOutput(body));
    if (!nodeOf(body) || holdsNestedFuture(body)) return nullptr;
    auto& slot = m_env.captures[{m_hir, e}];
    const CaptureInfo saved = slot;
    slot.upvars = std::move(upvars);
    BodyLowerer inner(m_env, nodeOf(e), nullptr, &m_numbers);
    TypePtr output = inner.lower().output;
    m_env.captures[{m_hir, e}] = saved;
    return output && !isUnknown(output) ? output : nullptr;
}

} // namespace awaitscope
