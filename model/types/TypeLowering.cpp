#include "TypeLowering.h"

#include "types/ItemCollector.h"
#include "types/TypeOps.h"

#include <algorithm>

namespace awaitscope {

namespace {

const std::set<std::string> kPrimitives = {"i8",  "i16",  "i32",   "i64", "i128", "isize", "u8",   "u16", "u32",
                                           "u64", "u128", "usize", "f32", "f64",  "bool",  "char", "str"};

std::string lifetimeText(const SyntaxNode& n) {
    return std::string(n.text());
}

bool contains(const std::vector<std::string>& v, const std::string& s) {
    return std::find(v.begin(), v.end(), s) != v.end();
}

} // namespace

TypePtr TypeLowering::lower(const SyntaxNode& node, const LowerEnv& env) const {
    if (node.isNull()) return unknownType();
    const SyntaxKind kind = node.kind();
    if (kind == SyntaxKind::PrimitiveType) return primitiveType(std::string(node.text()));
    if (kind == SyntaxKind::UnitType) return unitType();
    if (kind == SyntaxKind::NeverType) return primitiveType("!");
    if (kind == SyntaxKind::TypeIdentifier || kind == SyntaxKind::Identifier ||
        kind == SyntaxKind::ScopedTypeIdentifier || kind == SyntaxKind::ScopedIdentifier)
        return lowerPathType(node, env);
    if (kind == SyntaxKind::GenericType) return lowerGeneric(node, env);
    if (kind == SyntaxKind::ReferenceType) return lowerReference(node, env);
    if (kind == SyntaxKind::PointerType) return lowerPointer(node, env);
    if (kind == SyntaxKind::ArrayType) return lowerArray(node, env);
    if (kind == SyntaxKind::FunctionType) return lowerFnPtr(node, env);
    if (kind == SyntaxKind::DynamicType || kind == SyntaxKind::AbstractType || kind == SyntaxKind::BoundedType)
        return lowerTraitObject(node, env);
    if (kind == SyntaxKind::TupleType) {
        std::vector<TypePtr> elements;
        for (const SyntaxNode& c : node.namedChildren()) elements.push_back(lower(c, env));
        return tupleType(std::move(elements));
    }
    if (kind == SyntaxKind::BracketedType) {
        const auto named = node.namedChildren();
        return named.empty() ? unknownType() : lowerQualified(named[0], env);
    }
    return unknownType();
}

TypePtr TypeLowering::singleName(const std::string& name, const LowerEnv& env) const {
    if (contains(env.generics, name)) return paramType(name);
    if (name == "Self") return env.selfType ? env.selfType : paramType("Self");
    if (kPrimitives.count(name) && !PathResolver::member(env.module, name, Namespace::Type)) return primitiveType(name);
    return nullptr;
}

TypePtr TypeLowering::lowerPathType(const SyntaxNode& node, const LowerEnv& env) const {
    const SyntaxNode prefix = node.field(SyntaxField::Path);
    if (prefix.is(SyntaxKind::BracketedType)) { // <W as Link>::Target
        TypePtr qualified = lower(prefix, env);
        if (qualified->kind != TypeKind::Projection) return unknownType();
        auto t = std::make_shared<Type>(*qualified);
        t->path = std::string(node.field(SyntaxField::Name).text());
        return t;
    }
    return resolvePath(pathSegments(node), SyntaxNode(), env);
}

TypePtr TypeLowering::lowerQualified(const SyntaxNode& node, const LowerEnv& env) const {
    if (!node.is(SyntaxKind::QualifiedType)) return lower(node, env);
    // Only the base and trait are known here; the `::Assoc` is attached by the caller.
    TypePtr base = lower(node.field(SyntaxField::Type), env);
    auto t = std::make_shared<Type>();
    t->kind = TypeKind::Projection;
    t->args = {base};
    if (auto bound = lowerBound(node.field(SyntaxField::Alias), env)) t->bounds = {*bound};
    return t;
}

TypePtr TypeLowering::resolvePath(const std::vector<std::string>& segs, const SyntaxNode& typeArgs,
                                  const LowerEnv& env) const {
    if (segs.empty()) return unknownType();
    if (segs.size() == 1 && typeArgs.isNull())
        if (TypePtr t = singleName(segs[0], env)) return t;
    // `T::Output`, `Self::Item`, `F::Output::Foo`: projections on a parameter or Self.
    if (segs.size() >= 2 && (contains(env.generics, segs[0]) || segs[0] == "Self")) {
        TypePtr base = singleName(segs[0], env);
        for (size_t i = 1; i < segs.size(); ++i) base = projection(base, segs[i], "", env);
        return base;
    }
    PathResolution r = m_resolver.resolve(env.module, segs, Namespace::Type);
    if (!r.item || r.consumed != segs.size()) return unknownType();
    std::vector<TypePtr> args;
    std::vector<std::string> lifetimes;
    lowerArgs(typeArgs, env, args, lifetimes, nullptr);
    return typeOfItem(r.item, args, lifetimes, env);
}

TypePtr TypeLowering::lowerGeneric(const SyntaxNode& node, const LowerEnv& env) const {
    const SyntaxNode base = node.field(SyntaxField::Type);
    const SyntaxNode prefix = base.field(SyntaxField::Path);
    if (prefix.is(SyntaxKind::BracketedType)) return unknownType();
    return resolvePath(pathSegments(base), node.field(SyntaxField::TypeArguments), env);
}

void TypeLowering::lowerArgs(const SyntaxNode& typeArgs, const LowerEnv& env, std::vector<TypePtr>& types,
                             std::vector<std::string>& lifetimes,
                             std::vector<std::pair<std::string, TypePtr>>* bindings) const {
    for (const SyntaxNode& a : typeArgs.namedChildren()) {
        if (a.is(SyntaxKind::Lifetime)) {
            lifetimes.push_back(lifetimeText(a));
        } else if (a.is(SyntaxKind::TypeBinding)) {
            if (bindings)
                bindings->push_back(
                    {std::string(a.field(SyntaxField::Name).text()), lower(a.field(SyntaxField::Type), env)});
        } else if (a.is(SyntaxKind::IntegerLiteral) || a.is(SyntaxKind::Block) || a.is(SyntaxKind::LineComment)) {
            continue; // const generic arguments
        } else {
            types.push_back(lower(a, env));
        }
    }
}

TypePtr TypeLowering::typeOfItem(const ItemRef& item, const std::vector<TypePtr>& given,
                                 const std::vector<std::string>& givenLifetimes, const LowerEnv& env) const {
    const GenericsDef* generics = item.kind == ItemKind::Adt     ? &item.adt->generics
                                  : item.kind == ItemKind::Alias ? &item.alias->generics
                                                                 : nullptr;
    if (item.kind == ItemKind::Trait) { // a bare trait in type position is a trait object
        auto t = std::make_shared<Type>();
        t->kind = TypeKind::DynTrait;
        t->bounds = {TraitBound{item.trait->path, given, {}}};
        return t;
    }
    if (!generics) return item.kind == ItemKind::Primitive ? primitiveType(item.primitive) : unknownType();
    Substitution subst;
    std::vector<TypePtr> args;
    for (size_t i = 0; i < generics->types.size(); ++i) {
        TypePtr a;
        if (i < given.size())
            a = given[i];
        else if (i < generics->defaults.size() && generics->defaults[i])
            a = substitute(generics->defaults[i], subst);
        else
            a = env.missingArgsAsParams ? paramType(generics->types[i]) : unknownType();
        subst[generics->types[i]] = a;
        args.push_back(a);
    }
    std::vector<std::string> lifetimes = givenLifetimes;
    lifetimes.resize(generics->lifetimes.size(), "'_");
    if (item.kind == ItemKind::Adt) return adtType(item.adt->path, std::move(args), std::move(lifetimes));
    TypePtr target = m_aliasTarget(*item.alias);
    std::map<std::string, std::string> lifetimeMap;
    for (size_t i = 0; i < generics->lifetimes.size(); ++i) lifetimeMap[generics->lifetimes[i]] = lifetimes[i];
    return target ? substituteLifetimes(substitute(target, subst), lifetimeMap) : unknownType();
}

TypePtr TypeLowering::lowerReference(const SyntaxNode& node, const LowerEnv& env) const {
    const SyntaxNode lt = node.childOfKind(SyntaxKind::Lifetime);
    return refType(lower(node.field(SyntaxField::Type), env), node.hasChildToken(SyntaxKind::MutableSpecifier),
                   lt ? lifetimeText(lt) : "");
}

TypePtr TypeLowering::lowerPointer(const SyntaxNode& node, const LowerEnv& env) const {
    auto t = std::make_shared<Type>();
    t->kind = TypeKind::RawPtr;
    t->isMut = node.hasChildToken(SyntaxKind::MutableSpecifier);
    t->args = {lower(node.field(SyntaxField::Type), env)};
    return t;
}

TypePtr TypeLowering::lowerArray(const SyntaxNode& node, const LowerEnv& env) const {
    auto t = std::make_shared<Type>();
    const SyntaxNode length = node.field(SyntaxField::Length);
    t->kind = length ? TypeKind::Array : TypeKind::Slice;
    t->args = {lower(node.field(SyntaxField::Element), env)};
    if (length) t->arrayLength = std::string(length.text());
    return t;
}

TypePtr TypeLowering::lowerFnPtr(const SyntaxNode& node, const LowerEnv& env) const {
    if (node.field(SyntaxField::Trait)) { // `Fn() -> u32` written as a type: a bare trait object
        auto t = std::make_shared<Type>();
        t->kind = TypeKind::DynTrait;
        if (auto b = lowerBound(node, env)) t->bounds = {*b};
        return t;
    }
    auto t = std::make_shared<Type>();
    t->kind = TypeKind::FnPtr;
    for (const SyntaxNode& p : node.field(SyntaxField::Parameters).namedChildren())
        t->args.push_back(lower(p.is(SyntaxKind::Parameter) ? p.field(SyntaxField::Type) : p, env));
    const SyntaxNode ret = node.field(SyntaxField::ReturnType);
    t->output = ret ? lower(ret, env) : unitType();
    return t;
}

TypePtr TypeLowering::lowerTraitObject(const SyntaxNode& node, const LowerEnv& env) const {
    auto t = std::make_shared<Type>();
    t->kind = TypeKind::DynTrait;
    // `dyn A + B + 'a` nests as bounded_type(bounded_type(dynamic_type A, B), 'a).
    std::vector<SyntaxNode> parts{node};
    for (size_t i = 0; i < parts.size(); ++i) {
        const SyntaxNode n = parts[i];
        if (n.is(SyntaxKind::BoundedType)) {
            for (const SyntaxNode& c : n.namedChildren()) parts.push_back(c);
        } else if (n.is(SyntaxKind::DynamicType) || n.is(SyntaxKind::AbstractType)) {
            if (n.is(SyntaxKind::AbstractType)) {
                // In a parameter, `impl Trait` is an anonymous generic parameter (rustc_ast_lowering
                // lower_impl_trait_in_param: a synthetic type parameter); its name, from its place,
                // lets a call's substitution give it the argument's type.
                t->kind = TypeKind::ImplTrait;
                t->path = implParamName(n);
            }
            if (auto b = lowerBound(n.field(SyntaxField::Trait), env)) t->bounds.insert(t->bounds.begin(), *b);
        } else if (n.is(SyntaxKind::Lifetime)) {
            t->lifetimeBound = lifetimeText(n);
        } else if (auto b = lowerBound(n, env)) {
            t->bounds.push_back(*b);
        }
    }
    return t;
}

std::string TypeLowering::traitPathOf(const SyntaxNode& node, const LowerEnv& env) const {
    ItemRef r = m_resolver.resolveFully(env.module, pathSegments(node), Namespace::Type);
    return r.kind == ItemKind::Trait ? r.trait->path : std::string(node.text());
}

std::optional<TraitBound> TypeLowering::lowerBound(const SyntaxNode& node, const LowerEnv& env) const {
    if (node.isNull() || node.is(SyntaxKind::Lifetime) || node.is(SyntaxKind::RemovedTraitBound)) return std::nullopt;
    if (node.is(SyntaxKind::HigherRankedTraitBound)) return lowerBound(node.field(SyntaxField::Type), env);
    TraitBound bound;
    if (node.is(SyntaxKind::FunctionType)) { // FnOnce(A, B) -> R
        bound.path = traitPathOf(node.field(SyntaxField::Trait), env);
        std::vector<TypePtr> params;
        for (const SyntaxNode& p : node.field(SyntaxField::Parameters).namedChildren()) params.push_back(lower(p, env));
        bound.args = {tupleType(std::move(params))};
        const SyntaxNode ret = node.field(SyntaxField::ReturnType);
        bound.assoc = {{"Output", ret ? lower(ret, env) : unitType()}};
        return bound;
    }
    if (node.is(SyntaxKind::GenericType)) {
        bound.path = traitPathOf(node.field(SyntaxField::Type), env);
        std::vector<std::string> lifetimes;
        lowerArgs(node.field(SyntaxField::TypeArguments), env, bound.args, lifetimes, &bound.assoc);
        return bound;
    }
    if (node.is(SyntaxKind::TypeIdentifier) || node.is(SyntaxKind::ScopedTypeIdentifier)) {
        bound.path = traitPathOf(node, env);
        return bound;
    }
    return std::nullopt;
}

void TypeLowering::declareGenerics(const SyntaxNode& typeParams, GenericsDef& out) {
    for (const SyntaxNode& p : typeParams.namedChildren()) {
        if (p.is(SyntaxKind::TypeParameter)) {
            out.types.emplace_back(p.field(SyntaxField::Name).text());
            out.defaultNodes.push_back(p.field(SyntaxField::DefaultType));
        } else if (p.is(SyntaxKind::LifetimeParameter)) {
            out.lifetimes.emplace_back(p.field(SyntaxField::Name).text());
        } else if (p.is(SyntaxKind::TypeIdentifier)) { // older grammar shape: a bare name
            out.types.emplace_back(p.text());
            out.defaultNodes.emplace_back();
        }
    }
}

void TypeLowering::lowerGenericBounds(const SyntaxNode& typeParams, const SyntaxNode& whereClause, const LowerEnv& env,
                                      GenericsDef& out) const {
    for (const SyntaxNode& p : typeParams.namedChildren())
        if (p.is(SyntaxKind::TypeParameter) && p.field(SyntaxField::Bounds))
            addBounds(paramType(std::string(p.field(SyntaxField::Name).text())), p.field(SyntaxField::Bounds), env,
                      out.bounds);
    for (const SyntaxNode& pred : whereClause.namedChildren())
        if (pred.is(SyntaxKind::WherePredicate))
            addBounds(lower(pred.field(SyntaxField::Left), env), pred.field(SyntaxField::Bounds), env, out.bounds);
}

void TypeLowering::addBounds(const TypePtr& subject, const SyntaxNode& bounds, const LowerEnv& env,
                             std::vector<std::pair<TypePtr, TraitBound>>& out) const {
    for (const SyntaxNode& b : bounds.namedChildren())
        if (auto bound = lowerBound(b, env)) out.push_back({subject, *bound});
}

std::string TypeLowering::traitWithAssoc(const TypePtr& base, const std::string& name, const LowerEnv& env) const {
    auto declares = [&](const std::string& path) {
        const TraitDef* t = m_index.trait(path);
        return t && contains(t->assocTypes, name);
    };
    // Bounds first: in `impl<F: Future> IntoFuture for F`, `F::Output` is Future's.
    for (const auto& [subject, bound] : env.bounds)
        if (declares(bound.path) && sameType(subject, base)) return bound.path;
    if (base->kind == TypeKind::Param && base->path == "Self" && declares(env.selfTrait)) return env.selfTrait;
    if (env.selfType && sameType(base, env.selfType) && declares(env.selfTrait)) return env.selfTrait;
    return {};
}

TypePtr TypeLowering::projection(const TypePtr& base, const std::string& name, const std::string& traitPath,
                                 const LowerEnv& env) const {
    auto t = std::make_shared<Type>();
    t->kind = TypeKind::Projection;
    t->path = name;
    t->args = {base};
    const std::string trait = traitPath.empty() ? traitWithAssoc(base, name, env) : traitPath;
    if (!trait.empty()) t->bounds = {TraitBound{trait, {}, {}}};
    return t;
}

} // namespace awaitscope
