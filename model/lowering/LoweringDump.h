#pragma once
// The lowered form of every future of a file as readable text: its locals (bindings,
// argument copies, `for` iterators, temporaries) with their types, the upvars, the CFG
// block by block, the locals that need a drop flag, and what each suspension point saves
// and why. tests/data/lowering/*.lowered.txt hold it for the corpus, so a change in any of
// it shows in review (tests/model/LoweringGoldenTest.cpp; UPDATE_GOLDEN=1 rewrites them).

#include "lowering/FileLowering.h"

#include <string>

namespace awaitscope {

class LoweringDump {
  public:
    static std::string write(const FileLowering& lowering, const TypeContext& types);
};

} // namespace awaitscope
