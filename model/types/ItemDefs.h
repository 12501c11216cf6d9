#pragma once
// The items an ItemIndex knows: plain data, filled in two steps. The collector records
// names and syntax nodes; ItemLowering then resolves every written type into a Type.
// After an index is built nothing here changes, so indexes can be shared across threads.

#include "syntax/SyntaxNode.h"
#include "types/Type.h"
#include "types/TypeContext.h"

#include <map>
#include <set>
#include <string>
#include <vector>

namespace awaitscope {

struct ModuleDef;

/// Generic parameters of an item, with what they are bounded by.
struct GenericsDef {
    std::vector<std::string> types;     // type parameters in order
    std::vector<std::string> lifetimes; // 'a, 'b (as written, with the quote)
    std::vector<TypePtr> defaults;      // per type parameter; null if none
    std::vector<SyntaxNode> defaultNodes;
    std::vector<std::pair<TypePtr, TraitBound>> bounds; // T: Send, R::GuardMarker: Send ...
};

struct FieldDef {
    std::string name; // "value"; "0", "1" for tuple fields
    TypePtr type;
    SyntaxNode typeNode;
};

struct VariantDef {
    std::string name;
    bool isTuple = false;
    std::vector<FieldDef> fields;
};

enum class AdtKind { Struct, Enum, Union };

struct AdtDef {
    AdtKind kind = AdtKind::Struct;
    std::string name;
    std::string path; // canonical: "std::cell::RefCell"
    const ModuleDef* module = nullptr;
    bool isPublic = false;
    bool isTupleStruct = false; // `struct W(T);` (its name is also a constructor fn)
    bool isUnitStruct = false;
    std::string lang; // #[lang = "phantom_data"], "manually_drop", "owned_box" ...
    std::set<std::string> derives;
    GenericsDef generics;
    std::vector<FieldDef> fields;           // struct / union
    std::vector<VariantDef> variants;       // enum
    std::optional<FixedLayout> fixedLayout; // #[awaitscope::layout(..)]: the prelude abbreviates its fields
    SyntaxNode node;
};

struct AliasDef {
    std::string name;
    std::string path;
    const ModuleDef* module = nullptr;
    GenericsDef generics;
    TypePtr target;
    SyntaxNode node;
    bool lowering = false; // guards against alias cycles while lowering
};

struct FnDef {
    std::string name;
    std::string path;        // canonical "std::cell::RefCell::borrow_mut"
    std::string displayName; // "RefCell::borrow_mut", "tokio::spawn"
    const ModuleDef* module = nullptr;
    GenericsDef generics; // its own
    SelfKind selfKind = SelfKind::None;
    TypePtr selfParamType; // the receiver's type, with `Self` as Param "Self"; null for none
    std::vector<TypePtr> params;
    std::vector<std::string> paramNames;
    TypePtr returnType;
    bool isAsync = false;
    bool hasBody = false;
    int futureIndex = -1;
    std::optional<FixedLayout> futureLayout; // a bodiless async fn's #[awaitscope::layout(..)]
    SyntaxNode node;
};

struct TraitDef {
    std::string name;
    std::string path; // "std::future::Future"
    const ModuleDef* module = nullptr;
    bool isAuto = false;
    GenericsDef generics;
    std::vector<std::string> assocTypes;
    std::vector<TraitBound> supertraits;
    std::vector<FnDef> methods;
    SyntaxNode node;
};

struct ImplDef {
    GenericsDef generics;
    TypePtr selfType;
    bool hasTrait = false;
    TraitBound trait; // path + args of the implemented trait
    bool negative = false;
    std::map<std::string, TypePtr> assocTypes; // type Target = T;
    std::vector<FnDef> methods;
    const ModuleDef* module = nullptr;
    SyntaxNode node;
};

/// A `const` or `static` item: a value with a declared type. A const is an rvalue, copied
/// into each use; a static is one place in memory that code reaches through a pointer
/// (rustc_mir_build: a static is `*&STATIC`, so borrowing it borrows no local).
struct ConstDef {
    std::string name;
    std::string path;
    const ModuleDef* module = nullptr;
    bool isStatic = false;
    TypePtr type;
    SyntaxNode node;
};

enum class ItemKind { None, Module, Adt, Alias, Trait, Fn, Variant, Primitive, Const };

/// What a name refers to in one namespace.
struct ItemRef {
    ItemRef() = default;
    explicit ItemRef(ItemKind k) : kind(k) {}
    ItemKind kind = ItemKind::None;
    const ModuleDef* module = nullptr;
    const AdtDef* adt = nullptr;
    const AliasDef* alias = nullptr;
    const TraitDef* trait = nullptr;
    const FnDef* fn = nullptr;
    const ConstDef* constant = nullptr;
    int variant = -1;      // Variant: index into adt->variants
    std::string primitive; // Primitive: "u8", "str"
    explicit operator bool() const { return kind != ItemKind::None; }
};

/// A `use` line, kept until the UseResolver has resolved it.
struct UseDecl {
    std::vector<std::string> segments; // "crate", "self", "super", "::" allowed at the front
    std::string alias;                 // the name it binds; empty for a glob
    bool glob = false;
    bool isPublic = false;
    const ModuleDef* visibleWithin = nullptr; // pub(crate), pub(super), pub(in ..): see ModuleDef
};

struct ModuleDef {
    std::string crate; // "std", "tokio"; "" for the analysed file
    std::string path;  // "std::sync::mpsc"; "" / "inner" for the file
    std::string name;
    const ModuleDef* parent = nullptr;
    bool isPublic = true;
    // The anonymous module of a block that declares items (`{ use a::b; struct S; .. }`):
    // a name not found in it is looked up in the enclosing block or module, and `self` /
    // `super` mean the nearest named module's (rustc_resolve build_reduced_graph.rs,
    // build_reduced_graph_for_block; ident.rs resolve_ident_in_lexical_scope).
    bool isBlock = false;
    std::map<std::string, ItemRef> types;  // type namespace (modules, types, traits)
    std::map<std::string, ItemRef> values; // value namespace (fns, constructors)
    std::set<std::string> publicNames;     // names visible from outside (pub items, pub use)
    // Names whose visibility is restricted to a module and its descendants (pub(crate): the
    // crate root, pub(super): the parent; rustc_middle::ty::Visibility::Restricted). A glob
    // import takes them where it sits inside that module (Visibility::is_accessible_from).
    std::map<std::string, const ModuleDef*> visibleWithin;
    std::vector<UseDecl> uses;
};

} // namespace awaitscope
