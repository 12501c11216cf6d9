// A dependency's async fns are lowered with the dependency's own edition, read from its
// Cargo.toml (tests/data/projects/registry: herald-0.1.0, edition 2021, awaits the async
// fns of elder-0.1.0, edition 2018). rustc decides precise captures by the closure's span
// (rustc_hir_typeck/src/upvar.rs, enable_precise_capture), so elder's async blocks capture
// whole variables even inside herald's futures.
#include "analysis/Analyzer.h"
#include "project/ProjectSession.h"
#include "util/FileLoader.h"

#include <gtest/gtest.h>

using namespace awaitscope;

namespace {

const std::string kHerald = std::string(AWAITSCOPE_TEST_DATA) + "/projects/registry/herald-0.1.0/src/lib.rs";

std::shared_ptr<const Snapshot> analyzeHerald() {
    AnalysisInput input{kHerald, loadSourceFile(kHerald).text, Edition::E2021, nullptr};
    input.project = ProjectSession::forFile(kHerald, {{}, false, false});
    return analyze(input);
}

std::optional<long> awaiteeSize(const FutureInfo& future) {
    for (const State& st : future.states)
        for (const SavedField& field : st.fields)
            if (field.kind == FieldKind::Awaitee) return field.size;
    return std::nullopt;
}

} // namespace

// Expected from rustc 1.95 (`cargo rustc -- -Zprint-type-sizes` on herald with elder as a
// path dependency): elder::name_len's future 192 bytes (its `async move` block holds all
// of `p`, 96 bytes; 128 if elder were 2021), so call is 288; elder::both_len's 200 (the
// block borrows `p` whole, 16 bytes; 208 in 2021), so call_both is 296; herald's own
// `async move { p.name.len() }` holds `p.name` alone: own is 128.
TEST(ProjectEdition, ADependencysAsyncFnIsLoweredWithItsOwnEdition) {
    const auto s = analyzeHerald();
    const FutureInfo* call = s->findFuture("call");
    const FutureInfo* both = s->findFuture("call_both");
    const FutureInfo* own = s->findFuture("own");
    ASSERT_TRUE(call && both && own);
    EXPECT_EQ(awaiteeSize(*call), 192);
    EXPECT_EQ(call->size, 288);
    EXPECT_EQ(awaiteeSize(*both), 200);
    EXPECT_EQ(both->size, 296);
    EXPECT_EQ(awaiteeSize(*own), 32) << "the crate's own block follows the crate's edition";
    EXPECT_EQ(own->size, 128);
}
