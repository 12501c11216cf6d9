#include "analysis/ReportFutures.h"

#include "analysis/SendSyncAnnotator.h"
#include "hir/RustcNaming.h"
#include "lowering/FileLowering.h"
#include "lowering/StateMachineBuilder.h"
#include "util/LargeStack.h"

#include <atomic>

namespace awaitscope {

namespace {

void buildOne(std::vector<FutureInfo>& futures, size_t i, const StateMachineBuilder& builder,
              const FileLowering& lowering, const std::string& fileName) {
    futures[i] = builder.build(lowering.futures()[i], static_cast<int>(i));
    futures[i].rustcName = rustcnaming::rustcName(*lowering.futures()[i].item, fileName);
}

} // namespace

std::vector<FutureInfo> buildReportFutures(const StateMachineBuilder& builder, const FileLowering& lowering,
                                           const TypeContext& types, const AutoTraitSolver& solver,
                                           const std::string& fileName, bool twoThreads) {
    const size_t count = lowering.futures().size();
    std::vector<FutureInfo> futures(count); // sized first: the second thread reads built ones
    if (!twoThreads || count < 2) {
        for (size_t i = 0; i < count; ++i) buildOne(futures, i, builder, lowering, fileName);
        for (size_t i = 0; i < count; ++i) annotateSendSync(futures[i], static_cast<int>(i), lowering, types, solver);
        return futures;
    }
    // `built` futures are done (release: their fields are visible to the marking thread);
    // `stop` ends the marking thread early when the building one threw.
    std::atomic<size_t> built{0};
    std::atomic<bool> stop{false};
    LargeStackThread marking([&] {
        for (size_t i = 0; i < count; ++i) {
            for (size_t done = built.load(std::memory_order_acquire); done <= i && !stop.load();
                 done = built.load(std::memory_order_acquire))
                built.wait(done, std::memory_order_acquire);
            if (stop.load()) return;
            annotateSendSync(futures[i], static_cast<int>(i), lowering, types, solver);
        }
    });
    try {
        for (size_t i = 0; i < count; ++i) {
            buildOne(futures, i, builder, lowering, fileName);
            built.store(i + 1, std::memory_order_release);
            built.notify_one();
        }
    } catch (...) {
        stop.store(true);
        built.store(count + 1, std::memory_order_release); // wakes the waiting thread
        built.notify_one();
        marking.join();
        throw;
    }
    marking.join();
    return futures;
}

} // namespace awaitscope
