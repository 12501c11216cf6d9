#pragma once
// Coinduction without a wrong cache. An auto trait's cycle is assumed to hold (a type that
// contains itself is Send if everything else in it is), so what is solved *inside* a type
// still being solved may rest on that assumption: `Option<Box<Node>>` is Send only if `Node`
// is, and `Node` may still fail on another field (`tag: Rc<u8>`). Such a result is
// provisional until the type it assumed is answered. rustc keeps provisional results out of
// its global cache (rustc_trait_selection/src/traits/select/mod.rs, the
// ProvisionalEvaluationCache: entries that depend on a cycle head are dropped when the head
// finishes); so does the solver here: it caches a result only when every assumption it
// rested on was about that type itself or a type solved below it.

#include <algorithm>
#include <cstddef>
#include <map>
#include <string>
#include <utility>

namespace awaitscope::solvercycles {

struct State {
    std::map<std::string, size_t> depthOf; // the types being solved on this thread, by key
    size_t shallowestAssumed = SIZE_MAX;   // the shallowest of them a cycle assumed, below the frame
};

inline State& state() {
    thread_local State s;
    return s;
}

/// Entering the solution of `key` at `depth` (1 for the outermost); returns what to give leave().
inline size_t enter(const std::string& key, size_t depth) {
    State& s = state();
    s.depthOf[key] = depth;
    return std::exchange(s.shallowestAssumed, SIZE_MAX);
}

/// A cycle: `key`, being solved above, is assumed to hold.
inline void assumed(const std::string& key) {
    State& s = state();
    if (const auto it = s.depthOf.find(key); it != s.depthOf.end())
        s.shallowestAssumed = std::min(s.shallowestAssumed, it->second);
}

/// Leaving the solution of `key`: whether it rested on an assumption about a type above it
/// (then it is not final and must not be cached).
inline bool leave(const std::string& key, size_t depth, size_t outer) {
    State& s = state();
    s.depthOf.erase(key);
    const bool provisional = s.shallowestAssumed < depth;
    s.shallowestAssumed = std::min(outer, s.shallowestAssumed);
    return provisional;
}

} // namespace awaitscope::solvercycles
