#pragma once
// Reads a Cause's `path` strings into PathStep trees. The analysis writes one step a
// string, nested steps indented by two spaces, and marks the types that fail on their
// own with a trailing "<- leaf":
//
//     `tokio::spawn` requires its argument to be `Send`            <- context: what
//     the future of `tally` is `Send` only if everything it stores is   the diagram's
//     Suspend0 (await at 22:42) holds `scores`                          own nodes show
//     `RefMut<'_, HashMap<_, _>>` is Send if all its fields are     <- a type tree
//       `NonNull<T>` is never Send (impl<T: ?Sized> !Send for NonNull<T>)  <- leaf

#include "graph/PathStep.h"

#include <string>
#include <vector>

namespace awaitscope {

struct CausePath {
    /// Leading top-level steps without children: the reasons on the edges from the
    /// site to the future, the future to the state, the state to the value (in order).
    std::vector<std::string> context;
    std::vector<PathStep> typeTrees;  // the value's type and its failing components
    bool hasLeafMarkers = false;

    static CausePath parse(const std::vector<std::string>& path);
};

} // namespace awaitscope
