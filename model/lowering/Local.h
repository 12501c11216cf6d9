#pragma once
// A local of the lowered body: a `let` binding, an argument's copy, a `for` loop's
// iterator, or a temporary that rustc materialises (a borrowed value, a scrutinee).

#include "syntax/TextPosition.h"
#include "types/Type.h"

#include <optional>
#include <string>

namespace awaitscope {

// `CapturedValue`: a by-value capture of an async block or async closure body. It lives in
// the future's prefix, not in a state, but the body owns it and drops it at its end
// (rustc_mir_build: a coroutine's by-value upvars are dropped by its body, since a returned
// coroutine drops nothing), so its moves get drop flags as a local's do.
enum class LocalKind { Binding, Argument, Temporary, Iterator, CapturedValue };

struct Local {
    LocalKind kind = LocalKind::Binding;
    std::string name;                // binding name; "iter" for a for loop; "" for temporaries
    std::optional<std::string> expr; // a temporary's source text
    TypePtr type;
    TextPosition position; // where it is introduced
};

} // namespace awaitscope
