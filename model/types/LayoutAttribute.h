#pragma once
// `#[awaitscope::layout(size = 640, align = 128)]` before a prelude item: the layout rustc
// 1.95 gives that type (or that library async fn's future), measured with
// -Zprint-type-sizes, where the prelude abbreviates the real fields and so cannot derive it.

#include "syntax/SyntaxNode.h"
#include "types/Layout.h"

#include <optional>

namespace awaitscope {

/// The attribute among the attributes right before `item`, if there is one.
std::optional<FixedLayout> layoutAttribute(const SyntaxNode& item);

} // namespace awaitscope
