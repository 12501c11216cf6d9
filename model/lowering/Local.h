#pragma once
// A local of the lowered body: a `let` binding, an argument's copy, a `for` loop's
// iterator, or a temporary that rustc materialises (a borrowed value, a scrutinee).

#include "syntax/TextPosition.h"
#include "types/Type.h"

#include <optional>
#include <string>

namespace awaitscope {

enum class LocalKind { Binding, Argument, Temporary, Iterator };

struct Local {
    LocalKind kind = LocalKind::Binding;
    std::string name;                // binding name; "iter" for a for loop; "" for temporaries
    std::optional<std::string> expr; // a temporary's source text
    TypePtr type;
    TextPosition position; // where it is introduced
};

} // namespace awaitscope
