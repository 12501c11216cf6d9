#include "lowering/LoweringReuse.h"

#include <algorithm>

namespace awaitscope {

LoweringReuse::LoweringReuse(LoweringCache& cache, std::string path, const LoweringUnits& units)
    : m_cache(cache), m_path(std::move(path)), m_units(units),
      m_fnStarts(std::make_shared<const std::vector<uint32_t>>(units.fnStarts())) {
    if (!units.usable()) return;
    m_previous = cache.previous(m_path, units.skeleton());
    for (size_t u = 0; u < units.units().size(); ++u) m_unitByStart[units.units()[u].startByte] = u;
}

std::optional<LoweringReuse::Taken> LoweringReuse::take(uint32_t startByte) {
    if (!m_previous) return std::nullopt;
    const auto unitIt = m_unitByStart.find(startByte);
    if (unitIt == m_unitByStart.end()) return std::nullopt;
    const LoweringUnit& unit = m_units.units()[unitIt->second];
    const auto keptIt = m_previous->units.find(unit.start);
    if (keptIt == m_previous->units.end()) return std::nullopt;
    const KeptUnit& kept = *keptIt->second;
    if (kept.text != unit.text || kept.firstFuture != unit.firstFuture ||
        static_cast<int>(kept.futures.size()) != unit.futureCount)
        return std::nullopt;
    Taken taken{unit.endByte, unit.firstFuture, kept.futures, kept.plain, {}};
    for (LoweredFuture& f : taken.futures)
        if (!relocateCallees(f.body, *kept.fnStarts)) return std::nullopt;
    for (LoweredBody& body : taken.plain)
        if (!relocateCallees(body, *kept.fnStarts)) return std::nullopt;
    for (uint32_t offset : kept.plainOffsets) taken.plainStarts.push_back(unit.startByte + offset);
    m_taken[startByte] = keptIt->second;
    return taken;
}

bool LoweringReuse::relocateCallees(LoweredBody& body, const std::vector<uint32_t>& keptFnStarts) const {
    for (CallSite& call : body.calls) {
        FnSignature& callee = call.callee;
        if (callee.definitionFile != m_path) continue;
        // Equal skeletons hold the same fn items in the same order: the n-th moved to the n-th.
        const auto it = std::lower_bound(keptFnStarts.begin(), keptFnStarts.end(), callee.definitionByte);
        const auto nth = static_cast<size_t>(it - keptFnStarts.begin());
        if (it == keptFnStarts.end() || *it != callee.definitionByte || nth >= m_fnStarts->size()) return false;
        callee.definitionByte = (*m_fnStarts)[nth];
    }
    return true;
}

void LoweringReuse::keep(const std::vector<LoweredFuture>& futures, const std::vector<LoweredBody>& plain,
                         const std::vector<uint32_t>& plainStarts) {
    if (!m_units.usable()) return;
    auto next = std::make_shared<KeptLowering>();
    next->skeleton = m_units.skeleton();
    for (const LoweringUnit& unit : m_units.units()) {
        const auto taken = m_taken.find(unit.startByte);
        next->units[unit.start] = taken != m_taken.end() ? taken->second : lowered(unit, futures, plain, plainStarts);
    }
    const int total = static_cast<int>(m_units.units().size());
    m_cache.keep(m_path, std::move(next), static_cast<int>(m_taken.size()), total);
}

std::shared_ptr<const KeptUnit> LoweringReuse::lowered(const LoweringUnit& unit,
                                                       const std::vector<LoweredFuture>& futures,
                                                       const std::vector<LoweredBody>& plain,
                                                       const std::vector<uint32_t>& plainStarts) const {
    auto kept = std::make_shared<KeptUnit>();
    kept->text = std::string(unit.text);
    kept->start = unit.start;
    kept->firstFuture = unit.firstFuture;
    kept->fnStarts = m_fnStarts;
    for (int i = unit.firstFuture; i < unit.firstFuture + unit.futureCount; ++i) {
        kept->futures.push_back(futures.at(i));
        kept->futures.back().item = nullptr; // the item belongs to this analysis's tree
        kept->futures.back().reachableItem.reset();
    }
    // plainStarts ascend (job order): the unit's plain bodies are the ones starting inside it.
    const auto first = std::lower_bound(plainStarts.begin(), plainStarts.end(), unit.startByte);
    for (auto at = first; at != plainStarts.end() && *at < unit.endByte; ++at) {
        kept->plain.push_back(plain.at(static_cast<size_t>(at - plainStarts.begin())));
        kept->plainOffsets.push_back(*at - unit.startByte);
    }
    return kept;
}

} // namespace awaitscope
