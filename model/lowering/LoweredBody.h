#pragma once
// The result of lowering one body: its locals, its control-flow graph, what it captures
// (upvars), what each suspension point awaits, and the calls it makes (for the
// diagnostics pass, which looks for calls whose callee requires `Send`).

#include "lowering/Cfg.h"
#include "lowering/Local.h"
#include "types/TypeContext.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace awaitscope {

/// One place of a variable that a closure or async block captures instead of the whole
/// variable (edition 2021, RFC 2229): the field, and whether it is held by reference.
struct UpvarPlace {
    std::string field;
    bool byReference = false;
};

struct Upvar {
    std::string name;
    TypePtr type;
    TextPosition position;     // the argument / the captured binding
    bool byReference = false;  // a non-move capture: the upvar is `&T` to the outer local
    std::string borrowedPlace; // what rustc says a by-reference capture borrows (`job.id`); "" = name
    bool captured = false;     // an async closure body's: one of the closure's captures, not an argument
    std::string rustcName;     // the field's name in rustc's layout where it is not `name` (`_ref__name`)
    // Edition 2021: the places rustc stores instead of the whole variable (`p.name` by value,
    // `p.id` by reference), each its own field of the closure / coroutine. The body itself
    // still reads `p` through `type`; only what is stored (storedUpvars) differs.
    std::vector<UpvarPlace> places;
    std::vector<TypePtr> placeTypes; // as stored, by place
    // How rustc's note names it where that is not `name`: the text of its span (`&self`,
    // `&mut self`, a pattern parameter's `(a, _)` whose field is `__arg0`).
    std::string notedAs;
};

/// The upvars as rustc stores them: a variable captured by places becomes one field per
/// place, named as rustc's layout names it (`p__name`, `_ref__p__id`).
std::vector<Upvar> storedUpvars(const std::vector<Upvar>& upvars);

struct Awaitee {
    TypePtr type;          // the future being polled
    std::string expr;      // its source text
    TextPosition position; // where the awaited expression starts
};

struct CallSite {
    TextRange range; // the whole call
    FnSignature callee;
    CallResult instantiation;
    std::vector<TypePtr> argTypes; // excluding a method's receiver
    std::vector<TextRange> argRanges;
    std::vector<std::string> argTexts;
    TypePtr receiverType; // a method call's receiver (for bounds on `Self`)
    TextRange receiverRange;
    TextRange methodNameRange;                 // a method call's name: where rustc reports a bound
                                               // that no argument's type carries
    std::vector<TextRange> typeArgumentRanges; // the turbofish's type arguments, in order
};

/// How a closure or async block captures one variable it mentions (rustc's UpvarCapture).
struct CaptureMode {
    bool byValue = false;
    std::vector<std::string> movedFields; // edition 2021: fields captured by value, the rest by reference
    std::string borrowedPlace;            // the place rustc names when it is borrowed: `job` or `job.id`
    bool mutated = false;                 // borrowed mutably (`&mut T`): the body assigns or `&mut`s it
    bool wholeBorrowed = false;           // `&x` of the variable itself (`{x:?}`), not of `*x` or a field
    std::vector<UpvarPlace> places;       // edition 2021: the fields stored instead of the variable
    std::vector<UpvarPlace> movePlaces;   // the same for a `move` closure / block (all by value)
};

/// A nested async block / closure: what the enclosing body knows about its captures.
struct CaptureInfo {
    std::vector<Upvar> upvars;
    // A non-move one: how it captures each variable it mentions (by value or by reference),
    // decided once per node by CaptureAnalysis.cpp.
    std::optional<std::vector<CaptureMode>> modes;
};

struct LoweredBody {
    Cfg cfg;
    std::vector<Local> locals;
    std::vector<Upvar> upvars;
    std::vector<Awaitee> awaitees;                        // by suspension number
    std::vector<std::optional<TextPosition>> firstBorrow; // by local
    std::vector<CallSite> calls;
    TypePtr output; // the body's value type
    // A fn's written return type (an async fn's output) and its tail expression: rustc checks
    // the tail against `-> impl Future + Send` / `-> Box<dyn Future + Send>` there.
    TypePtr declaredReturn; // null when none is written
    TextRange returnTypeRange;
    std::optional<TextRange> tailRange; // the block's tail expression
    // Each `return` value: where it is written and its type (coerced to the return type as
    // the tail is: rustc_hir_typeck/src/expr.rs check_expr_return, coercion.rs CoerceMany).
    std::vector<std::pair<TextRange, TypePtr>> returnValues;

    /// The binding or argument called `name` (the first one, if it is shadowed).
    const Local* binding(std::string_view name) const {
        for (const Local& l : locals)
            if ((l.kind == LocalKind::Binding || l.kind == LocalKind::Argument) && l.name == name) return &l;
        return nullptr;
    }
};

} // namespace awaitscope
