#include "analysis/Analyzer.h"

#include "hir/AsyncItemCollector.h"
#include "analysis/SendSyncAnnotator.h"
#include "diagnostics/FixFinder.h"
#include "diagnostics/SendDiagnostics.h"
#include "diagnostics/StaticDiagnostics.h"
#include "lowering/FileLowering.h"
#include "lowering/StateMachineBuilder.h"
#include "diagnostics/BorrowDiagnostics.h"
#include "diagnostics/LargeFutureDiagnostics.h"
#include "traits/AutoTraitSolver.h"
#include "types/TypeContext.h"
#include "syntax/HighlightSpans.h"
#include "syntax/MacroArguments.h"
#include "syntax/SyntaxTree.h"

#include <algorithm>

namespace awaitscope {

namespace {

bool isCancelled(const AnalysisInput& input) {
    return input.cancelled && input.cancelled->load(std::memory_order_relaxed);
}

/// Diagnostics are reported in source order, whichever pass found them.
void appendSorted(std::vector<Diagnostic>& all, std::vector<Diagnostic> more) {
    for (Diagnostic& d : more) all.push_back(std::move(d));
    std::stable_sort(all.begin(), all.end(),
                     [](const Diagnostic& a, const Diagnostic& b) { return a.range.start < b.range.start; });
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
    TypeContext types(tree, macros);
    LoweringEnvironment env{types, macros, input.edition, {}, {}};
    FileLowering lowering(env, tree.root(), items, input.cancelled);
    if (isCancelled(input)) return snapshot;
    const FutureLayouts layouts(types, lowering.futures());
    StateMachineBuilder builder(types, layouts);
    for (size_t i = 0; i < lowering.futures().size(); ++i)
        snapshot->futures.push_back(builder.build(lowering.futures()[i], static_cast<int>(i)));
    AutoTraitSolver solver(types, &lowering);
    annotateSendSync(snapshot->futures, lowering, types, solver);
    snapshot->diagnostics = findSendDiagnostics(lowering, types, solver, snapshot->futures);
    appendSorted(snapshot->diagnostics, findStaticDiagnostics(lowering, tree, snapshot->futures));
    const FixFinder fixes(tree, lowering);
    for (Diagnostic& d : snapshot->diagnostics) fixes.addFixes(d);
    // These passes add their own fixes.
    appendSorted(snapshot->diagnostics, findBorrowDiagnostics(lowering, tree, types));
    appendSorted(snapshot->diagnostics, findLargeFutureDiagnostics(snapshot->futures, tree, input.largeFutureBytes));
    return snapshot;
}

} // namespace awaitscope
