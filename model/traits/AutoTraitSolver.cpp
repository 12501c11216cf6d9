#include "AutoTraitSolver.h"

#include "SolverCycles.h"

#include "types/TraitQuery.h"
#include "types/TypeContext.h"
#include "types/TypeLowering.h"
#include "types/TypeOps.h"

#include <algorithm>

namespace awaitscope {

namespace {

/// A trait object's lifetime bound (`+ 'static` from a signature's default object
/// lifetime; none where a body's annotation leaves it inferred) is not part of the type's
/// key, which decides sameness, but it is part of how rustc prints the leaf.
bool hasObjectLifetime(const TypePtr& t) {
    if (!t) return false;
    if (t->kind == TypeKind::DynTrait && !t->lifetimeBound.empty()) return true;
    for (const TypePtr& a : t->args)
        if (hasObjectLifetime(a)) return true;
    return hasObjectLifetime(t->output);
}

const std::string& traitPath(AutoTrait t) {
    return t == AutoTrait::Send ? traits::Send : traits::Sync;
}

std::string quoted(const std::string& s) {
    return "`" + s + "`";
}

/// The impl's header as written, on one line: "unsafe impl<T: Send> Send for Arc<T>".
std::string implHeader(const ImplDef& impl) {
    std::string text(impl.node.text());
    text = text.substr(0, text.find('{'));
    std::string out;
    for (char c : text) {
        if (c == '\n' || c == '\t') c = ' ';
        if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
        out += c;
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

Verdict combine(const std::vector<Derivation>& parts) {
    Verdict v = Verdict::Yes;
    for (const Derivation& p : parts) v = v && p.verdict;
    return v;
}

} // namespace

std::string autoTraitName(AutoTrait trait) {
    return trait == AutoTrait::Send ? "Send" : "Sync";
}

AutoTraitSolver::AutoTraitSolver(const TypeContext& types, const FutureContents* futures)
    : m_types(types), m_futures(futures) {}

Derivation AutoTraitSolver::solve(const TypePtr& type, AutoTrait trait) const {
    std::set<std::string> inProgress;
    return solveInner(type, trait, inProgress);
}

template <class Via>
Derivation AutoTraitSolver::component(const TypePtr& type, AutoTrait trait, const Via& via,
                                      std::set<std::string>& inProgress) const {
    Derivation d = solveInner(type, trait, inProgress);
    // allOf() drops a component that holds: its words would be thrown away (they quote
    // types and code, and an awaitee's code holds every block nested in it).
    if (d.verdict != Verdict::Yes) d.via = via();
    return d;
}

Derivation AutoTraitSolver::allOf(Derivation d, std::vector<Derivation> components) const {
    d.verdict = combine(components);
    // Keep only what decides the verdict: the failing components, or the unknown ones.
    for (Derivation& c : components)
        if (c.verdict == d.verdict && d.verdict != Verdict::Yes) d.children.push_back(std::move(c));
    return d;
}

Derivation AutoTraitSolver::solveInner(const TypePtr& raw, AutoTrait trait, std::set<std::string>& inProgress) const {
    if (inProgress.size() >= kRecursionLimit) return beyondRecursionLimit(raw, trait);
    const TypePtr type = isUnknown(raw) ? unknownType() : m_types.normalize(raw);
    // The derivation quotes types as printed: two types printed apart are solved apart.
    std::string key = autoTraitName(trait) + ":" + typeKey(type);
    if (hasObjectLifetime(type)) key += "|" + m_types.print(type);
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        if (auto it = m_cache.find(key); it != m_cache.end()) return it->second;
    }
    Derivation d;
    d.trait = trait;
    d.type = type;
    d.typeText = m_types.print(type);
    const std::string name = autoTraitName(trait);
    if (inProgress.count(key)) { // auto traits are coinductive: a cycle holds
        d.verdict = Verdict::Yes, d.kind = DerivationRule::Cycle;
        d.rule = quoted(d.typeText) + " contains itself; the cycle is assumed to be " + name;
        solvercycles::assumed(key);
        return d;
    }
    inProgress.insert(key);
    const size_t depth = inProgress.size();
    const size_t outerAssumed = solvercycles::enter(key, depth);
    switch (type->kind) {
    case TypeKind::Unknown:
        d.verdict = Verdict::Unknown, d.isLeaf = true, d.rule = "the type could not be resolved";
        d.kind = DerivationRule::Unknown;
        break;
    case TypeKind::Primitive:
    case TypeKind::Str:
    case TypeKind::Never:
    case TypeKind::FnPtr:
        d.verdict = Verdict::Yes, d.kind = DerivationRule::Builtin, d.rule = quoted(d.typeText) + " is " + name;
        break;
    case TypeKind::RawPtr:
        d.verdict = Verdict::No, d.isLeaf = true, d.kind = DerivationRule::Builtin;
        d.rule = "raw pointers like " + quoted(d.typeText) + " are neither Send nor Sync";
        break;
    case TypeKind::Ref: {
        const AutoTrait need = trait == AutoTrait::Send && type->isMut ? AutoTrait::Send : AutoTrait::Sync;
        const std::string inner = m_types.print(type->args[0]);
        d.kind = DerivationRule::Reference;
        d.rule = quoted(d.typeText) + " is " + name + " only if " + quoted(inner) + " is " + autoTraitName(need);
        d = allOf(d, {component(
                         type->args[0], need, [&] { return d.rule; }, inProgress)});
        break;
    }
    case TypeKind::Tuple:
    case TypeKind::Array:
    case TypeKind::Slice:
    case TypeKind::Closure: {
        d.rule = quoted(d.typeText) + " is " + name + " if all its elements are";
        d.kind = DerivationRule::Elements;
        std::vector<Derivation> parts;
        for (const TypePtr& a : type->args)
            parts.push_back(component(
                a, trait, [&] { return quoted(d.typeText) + " contains " + quoted(m_types.print(a)); }, inProgress));
        d = allOf(d, std::move(parts));
        break;
    }
    case TypeKind::DynTrait:
    case TypeKind::ImplTrait: d = solveDyn(type, trait, d, inProgress); break;
    case TypeKind::Future:
    case TypeKind::LibraryFuture: d = solveFuture(type, trait, d, inProgress); break;
    case TypeKind::Adt: d = solveAdt(type, trait, d, inProgress); break;
    case TypeKind::Param:
    case TypeKind::Projection:
        d.verdict = Verdict::Unknown, d.isLeaf = true, d.kind = DerivationRule::GenericBound;
        d.rule = quoted(d.typeText) + " is generic: only its bounds could say whether it is " + name;
        for (const TraitBound& b : type->bounds) // `T: Send` declared: every instance is Send
            if (m_types.traitQuery().traitImplies(b.path, traitPath(trait))) {
                d.verdict = Verdict::Yes, d.isLeaf = false;
                d.rule = quoted(d.typeText) + " is declared `" + d.typeText + ": " + name + "`";
            }
        // A parameter of the generics in scope is rigid there: no auto impl applies to it,
        // only the where-clauses of the param_env (rustc_trait_selection
        // traits/select/candidate_assembly.rs, assemble_candidates_from_auto_impls leaves
        // `ty::Param` to assemble_candidates_from_caller_bounds). Without a bound implying the
        // trait it fails: rustc's "`T` cannot be sent between threads safely".
        if (d.verdict != Verdict::Yes && type->kind == TypeKind::Param && type->declaredInScope) {
            d.verdict = Verdict::No, d.kind = DerivationRule::UnboundedParam;
            d.rule = quoted(d.typeText) + " is a parameter of the generics in scope without a bound implying " + name;
        }
        // A projection on such a parameter is rigid too (the same function treats
        // `ty::Alias(Projection)` so): only its bounds could prove the trait. Marked rigid where
        // all its bounds are known (`<F as AsyncFnMut<()>>::CallRefFuture<'_>`, CalleeTrait).
        if (d.verdict != Verdict::Yes && type->kind == TypeKind::Projection && type->declaredInScope &&
            isRigidParam(type->args.at(0))) {
            d.verdict = Verdict::No;
            d.rule = quoted(d.typeText) + " is an associated type of a parameter in scope: no bound says it is " + name;
        }
        break;
    }
    inProgress.erase(key);
    if (solvercycles::leave(key, depth, outerAssumed)) return d; // provisional (SolverCycles.h)
    std::lock_guard<std::mutex> lock(m_mutex);
    m_cache[key] = d;
    return d;
}

Derivation AutoTraitSolver::beyondRecursionLimit(const TypePtr& type, AutoTrait trait) const {
    // rustc gives up the same way: E0275 "overflow evaluating the requirement" once an
    // obligation nests deeper than the crate's recursion_limit (default 128,
    // rustc_session/src/session.rs); it does not decide, so neither do we. The bound also
    // keeps the solver linear on types nested thousands deep.
    Derivation d;
    d.trait = trait;
    d.type = type;
    d.typeText = m_types.print(type);
    d.verdict = Verdict::Unknown, d.isLeaf = true, d.kind = DerivationRule::Unknown; // undecided, as rustc
    d.rule = quoted(d.typeText) + " is nested deeper than rustc's recursion limit (" + std::to_string(kRecursionLimit) +
             "): rustc reports an overflow (E0275) instead of deciding";
    return d;
}

Derivation AutoTraitSolver::solveDyn(const TypePtr& type, AutoTrait trait, Derivation d,
                                     std::set<std::string>& inProgress) const {
    const std::string name = autoTraitName(trait);
    d.kind = DerivationRule::ObjectBounds;
    for (const TraitBound& b : type->bounds)
        if (m_types.traitQuery().traitImplies(b.path, traitPath(trait))) {
            d.verdict = Verdict::Yes;
            d.rule = quoted(d.typeText) + " says `+ " + name + "`";
            return d;
        }
    // A trait's `-> impl Trait` through a bound (`t.run()` with `T: Job`) is the projection of
    // the impl `Self` picks: rigid while `Self` is a parameter in scope, where only the bounds
    // written on it (`+ Send`, checked above) prove anything; an impl not known here, unknown.
    if (type->kind == TypeKind::ImplTrait && !type->traitPath.empty()) {
        const bool rigid = isRigidParam(traitSelf(*type));
        d.verdict = rigid ? Verdict::No : Verdict::Unknown, d.isLeaf = true;
        d.kind = rigid ? DerivationRule::GenericBound : DerivationRule::Unknown;
        d.rule = quoted(d.typeText) + " is the opaque type of whichever impl of `" + type->traitPath +
                 "` the parameter picks: nothing says it is " + name;
        return d;
    }
    // Auto-trait leakage: an opaque type is Send iff its hidden type is (rustc_trait_selection
    // traits/select/mod.rs, constituent_types_for_auto_trait gives `ty::Alias(Opaque)` the
    // hidden type, type_of of the opaque). The hidden type is seen from outside the fn's
    // generics, as an instance's future is.
    if (type->kind == TypeKind::ImplTrait && m_futures)
        if (const TypePtr hidden = m_futures->hiddenType(*type); hidden && !isUnknown(hidden)) {
            const TypePtr seen = closedInstance(hidden, {});
            d.kind = DerivationRule::HiddenType;
            d.rule = quoted(d.typeText) + " is " + name + " exactly when its hidden type " +
                     quoted(m_types.print(seen)) + " is";
            const auto via = [&] {
                return quoted(d.typeText) + " is the opaque type of " + quoted(m_types.print(seen));
            };
            return allOf(d, {component(seen, trait, via, inProgress)});
        }
    // An `impl Trait` leaks the auto traits of the hidden type, which is not known here.
    d.verdict = type->kind == TypeKind::DynTrait ? Verdict::No : Verdict::Unknown;
    d.isLeaf = true;
    d.rule = quoted(d.typeText) + " is only what its bounds say, and they do not include " + name;
    return d;
}

Derivation AutoTraitSolver::solveFuture(const TypePtr& type, AutoTrait trait, Derivation d,
                                        std::set<std::string>& inProgress) const {
    const std::string name = autoTraitName(trait);
    std::vector<Derivation> parts;
    // `source.fetch()` in `run::<Local>`: the instance's impl decides what the future holds.
    if (const TypePtr impl = m_types.implFuture(*type)) return solveFuture(impl, trait, d, inProgress);
    if (type->kind == TypeKind::LibraryFuture && isRigidTraitFuture(*type)) {
        // `T::bar()` of `trait Foo { async fn bar(); }` with `T: Foo` in scope: the future is
        // the projection `<T as Foo>::bar`'s opaque type, an alias no auto impl applies to
        // while `T` is rigid (candidate_assembly.rs, assemble_candidates_from_auto_impls treats
        // `ty::Alias(Projection)` as rigid); only a bound could say, and none is written.
        d.verdict = Verdict::No, d.isLeaf = true, d.kind = DerivationRule::GenericBound;
        d.rule = "the future of `" + type->path +
                 "` is that of whichever impl the parameter picks: nothing says it is " + name;
        return d;
    }
    if (type->kind == TypeKind::LibraryFuture && traitSelf(*type) && traitSelf(*type)->kind == TypeKind::Param) {
        // The same seen from outside its generics: the impl is the instance's, not known here.
        d.verdict = Verdict::Unknown, d.isLeaf = true, d.kind = DerivationRule::Unknown;
        d.rule = "the future of `" + type->path + "` is that of the impl an instance picks, not known here";
        return d;
    }
    if (type->kind == TypeKind::LibraryFuture) {
        d.kind = DerivationRule::FutureCaptures;
        d.rule = "the future of `" + type->path + "` is " + name + " if everything it captures is";
        for (const TypePtr& a : type->args)
            parts.push_back(component(
                a, trait, [&] { return "the future of `" + type->path + "` captures " + quoted(m_types.print(a)); },
                inProgress));
        return allOf(d, std::move(parts));
    }
    if (!m_futures) {
        d.verdict = Verdict::Unknown, d.isLeaf = true, d.kind = DerivationRule::FutureState;
        d.rule = "the contents of future `" + type->path + "` are not known here";
        return d;
    }
    const std::string futureName = m_futures->futureName(type->futureIndex);
    d.kind = DerivationRule::FutureState;
    d.rule = "the future of `" + futureName + "` is " + name + " if every value it holds is";
    // The instance of a generic async fn holds its arguments' types where the body says `T`.
    Substitution generics;
    for (size_t i = 0; i < type->genericNames.size() && i < type->args.size(); ++i)
        generics[type->genericNames[i]] = type->args[i];
    // An async fn's future, or a block reached as an opaque type's hidden type or through
    // such an instance, is seen from outside the generics its body declares: a parameter
    // the instance does not give is not the site's (see closedInstance).
    const bool closed = m_futures->isAsyncFn(type->futureIndex) || type->behindOpaque || type->outsideItsScope;
    for (const FutureField& f : m_futures->fieldsOf(type->futureIndex)) {
        const TypePtr held =
            closed ? closedInstance(f.type, generics) : (generics.empty() ? f.type : substitute(f.type, generics));
        const auto via = [&] {
            std::string what = quoted(m_types.print(held));
            if (!sameType(f.type, held)) what = quoted(m_types.print(f.type)) + ", here " + what;
            return "the future of `" + futureName + "` holds " + f.text() + ": " + what;
        };
        parts.push_back(component(held, trait, via, inProgress));
    }
    return allOf(d, std::move(parts));
}

bool AutoTraitSolver::isRigidTraitFuture(const Type& future) {
    return isRigidParam(traitSelf(future));
}

TypePtr AutoTraitSolver::traitSelf(const Type& alias) {
    if (alias.traitPath.empty()) return nullptr;
    for (size_t i = 0; i < alias.genericNames.size() && i < alias.genericArgs.size(); ++i)
        if (alias.genericNames[i] == "Self") return alias.genericArgs[i];
    return nullptr;
}

bool AutoTraitSolver::isRigidParam(const TypePtr& type) {
    return type && type->kind == TypeKind::Param && type->declaredInScope;
}

TypePtr AutoTraitSolver::closedInstance(const TypePtr& type, const Substitution& generics) const {
    if (!type) return type;
    // An `impl Trait` parameter is the instance's too (rustc_ast_lowering
    // lower_impl_trait_in_param makes it an anonymous type parameter).
    if (type->kind == TypeKind::ImplTrait && !type->path.empty())
        if (auto it = generics.find(type->path); it != generics.end() && it->second) return it->second;
    if (type->kind == TypeKind::Param) {
        if (auto it = generics.find(type->path); it != generics.end() && it->second) return it->second;
        if (!type->declaredInScope) return type;
        auto open = std::make_shared<Type>(*type); // the body's own `T`, not the site's
        open->declaredInScope = false;
        return open;
    }
    if (type->kind == TypeKind::Future && type->futureIndex >= 0 && !m_futures->isAsyncFn(type->futureIndex)) {
        // A block nested in the instance's body names the same parameters: it is this
        // instance's too (a generic async fn's block holding its `T`).
        auto nested = std::make_shared<Type>(*type);
        for (const auto& [name, value] : generics)
            if (std::find(nested->genericNames.begin(), nested->genericNames.end(), name) == nested->genericNames.end())
                nested->genericNames.push_back(name), nested->args.push_back(value);
        nested->outsideItsScope = true;
        return nested;
    }
    if (type->args.empty() && type->genericArgs.empty()) return type;
    auto copy = std::make_shared<Type>(*type);
    for (TypePtr& a : copy->args) a = closedInstance(a, generics);
    for (TypePtr& a : copy->genericArgs) a = closedInstance(a, generics);
    return copy;
}

Derivation AutoTraitSolver::solveAdt(const TypePtr& type, AutoTrait trait, Derivation d,
                                     std::set<std::string>& inProgress) const {
    const TraitQuery& query = m_types.traitQuery();
    const std::string name = autoTraitName(trait);
    const AdtDef* adt = query.index().adt(type->path);
    if (!adt) {
        d.verdict = Verdict::Unknown, d.isLeaf = true, d.rule = "nothing is known about " + quoted(d.typeText);
        d.kind = DerivationRule::Unknown;
        return d;
    }
    // An explicit impl (positive or negative) replaces the structural rule entirely.
    bool hasExplicit = false;
    for (const ImplDef* impl : query.index().traitImpls(traitPath(trait), type->path)) {
        if (headKey(impl->selfType) != type->path) continue;
        hasExplicit = true;
        Substitution subst;
        std::set<std::string> vars(impl->generics.types.begin(), impl->generics.types.end());
        if (unify(impl->selfType, type, vars, subst))
            return solveByImpl(type, trait, d, ImplMatch{impl, subst}, inProgress);
    }
    if (hasExplicit) {
        d.verdict = Verdict::No, d.isLeaf = true, d.kind = DerivationRule::NoImpl;
        d.rule = "no impl of " + name + " applies to " + quoted(d.typeText);
        return d;
    }
    if (adt->lang == "phantom_data" && !type->args.empty()) {
        d.kind = DerivationRule::PhantomData;
        d.rule = quoted(d.typeText) + " is " + name + " exactly when " + quoted(m_types.print(type->args[0])) + " is";
        const auto via = [&] {
            return quoted(d.typeText) + " acts as if it held " + quoted(m_types.print(type->args[0]));
        };
        return allOf(d, {component(type->args[0], trait, via, inProgress)});
    }
    std::vector<Derivation> parts;
    for (const auto& labelled : query.fields(type)) {
        // Not a structured binding: clang 14 cannot capture one in the lambda below.
        const auto& label = labelled.first;
        const auto& fieldType = labelled.second;
        std::string field = label;
        if (const auto dot = label.find('.'); dot != std::string::npos)
            field = label.substr(dot + 1) + "` of variant `" + label.substr(0, dot);
        const auto via = [&] {
            return quoted(d.typeText) + " has field `" + field + ": " + m_types.print(fieldType) + "`";
        };
        parts.push_back(component(fieldType, trait, via, inProgress));
    }
    d.rule = quoted(d.typeText) + " is " + name + " if all its fields are";
    d.kind = DerivationRule::Fields;
    return allOf(d, std::move(parts));
}

Derivation AutoTraitSolver::solveByImpl(const TypePtr&, AutoTrait trait, Derivation d, const ImplMatch& m,
                                        std::set<std::string>& inProgress) const {
    const TraitQuery& query = m_types.traitQuery();
    const std::string name = autoTraitName(trait);
    const std::string header = implHeader(*m.impl);
    const std::string generic = quoted(m_types.print(m.impl->selfType));
    d.kind = DerivationRule::Impl;
    if (m.impl->negative) {
        d.verdict = Verdict::No, d.isLeaf = true, d.kind = DerivationRule::NegativeImpl;
        d.rule = generic + " is never " + name + " (" + header + ")";
        return d;
    }
    std::vector<Derivation> parts;
    std::map<std::string, std::set<AutoTrait>> needs; // subject as written -> what it must be
    for (const auto& [subject, bound] : m.impl->generics.bounds) {
        const TypePtr concrete = query.normalize(substitute(subject, m.subst));
        AutoTrait need;
        if (bound.path == traits::Send)
            need = AutoTrait::Send;
        else if (bound.path == traits::Sync)
            need = AutoTrait::Sync;
        else {
            const Verdict v = query.implements(concrete, substitute(bound, m.subst));
            if (v == Verdict::Yes) continue;
            Derivation c;
            c.trait = trait, c.type = concrete, c.typeText = m_types.print(concrete), c.verdict = v, c.isLeaf = true;
            c.kind = DerivationRule::ImplBound;
            c.rule = quoted(c.typeText) + " must implement " + quoted(bound.path) + " for " + header;
            parts.push_back(c);
            continue;
        }
        needs[m_types.print(subject)].insert(need);
        parts.push_back(component(
            concrete, need, [] { return std::string(); }, inProgress));
    }
    std::string conditions;
    for (const auto& [subject, what] : needs) {
        std::string both; // Send before Sync, however the impl orders them
        for (AutoTrait t : what) both += (both.empty() ? "" : " + ") + autoTraitName(t);
        conditions += (conditions.empty() ? "" : ", ") + quoted(subject) + " is " + both;
    }
    d.rule = conditions.empty() ? generic + " is always " + name + " (" + header + ")"
                                : generic + " is " + name + " only if " + conditions + " (" + header + ")";
    for (Derivation& p : parts)
        if (p.via.empty()) p.via = d.rule;
    return allOf(d, std::move(parts));
}

bool SolverLeaf::sameAs(const SolverLeaf& other) const {
    return trait == other.trait && sameType(type, other.type);
}

namespace {

bool reaches(const Derivation& d, const std::vector<SolverLeaf>& wanted) {
    for (const SolverLeaf& leaf : AutoTraitSolver::typedLeaves(d))
        for (const SolverLeaf& w : wanted)
            if (w.sameAs(leaf)) return true;
    return false;
}

} // namespace

ProofNode AutoTraitSolver::proof(const Derivation& d, const std::vector<SolverLeaf>* wanted) {
    ProofNode n;
    n.trait = autoTraitName(d.trait);
    n.type = d.typeText;
    n.ty = d.type;
    n.rule = d.kind;
    n.because = d.rule;
    n.via = d.via;
    n.leaf = d.isLeaf;
    n.verdict = d.verdict;
    if (d.type && d.type->kind == TypeKind::Future && d.type->futureIndex >= 0)
        n.future = FutureId{d.type->futureIndex};
    for (const Derivation& c : d.children)
        if (c.verdict == Verdict::No && (!wanted || reaches(c, *wanted))) n.children.push_back(proof(c, wanted));
    return n;
}

std::vector<SolverLeaf> AutoTraitSolver::typedLeaves(const Derivation& d) {
    std::vector<SolverLeaf> out;
    std::vector<const Derivation*> stack{&d};
    while (!stack.empty()) {
        const Derivation* n = stack.back();
        stack.pop_back();
        if (n->verdict == Verdict::Yes) continue;
        if (n->isLeaf || n->children.empty()) {
            SolverLeaf leaf{n->trait, n->type, n->typeText, n->kind};
            if (std::none_of(out.begin(), out.end(), [&](const SolverLeaf& l) { return l.sameAs(leaf); }))
                out.push_back(std::move(leaf));
            continue;
        }
        for (auto it = n->children.rbegin(); it != n->children.rend(); ++it) stack.push_back(&*it);
    }
    return out;
}

std::vector<std::pair<AutoTrait, std::string>> AutoTraitSolver::leaves(const Derivation& d) {
    std::vector<std::pair<AutoTrait, std::string>> out;
    for (const SolverLeaf& leaf : typedLeaves(d)) out.emplace_back(leaf.trait, leaf.text);
    return out;
}

} // namespace awaitscope
