// The Send solver's proof as a tree, read by every consumer: the cause's tree runs from
// the spawned future through the state that holds the value to the leaves, its words are
// the cause's `path`, and the JSON "derivation" prints the same tree.
#include "analysis/Analyzer.h"
#include "export/JsonReport.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

using namespace awaitscope;

namespace {

std::shared_ptr<const Snapshot> sample(const std::string& name) {
    std::ifstream in(std::string(AWAITSCOPE_SAMPLES) + "/" + name);
    std::stringstream text;
    text << in.rdbuf();
    return analyze({"samples/" + name, text.str(), Edition::E2021});
}

std::vector<const ProofNode*> leavesOf(const ProofNode& n) {
    if (n.leaf) return {&n};
    std::vector<const ProofNode*> out;
    for (const ProofNode& c : n.children)
        for (const ProofNode* l : leavesOf(c)) out.push_back(l);
    return out;
}

} // namespace

TEST(DerivationTree, ACauseRunsFromTheFutureThroughItsStateToTheLeaves) {
    const auto s = sample("refcell_guard.rs");
    ASSERT_FALSE(s->diagnostics.empty());
    const Cause& cause = s->diagnostics[0].causes.at(0);
    const ProofNode& root = cause.derivation;
    const FutureInfo* tally = s->findFuture("tally");
    ASSERT_TRUE(tally);
    EXPECT_EQ(root.rule, DerivationRule::FutureState);
    EXPECT_EQ(root.future, tally->id);
    ASSERT_TRUE(root.isRouteFuture());
    const ProofNode& value = root.children[0];
    ASSERT_TRUE(value.held);
    EXPECT_EQ(value.held->future, tally->id);
    EXPECT_EQ(tally->states.at(value.held->state).name, "Suspend0");
    EXPECT_EQ(value.held->kind, HeldValue::Kind::Local);
    EXPECT_EQ(value.held->name, "scores");
    EXPECT_EQ(value.type, *cause.type);
    EXPECT_EQ(value.rule, DerivationRule::Fields);
    const auto leaves = leavesOf(value);
    ASSERT_EQ(leaves.size(), cause.leaves.size());
    for (size_t i = 0; i < leaves.size(); ++i) {
        EXPECT_EQ(leaves[i]->rule, DerivationRule::NegativeImpl);
        EXPECT_EQ(leaves[i]->trait, cause.leaves[i].trait);
    }
    EXPECT_EQ(derivationPath(root), cause.path) << "path is the tree in words";
}

TEST(DerivationTree, TheReportPrintsTheTreePerCauseAndForAnOutput) {
    const auto s = sample("refcell_guard.rs");
    const auto json = toJson(*s);
    const auto& derivation = json["diagnostics"][0]["causes"][0]["derivation"];
    EXPECT_EQ(derivation["rule"], "future_state");
    EXPECT_EQ(derivation["children"][0]["held"]["name"], "scores");
    EXPECT_EQ(derivation["children"][0]["rule"], "fields");
    EXPECT_TRUE(json["diagnostics"][0]["derivation"].is_null()) << "every leaf has its cause";

    const auto output = sample("boxed_error_output.rs");
    size_t index = 0;
    while (index < output->diagnostics.size() && output->diagnostics[index].code != "output-not-send") ++index;
    ASSERT_LT(index, output->diagnostics.size());
    const Diagnostic& d = output->diagnostics[index];
    ASSERT_TRUE(d.derivation);
    EXPECT_EQ(derivationPath(*d.derivation), d.path);
    const auto leaves = leavesOf(*d.derivation);
    ASSERT_FALSE(leaves.empty());
    EXPECT_EQ(leaves[0]->type, d.leaves.at(0).type);
    EXPECT_EQ(toJson(*output)["diagnostics"][index]["derivation"]["leaf"], false);
}

TEST(DerivationTree, ANestedChainGoesThroughEachAwaitedFuture) {
    const auto s = sample("nested_chain.rs");
    ASSERT_EQ(s->diagnostics.size(), 1u);
    const ProofNode* step = &s->diagnostics[0].causes.at(0).derivation;
    std::vector<std::string> futures;
    while (step->isRouteFuture()) {
        futures.push_back(s->future(step->future)->name);
        EXPECT_EQ(step->children[0].held->future, step->future) << "its own state holds the next step";
        step = &step->children[0];
    }
    EXPECT_EQ(futures, (std::vector<std::string>{"serve", "route", "render"}));
    EXPECT_EQ(step->held->name, "text");
}
