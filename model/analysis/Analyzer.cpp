#include "analysis/Analyzer.h"
#include "analysis/AnalysisOutcome.h"

#include "analysis/CrateFutureLayouts.h"
#include "analysis/ReportFutures.h"
#include "diagnostics/BorrowDiagnostics.h"
#include "diagnostics/FixFinder.h"
#include "diagnostics/LargeFutureDiagnostics.h"
#include "diagnostics/SendDiagnostics.h"
#include "diagnostics/StaticDiagnostics.h"
#include "hir/AsyncItemCollector.h"
#include "lowering/BodyLowerer.h"
#include "lowering/FileLowering.h"
#include "lowering/LoweringReuse.h"
#include "lowering/LoweringUnits.h"
#include "lowering/StateMachineBuilder.h"
#include "macros/BodyMacroExpander.h"
#include "project/CfgStripper.h"
#include "project/CrateModel.h"
#include "project/PreludeMacroScope.h"
#include "syntax/HighlightSpans.h"
#include "syntax/IncrementalParser.h"
#include "syntax/MacroArguments.h"
#include "syntax/NestingDepth.h"
#include "syntax/SyntaxTree.h"
#include "traits/AutoTraitSolver.h"
#include "types/CrateScope.h"
#include "types/PreludeIndex.h"
#include "types/TypeContext.h"
#include "util/FileLoader.h"
#include "util/LargeStack.h"

#include <algorithm>
#include <filesystem>
#include <future>
#include <optional>
#include <thread>

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

/// The file as rustc's spans print it: relative to the package's directory inside a
/// crate (cargo runs rustc there, `src/main.rs`), the file name for a file alone.
std::string rustcFileName(const AnalysisInput& input) {
    namespace fs = std::filesystem;
    if (input.project && !input.project->info.manifest.empty()) {
        std::error_code ec;
        const fs::path root = fs::absolute(fs::path(input.project->info.manifest), ec).parent_path();
        const fs::path relative = fs::absolute(fs::path(input.path), ec).lexically_relative(root);
        if (!ec && !relative.empty() && *relative.begin() != "..") return relative.generic_string();
    }
    return fs::path(input.path).filename().string();
}

