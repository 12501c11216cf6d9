#pragma once
// A type with parts left open (`Vec<_>`, a call's unsettled `T`) as a pattern: each unknown
// part becomes a parameter `?0`, `?1`, ..., so that one match (TypeOps' unify) can say what
// fills it. Used by a call's matching (CallLowering.cpp) and a `let`'s annotation (LetLowering.cpp).

#include "types/Type.h"

#include <string>
#include <vector>

namespace awaitscope {

/// `replaced` keeps what each parameter stood for (a body's type variable, or Unknown).
TypePtr unknownPartsAsParams(const TypePtr& type, std::vector<std::string>& params, std::vector<TypePtr>& replaced);

} // namespace awaitscope
