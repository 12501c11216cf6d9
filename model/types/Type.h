#pragma once
// The types the analysis reasons about: enough of Rust's type language to name what an
// await keeps, decide whether it has drop glue, and solve Send / Sync over it.

#include "types/Layout.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace awaitscope {

struct Type;
using TypePtr = std::shared_ptr<const Type>;

enum class TypeKind {
    Unknown,      // could not be resolved: every question about it answers "unknown"
    Never,        // `!`
    Primitive,    // i32, u64, bool, char, f64, usize, (), ... (name holds it; `()` is Tuple)
    Str,          // `str`
    Adt,          // struct / enum / union of the prelude or the file (path = canonical path)
    Ref,          // &'a T / &'a mut T            args[0] = T
    RawPtr,       // *const T / *mut T            args[0] = T
    Slice,        // [T]                          args[0] = T
    Array,        // [T; N]                       args[0] = T, arrayLength = "N"
    Tuple,        // (A, B, ...) and ()           args = elements
    Param,        // a generic parameter `T` in scope (name = "T")
    Projection,   // <T as Trait>::Assoc, e.g. F::Output (args[0] = T, name = "Output", traitPath)
    DynTrait,     // dyn A + B + 'a               bounds = trait paths incl. Send/Sync
    ImplTrait,    // impl Future<Output = T> + Send; in a parameter, `path` names it (implParamName)
    FnPtr,        // fn(A) -> B
    Closure,      // a closure expression: args = captured value types (by value or by ref)
    Future,       // the future of an async fn / block / closure of the analysed file
    LibraryFuture // the future of a prelude `async fn` (opaque): args = its argument types
};

struct TraitBound {
    std::string path;                                   // canonical: "std::marker::Send", "std::future::Future"
    std::vector<TypePtr> args;                          // generic args of the trait
    std::vector<std::pair<std::string, TypePtr>> assoc; // Output = T
};

struct Type {
    TypeKind kind = TypeKind::Unknown;
    std::string path;                      // Adt: canonical path "std::cell::RefCell"; Primitive: "i64";
                                           // Param: "T"; Projection: assoc name; Future: future name
    std::vector<TypePtr> args;             // type arguments / components (see TypeKind)
    std::vector<std::string> lifetimes;    // Adt lifetime args as written ("'_" when elided); Ref: its lifetime or ""
    bool isMut = false;                    // Ref / RawPtr
    bool callConsumes = false;             // Closure: only FnOnce (its body moves a capture), so a
                                           // call moves it instead of borrowing it
    std::string arrayLength;               // Array
    std::vector<TraitBound> bounds;        // DynTrait / ImplTrait; Projection: the trait (bounds[0]);
                                           // Param: its declared bounds, where a body's values carry them
    std::string lifetimeBound;             // DynTrait: "'static" when written
    int futureIndex = -1;                  // Future: index into the analysed file's futures
    bool behindOpaque = false;             // Future: an async block reached as the hidden type of a
                                           // fn's `-> impl Future` (rustc sees the opaque type)
    bool declaredInScope = false;          // Param: declared by the generics in scope where the value
                                           // lives: rigid there, so only its bounds make it Send
    bool outsideItsScope = false;          // Future: a block reached through an instance of the fn
                                           // around it: parameters it names are not the site's
    std::vector<std::string> genericNames; // Future of a generic async fn: the parameters `args`
                                           // gives values for (`hold::<Rc<u8>>`: {"T"}, args {Rc<u8>})
    TypePtr output;                        // FnPtr / Future / LibraryFuture: what it returns
    std::optional<FixedLayout> libraryLayout; // LibraryFuture: size and align the prelude states
    // LibraryFuture of an async fn with a body in another file of the crate: where it is
    // (its file and the fn item's first byte), to lay it out from its body, and the values
    // of its generic parameters (`genericNames`) at this call.
    std::string definitionFile;
    uint32_t definitionByte = 0;
    std::vector<TypePtr> genericArgs;
    // LibraryFuture of a trait's async fn called through a bound (`source.fetch()` with
    // `S: Fetch`): the trait; `genericNames` has its `Self`. Once substitution makes `Self` a
    // known type, its impl's fn is the future (TypeContext::implFuture).
    std::string traitPath;
};

// Constructors keep call sites short and the representation in one place.
TypePtr unknownType();
TypePtr primitiveType(const std::string& name);
TypePtr unitType();
TypePtr adtType(const std::string& path, std::vector<TypePtr> args, std::vector<std::string> lifetimes = {});
TypePtr refType(TypePtr inner, bool isMut, const std::string& lifetime = "");
TypePtr tupleType(std::vector<TypePtr> elements);
TypePtr paramType(const std::string& name);

bool isUnknown(const TypePtr& t);
/// True when any part of the type is unknown.
bool containsUnknown(const TypePtr& t);

} // namespace awaitscope
