#include "analysis/Analyzer.h"

#include "hir/AsyncItemCollector.h"

#include "syntax/HighlightSpans.h"
#include "syntax/MacroArguments.h"
#include "syntax/SyntaxTree.h"

namespace awaitscope {

namespace {

bool isCancelled(const AnalysisInput& input) {
    return input.cancelled && input.cancelled->load(std::memory_order_relaxed);
}

} // namespace

std::shared_ptr<const Snapshot> analyze(const AnalysisInput& input) {
    auto snapshot = std::make_shared<Snapshot>();
    snapshot->file = input.path;
    snapshot->text = input.text;
    snapshot->edition = input.edition;

    auto file = std::make_shared<SourceFile>(input.path, input.text);
    SyntaxTree tree(file);
    for (const SyntaxError& e : tree.errors())
        snapshot->parseErrors.push_back({e.position, e.message});
    snapshot->highlights = computeHighlights(tree);
    if (isCancelled(input)) return snapshot;

    MacroArguments macros(*file);
    const std::vector<AsyncItem> items = AsyncItemCollector(macros).collect(tree.root());
    for (const AsyncItem& item : items) { // (interim: states only, until the types land)
        FutureInfo f;
        f.name = item.name;
        f.kind = item.kind;
        f.position = item.position;
        f.bodyRange = item.node.range();
        f.states.push_back({"Unresumed", std::nullopt, {}});
        for (size_t i = 0; i < item.suspensions.size(); ++i)
            f.states.push_back({"Suspend" + std::to_string(i), item.suspensions[i].keyword, {}});
        f.states.push_back({"Returned", std::nullopt, {}});
        f.states.push_back({"Panicked", std::nullopt, {}});
        snapshot->futures.push_back(std::move(f));
    }
    return snapshot;
}

} // namespace awaitscope
