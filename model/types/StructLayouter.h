#pragma once
// rustc's layout of structs, tuples, closures and enums on x86-64, rule for rule
// (compiler/rustc_abi/src/layout.rs, LayoutCalculator::univariant / univariant_biased /
// layout_of_enum, rustc 1.95):
//   - fields are reordered: largest (effective) alignment first, and within an alignment
//     group the largest niche first; when the niche then sits neither at the start nor at
//     the end, a second order biased to the end is tried and kept if its niche is closer
//     to an edge;
//   - after a prefix (an enum's tag, a coroutine's prefix) fields go in ascending
//     alignment instead, so they pack against it;
//   - an enum either hides its other variants in the largest variant's niche ("niche
//     filling") or gets a tag; the smaller wins, on a tie the one with the larger niche.

#include "types/Layout.h"

#include <optional>
#include <vector>

namespace awaitscope {

class StructLayouter {
  public:
    struct Prefix {
        long size = 0;
        long align = 1;
    };

    /// `fields` in declaration order; offsets come back in that order.
    static FieldsLayout univariant(const std::vector<Layout>& fields, std::optional<Prefix> prefix = std::nullopt);
    /// An enum whose variants have these fields and discriminants 0, 1, ...; none where its
    /// size depends on a niche nobody knows.
    static std::optional<Layout> enumLayout(const std::vector<std::vector<Layout>>& variants);

  private:
    enum class Bias { Start, End };
    static FieldsLayout biased(const std::vector<Layout>& fields, std::optional<Prefix> prefix, Bias bias);
    static std::vector<size_t> memoryOrder(const std::vector<Layout>& fields, bool prefixed, Bias bias);
    static std::optional<Layout> nicheFilled(const std::vector<std::vector<Layout>>& variants);
    static Layout tagged(const std::vector<std::vector<Layout>>& variants);
};

} // namespace awaitscope
