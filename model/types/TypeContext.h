#pragma once
// Everything the lowering asks about types, in one place: resolving written types and
// paths, calls and methods (with auto-deref / auto-ref), fields, drop glue, Copy, Deref,
// iteration, `?`, `.await` outputs, and printing types as rustc prints them.
//
// Knowledge of libraries comes from resources/prelude/*.rs (parsed once per process);
// knowledge of the analysed file from its own items. Nothing is guessed: what cannot be
// resolved comes back as an Unknown type (or std::nullopt), and Verdict::Unknown.

#include "data/Verdict.h"
#include "syntax/SyntaxNode.h"
#include "types/Type.h"

#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

namespace awaitscope {

class SyntaxTree;
class AncestorIndex;
class MacroArguments;
class ItemIndex; // the prelude's and the file's items (types/ItemIndex.h)
class TraitQuery;
class TypeLowering;
class TypePrinter;
class MethodLookup;
struct LowerEnv;
struct ItemRef;
struct ModuleDef;
struct CrateScope;
struct AsyncItem;

/// Where a name is looked up: the module, the generic parameters and `Self` in scope.
struct Scope {
    std::string modulePath;                                        // "" for the crate root, "inner" inside `mod inner`
    std::vector<std::string> generics;                             // type parameters in scope (impl's, then fn's)
    std::vector<std::pair<std::string, TraitBound>> genericBounds; // T: Send, F::Output: Send ...
    TypePtr selfType;                                              // inside an impl: its type; else null
};

/// A generic parameter -> the type it stands for at one use.
using Substitution = std::map<std::string, TypePtr>;

enum class SelfKind { None, Value, Ref, RefMut }; // fn f(..) / self / &self / &mut self

struct FnSignature {
    std::string path;                  // canonical: "tokio::task::spawn", "std::cell::RefCell::borrow_mut"
    std::string displayName;           // as a person says it: "tokio::spawn", "RefCell::borrow_mut"
    std::vector<std::string> generics; // its own type parameters (impl's are substituted)
    std::vector<std::pair<TypePtr, TraitBound>> bounds; // where-clauses: subject type : bound
    SelfKind selfKind = SelfKind::None;
    std::vector<TypePtr> params; // excluding self
    std::vector<std::string> paramNames;
    TypePtr returnType;                      // for an async fn: its output type
    bool isAsync = false;                    // calling it creates a future (Future / LibraryFuture)
    int futureIndex = -1;                    // an async fn of the analysed file: its future's index
    std::optional<FixedLayout> futureLayout; // a library async fn: its future's size, as the prelude states
    std::string definitionFile;              // a fn with a body: its file and first byte there
    uint32_t definitionByte = 0;
    // A trait's fn found through a bound on a generic receiver (`source.fetch()` with
    // `S: Fetch`): the trait, whose impl for the instance's type decides the body.
    std::string traitPath;
    TypePtr traitSelf;
    bool isStatic = false; // a `static` read as a value: a place reached through a pointer
    // A turbofish's arguments (`go::<T>()`), already put in; kept so that the instance a call
    // makes knows them even where no parameter or argument mentions them (withTypeArguments).
    Substitution explicitArguments;
};

struct MethodResolution {
    FnSignature signature;             // impl generics already substituted from the receiver
    int autoderefs = 0;                // how many derefs were applied to the receiver
    SelfKind autoref = SelfKind::None; // Ref / RefMut: the adjusted receiver is borrowed
    bool overloadedDeref = false;      // some deref step went through a Deref impl (a borrow)
    TypePtr adjustedReceiver;          // the receiver's type after autoderef (before autoref)
};

struct CallResult {
    TypePtr returnType;        // substituted; Unknown where inference could not tell
    Substitution substitution; // inferred generic arguments
};

class TypeContext {
  public:
    /// Builds the index of the prelude (cached per process) plus the file's own items.
    TypeContext(const SyntaxTree& file, MacroArguments& macros);
    /// The file as a module of its crate: the crate's items are known, `crate::` and
    /// `super::` paths reach the other files.
    TypeContext(const SyntaxTree& file, MacroArguments& macros, const CrateScope& crate);
    /// As above, with the file's futures already collected (the analysis has them):
    /// collecting them again walks the whole file and re-parses every macro's arguments.
    TypeContext(const SyntaxTree& file, MacroArguments& macros, const CrateScope& crate,
                const std::vector<AsyncItem>& futures);
    ~TypeContext();

