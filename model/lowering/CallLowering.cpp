// Calls, method calls (with rustc's auto-deref and auto-ref of the receiver), `.await`
// and `?` (the closures and nested futures a body creates: ClosureLowering.cpp).
#include "lowering/BodyLowerer.h"
#include "lowering/CalleeTrait.h"
#include "lowering/UnknownParts.h"

#include "macros/ExpansionText.h"
#include "syntax/MacroArguments.h"
#include "types/TypeLowering.h"
#include "types/TypeOps.h"

#include <algorithm>
#include <set>

namespace awaitscope {

using hir::ExprId;

namespace {

bool firstDerefIsBuiltin(const TypePtr& t) {
    return t && (t->kind == TypeKind::Ref || t->kind == TypeKind::RawPtr ||
                 (t->kind == TypeKind::Adt && t->path == "std::boxed::Box"));
}

} // namespace

// Call [callee, args...]. A path callee is an item the type context resolves (with its
// turbofish); anything else is a value called through the Fn traits.
BodyLowerer::Value BodyLowerer::lowerCall(ExprId e) {
    const TextPosition at = nodeOf(e).start();
    const ExprId callee = m_hir->childExpr(e, 0);
    auto sig = m_types.resolveFunction(nodeOf(callee), m_scope);
    if (const hir::TypeRefId turbofish = callee ? m_hir->expr(callee).type : hir::TypeRefId(); sig && turbofish)
        sig = m_types.withTypeArguments(std::move(*sig), m_hir->typeRef(turbofish), m_scope);
    Value calleeValue;
    if (!sig) calleeValue = lowerExpr(callee); // a closure or fn pointer in a local
    // Fn::call(&f, ..) borrows the callee, FnOnce::call_once(f, ..) moves it (CalleeTrait.h).
    const CalleeCall call = sig ? CalleeCall{} : calleeCallOf(calleeValue.type, m_scope.genericBounds);
    if (calleeValue.isPlace) useCallee(calleeValue, call.trait, at);
    const auto args = m_hir->children(e).subspan(1);
    if (sig) expectClosureParameters(*sig, args);
    const std::vector<TypePtr> argTypes = lowerArguments(args, at);
    if (!sig || !isConstructor(*sig)) mayUnwind(at);
    if (!sig && call.output) return Value{call.output}; // the Fn trait's Output
    if (!sig) return Value{unknownType()};
    CallResult result = m_types.instantiate(*sig, inScope(argTypes), nullptr, nullptr, openVariable());
    pinNumberArguments(*sig, result, argTypes);
    recordCall(e, *sig, result, args, argTypes);
    // instantiate() already turns an async fn's output into its future's type.
    TypePtr type = result.returnType ? result.returnType : unknownType();
    return callResult(type);
}

// A call whose type is uninhabited (`!`, an enum without variants) never returns: MIR
// building gives it no return edge (rustc_mir_build expr/into.rs, ExprKind::Call: no target
// when the type `is_inhabited_from` nowhere), so what follows is unreachable and SimplifyCfg
// removes it before the coroutine transform: an await there keeps nothing.
BodyLowerer::Value BodyLowerer::callResult(const TypePtr& type) {
    Value out{type};
    if (type->kind == TypeKind::Never || m_types.isEmptyEnum(type)) {
        out.diverges = true;
        startBlock();
    }
    return out;
}

void BodyLowerer::useCallee(const Value& callee, CallTrait trait, TextPosition at) {
    switch (trait) {
    case CallTrait::FnOnce: consume(callee, at); return;
    case CallTrait::Direct:           // a fn pointer is Copy
    case CallTrait::ThroughReference: // `(*f)(..)`: a reborrow through the reference
        read(callee, at);
        return;
    default: borrow(callee, at); return; // Fn / FnMut, and where the callee's type is unknown
    }
}

std::vector<TypePtr> BodyLowerer::lowerArguments(std::span<const hir::NodeRef> args, TextPosition at) {
    // Every argument is evaluated (into a temporary where a later one awaits) before any is
    // moved into the call.
    std::vector<TypePtr> types;
    const std::vector<Value> values = lowerOperands(args);
    for (const Value& v : values) {
        types.push_back(v.type);
        consume(v, at);
    }
    return types;
}

// MethodCall [receiver, args...]; name: the method; type: its turbofish.
BodyLowerer::Value BodyLowerer::lowerMethodCall(ExprId e) {
    const SyntaxNode call = nodeOf(e);
    const ExprId receiverId = m_hir->childExpr(e, 0);
    // An auto-ref'd or auto-deref'd rvalue receiver is a place built by as_temp (its
    // StorageDead scheduled before it is evaluated: lowerAsPlace); a `self` one an operand.
    const StorageMark receiverStorage = scheduleTemporaryStorage();
    Value receiver = lowerExpr(receiverId);
    const std::string name(m_hir->expr(e).name);
    // An unsuffixed number's methods are looked up as the type it has so far (or i32).
    auto method = m_types.resolveMethod(m_numbers.resolveSoFar(receiver.type), name, m_scope);
    if (const hir::TypeRefId turbofish = m_hir->expr(e).type; method && turbofish)
        method->signature = m_types.withTypeArguments(std::move(method->signature), m_hir->typeRef(turbofish), m_scope);
    const auto args = m_hir->children(e).subspan(1);
    // The adjusted receiver is the call's first operand: where an argument awaits, it is
    // held in a temporary across that await (the `&mut Vec<T>` of `v.push(f().await)`).
    const bool argumentsAwait =
        std::any_of(args.begin(), args.end(), [this](const hir::NodeRef& a) { return suspendsWithin(a.expr()); });
    int receiverOperand = -1;
    const bool byValueSelf = method && method->autoderefs == 0 && method->autoref == SelfKind::None;
    if (byValueSelf || receiver.isPlace || receiver.diverges) unscheduleStorage(receiverStorage);
    if (!method && receiver.type && receiver.type->kind == TypeKind::Ref) {
        // Unknown method on a reference `r`: the probe's first step takes `r` by value
        // (rustc_hir_typeck/src/method/probe.rs, pick_by_value_method), where `T`'s `&self`
        // and `&mut self` methods match as `&*r` / `&mut *r` (a copy or a reborrow), and
        // later steps autoderef through `r`; only a method of the reference type itself
        // taking `&self` would borrow `r`. So the local is read, not borrowed.
        read(receiver, call.start());
    } else if (!method) {
        // Unknown method: most take `&self`, so the receiver is taken to be borrowed.
        borrow(materialize(receiver, receiverId), call.start());
    } else if (method->autoderefs == 0 && method->autoref == SelfKind::None) {
        if (argumentsAwait)
            receiver = spillOperand(receiver, receiverId);
        else
            consume(receiver, call.start()); // `self` by value
    } else if (method->autoderefs == 0 && method->autoref == SelfKind::Ref && isPromotable(receiverId)) {
        // `Unit.v()`, `Bar(1).v()`: the autoref `&Unit` is a promoted 'static constant
        // (promote_consts.rs; Promotion.cpp), so no temporary holds the receiver.
        unscheduleStorage(receiverStorage);
    } else if (method->autoderefs > 0 && firstDerefIsBuiltin(receiver.type)) {
        read(receiver, call.start()); // through a reference or Box: no borrow of the local
    } else {
        // `guard.len()`: auto-ref, or Deref::deref(&guard) on the way to the method.
        borrow(materialize(receiver, receiverId), call.start());
        if (method->autoref == SelfKind::RefMut) recordCaptureUse(receiver, false, true); // `&mut self`
    }
    if (method && argumentsAwait && method->autoref != SelfKind::None)
        receiverOperand = referenceOperand(method->adjustedReceiver ? method->adjustedReceiver : receiver.type,
                                           method->autoref == SelfKind::RefMut, receiverId);
    if (method) expectClosureParameters(method->signature, args);
    const std::vector<TypePtr> argTypes = lowerArguments(args, call.start());
    if (receiverOperand >= 0) emit(Op::Move, receiverOperand, call.start());
    mayUnwind(call.start());
    if (method && argumentsAwait && receiver.local >= 0 && m_operandTemps.count(receiver.local))
        consume(receiver, call.start());
    if (!method) return Value{unknownType()};
    inferFromMethodCall(receiver, name, argTypes);
    CallResult result =
        m_types.instantiate(method->signature, inScope(argTypes), nullptr, receiver.type, openVariable());
    if (TypePtr completed = completedByImpl(method->signature, result, expectedTypeOf(e)))
        result.returnType = completed;
    pinNumberArguments(method->signature, result, argTypes);
    CallSite& site = recordCall(e, method->signature, result, args, argTypes);
    site.receiverType = receiver.type;
    site.receiverRange = nodeOf(receiverId).range();
    return callResult(result.returnType ? result.returnType : unknownType());
}

// `let mut log = Vec::new(); ... log.push(step)`: `Vec::new()` alone leaves `T` open, and
// rustc settles it from the later push. Here each unknown argument of the receiver local's
// type becomes a variable, the method's parameters are matched against the arguments, and
// what they pin is written back into the local's type (which the states report).
void BodyLowerer::inferFromMethodCall(const Value& receiver, const std::string& method,
                                      const std::vector<TypePtr>& argTypes) {
    if (receiver.local < 0 || receiver.isField || receiver.throughDeref) return;
    Local& local = m_body.locals[receiver.local];
    if (!local.type || local.type->kind != TypeKind::Adt || !containsUnknown(local.type)) return;
    std::vector<std::string> variables;
    std::vector<TypePtr> replaced;
    const TypePtr open = unknownPartsAsParams(local.type, variables, replaced);
    auto resolved = m_types.resolveMethod(open, method, m_scope);
    if (!resolved) return;
    FnSignature sig = resolved->signature;
    sig.generics.insert(sig.generics.end(), variables.begin(), variables.end());
    const CallResult result = m_types.instantiate(sig, argTypes, nullptr, open);
    Substitution pinned;
    bool any = false;
    for (size_t i = 0; i < variables.size(); ++i) {
        const auto it = result.substitution.find(variables[i]);
        // Partly known is still known: `push(tokio::spawn(block))` makes a `Vec<JoinHandle<_>>`
        // whose layout does not depend on the block's output.
        const bool known = it != result.substitution.end() && it->second && !isUnknown(it->second);
        // A type variable stays in the local's type, now settled, so that every value sharing
        // it (the `Rc<_>` of `Rc::new(Default::default())`) learns the same.
        if (known && IntegerInference::isTypeVariable(replaced[i])) m_numbers.unify(replaced[i], it->second);
        pinned[variables[i]] = known ? (IntegerInference::isTypeVariable(replaced[i]) ? replaced[i] : it->second)
                                     : (replaced[i] ? replaced[i] : unknownType());
        any = any || known;
    }
    if (any) local.type = substitute(open, pinned);
}

std::function<TypePtr()> BodyLowerer::openVariable() {
    return [this] { return m_numbers.freshType(); };
}

// `name.map(|s| s.len())`: a closure argument whose parameters have no written type takes
// them from the callee's bound on its parameter (`F: FnOnce(T) -> U` with `T` the Option's
// String), as rustc deduces a closure's signature from its expected type
// (rustc_hir_typeck/src/closure.rs, `deduce_closure_signature`). Only fully known types.
void BodyLowerer::expectClosureParameters(const FnSignature& sig, std::span<const hir::NodeRef> args) {
    for (size_t i = 0; i < args.size() && i < sig.params.size(); ++i) {
        const TypePtr& param = sig.params[i];
        const ExprId closure = args[i].expr();
        if (!closure || m_hir->expr(closure).kind != hir::ExprKind::Closure) continue;
        if (!param || param->kind != TypeKind::Param) continue;
        for (const auto& [subject, bound] : sig.bounds) {
            const bool fnBound =
                bound.path == traits::Fn || bound.path == traits::FnMut || bound.path == traits::FnOnce;
            if (!fnBound || !subject || subject->kind != TypeKind::Param || subject->path != param->path) continue;
            if (bound.args.empty() || !bound.args[0] || bound.args[0]->kind != TypeKind::Tuple) continue;
            std::vector<TypePtr> types;
            for (const TypePtr& t : bound.args[0]->args) {
                const TypePtr known = m_types.normalize(t, &m_scope);
                types.push_back(known && !containsUnknown(known) && !containsParam(known) ? known : unknownType());
            }
            m_env.closureParameters[{m_hir, closure}] = std::move(types);
        }
    }
}

// `Duration::from_millis(n)` makes an unsuffixed `n` a u64.
void BodyLowerer::pinNumberArguments(const FnSignature& sig, const CallResult& result,
                                     const std::vector<TypePtr>& argTypes) {
    for (size_t i = 0; i < argTypes.size() && i < sig.params.size(); ++i)
        m_numbers.unify(argTypes[i], substitute(sig.params[i], result.substitution));
}

namespace {

/// `T` as the values of this body see it: a parameter the scope declares is rigid here
/// (rustc's param_env), with the bounds the fn or impl declares for it, so that `T: Send`
/// makes a held `T` Send and an unbounded `T` is not (AutoTraitSolver). A parameter the
/// scope does not declare stays as it was (unknown to the solver).
TypePtr withDeclaredBounds(const TypePtr& type, const Scope& scope) {
    if (!type) return type;
    if (type->kind == TypeKind::Param) {
        if (std::find(scope.generics.begin(), scope.generics.end(), type->path) == scope.generics.end()) return type;
        std::vector<TraitBound> bounds;
        for (const auto& [subject, bound] : scope.genericBounds)
            if (subject == type->path) bounds.push_back(bound);
        auto bounded = std::make_shared<Type>(*type);
        bounded->bounds = std::move(bounds);
        bounded->declaredInScope = true;
        return bounded;
    }
    // A future's fields are of its own scope; only an instance's arguments (a generic async
    // fn's `T` here, a trait fn's `Self`) and the values a library future captures are this
    // body's values.
    std::vector<TypePtr> args, genericArgs;
    bool changed = false;
    for (const TypePtr& a : type->args) {
        args.push_back(withDeclaredBounds(a, scope));
        changed = changed || args.back() != a;
    }
    for (const TypePtr& a : type->genericArgs) {
        genericArgs.push_back(withDeclaredBounds(a, scope));
        changed = changed || genericArgs.back() != a;
    }
    if (!changed) return type; // most types mention no parameter: no copy on every keystroke
    auto copy = std::make_shared<Type>(*type);
    copy->args = std::move(args);
    copy->genericArgs = std::move(genericArgs);
    return copy;
}

} // namespace

// The arguments as the callee's bounds see them: a parameter of the scope with its declared
// bounds, so that `F: Fn() -> Fut` in the callee learns `Fut` from the caller's own
// `F: Fn() -> Fut2` (rustc's param_env gives the projection `<F as FnOnce<()>>::Output`).
std::vector<TypePtr> BodyLowerer::inScope(const std::vector<TypePtr>& types) const {
    std::vector<TypePtr> out;
    for (const TypePtr& t : types) out.push_back(withDeclaredBounds(t, m_scope));
    return out;
}

// Once the body is lowered, the types it reports are final: numbers settled, parameters
// carrying their bounds.
void BodyLowerer::finishTypes() {
    const auto finish = [this](const TypePtr& t) { return withDeclaredBounds(m_numbers.resolve(t), m_scope); };
    for (Local& l : m_body.locals) l.type = finish(l.type);
    for (Upvar& u : m_body.upvars) u.type = finish(u.type);
    for (Awaitee& a : m_body.awaitees) a.type = finish(a.type);
    for (CallSite& c : m_body.calls) {
        for (TypePtr& t : c.argTypes) t = finish(t);
        if (c.receiverType) c.receiverType = finish(c.receiverType);
    }
    if (!sharesInference()) m_body.output = m_numbers.resolve(m_body.output);
    for (const hir::ExprId nested : m_ownCaptures) // what nested futures will capture from us
        for (Upvar& u : m_env.captures[{m_hir, nested}].upvars) u.type = m_numbers.resolve(u.type);
}

CallSite& BodyLowerer::recordCall(ExprId call, const FnSignature& sig, const CallResult& result,
                                  std::span<const hir::NodeRef> args, const std::vector<TypePtr>& argTypes) {
    CallSite site{nodeOf(call).range(), sig, result, argTypes, {}, {}, nullptr, {}, {}, {}};
    for (const hir::NodeRef& a : args) {
        const SyntaxNode written = nodeOf(a.expr());
        site.argRanges.push_back(written.range());
        site.argTexts.push_back(textOf(written));
    }
    notePointedPieces(site, call);
    m_body.calls.push_back(std::move(site));
    return m_body.calls.back();
}

// What rustc may point at instead of the whole call when a bound fails on a parameter no
// argument's type mentions (rustc_hir_typeck fn_ctxt/adjust_fulfillment_errors.rs,
// `point_at_generic_if_possible`: the turbofish's type argument for it; a method call's
// obligations are at the method's name).
void BodyLowerer::notePointedPieces(CallSite& site, ExprId call) const {
    const hir::Expr& x = m_hir->expr(call);
    hir::TypeRefId turbofish = x.type; // a method call's own
    if (x.kind == hir::ExprKind::Call)
        if (const ExprId callee = m_hir->childExpr(call, 0)) turbofish = m_hir->expr(callee).type;
    if (turbofish)
        for (const SyntaxNode& arg : m_hir->typeRef(turbofish).namedChildren())
            if (!arg.is(SyntaxKind::Lifetime) && !arg.is(SyntaxKind::TypeBinding) && !arg.is(SyntaxKind::LineComment) &&
                !arg.is(SyntaxKind::BlockComment))
                site.typeArgumentRanges.push_back(arg.range());
    if (x.kind != hir::ExprKind::MethodCall) return;
    SyntaxNode function = nodeOf(call).field(SyntaxField::Function);
    if (function.is(SyntaxKind::GenericFunction)) function = function.field(SyntaxField::Function);
    if (function.is(SyntaxKind::FieldExpression)) site.methodNameRange = function.field(SyntaxField::Field).range();
}

int BodyLowerer::suspensionIndex(const SyntaxNode& node) const {
    if (!m_item) return -1;
    for (size_t i = 0; i < m_item->suspensions.size(); ++i)
        if (m_item->suspensions[i].node.startByte() == node.startByte() &&
            m_item->suspensions[i].node.endByte() == node.endByte())
            return static_cast<int>(i);
    return -1;
}

void BodyLowerer::suspend(ExprId e, const TypePtr& awaitee, const std::string& expr) {
    const SyntaxNode node = nodeOf(e); // positions: the suspension point it is
    const int index = suspensionIndex(node);
    if (index < 0) return;
    if (static_cast<int>(m_body.awaitees.size()) <= index) m_body.awaitees.resize(index + 1);
    m_body.awaitees[index] = {awaitee, withoutHygiene(expr), node.start()};
    // Future::poll may unwind before the yield, and again after a resume (the await loops
    // back to it), where the coroutine's drop path also drops what is in scope. The await is
    // `match IntoFuture::into_future(e) { mut __awaitee => loop { .. } }`: the scrutinee is
    // a temporary of the enclosing scope (rustc_ast_lowering expr.rs, make_lowered_await).
    scheduleScrutineeStorage();
    mayUnwind(node.start());
    m_body.cfg.append(m_block, {Op::Suspend, -1, index, node.start()});
    mayUnwind(node.start());
    // After a suspension the body may also be dropped instead of resumed; that path
    // runs no more code of ours, so it adds no uses.
}

// Await [operand].
BodyLowerer::Value BodyLowerer::lowerAwait(hir::ExprId e) {
    const hir::ExprId operand = m_hir->childExpr(e, 0);
    Value future = lowerExpr(operand);
    consume(future, nodeOf(e).start()); // moved into the awaitee (`__awaitee`)
    suspend(e, future.type, writtenText(nodeOf(operand)));
    return Value{m_types.awaitOutput(future.type)};
}

// What the user wrote for an expression. One a macro_rules! body wrote (futures' `poll!(f)`
// is `$crate::__private::async_await::poll(f).await`) has no text in the file: it is named
// by the invocation, as rustc points a span from a macro's definition at its call site
// (Span::source_callsite). One that is an argument's tokens keeps its own text.
std::string BodyLowerer::writtenText(const SyntaxNode& n) const {
    const SourceFile* itemFile = m_item ? m_item->node.file() : nullptr;
    const ExpansionOrigin* origin = n.file() ? n.file()->origin() : nullptr;
    if (!origin || !itemFile || n.file() == itemFile) return textOf(n);
    const auto invocation = n.file()->rangeIn(itemFile, n.startByte(), n.endByte());
    if (!invocation) return textOf(n);
    const bool writtenByMacro = n.start() == itemFile->positionOf(invocation->first);
    return writtenByMacro ? std::string(itemFile->slice(invocation->first, invocation->second)) : textOf(n);
}

// Try [operand].
BodyLowerer::Value BodyLowerer::lowerTry(hir::ExprId id) {
    const SyntaxNode e = nodeOf(id); // positions and text
    Value tried = lowerExpr(m_hir->childExpr(id, 0));
    consume(tried, e.start());
    mayUnwind(e.start()); // Try::branch
    // `x?` is `match Try::branch(x) { Continue(v) => v, Break(r) => return
    // FromResidual::from_residual(r) }` (rustc_ast_lowering expr.rs, lower_expr_try). The
    // ControlFlow is that match's scrutinee, a temporary of the enclosing temporary scope
    // (the statement), and its drop there stays after `v` or `r` is moved out of it (drop
    // elaboration opens an enum's drop, reading its discriminant): an await later in the
    // statement saves it when its type needs drop.
    temporary(Value{m_types.tryBranch(tried.type)}, id);
    // The error path returns early, dropping everything in scope on the way out.
    const int errorBlock = m_body.cfg.newBlock();
    const int okBlock = m_body.cfg.newBlock();
    m_body.cfg.addEdge(m_block, errorBlock);
    m_body.cfg.addEdge(m_block, okBlock);
    m_block = errorBlock;
    returnFrom(e.end());
    m_block = okBlock;
    return Value{m_types.tryOutput(tried.type)};
}

} // namespace awaitscope
