#pragma once
// How data/ holds a type: `data` sits below `types` (docs/layers.md), so it names the type
// through a pointer to the incomplete `Type`; types/Type.h defines it (and redeclares this
// same alias), and every layer that decides anything about a type includes that header.
// The printed text next to a TypePtr in the snapshot is for display only: decisions read
// the Type (its kind, canonical ADT path, arguments), never the text
// (tests/tools/check_type_text.sh fails on a comparison against printed type text).

#include <memory>

namespace awaitscope {

struct Type;
using TypePtr = std::shared_ptr<const Type>;

} // namespace awaitscope
