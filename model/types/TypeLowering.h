#pragma once
// Turns written types (tree-sitter nodes) into Types: resolves paths through modules and
// imports, fills default type arguments, expands type aliases, and makes projections
// (`F::Output`, `<W as Link>::Target`) with the trait they belong to.

#include "types/PathResolver.h"

#include <functional>
#include <optional>

namespace awaitscope {

/// What a written type is resolved against.
struct LowerEnv {
    const ModuleDef* module = nullptr;
    std::vector<std::string> generics;
    std::vector<std::pair<TypePtr, TraitBound>> bounds;
    TypePtr selfType;                 // inside an impl; null inside a trait (Self is a Param)
    std::string selfTrait;            // the trait declared or implemented, for `Self::Assoc`
    bool missingArgsAsParams = false; // `RefCell::new`: RefCell's T stays a parameter
};

class TypeLowering {
  public:
    using AliasHook = std::function<TypePtr(const AliasDef&)>;
    TypeLowering(const ItemIndex& index, AliasHook aliasTarget)
        : m_index(index), m_resolver(index), m_aliasTarget(std::move(aliasTarget)) {}

    TypePtr lower(const SyntaxNode& node, const LowerEnv& env) const;
    std::optional<TraitBound> lowerBound(const SyntaxNode& node, const LowerEnv& env) const;
    /// A type named by a path, with explicit generic arguments (may be fewer than declared).
    TypePtr typeOfItem(const ItemRef& item, const std::vector<TypePtr>& args, const std::vector<std::string>& lifetimes,
                       const LowerEnv& env) const;
    TypePtr resolvePath(const std::vector<std::string>& segments, const SyntaxNode& typeArgs,
                        const LowerEnv& env) const;

    /// Names of `<T, 'a, const N: usize>` (no bounds yet).
    static void declareGenerics(const SyntaxNode& typeParams, GenericsDef& out);
    /// Inline bounds (`T: Send`) and where-clauses, lowered in `env`.
    void lowerGenericBounds(const SyntaxNode& typeParams, const SyntaxNode& whereClause, const LowerEnv& env,
                            GenericsDef& out) const;
    void addBounds(const TypePtr& subject, const SyntaxNode& bounds, const LowerEnv& env,
                   std::vector<std::pair<TypePtr, TraitBound>>& out) const;
    TypePtr projection(const TypePtr& base, const std::string& name, const std::string& traitPath,
                       const LowerEnv& env) const;

    const PathResolver& resolver() const { return m_resolver; }

  private:
    TypePtr lowerPathType(const SyntaxNode& node, const LowerEnv& env) const;
    TypePtr lowerGeneric(const SyntaxNode& node, const LowerEnv& env) const;
    TypePtr lowerReference(const SyntaxNode& node, const LowerEnv& env) const;
    TypePtr lowerPointer(const SyntaxNode& node, const LowerEnv& env) const;
    TypePtr lowerArray(const SyntaxNode& node, const LowerEnv& env) const;
    TypePtr lowerFnPtr(const SyntaxNode& node, const LowerEnv& env) const;
    TypePtr lowerTraitObject(const SyntaxNode& node, const LowerEnv& env) const;
    TypePtr lowerQualified(const SyntaxNode& node, const LowerEnv& env) const;
    TypePtr singleName(const std::string& name, const LowerEnv& env) const;
    void lowerArgs(const SyntaxNode& typeArgs, const LowerEnv& env, std::vector<TypePtr>& types,
                   std::vector<std::string>& lifetimes, std::vector<std::pair<std::string, TypePtr>>* bindings) const;
    std::string traitPathOf(const SyntaxNode& node, const LowerEnv& env) const;
    std::string traitWithAssoc(const TypePtr& base, const std::string& name, const LowerEnv& env) const;

    const ItemIndex& m_index;
    PathResolver m_resolver;
    AliasHook m_aliasTarget;
};

/// The canonical paths of the traits the analysis asks about.
namespace traits {
inline const std::string Send = "std::marker::Send";
inline const std::string Sync = "std::marker::Sync";
inline const std::string Copy = "std::marker::Copy";
inline const std::string Sized = "std::marker::Sized";
inline const std::string Clone = "std::clone::Clone";
inline const std::string Drop = "std::ops::Drop";
inline const std::string Deref = "std::ops::Deref";
inline const std::string DerefMut = "std::ops::DerefMut";
inline const std::string Future = "std::future::Future";
inline const std::string IntoFuture = "std::future::IntoFuture";
inline const std::string Iterator = "std::iter::Iterator";
inline const std::string IntoIterator = "std::iter::IntoIterator";
inline const std::string FnOnce = "std::ops::FnOnce";
inline const std::string FnMut = "std::ops::FnMut";
inline const std::string Fn = "std::ops::Fn";
} // namespace traits

} // namespace awaitscope
