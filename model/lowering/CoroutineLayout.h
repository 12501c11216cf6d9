#pragma once
// How rustc lays out a coroutine (an async fn's / block's future), transcribed from
// compiler/rustc_abi/src/layout/coroutine.rs (coroutine_saved_local_eligibility, layout)
// and the variant sizes of rustc_ty_utils/src/layout.rs (variant_info_for_coroutine), as
// -Zprint-type-sizes prints them:
//   - variants: Unresumed, Returned, Panicked, then one per suspension point; the tag is
//     the smallest unsigned integer holding the last variant's index;
//   - a saved local in two or more states is ineligible for overlap; of two eligible
//     locals of different states whose storage is needed at the same time, the one with
//     more conflicts becomes ineligible (a greedy choice, kept exactly); with fewer than
//     two states left holding eligible locals, every local is ineligible;
//   - the prefix is one struct of upvars, tag and ineligible locals (field reordering
//     included); each state lays out its eligible locals after the prefix, states overlap;
//   - the size is the largest of them, rounded up to the alignment; no niche.

#include "types/Layout.h"

#include <optional>
#include <vector>

namespace awaitscope {

struct CoroutineInput {
    std::vector<Layout> upvars;
    std::vector<Layout> locals;                  // saved locals, in rustc's (MIR) local order
    std::vector<std::vector<int>> suspendStates; // per suspension: indices into `locals`, ascending
    std::vector<std::vector<char>> conflicts;    // locals x locals: storage needed at once (diagonal set)
};

struct CoroutineResult {
    Layout layout;
    bool offsetsKnown = true; // false where a field's niche is unknown (it decides the order)
    std::vector<long> upvarOffsets;
    std::vector<long> localOffsets; // one per saved local: the same in every state holding it
    std::vector<long> stateSizes;   // Unresumed, Suspend0.., Returned, Panicked, as rustc prints them
    std::vector<char> promoted;     // per local: in the prefix (ineligible for overlap)
};

class CoroutineLayout {
  public:
    static CoroutineResult compute(const CoroutineInput& input);

  private:
    static constexpr int kUnassigned = -2;
    static constexpr int kIneligible = -1;
    static std::vector<int> eligibility(const CoroutineInput& input, const std::vector<std::vector<int>>& variants);
    static long printedSize(const CoroutineInput& input, const CoroutineResult& result,
                            const std::vector<int>& variantLocals, long tagOffset, long tagBytes);
};

} // namespace awaitscope
