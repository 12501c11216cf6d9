#pragma once
// One analysis's side of the lowering cache: which units (LoweringUnits) of this text the
// previous analysis of the same file lowered already, and, once this lowering is done,
// what this one keeps for the next. A unit is taken when the skeleton is equal and its
// text is equal at the same position: then every position, future number and signature
// its lowering read is the same. The only byte offsets a lowered body holds, its calls'
// callee positions (FnSignature::definitionByte), are moved to where those fns are now.

#include "lowering/LoweringCache.h"
#include "lowering/LoweringUnits.h"

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace awaitscope {

class LoweringReuse {
  public:
    LoweringReuse(LoweringCache& cache, std::string path, const LoweringUnits& units);

    struct Taken {
        uint32_t endByte = 0; // the unit's end: its jobs are all before it
        int firstFuture = 0;
        std::vector<LoweredFuture> futures; // item pointers unset
        std::vector<LoweredBody> plain;     // the plain fns' bodies in the unit, in order
        std::vector<uint32_t> plainStarts;  // where their fns start
    };
    /// The kept lowering of the unit that starts at `startByte`, or nothing when it must be
    /// lowered again.
    std::optional<Taken> take(uint32_t startByte);

    /// Keeps this analysis's units for the next one; only after a complete lowering.
    /// `plainStarts[i]` is where the fn of `plain[i]` starts.
    void keep(const std::vector<LoweredFuture>& futures, const std::vector<LoweredBody>& plain,
              const std::vector<uint32_t>& plainStarts);

  private:
    bool relocateCallees(LoweredBody& body, const std::vector<uint32_t>& keptFnStarts) const;
    std::shared_ptr<const KeptUnit> lowered(const LoweringUnit& unit, const std::vector<LoweredFuture>& futures,
                                            const std::vector<LoweredBody>& plain,
                                            const std::vector<uint32_t>& plainStarts) const;

    LoweringCache& m_cache;
    std::string m_path;
    const LoweringUnits& m_units;
    std::shared_ptr<const KeptLowering> m_previous;
    std::shared_ptr<const std::vector<uint32_t>> m_fnStarts;
    std::map<uint32_t, size_t> m_unitByStart;                    // start byte -> index in m_units.units()
    std::map<uint32_t, std::shared_ptr<const KeptUnit>> m_taken; // by start byte
};

} // namespace awaitscope