    /// The scope of an fn / closure / async block: walks up to impls, modules, generics,
    /// and the blocks around it that declare items.
    Scope scopeAt(const SyntaxNode& node) const;
    /// Every fn item of the file's tree (async or not, with or without a body), in tree
    /// order, from the index scopeAt reads: no walk of the tree of their own.
    std::vector<SyntaxNode> functionItems() const;
    /// `scope` inside `block`: its anonymous module, if the block declares items.
    Scope scopeInBlock(Scope scope, const SyntaxNode& block) const;

    TypePtr resolveType(const SyntaxNode& typeNode, const Scope& scope) const;
    /// The signature with a call's turbofish (`::<A, B>`) substituted for its own generics.
    FnSignature withTypeArguments(FnSignature sig, const SyntaxNode& typeArguments, const Scope& scope) const;
    /// A type named by a path in expression position (`RefCell`, `S`, `Self`) or null.
    TypePtr resolveTypePath(const std::string& path, const Scope& scope) const;

    /// `f`, `RefCell::new`, `tokio::spawn`, `Some`, `Wrapper` (tuple struct), `Enum::Variant`.
    std::optional<FnSignature> resolveFunction(const SyntaxNode& pathExpr, const Scope& scope) const;
    std::optional<MethodResolution> resolveMethod(const TypePtr& receiver, const std::string& name,
                                                  const Scope& scope) const;
    /// Infers the callee's generics from the argument types and substitutes the return type.
    /// `receiver` is the adjusted receiver for a method (null for a plain call).
    /// For an `async fn` the result is the future the call creates: a Future of this file
    /// (futureIndex set) or, for a library async fn, a LibraryFuture capturing the receiver
    /// (autoref'd as its `self` says) and the arguments; its `output` is the fn's output.
    /// A generic the call does not settle is Unknown, or, given `openVariable`, a variable
    /// from it that a later use of the result may settle (rustc_infer's type variables).
    CallResult instantiate(const FnSignature& sig, const std::vector<TypePtr>& argTypes,
                           const TypePtr& expectedReturn = nullptr, const TypePtr& receiver = nullptr,
                           const std::function<TypePtr()>& openVariable = nullptr) const;

    /// A named field (or tuple index "0") through auto-deref; Unknown if there is none.
    TypePtr fieldType(const TypePtr& base, const std::string& field, int* autoderefs = nullptr,
                      bool* overloadedDeref = nullptr) const;
    /// `*x`: builtin for &T, &mut T, Box<T>; through Deref::Target otherwise; null if none.
    TypePtr derefTarget(const TypePtr& type, bool* overloaded = nullptr) const;

    TypePtr awaitOutput(const TypePtr& future) const;    // <F as IntoFuture>::Output
    TypePtr intoIterator(const TypePtr& iterable) const; // <I as IntoIterator>::IntoIter
    TypePtr iteratorItem(const TypePtr& iterator) const; // <I as Iterator>::Item
    TypePtr tryOutput(const TypePtr& tried) const;       // `x?`: Result<T, E> / Option<T> -> T
    TypePtr tryBranch(const TypePtr& tried) const;       // `Try::branch(x)`: ControlFlow<Residual, T>
    /// The type of the named future of this file, whose output the caller fills in.
    TypePtr futureType(int futureIndex, const std::string& name, const TypePtr& output) const;

    Verdict needsDrop(const TypePtr& type) const;   // has drop glue
    Verdict hasDropImpl(const TypePtr& type) const; // an `impl Drop` of its own (E0509: no moving out of it)
    Verdict isCopy(const TypePtr& type) const;

    /// As rustc prints it in diagnostics: trimmed paths where unambiguous, `'_` for
    /// elided lifetimes, full paths where a simple name is ambiguous across crates.
    std::string print(const TypePtr& type) const;

