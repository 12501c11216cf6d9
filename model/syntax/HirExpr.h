#pragma once
// One expression of a hir::Body (rust-analyzer's hir_def::hir::Expr): its kind and its
// children as ids, in source order (Body::children). The layouts, `[..]` being the children:
//
//   Missing        [part...]  an ERROR or MISSING node, or a node no expression kind models;
//                       its parts are what is known inside it: each identifier a one-segment
//                       Path, each macro invocation a MacroCall, any other node a Missing of
//                       its own parts (so a use inside text being typed is not lost)
//   Path           []   `x`, `self`, `mem::take`, `f::<T>`: name = the last segment;
//                       type = the turbofish's `<T>` (`f::<T>`), if written
//   Literal        []   literal = its kind; name = its text (`5u64`: the suffix is the type)
//   Block          [Stmt..., tail Expr?]         unsafe/const/try/gen/async wrap one:
//   UnsafeBlock, ConstBlock, TryBlock, GenBlock, Async   [Block]   (Async: flags Move)
//   Closure        [param Pat..., body]          flags Move, Async; type = the written `-> T`;
//                                                its parameters: Body::closureParams
//   Call           [callee, args...]
//   MethodCall     [receiver, args...]           name = the method; type = a turbofish's `<T>`
//   Field          [receiver]                    name = the field (`0` for a tuple's)
//   Index          [base, index]
//   Await, Try, Paren, Cast   [operand]          Cast: type = the type cast to
//   Unary, Ref     [operand]                     name = the operator; Ref: flags Mut
//   Binary, Assign, CompoundAssign  [lhs, rhs]   name = the operator
//   Range          [start?, end?]                flags HasStart, HasEnd; name = `..` or `..=`
//   If             [condition, then, else?]      the else is a Block or an If
//   Let            [Pat, scrutinee]              `let` in a condition (rust-analyzer's Let)
//   LetChain       [condition...]                `let a = x && b && let c = y`
//   Match          [scrutinee, Arm...]
//   Loop [body], While [condition, body], For [Pat, iterable, body]   name = the label
//   Break [value?], Continue [], Return [value?], Yield [value?]      name = the label
//   Tuple, Array   [elements...]                 Array: flags Repeat for `[x; n]`
//   Struct         [RecordField...]              name = the last segment of its path; type = the path
//   RecordField    [value]                       name = the field; flags Shorthand, Base
//   MacroCall      see MacroForm                 name = the macro's last segment; type = its
//                                                written path (`tokio::select`), for the lowering
//                                                to resolve; flags Statement: written `m!(..);`

#include "HirIds.h"

#include <string_view>

namespace awaitscope::hir {

enum class ExprKind : uint8_t {
    Missing,
    Path,
    Literal,
    Block,
    UnsafeBlock,
    ConstBlock,
    TryBlock,
    GenBlock,
    Async,
    Closure,
    Call,
    MethodCall,
    Field,
    Index,
    Await,
    Try,
    Paren,
    Cast,
    Unary,
    Ref,
    Binary,
    Assign,
    CompoundAssign,
    Range,
    If,
    Let,
    LetChain,
    Match,
    Loop,
    While,
    For,
    Break,
    Continue,
    Return,
    Yield,
    Tuple,
    Array,
    Struct,
    RecordField,
    MacroCall,
};

/// How a macro call's children read (a macro is expanded before rustc lowers a body:
/// rustc_expand/src/expand.rs). Every child lives in this body's arenas; its source-map
/// entry is the node it was lowered from, whose positions are in the user's file.
enum class MacroForm : uint8_t {
    None,       // not a macro call
    Opaque,     // nothing parsed: Body::tokens holds the identifiers of its input
    Arguments,  // `name!(a, b)` / `name![..]` re-parsed as a call's arguments: [Expr...]
    Expression, // a macro_rules! expansion in expression position: [Expr]
    Statements, // a macro_rules! expansion in statement position: [Stmt..., tail Expr?]
    Select,     // `select! { pat = fut, if cond => handler, .. }`: [Arm...] (see Arm)
    Lets,       // `pin! { let x = init; }`: [Stmt (Let)...]
};

/// A Literal's kind (rust-analyzer's hir::Literal, without the value: a reader that needs the
/// value or the suffix reads the Expr's name, the literal's text). `b'a'` is a Char and
/// `b"a"` a Str, as the grammar has them.
enum class LiteralKind : uint8_t { None, Int, Float, Str, Char, Bool };

namespace ExprFlags {
enum : uint16_t {
    Move = 1,
    Async = 2,
    Mut = 4,
    HasStart = 8,
    HasEnd = 16,
    Repeat = 32,
    Shorthand = 64,
    Base = 128,
    Statement = 256,
};
}

struct Expr {
    ExprKind kind = ExprKind::Missing;
    MacroForm macro = MacroForm::None;
    LiteralKind literal = LiteralKind::None;
    uint16_t flags = 0;
    uint16_t segments = 0; // Path: how many segments (`mem::take`: 2, `::foo`: 2); a local is one
    std::string_view name; // see the layouts above; text of the source or of an expansion
    ChildRange children;   // into Body::children
    ChildRange tokens;     // MacroForm::Opaque: into Body::tokens
    TypeRefId type;        // a type or path written in the expression (see the layouts): Body::typeRef

    bool has(uint16_t flag) const { return (flags & flag) != 0; }
};

} // namespace awaitscope::hir
