#include "analysis/Analyzer.h"

#include "hir/AsyncItemCollector.h"
#include "lowering/StateMachineBuilder.h"
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
    StateMachineBuilder builder(tree, macros, input.edition);
    for (const AsyncItem& item : items) {
        if (isCancelled(input)) break;
        snapshot->futures.push_back(builder.build(item));
    }
    return snapshot;
}

} // namespace awaitscope
