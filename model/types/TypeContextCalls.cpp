// TypeContext: calls. Resolving the callee of a path expression and instantiating a
// signature for one call (generic inference by unification, projections, futures).

#include "TypeContext.h"

#include "types/ItemCollector.h"
#include "types/MethodLookup.h"
#include "types/TraitQuery.h"
#include "types/TypeLowering.h"
#include "types/TypeOps.h"

#include <algorithm>

namespace awaitscope {

namespace {

/// A constructor (`Some`, `Wrapper`, `Enum::Variant`) as a fn from its fields to the type.
FnSignature constructor(const AdtDef& adt, const std::vector<FieldDef>& fields, const std::string& name) {
    FnSignature sig;
    sig.path = adt.path + (name.empty() ? "" : "::" + name);
    sig.displayName = name.empty() ? adt.name : name;
    sig.generics = adt.generics.types;
    for (const FieldDef& f : fields) {
        sig.params.push_back(f.type);
        sig.paramNames.push_back(f.name);
    }
    std::vector<TypePtr> args;
    for (const std::string& g : adt.generics.types) args.push_back(paramType(g));
    sig.returnType = adtType(adt.path, std::move(args), std::vector<std::string>(adt.generics.lifetimes.size(), "'_"));
    return sig;
}

/// The parameters standing for arguments a path leaves out (`Vec` in `Vec::default()` is
/// `Vec<T>`), other than the generics of the scope.
std::vector<std::string> openParameters(const TypePtr& owner, const Scope& scope) {
    std::vector<std::string> open;
    if (!owner) return open;
    for (const TypePtr& a : owner->args) {
        if (a && a->kind == TypeKind::Param &&
            std::find(scope.generics.begin(), scope.generics.end(), a->path) == scope.generics.end())
            open.push_back(a->path);
        for (const std::string& inner : openParameters(a, scope)) open.push_back(inner);
    }
    return open;
}

/// A method called by path (`Rc::clone(&rc)`): its receiver becomes the first argument.
FnSignature asPathCall(FnSignature sig, const TypePtr& selfParam) {
    if (sig.selfKind != SelfKind::None && selfParam) {
        sig.params.insert(sig.params.begin(), selfParam);
        sig.paramNames.insert(sig.paramNames.begin(), "self");
    }
    sig.selfKind = SelfKind::None;
    return sig;
}

/// `Default::default()`, `Trait::method(..)`: a trait's fn called through the trait's path.
/// Its `Self` is the call's to infer, from the arguments or a later use (rustc lowers the
/// path as `<_ as Trait>::method`, `rustc_hir_typeck/src/method/mod.rs`
/// `resolve_fully_qualified_call` with the self type an inference variable).
std::optional<FnSignature> traitPathCall(const TraitDef& trait, const std::string& name, const TraitQuery& query) {
    for (const FnDef& decl : trait.methods) {
        if (decl.name != name) continue;
        FnSignature sig = MethodLookup::signatureOf(decl, &trait.generics, {}, query, nullptr);
        sig.generics.push_back("Self");
        return asPathCall(sig, decl.selfParamType);
    }
    return std::nullopt;
}

/// `NonNull::from(&mut x)`: the trait's arguments are not written, so rustc picks the impl
/// from the call's arguments. Prefer an impl written for the owner's own type (its
/// `From<&mut T> for NonNull<T>`) over a blanket one (`From<T> for T`), whose
/// parameters then stay to be inferred from the arguments.
std::optional<ImplMatch> implWrittenFor(const TraitQuery& query, const TypePtr& owner, const std::string& trait,
                                        const std::string& name) {
    if (owner->kind != TypeKind::Adt) return std::nullopt;
    for (const ImplMatch& m : query.matchingImpls(owner, trait)) {
        if (m.impl->negative || headKey(m.impl->selfType) != owner->path) continue;
        for (const FnDef& fn : m.impl->methods)
            if (fn.name == name) return m;
    }
    return std::nullopt;
}

} // namespace

std::optional<FnSignature> TypeContext::signatureOfItem(const ItemRef& item, const Scope&) const {
    if (item.kind == ItemKind::Fn) return MethodLookup::signatureOf(*item.fn, nullptr, {}, *m_query, nullptr);
    if (item.kind == ItemKind::Const && item.constant->type) { // a value with no arguments
        FnSignature value;
        value.path = item.constant->path;
        value.displayName = item.constant->name;
        value.returnType = item.constant->type;
        value.isStatic = item.constant->isStatic;
        return value;
    }
    if (item.kind == ItemKind::Variant) {
        const VariantDef& v = item.adt->variants[item.variant];
        return constructor(*item.adt, v.fields, v.name);
    }
    if (item.kind == ItemKind::Adt && (item.adt->isTupleStruct || item.adt->isUnitStruct))
        return constructor(*item.adt, item.adt->fields, "");
    return std::nullopt;
}

bool TypeContext::derives(const TypePtr& owner, const std::string& traitPath) const {
    if (!owner || owner->kind != TypeKind::Adt) return false;
    const AdtDef* adt = m_items->adt(owner->path);
    const size_t at = traitPath.rfind("::");
    return adt && adt->derives.count(at == std::string::npos ? traitPath : traitPath.substr(at + 2)) > 0;
}

// `T::run()` with `T: Job` in scope: a type parameter's where-clauses give its associated
// fns (rustc_hir_typeck method/probe.rs, `assemble_inherent_candidates_from_param`, which a
// `T::f` path reaches through `resolve_fully_qualified_call`). The trait's declaration is the
// callee, its `Self` the parameter: no impl is known, so the future or opaque type it returns
// is the projection's, rigid while `T` is (AutoTraitSolver).
static std::optional<FnSignature> boundParameterFn(const ItemIndex& items, const TraitQuery& query,
                                                   const TypePtr& param, const std::string& name,
                                                   const BoundList& bounds) {
    for (const TraitDef* trait : items.traitsWithMethod(name)) {
        Substitution subst{{"Self", param}};
        if (!MethodLookup::bindTraitArgumentsFromBound(*trait, param, &bounds, subst)) continue;
        for (const FnDef& decl : trait->methods) {
            if (decl.name != name) continue;
            FnSignature sig = MethodLookup::signatureOf(decl, nullptr, subst, query, &bounds);
            sig.traitPath = trait->path;
            sig.traitSelf = param;
            return asPathCall(sig, decl.selfParamType ? substitute(decl.selfParamType, subst) : nullptr);
        }
    }
    return std::nullopt;
}

std::optional<FnSignature> TypeContext::associatedFn(const TypePtr& owner, const std::string& name,
                                                     const Scope& scope) const {
    if (isUnknown(owner)) return std::nullopt;
    const LowerEnv env = envFor(scope);
    // Arguments written as parameters (`RefCell::new`) are left to inference.
    auto known = [](const Substitution& s) {
        Substitution out;
        for (const auto& [k, v] : s)
            if (v && v->kind != TypeKind::Param) out[k] = v;
        return out;
    };
    if (owner->kind == TypeKind::Param) return boundParameterFn(*m_items, *m_query, owner, name, env.bounds);
    for (const ImplDef* impl : m_items->inherentImpls(headKey(owner))) {
        Substitution subst;
        if (!unify(impl->selfType, owner, typeParamNames(impl->generics), subst)) continue;
        for (const FnDef& fn : impl->methods)
            if (fn.name == name) {
                const Substitution s = known(subst);
                return asPathCall(MethodLookup::signatureOf(fn, &impl->generics, s, *m_query, &env.bounds),
                                  fn.selfParamType ? substitute(fn.selfParamType, s) : nullptr);
            }
    }
    for (const TraitDef* trait : m_items->traitsWithMethod(name)) {
        auto m = implWrittenFor(*m_query, owner, trait->path, name);
        if (!m) m = m_query->findImpl(owner, TraitBound{trait->path, {}, {}}, &env.bounds);
        // `#[derive(Default)]` writes `impl Default for S { fn default() -> S }`
        // (rustc_builtin_macros deriving/): no impl item here, the trait's declaration says it.
        if (!m && !derives(owner, trait->path)) continue;
        const Substitution s = m ? known(m->subst) : Substitution{};
        if (m)
            for (const FnDef& fn : m->impl->methods)
                if (fn.name == name)
                    return asPathCall(MethodLookup::signatureOf(fn, &m->impl->generics, s, *m_query, &env.bounds),
                                      fn.selfParamType ? substitute(fn.selfParamType, s) : nullptr);
        for (const FnDef& decl : trait->methods)
            if (decl.name == name) {
                Substitution self{{"Self", owner}};
                FnSignature sig = MethodLookup::signatureOf(decl, &trait->generics, self, *m_query, &env.bounds);
                // `Vec::default()`: the owner's arguments not written (`Vec<T>`'s `T`) are the
                // call's to infer, as for an inherent fn (rustc_hir_typeck's
                // `instantiate_value_path` gives them fresh variables).
                for (const std::string& open : openParameters(owner, scope))
                    if (std::find(sig.generics.begin(), sig.generics.end(), open) == sig.generics.end())
                        sig.generics.push_back(open);
                return asPathCall(sig, decl.selfParamType ? substitute(decl.selfParamType, self) : nullptr);
            }
    }
    return std::nullopt;
}

FnSignature TypeContext::withTypeArguments(FnSignature sig, const SyntaxNode& typeArguments, const Scope& scope) const {
    // `parse::<i128>()`, `collect::<Vec<u8>>()`: explicit arguments fill the fn's own
    // parameters in order (rustc_hir_typeck/src/method/confirm.rs, `instantiate_method_args`;
    // `_` leaves one to inference).
    if (!typeArguments) return sig;
    Substitution given;
    size_t next = 0;
    for (const SyntaxNode& arg : typeArguments.namedChildren()) {
        if (arg.is(SyntaxKind::Lifetime) || arg.is(SyntaxKind::TypeBinding) || arg.is(SyntaxKind::LineComment) ||
            arg.is(SyntaxKind::BlockComment))
            continue;
        if (next >= sig.generics.size()) break;
        const std::string name = sig.generics[next++];
        if (arg.text() == "_") continue;
        const TypePtr t = resolveType(arg, scope);
        if (t && !isUnknown(t)) given[name] = t;
    }
    if (given.empty()) return sig;
    for (const auto& [name, type] : given) sig.explicitArguments[name] = type;
    for (TypePtr& p : sig.params) p = substitute(p, given);
    sig.returnType = substitute(sig.returnType, given);
    for (auto& [subject, bound] : sig.bounds) {
        subject = substitute(subject, given);
        for (TypePtr& a : bound.args) a = substitute(a, given);
        for (auto& [name, t] : bound.assoc) t = substitute(t, given);
    }
    std::erase_if(sig.generics, [&](const std::string& g) { return given.count(g) > 0; });
    return sig;
}

std::optional<FnSignature> TypeContext::resolveFunction(const SyntaxNode& pathExpr, const Scope& scope) const {
    SyntaxNode path = pathExpr.is(SyntaxKind::GenericFunction) ? pathExpr.field(SyntaxField::Function) : pathExpr;
    const LowerEnv env = envFor(scope);
    std::vector<std::string> segs = pathSegments(path);
    if (path.is(SyntaxKind::ScopedIdentifier) && path.field(SyntaxField::Path).is(SyntaxKind::GenericType)) {
        // `Vec::<u8>::new`: the prefix is a type with arguments.
        TypePtr owner = m_lowering->lower(path.field(SyntaxField::Path), env);
        return associatedFn(owner, std::string(path.field(SyntaxField::Name).text()), scope);
    }
    if (segs.empty()) return std::nullopt;
    if (segs.size() == 1 && segs[0] == "Self" && scope.selfType && scope.selfType->kind == TypeKind::Adt)
        if (const AdtDef* adt = m_items->adt(scope.selfType->path)) return constructor(*adt, adt->fields, "");
    if (!(segs.size() > 1 &&
          (segs[0] == "Self" || std::count(scope.generics.begin(), scope.generics.end(), segs[0])))) {
        PathResolution r = m_lowering->resolver().resolve(env.module, segs, Namespace::Value);
        if (r.item && r.consumed == segs.size()) {
            auto sig = signatureOfItem(r.item, scope);
            if (sig && !path.is(SyntaxKind::Identifier)) sig->displayName = std::string(path.text());
            return sig;
        }
    }
    if (segs.size() < 2) return std::nullopt;
    const std::string name = segs.back();
    segs.pop_back();
    const ItemRef trait = m_lowering->resolver().resolveFully(env.module, segs, Namespace::Type);
    if (trait.kind == ItemKind::Trait && trait.trait) {
        auto sig = traitPathCall(*trait.trait, name, *m_query);
        if (sig) sig->displayName = std::string(path.text());
        return sig;
    }
    LowerEnv ownerEnv = env;
    ownerEnv.missingArgsAsParams = true;
    TypePtr owner = m_lowering->resolvePath(segs, SyntaxNode(), ownerEnv);
    auto sig = associatedFn(owner, name, scope);
    if (sig) sig->displayName = std::string(path.text());
    return sig;
}

TypePtr TypeContext::futureType(int futureIndex, const std::string& name, const TypePtr& output) const {
    auto t = std::make_shared<Type>();
    t->kind = TypeKind::Future;
    t->path = name;
    t->futureIndex = futureIndex;
    t->output = output;
    return t;
}

TypePtr TypeContext::implFuture(const Type& future) const {
    if (future.kind != TypeKind::LibraryFuture || future.traitPath.empty()) return nullptr;
    TypePtr self;
    for (size_t i = 0; i < future.genericNames.size() && i < future.genericArgs.size(); ++i)
        if (future.genericNames[i] == "Self") self = future.genericArgs[i];
    if (!self || containsUnknown(self) || containsParam(self)) return nullptr;
    const std::string method =
        future.path.substr(future.path.rfind(':') == std::string::npos ? 0 : future.path.rfind(':') + 1);
    const auto m = m_query->findImpl(self, TraitBound{future.traitPath, {}, {}});
    if (!m) return nullptr;
    for (const FnDef& fn : m->impl->methods) {
        if (fn.name != method || fn.futureIndex < 0) continue;
        auto t = std::make_shared<Type>(*futureType(fn.futureIndex, futureName(fn.futureIndex), future.output));
        for (const std::string& g : m->impl->generics.types)
            if (auto it = m->subst.find(g); it != m->subst.end() && it->second) {
                t->genericNames.push_back(g);
                t->args.push_back(it->second);
            }
        return t;
    }
    return nullptr;
}

TypePtr TypeContext::opaqueOfCall(const FnSignature& sig, const TypePtr& output) const {
    // `fn make() -> impl Future<Output = ..> { ready(..) }`: the call's type is the fn's
    // opaque type, which leaks the auto traits of the hidden type its body gives it
    // (AutoTraitSolver, FutureContents::hiddenType). Not a trait's fn reached through a bound:
    // its impl, not known here, gives the hidden type.
    if (output && output->kind == TypeKind::ImplTrait && !sig.traitPath.empty() && sig.traitSelf) {
        // A trait's `fn run(&self) -> impl Future` through a bound: the opaque type is the
        // projection `<T as Job>::{synthetic}` (rustc_ty_utils assoc.rs,
        // associated_type_for_impl_trait_in_trait), picked by the impl `Self` gets.
        auto opaque = std::make_shared<Type>(*output);
        opaque->traitPath = sig.traitPath;
        opaque->genericNames = {"Self"};
        opaque->genericArgs = {eraseLifetimes(sig.traitSelf)};
        return opaque;
    }
    if (!output || output->kind != TypeKind::ImplTrait || sig.definitionFile.empty() || !sig.traitPath.empty())
        return output;
    auto opaque = std::make_shared<Type>(*output);
    opaque->definitionFile = sig.definitionFile;
    opaque->definitionByte = sig.definitionByte;
    return opaque;
}

TypePtr TypeContext::callResultType(const FnSignature& sig, const TypePtr& output, const std::vector<TypePtr>& args,
                                    const TypePtr& receiver, const Substitution& generics) const {
    // A plain fn with a future index returns an opaque type whose hidden type is that async
    // block (TypeContext's constructor): the call is the block's future, its output the
    // opaque type's `Future::Output`.
    if (!sig.isAsync && sig.futureIndex >= 0) {
        auto hidden =
            std::make_shared<Type>(*futureType(sig.futureIndex, futureName(sig.futureIndex), awaitOutput(output)));
        hidden->behindOpaque = true;
        return hidden;
    }
    if (!sig.isAsync) return opaqueOfCall(sig, output);
    if (sig.futureIndex >= 0) {
        // A generic async fn's future is generic too: `hold::<Rc<u8>>` stores an `Rc<u8>` where
        // the body says `T`. The instance carries the inferred arguments; the solver puts them in.
        auto t = std::make_shared<Type>(*futureType(sig.futureIndex, futureName(sig.futureIndex), output));
        for (const std::string& g : instanceParameters(sig))
            if (auto it = generics.find(g); it != generics.end() && it->second) {
                t->genericNames.push_back(g);
                t->args.push_back(eraseLifetimes(m_query->normalize(it->second)));
            }
        return t;
    }
    auto t = std::make_shared<Type>();
    t->kind = TypeKind::LibraryFuture;
    t->path = sig.path;
    t->libraryLayout = sig.futureLayout;
    t->output = output;
    t->definitionFile = sig.definitionFile;
    t->definitionByte = sig.definitionByte;
    for (const std::string& g : instanceParameters(sig))
        if (auto it = generics.find(g); it != generics.end() && it->second) {
            t->genericNames.push_back(g);
            t->genericArgs.push_back(eraseLifetimes(m_query->normalize(it->second)));
        }
    if (!sig.traitPath.empty() && sig.traitSelf) { // `Self` is what picks the impl: see implFuture()
        t->traitPath = sig.traitPath;
        t->genericNames.push_back("Self");
        t->genericArgs.push_back(eraseLifetimes(sig.traitSelf));
    }
    if (receiver) { // the future captures `self` as the method takes it
        const bool isRef = receiver->kind == TypeKind::Ref;
        if (sig.selfKind == SelfKind::Ref && !isRef)
            t->args.push_back(refType(receiver, false));
        else if (sig.selfKind == SelfKind::RefMut && !isRef)
            t->args.push_back(refType(receiver, true));
        else
            t->args.push_back(receiver);
    }
    for (size_t i = 0; i < args.size(); ++i) t->args.push_back(capturedArgument(sig, i, args[i], generics));
    return t;
}

// The parameters an instance of `sig` gives values to: its generics, then its `impl Trait`
// parameters (rustc lists the synthetic ones last: `run::<u64, {closure}>`).
std::vector<std::string> TypeContext::instanceParameters(const FnSignature& sig) {
    std::vector<std::string> out = sig.generics;
    for (const auto& [name, type] : sig.explicitArguments) // put in by a turbofish: still the instance's
        if (std::find(out.begin(), out.end(), name) == out.end()) out.push_back(name);
    for (const TypePtr& p : sig.params)
        if (p && p->kind == TypeKind::ImplTrait && !p->path.empty()) out.push_back(p->path);
    return out;
}

// An async fn's future captures each argument as its parameter's type (rustc_ast_lowering
// lower_maybe_coroutine_body: the parameters become the coroutine's upvars), the argument
// being coerced to it at the call; so a parameter type known without inference is that
// argument's type even where the argument's own is not (`Interest::WRITABLE`). An `impl
// Trait` parameter takes the argument's type: it is a generic parameter in disguise.
TypePtr TypeContext::capturedArgument(const FnSignature& sig, size_t i, const TypePtr& arg,
                                      const Substitution& generics) const {
    const TypePtr param = i < sig.params.size() ? sig.params[i] : nullptr;
    if (param && param->kind != TypeKind::ImplTrait) {
        const TypePtr declared = eraseLifetimes(m_query->normalize(substitute(param, generics)));
        if (!containsUnknown(declared) && !containsParam(declared)) return declared;
    }
    return arg ? arg : unknownType();
}

namespace {

// A reference argument coerces at the call (rustc_hir_typeck/src/coercion.rs): `&mut T` to
// `&T`, and `&[X; N]` to `&[T]` by an unsize coercion (`coerce_unsized`), so that T is X.
TypePtr unsizedPattern(const TypePtr& param, const TypePtr& arg) {
    const bool unsize = param && arg && param->kind == TypeKind::Slice && arg->kind == TypeKind::Array;
    return unsize ? param->args.at(0) : param;
}

TypePtr elementOrSelf(const TypePtr& param, const TypePtr& arg) {
    const bool unsize = param && arg && param->kind == TypeKind::Slice && arg->kind == TypeKind::Array;
    return unsize ? arg->args.at(0) : arg;
}

} // namespace

// An `impl Trait` parameter is an anonymous generic parameter bounded by its traits
// (rustc_ast_lowering: impl Trait in argument position becomes a synthetic type
// parameter), so `f: impl FnMut() -> io::Result<R>` ties R to the argument's output as
// `F: FnMut() -> io::Result<R>` does.
void TypeContext::unifyImplTraitParams(const FnSignature& sig, const std::vector<TypePtr>& argTypes,
                                       const std::set<std::string>& vars, Substitution& subst) const {
    for (size_t i = 0; i < argTypes.size() && i < sig.params.size(); ++i) {
        const TypePtr& p = sig.params[i];
        if (!p || p->kind != TypeKind::ImplTrait || !argTypes[i]) continue;
        const TypePtr a = m_query->normalize(argTypes[i]);
        if (!p->path.empty() && !isUnknown(a)) subst[p->path] = a; // the anonymous parameter's value
        for (const TraitBound& bound : p->bounds)
            for (const auto& [name, pattern] : bound.assoc)
                if (TypePtr actual = m_query->assocType(a, bound.path, name)) unify(pattern, actual, vars, subst);
    }
}

CallResult TypeContext::instantiate(const FnSignature& sig, const std::vector<TypePtr>& argTypes,
                                    const TypePtr& expectedReturn, const TypePtr& receiver,
                                    const std::function<TypePtr()>& openVariable) const {
    const std::set<std::string> vars(sig.generics.begin(), sig.generics.end());
    Substitution subst = sig.explicitArguments; // the turbofish's, for the instance (callResultType)
    if (expectedReturn && !sig.isAsync && !containsUnknown(expectedReturn))
        unify(sig.returnType, expectedReturn, vars, subst);
    for (size_t i = 0; i < argTypes.size() && i < sig.params.size(); ++i) {
        const TypePtr& p = sig.params[i];
        const TypePtr& a = argTypes[i];
        Substitution trial = subst;
        if (unify(p, a, vars, trial))
            subst = trial;
        else if (p && a && p->kind == TypeKind::Ref && a->kind == TypeKind::Ref)
            unify(unsizedPattern(p->args[0], a->args[0]), elementOrSelf(p->args[0], a->args[0]), vars, subst);
    }
    // Bounds tie the remaining parameters to associated types: `F: FnOnce() -> T`,
    // `T: Future` with `T::Output` in the return type.
    for (int pass = 0; pass < 2; ++pass) {
        for (const auto& [subject, bound] : sig.bounds) {
            const TypePtr s = m_query->normalize(substitute(subject, subst));
            for (const auto& [name, pattern] : bound.assoc)
                if (TypePtr actual = m_query->assocType(s, bound.path, name)) unify(pattern, actual, vars, subst);
        }
        unifyImplTraitParams(sig, argTypes, vars, subst);
    }
    Substitution withUnknowns = subst;
    for (const std::string& g : sig.generics)
        if (!withUnknowns.count(g)) withUnknowns[g] = openVariable ? openVariable() : unknownType();
    TypePtr output = eraseLifetimes(m_query->normalize(substitute(sig.returnType, withUnknowns)));
    return {callResultType(sig, output, argTypes, receiver, subst), subst};
}

} // namespace awaitscope
