#pragma once
// The prelude's items, parsed and indexed once per process (thread-safe), then shared
// read-only by every TypeContext.

#include "types/ItemIndex.h"

#include <memory>

namespace awaitscope {

class PreludeIndex {
  public:
    static std::shared_ptr<const ItemIndex> get();
    /// Whether get() has built the index (then it answers at once).
    static bool isLoaded();
};

} // namespace awaitscope
