#include "lowering/CoroutineLayout.h"

#include "types/StructLayouter.h"

#include <algorithm>

namespace awaitscope {

namespace {

constexpr int kReservedVariants = 3; // Unresumed, Returned, Panicked come first

long tagBytesFor(size_t maxDiscriminant) {
    long bytes = 1;
    while (bytes < 16 && (maxDiscriminant >> (8 * bytes))) bytes *= 2;
    return bytes;
}

long conflictCount(const std::vector<char>& row) {
    return std::count(row.begin(), row.end(), 1);
}

} // namespace

// coroutine_saved_local_eligibility: per local, the variant it is assigned to, or
// kIneligible (promoted to the prefix).
std::vector<int> CoroutineLayout::eligibility(const CoroutineInput& in, const std::vector<std::vector<int>>& variants) {
    std::vector<int> assigned(in.locals.size(), kUnassigned);
    for (size_t v = 0; v < variants.size(); ++v)
        for (int local : variants[v])
            assigned[local] = assigned[local] == kUnassigned ? static_cast<int>(v) : kIneligible;
    for (size_t a = 0; a < in.locals.size(); ++a) {
        if (assigned[a] == kIneligible) continue;
        const long conflictsA = conflictCount(in.conflicts[a]);
        for (size_t b = 0; b < in.locals.size(); ++b) {
            if (!in.conflicts[a][b] || assigned[b] == kIneligible || assigned[a] == assigned[b]) continue;
            const size_t remove = conflictsA > conflictCount(in.conflicts[b]) ? a : b;
            assigned[remove] = kIneligible;
        }
    }
    std::vector<char> used(variants.size(), 0);
    for (int v : assigned)
        if (v >= 0) used[v] = 1;
    if (std::count(used.begin(), used.end(), 1) < 2) std::fill(assigned.begin(), assigned.end(), kIneligible);
    return assigned;
}

// variant_info_for_coroutine: a variant is as large as its last field's end (the upvars'
// end when it has none), plus the tag when the tag lies past that; print-type-sizes then
// subtracts the tag.
long CoroutineLayout::printedSize(const CoroutineInput& in, const CoroutineResult& r, const std::vector<int>& locals,
                                  long tagOffset, long tagBytes) {
    long end = 0;
    for (int l : locals) end = std::max(end, r.localOffsets[l] + in.locals[l].size);
    if (end == 0)
        for (size_t u = 0; u < in.upvars.size(); ++u) end = std::max(end, r.upvarOffsets[u] + in.upvars[u].size);
    if (tagOffset >= end) end += tagBytes;
    return end - tagBytes;
}

CoroutineResult CoroutineLayout::compute(const CoroutineInput& in) {
    std::vector<std::vector<int>> variants(kReservedVariants);
    variants.insert(variants.end(), in.suspendStates.begin(), in.suspendStates.end());
    const std::vector<int> assigned = eligibility(in, variants);

    // The prefix: upvars, the tag, then the ineligible locals in local order.
    const long tagBytes = tagBytesFor(variants.size() - 1);
    const NicheCount values = tagBytes >= 16 ? ~NicheCount(0) : NicheCount(1) << (8 * tagBytes);
    std::vector<Layout> prefixFields = in.upvars;
    prefixFields.push_back(
        Layout{tagBytes, tagBytes, Niche{0, static_cast<int>(tagBytes), values - variants.size()}, true});
    std::vector<int> promoted;
    for (size_t l = 0; l < in.locals.size(); ++l)
        if (assigned[l] == kIneligible) promoted.push_back(static_cast<int>(l));
    for (int l : promoted) prefixFields.push_back(in.locals[l]);
    const FieldsLayout prefix = StructLayouter::univariant(prefixFields);

    CoroutineResult r;
    r.promoted.assign(in.locals.size(), 0);
    r.localOffsets.assign(in.locals.size(), 0);
    r.upvarOffsets.assign(prefix.offsets.begin(), prefix.offsets.begin() + in.upvars.size());
    const long tagOffset = prefix.offsets[in.upvars.size()];
    for (size_t i = 0; i < promoted.size(); ++i) {
        r.promoted[promoted[i]] = 1;
        r.localOffsets[promoted[i]] = prefix.offsets[in.upvars.size() + 1 + i];
    }
    long size = prefix.layout.size, align = prefix.layout.align;
    bool nichesKnown = prefix.layout.nicheKnown;
    for (size_t v = 0; v < variants.size(); ++v) {
        std::vector<int> own;
        std::vector<Layout> fields;
        for (int l : variants[v])
            if (assigned[l] == static_cast<int>(v)) {
                own.push_back(l);
                fields.push_back(in.locals[l]);
            }
        const FieldsLayout laid =
            StructLayouter::univariant(fields, StructLayouter::Prefix{prefix.layout.size, prefix.layout.align});
        for (size_t i = 0; i < own.size(); ++i) r.localOffsets[own[i]] = laid.offsets[i];
        size = std::max(size, laid.layout.size);
        align = std::max(align, laid.layout.align);
        nichesKnown = nichesKnown && laid.layout.nicheKnown;
    }
    r.layout = Layout{roundUpTo(size, align), align, std::nullopt, true};
    r.offsetsKnown = nichesKnown;
    // Printed in source order: Unresumed, Suspend0.., Returned, Panicked.
    r.stateSizes.push_back(printedSize(in, r, variants[0], tagOffset, tagBytes));
    for (size_t v = kReservedVariants; v < variants.size(); ++v)
        r.stateSizes.push_back(printedSize(in, r, variants[v], tagOffset, tagBytes));
    r.stateSizes.push_back(printedSize(in, r, variants[1], tagOffset, tagBytes));
    r.stateSizes.push_back(printedSize(in, r, variants[2], tagOffset, tagBytes));
    return r;
}

} // namespace awaitscope