    const ItemIndex& items() const { return *m_items; }
    /// How types are printed (also: public std paths, written type arguments).
    const TypePrinter& printer() const { return *m_printer; }

    // ---- additions beyond the first contract ----
    /// Trait queries (impls, associated types, projections) over this file's items.
    const TraitQuery& traitQuery() const { return *m_query; }
    /// The fields of an ADT (struct fields; `Variant.field` for enums), substituted.
    std::vector<std::pair<std::string, TypePtr>> fieldsOf(const TypePtr& adt) const;
    /// An enum with no variants (`enum Void {}`): no value of it exists.
    bool isEmptyEnum(const TypePtr& type) const;
    /// Whether the ADT `owner` has `#[derive(..)]` of this trait (by its last path segment).
    bool derives(const TypePtr& owner, const std::string& traitPath) const;
    /// Fills `dyn Trait` object lifetimes as rustc does for a signature type: `Box<dyn Error>`
    /// in an fn signature is `Box<(dyn Error + 'static)>` (a body local's is not).
    TypePtr withSignatureObjectLifetimes(const TypePtr& type) const;
    /// Resolves projections (`<Sleep as Future>::Output`) wherever the impls tell.
    TypePtr normalize(const TypePtr& type, const Scope* scope = nullptr) const;
    /// A trait's async fn future called through a bound (`Type::traitPath`) whose `Self` is
    /// now known: the future of that type's impl of the fn, as rustc resolves the instance
    /// (`rustc_middle/src/ty/instance.rs`, `Instance::try_resolve`), or null.
    TypePtr implFuture(const Type& future) const;
    /// The name of a file future as given to futureType (for printing / derivations).
    std::string futureName(int futureIndex) const;

  private:
    static std::vector<std::string> instanceParameters(const FnSignature& sig);
    TypePtr capturedArgument(const FnSignature& sig, size_t i, const TypePtr& arg, const Substitution& generics) const;
    void unifyImplTraitParams(const FnSignature& sig, const std::vector<TypePtr>& argTypes,
                              const std::set<std::string>& vars, Substitution& subst) const;
    LowerEnv envFor(const Scope& scope) const;
    std::set<std::string> traitsInScope(const Scope& scope) const;
    const std::set<std::string>& traitsNamedIn(const ModuleDef* module) const;
    std::optional<FnSignature> associatedFn(const TypePtr& owner, const std::string& name, const Scope& scope) const;
    std::optional<FnSignature> signatureOfItem(const ItemRef& item, const Scope& scope) const;
    TypePtr callResultType(const FnSignature& sig, const TypePtr& output, const std::vector<TypePtr>& args,
                           const TypePtr& receiver, const Substitution& generics) const;
    TypePtr opaqueOfCall(const FnSignature& sig, const TypePtr& output) const;

    std::shared_ptr<const ItemIndex> m_items;
    std::unique_ptr<TraitQuery> m_query;
    std::unique_ptr<TypeLowering> m_lowering;
    std::unique_ptr<TypePrinter> m_printer;
    std::unique_ptr<MethodLookup> m_methods;
    std::vector<std::string> m_futureNames;
    Verdict adtNeedsDrop(const TypePtr& type) const;
    Verdict adtNeedsDropUncached(const TypePtr& type) const;
    mutable std::mutex m_dropMutex;
    mutable std::unordered_map<std::string, Verdict> m_adtNeedsDrop; // by typeKey
    mutable std::mutex m_traitsMutex;
    mutable std::map<const ModuleDef*, std::set<std::string>> m_traitsByModule;
    std::string m_modulePath;                          // the file's module in its crate; "" alone
    std::shared_ptr<const AncestorIndex> m_scopeItems; // the file's modules, impls, fns, traits (scopeAt)
    struct BlockScope {                                // a body's block that declares items
        const SourceFile* file = nullptr;
        uint32_t start = 0;
        uint32_t end = 0;
        std::string modulePath; // its anonymous module
    };
    std::vector<BlockScope> m_blockScopes; // outer blocks before inner ones
};

} // namespace awaitscope