/// The passes, on a stack sized for kMaxNestingDepth (see analyzeOrRefuse()). Returns
/// why the text is refused, or "".
std::string analyzeOnLargeStack(const AnalysisInput& input, Snapshot& snapshot) {
    // The prelude's index does not depend on the file and is built once per process (7% of
    // a 1,000-fn file's instructions, parsing 211 KB of resources/prelude): the first
    // analysis builds it on a second core while this one parses and walks the file. The
    // type context waits for it (a function-local static: one thread builds, the others
    // wait); the future's destructor joins the thread on every path out of here.
    std::future<void> prelude;
    try {
        if (!PreludeIndex::isLoaded()) prelude = std::async(std::launch::async, [] { PreludeIndex::get(); });
    } catch (const std::system_error&) { // no thread to be had: the type context builds it here
    }
    auto file = std::make_shared<SourceFile>(input.path, input.text);
    // Each keystroke in the window analyses the file again: parse with its last tree (the
    // text as written; a text with code removed by #[cfg] below is parsed afresh).
    SyntaxTree written(file, input.reusePrevious ? &IncrementalParser::shared() : nullptr);
    // A large file's passes on two cores, unless the caller runs analyses side by side. A
    // thread's start and its allocator's first pages cost ~1 ms each on a VM: more than a
    // small file's walks take (a keystroke in 2,037 lines went from 35 to 39 ms CPU).
    const bool twoCores = input.loweringThreads != 1 && std::thread::hardware_concurrency() > 1 &&
                          input.text.size() >= input.twoCoreBytes;
    const Nesting nesting = measureNesting(written, kMaxNestingDepth, twoCores);
    if (auto where = nesting.deeperThanLimit) {
        // Deeper than the stack is sized for: refuse, never overflow.
        const std::string refusal =
            "nesting deeper than " + std::to_string(kMaxNestingDepth) + " at " + toString(*where);
        snapshot.parseErrors.push_back({*where, "not analysed: " + refusal});
        return refusal;
    }
    for (const SyntaxError& e : written.errors()) snapshot.parseErrors.push_back({e.position, e.message});
    if (input.highlights) snapshot.highlights = computeHighlights(written);
    if (isCancelled(input)) return "";
    // The passes read the code rustc compiles: without what a false #[cfg] removes, at the
    // same positions (the crate's cfg set inside a crate, the host's for a file alone).
    std::unique_ptr<SyntaxTree> configured;
    if (CfgStripper::mayStrip(input.text)) {
        const bool inCrate = input.project && input.project->crate;
        const CfgSet& cfg = inCrate ? input.project->crate->expansion().cfg() : CfgSet::host();
        if (auto text = CfgStripper::strip(written, cfg)) {
            file = std::make_shared<SourceFile>(input.path, std::move(*text));
            configured = std::make_unique<SyntaxTree>(file);
        }
    }
    SyntaxTree& tree = configured ? *configured : written;
    // Going up a tree or finding the node at a position descends from the root, so each
    // costs the depth: on a deep tree (nested blocks) the passes' many questions made that
    // quadratic, and an index of the nodes pays for itself. On ordinary code (the 2,037
    // lines of tokio's tests nest 46 deep) a descent is cheaper than indexing.
    const bool deep = nesting.depth > kIndexedNestingDepth;
    if (deep) tree.indexNodes();

    MacroArguments macros(*file);
    // Inside a crate the file's own cfg and item macros are applied as the crate's are.
    std::unique_ptr<CrateExpansion> fileExpansion;
    CrateScope scope;
    if (input.project) snapshot.project = input.project->info;
    if (input.project && input.project->crate) {
        const CrateModel& crate = *input.project->crate;
        fileExpansion = std::make_unique<CrateExpansion>(crate.expansion().cfg());
        fileExpansion->expandFile(tree, input.project->modulePath, crate.expansion());
        scope = {crate.index(), fileExpansion.get(), input.project->modulePath, input.project->diskPath, ""};
    }
    // Macros of the file, the crate and its dependencies in bodies are lowered from their
    // expansions; those the lowering describes by hand stay as written.
    // A file alone has the prelude's crates as its dependencies (futures' poll!/pending!).
    BodyMacroExpander::CrateMacros crateMacros;
    std::optional<PreludeMacroScope> preludeMacros;
    if (fileExpansion) {
        crateMacros = [&, module = input.project->modulePath](const std::vector<std::string>& segments,
                                                              const SyntaxNode&) {
            return fileExpansion->macroFor(segments, module);
        };
    } else {
        crateMacros = preludeMacros.emplace(tree.root()).resolver();
    }
    BodyMacroExpander expander(tree.root(), crateMacros, BodyLowerer::describesByHand);
    macros.setExpansions(&expander);
    AsyncItemCollector collector(macros, fileExpansion.get());
    if (input.project) collector.setCrateModule(input.project->modulePath);
    const std::vector<AsyncItem> items = collector.collect(tree.root(), twoCores && !deep);
    TypeContext types(tree, macros, scope, items); // without a crate: the prelude alone
    LoweringEnvironment env{types, macros, input.edition, {}, {}, {}};
    // The window's next analysis of this file takes the bodies this text did not change.
    // Not inside a crate: there a body also reads the other files, which the key leaves out.
    const bool reuse = input.reusePrevious && !fileExpansion;
    std::optional<LoweringUnits> units;
    std::optional<LoweringReuse> reusable;
    if (reuse) {
        units.emplace(tree, items, input.edition);
        reusable.emplace(LoweringCache::shared(), input.path, *units);
    }
    // The pool's threads have the usual stack: a tree nested deeper than ordinary code
    // (whose passes recurse as deep) is lowered on this thread's large one.
    const int threads = deep ? 1
                        : input.loweringThreads > 0
                            ? input.loweringThreads
                            : std::clamp(static_cast<int>(std::thread::hardware_concurrency()), 1, 8);
    FileLowering lowering(env, items, input.cancelled, reusable ? &*reusable : nullptr, threads);
    if (isCancelled(input)) return "";
    // Inside a crate an awaited async fn of another file is laid out from its body.
    std::unique_ptr<CrateFutureLayouts> otherFiles;
    if (input.project && input.project->crate)
        otherFiles = std::make_unique<CrateFutureLayouts>(*input.project->crate, input.edition);
    const FutureLayouts layouts(types, lowering.futures(), otherFiles.get(), &lowering.plainBodies());
    StateMachineBuilder builder(types, layouts);
    AutoTraitSolver solver(types, &lowering);
    // The builder and the solver on two cores (both threads have a large stack).
    snapshot.futures = buildReportFutures(builder, lowering, types, solver, rustcFileName(input), twoCores);
    snapshot.diagnostics = findSendDiagnostics(lowering, types, solver, snapshot.futures);
    appendSorted(snapshot.diagnostics, findStaticDiagnostics(lowering, tree, snapshot.futures));
    const FixFinder fixes(tree, lowering, snapshot.futures);
    for (Diagnostic& d : snapshot.diagnostics) fixes.addFixes(d);
    // These passes add their own fixes.
    appendSorted(snapshot.diagnostics, findBorrowDiagnostics(lowering, tree, types));
    appendSorted(snapshot.diagnostics, findLargeFutureDiagnostics(snapshot.futures, tree, input.largeFutureBytes));
    return "";
}

} // namespace

AnalysisOutcome analyzeOrRefuse(const AnalysisInput& input) {
    auto snapshot = std::make_shared<Snapshot>();
    snapshot->file = input.path;
    snapshot->text = input.text;
    snapshot->edition = input.edition;
    // The window's text never went through loadSourceFile: check it here too.
    std::string refusal = checkSourceText(input.text);
    if (!refusal.empty()) {
        snapshot->parseErrors.push_back({{1, 1}, "not analysed: " + refusal});
        return {snapshot, refusal};
    }
    // The passes recurse over the tree, the HIR and types: a thread with a large stack
    // makes every input within kMaxNestingDepth safe (rustc's ensure_sufficient_stack,
    // rustc_data_structures/src/stack.rs, grows its stack the same way).
    runOnLargeStack([&] { refusal = analyzeOnLargeStack(input, *snapshot); });
    return {snapshot, refusal};
}

std::shared_ptr<const Snapshot> analyze(const AnalysisInput& input) {
    return analyzeOrRefuse(input).snapshot;
}

} // namespace awaitscope
