#include "lowering/BodyLowerer.h"

#include "macros/ExpansionText.h"

namespace awaitscope {

// rustc type-checks a closure inside its enclosing fn (rustc_hir_typeck: a closure's
// `typeck` results are those of `typeck_root_def_id`), so the closure's open types are
// variables of the same inference context.
BodyLowerer::BodyLowerer(LoweringEnvironment& env, const SyntaxNode& owner, const AsyncItem* item,
                         IntegerInference* enclosingInference)
    : m_env(env), m_types(env.types), m_item(item), m_scope(env.types.scopeAt(owner)),
      m_numbers(enclosingInference ? *enclosingInference : m_ownNumbers), m_hir(&env.hirs.of(owner, env.macros)),
      m_owner(m_hir->sourceMap().expr(owner)) {
    auto it = m_owner ? env.captures.find({m_hir, m_owner}) : env.captures.end();
    if (it == env.captures.end()) return;
    // An async closure's body future holds its arguments first, then what it takes from
    // the closure (rustc_hir_typeck closure.rs: the coroutine's upvars are the closure's
    // inputs followed by its captures).
    if (item && item->kind == FutureKind::AsyncClosure)
        m_capturesAfterArguments = it->second.upvars;
    else
        addUpvars(it->second.upvars);
}

// A nested future's by-value captures, dropped by its body at its end: declared first in
// the outermost scope, so they are dropped last and every unwind path reaches their drops.
void BodyLowerer::declareCapturedValues() {
    m_capturedValueLocal.assign(m_body.upvars.size(), -1);
    if (!m_item || m_item->kind == FutureKind::AsyncFn || m_probing) return;
    for (size_t i = 0; i < m_body.upvars.size(); ++i) {
        const Upvar& u = m_body.upvars[i];
        const bool capture = m_item->kind == FutureKind::AsyncBlock || u.captured;
        if (!capture || u.byReference || m_types.needsDrop(u.type) == Verdict::No) continue;
        const int local = newLocal(LocalKind::CapturedValue, u.name, u.type, u.position);
        emit(Op::StorageLive, local, u.position);
        emit(Op::Init, local, u.position);
        addToBlockFrame(local);
        m_capturedValueLocal[i] = local;
    }
}

void BodyLowerer::addUpvars(const std::vector<Upvar>& upvars) {
    for (const Upvar& u : upvars) {
        m_upvarByName[u.name] = static_cast<int>(m_body.upvars.size());
        m_body.upvars.push_back(u);
    }
}

// A fn item (or async fn) is its HIR's root with the fn's parameters; a closure or async
// block is its own expression in the HIR around it (an async block has no parameters).
LoweredBody BodyLowerer::lower() {
    if (!m_owner) return lower(m_hir->params(), m_hir->root(), nodeOf(m_hir->root()).end());
    const hir::ExprId body = m_hir->nestedBody(m_owner);
    return lower(m_hir->closureParams(m_owner), body, nodeOf(body).end());
}

LoweredBody BodyLowerer::lower(std::span<const hir::ParamId> parameters, hir::ExprId bodyId, TextPosition end) {
    pushFrame(); // the function's outermost scope: arguments live here
    m_functionFrameDepth = m_frames.size();
    lowerParameters(parameters);
    addUpvars(m_capturesAfterArguments);
    declareCapturedValues();
    pushFrame(true); // temporaries of the tail expression
    Value tail;
    if (bodyId && m_hir->expr(bodyId).kind == hir::ExprKind::Block)
        lowerBlock(bodyId, &tail);
    else
        tail = lowerExpr(bodyId); // a closure's expression body
    if (!tail.diverges) consume(tail, end);
    m_body.output = bodyOutput(tail);
    // `async fn f() -> u64 { let n = 0; ...; n }`: the written return type settles the tail.
    m_numbers.unify(tail.type, writtenReturnType());
    popFrame(end);
    popFrame(end);
    finishTypes();
    return std::move(m_body);
}

// A body's type is the common type of its tail and of every `return` value (rustc_hir_typeck
// coercion.rs, CoerceMany: check_return_or_body_tail and check_expr_return coerce each
// into the one return type), so a closure whose tail diverges (`loop { .. return v; }`) or
// leaves a type open (`Poll::Pending`) returns what its `return`s give. The first site
// fully known stands for them all (they have one type in code that compiles).
TypePtr BodyLowerer::bodyOutput(const Value& tail) const {
    std::vector<TypePtr> sites;
    if (!tail.diverges && tail.type) sites.push_back(tail.type);
    sites.insert(sites.end(), m_returned.begin(), m_returned.end());
    for (const TypePtr& t : sites)
        if (t && !containsUnknown(t)) return t;
    return tail.type ? tail.type : unitType();
}

// Only an async fn's (a fn item's HIR, lowered as a future): a plain fn's tail is not unified.
TypePtr BodyLowerer::writtenReturnType() const {
    if (!m_item || m_owner || !m_hir->returnType()) return nullptr;
    return m_types.resolveType(m_hir->typeRef(m_hir->returnType()), m_scope);
}

int BodyLowerer::newLocal(LocalKind kind, const std::string& name, TypePtr type, TextPosition at,
                          std::optional<std::string> expr) {
    // A macro's own local is named by its identifier alone, as rustc prints it.
    if (expr) expr = withoutHygiene(*expr);
    m_body.locals.push_back({kind, withoutHygiene(name), std::move(expr), type ? type : unknownType(), at});
    m_body.firstBorrow.emplace_back();
    return static_cast<int>(m_body.locals.size()) - 1;
}

void BodyLowerer::emit(Op op, int local, TextPosition at) {
    if (local < 0 && op != Op::Suspend) return;
    if (op == Op::Borrow && !m_body.firstBorrow[local]) m_body.firstBorrow[local] = at;
    m_body.cfg.append(m_block, {op, local, -1, at});
}

void BodyLowerer::pushFrame(bool temporaries) {
    m_frames.push_back({});
    m_frames.back().temporaries = temporaries;
}

// `outer`: the locals still scheduled for drop outside `locals` on this path.
void BodyLowerer::dropLocals(const std::vector<int>& locals, TextPosition at, std::vector<int> outer) {
    // Locals are dropped in reverse order of declaration, then their storage ends. A
    // destructor may panic: its unwind edge drops the locals still scheduled, the ones
    // declared before it (rustc_mir_build builder/scope.rs, build_scope_drops: `unwind_to`).
    const size_t outerCount = outer.size();
    outer.insert(outer.end(), locals.begin(), locals.end());
    for (size_t i = locals.size(); i-- > 0;) {
        if (locals[i] < 0) continue; // a storage mark (scheduleScrutineeStorage): nothing to drop
        emit(Op::Drop, locals[i], at);
        outer.resize(outerCount + i);
        const int scope = m_body.cfg.addUnwindScope(outer);
        m_body.cfg.append(m_block, {Op::Unwind, locals[i], -1, at, scope});
        emit(Op::StorageDead, locals[i], at);
    }
}

void BodyLowerer::dropLocals(const std::vector<int>& locals, TextPosition at) {
    dropLocals(locals, at, scheduledIn(m_frames.size()));
}

std::vector<int> BodyLowerer::scheduledIn(size_t frames) const {
    std::vector<int> out;
    for (size_t f = 0; f < frames && f < m_frames.size(); ++f)
        out.insert(out.end(), m_frames[f].locals.begin(), m_frames[f].locals.end());
    return out;
}

// Every call, overflow-checked operator and bounds-checked index is a terminator with an
// unwind edge into the scope's cleanup drops (rustc_mir_build builder/scope.rs,
// diverge_from / diverge_cleanup). A move does not unschedule a drop on that path
// (record_operands_moved only affects the normal exit), so a local moved before one such
// edge and still in place at another reaches one cleanup drop both ways: drop elaboration
// makes it conditional, with a drop flag (rustc_mir_transform/src/elaborate_drops.rs).
void BodyLowerer::mayUnwind(TextPosition at) {
    const int scope = m_body.cfg.addUnwindScope(scheduledIn(m_frames.size()));
    m_body.cfg.append(m_block, {Op::Unwind, -1, -1, at, scope});
}

// An await's scrutinee, `IntoFuture::into_future(e)`, is a temporary of the innermost
// temporary scope, its StorageDead scheduled before the call runs (rustc_mir_build
// builder/expr/as_temp.rs). In a coroutine the cleanup drop tree holds StorageDead nodes
// too (builder/scope.rs, diverge_cleanup_target), and a node is shared only by paths with
// the same drops after it (DropTree::add_drop keys on (next, local)): such a temporary in
// a scope outside a local, as an edition-2021 block tail's is, gives the local's cleanup
// drop a node of its own from there on. (Operand temporaries live in the call's own scope,
// inside every local, and change no node.) A negative mark stands for it in its frame.
void BodyLowerer::scheduleScrutineeStorage() {
    (void)scheduleTemporaryStorage();
}

// Any value built into a temporary (as_temp.rs, `as_temp_inner`) has that StorageDead
// scheduled before the expression is built: the calls inside it unwind through the node.
BodyLowerer::StorageMark BodyLowerer::scheduleTemporaryStorage() {
    const StorageMark m{-2 - m_storageMarks++, m_body.cfg.unwindScopeCount()};
    for (size_t f = m_frames.size(); f-- > 0;)
        if (m_frames[f].temporaries || f == 0) {
            m_frames[f].locals.push_back(m.mark);
            break;
        }
    return m;
}

void BodyLowerer::unscheduleStorage(const StorageMark& m) {
    for (Frame& f : m_frames) std::erase(f.locals, m.mark);
    m_body.cfg.eraseFromUnwindScopes(m.firstScope, m.mark);
}

// A tuple struct's or tuple variant's name called builds an aggregate (rustc_mir_build
// lowers it as Rvalue::Aggregate, no Call terminator): nothing there unwinds. Its signature
// is the ADT's constructor (TypeContextCalls.cpp, constructor): named by the ADT's path, or
// by a path to one of its variants.
bool BodyLowerer::isConstructor(const FnSignature& sig) const {
    const TypePtr& made = sig.returnType;
    if (!made || made->kind != TypeKind::Adt) return false;
    if (sig.path == made->path) return true;
    if (!sig.path.starts_with(made->path + "::")) return false;
    const std::string variant = sig.path.substr(made->path.size() + 2);
    for (const auto& [field, type] : m_types.fieldsOf(made))
        if (field.starts_with(variant + ".")) return true;
    return false;
}

void BodyLowerer::popFrame(TextPosition at) {
    dropLocals(m_frames.back().locals, at, scheduledIn(m_frames.size() - 1));
    m_frames.pop_back();
}

void BodyLowerer::exitFramesTo(size_t depth, TextPosition at) {
    for (size_t f = m_frames.size(); f-- > depth;) dropLocals(m_frames[f].locals, at, scheduledIn(f));
}

size_t BodyLowerer::blockFrame() const {
    for (size_t f = m_frames.size(); f-- > 0;)
        if (!m_frames[f].temporaries) return f;
    return m_frames.size() - 1;
}

void BodyLowerer::addToBlockFrame(int local) {
    m_frames[blockFrame()].locals.push_back(local);
}

void BodyLowerer::declare(const std::string& name, int local) {
    for (size_t f = m_frames.size(); f-- > 0;)
        if (!m_frames[f].temporaries || f == 0) {
            m_frames[f].names.emplace_back(name, local);
            return;
        }
}

int BodyLowerer::lookup(const std::string& name) const {
    for (size_t f = m_frames.size(); f-- > 0;)
        for (auto it = m_frames[f].names.rbegin(); it != m_frames[f].names.rend(); ++it)
            if (it->first == name) return it->second;
    return -1;
}

int BodyLowerer::startBlock() {
    m_block = m_body.cfg.newBlock();
    return m_block;
}

void BodyLowerer::jumpTo(int block) {
    m_body.cfg.addEdge(m_block, block);
    m_block = block;
}

// `async fn f(x: T)` becomes `move |x| async move { let x = x; body }`: every argument is
// an upvar (kept in every state) and also a local of the body. A closure's argument without
// a written type takes the one its callee's `Fn` bound gives (expectClosureParameters),
// counted among the plain and the typed ones.
void BodyLowerer::lowerParameters(std::span<const hir::ParamId> parameters) {
    const auto expected = m_env.closureParameters.find({m_hir, m_owner});
    size_t index = 0;
    for (size_t written = 0; written < parameters.size(); ++written) {
        const hir::ParamId id = parameters[written];
        const hir::Param& p = m_hir->param(id);
        const bool counted = p.has(hir::ParamFlags::Typed) || isPlainBinding(p.pat);
        const size_t position = counted ? index++ : index;
        std::optional<TypePtr> given;
        if (expected != m_env.closureParameters.end() && position < expected->second.size())
            given = expected->second[position];
        lowerParameter(p, written, m_hir->sourceMap().node(id), given);
    }
}

// The name rustc gives the local an async fn moves a parameter into, and the coroutine's
// upvar for it (rustc_ast_lowering/src/item.rs, lower_coroutine_body_with_moved_arguments):
// a binding's ident (`x`, `mut x`, and `ref x` / `ref mut x`, whose moved local is `let mut
// x = x;` before the user's `let ref x = x;`), `_` for `_`, and `__arg{index}` for any other
// pattern, `index` being the parameter's position with `self` counted.
std::string BodyLowerer::movedParameterName(hir::PatId pattern, size_t index) const {
    if (pattern && m_hir->pat(pattern).kind == hir::PatKind::Wild) return "_";
    hir::PatId inner = pattern;
    for (const hir::PatKind k : {hir::PatKind::Ref, hir::PatKind::Mut})
        if (inner && m_hir->pat(inner).kind == k && m_hir->pat(inner).children.count > 0)
            inner = m_hir->children(inner).back().pat();
    if (inner && m_hir->pat(inner).kind == hir::PatKind::Bind && m_hir->pat(inner).children.count == 0)
        return std::string(m_hir->pat(inner).name);
    return "__arg" + std::to_string(index);
}

// `let mut NAME = NAME; let <pattern> = NAME;` (the same function): one local holding the
// whole argument, then the pattern's bindings from it. rustc's note names `__argN` by its
// span, the pattern's text; a `ref x` by `x`.
void BodyLowerer::lowerPatternParameter(hir::PatId pattern, const TypePtr& type, size_t index, TextPosition at) {
    const std::string name = movedParameterName(pattern, index);
    std::optional<std::string> noted;
    if (name.starts_with("__arg")) noted = textOf(nodeOf(pattern));
    const int arg = newLocal(LocalKind::Argument, name, type, at, noted);
    emit(Op::StorageLive, arg, at);
    emit(Op::Init, arg, at);
    m_body.upvars.push_back({name, type, at, false, {}, false, {}, {}, {}, noted.value_or("")});
    bindPattern(pattern, type, Value{type, arg, true}, at, true);
    addToBlockFrame(arg);
}

// One parameter written at `node`: `self` in its forms, `pattern: T`, or a closure's bare binding.
void BodyLowerer::lowerParameter(const hir::Param& p, size_t index, const SyntaxNode& node,
                                 std::optional<TypePtr> expected) {
    const TextPosition at = node.start();
    std::string name, noted;
    TypePtr type;
    if (p.has(hir::ParamFlags::SelfParam)) {
        name = "self";
        const bool isRef = p.has(hir::ParamFlags::Ref);
        const bool isMut = p.has(hir::ParamFlags::Mut) && isRef;
        type = m_scope.selfType ? (isRef ? refType(m_scope.selfType, isMut, "'_") : m_scope.selfType) : unknownType();
        // rustc's note names a value by its span's text: the self parameter's covers `&self`,
        // `&'a mut self` (rustc_parse parse_self_param); `mut self` is noted as `self`.
        if (isRef) noted = textOf(node);
    } else if (p.has(hir::ParamFlags::Typed)) {
        hir::PatId pattern = p.pat;
        if (pattern && m_hir->pat(pattern).kind == hir::PatKind::Mut && m_hir->pat(pattern).children.count > 0)
            pattern = m_hir->children(pattern).back().pat();
        const bool simple = pattern && m_hir->pat(pattern).kind == hir::PatKind::Bind &&
                            m_hir->pat(pattern).children.count == 0; // `x: T`, `self: Arc<Self>`
        name = simple ? std::string(m_hir->pat(pattern).name) : std::string();
        // Types written in a signature print as rustc prints them there: `(dyn Error + 'static)`.
        type = p.type ? m_types.withSignatureObjectLifetimes(m_types.resolveType(m_hir->typeRef(p.type), m_scope))
                      : unknownType();
        if (!simple) return lowerPatternParameter(p.pat, type, index, at);
    } else if (isPlainBinding(p.pat)) { // a closure's `x`: the callee's bound may give its type
        name = std::string(m_hir->pat(p.pat).name);
        type = expected ? *expected : unknownType();
    } else {
        return; // a closure's untyped `_` or destructuring pattern binds nothing here
    }
    m_body.upvars.push_back({name, type, at, false, {}, false, {}, {}, {}, noted});
    const bool copiesToLocals = !m_item || m_item->kind != FutureKind::AsyncBlock;
    if (!copiesToLocals || name.empty() || name == "_") return;
    const int local =
        newLocal(LocalKind::Argument, name, type, at, noted.empty() ? std::nullopt : std::optional(noted));
    emit(Op::StorageLive, local, at);
    emit(Op::Init, local, at);
    addToBlockFrame(local);
    declare(name, local);
}

// `x`: a binding by value without a sub-pattern (`ref x`, `mut x`, `x @ p` are not).
bool BodyLowerer::isPlainBinding(hir::PatId p) const {
    if (!p) return false;
    const hir::Pat& x = m_hir->pat(p);
    return x.kind == hir::PatKind::Bind && x.children.count == 0 && x.flags == 0 && x.name != "self";
}

} // namespace awaitscope
