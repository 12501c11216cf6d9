#include "PreludeIndex.h"

#include "syntax/SyntaxTree.h"
#include "types/ItemCollector.h"
#include "types/ItemLowering.h"
#include "types/PreludeSources.h"
#include "types/UseResolver.h"

#include <atomic>

namespace awaitscope {

namespace {

std::atomic<bool> loaded{false};

// The index points into the syntax trees (item nodes), so both live together.
struct LoadedPrelude {
    std::vector<std::unique_ptr<SyntaxTree>> trees;
    std::shared_ptr<ItemIndex> index = std::make_shared<ItemIndex>();

    LoadedPrelude() {
        ItemCollector collector(*index);
        for (const PreludeSource& source : preludeSources()) {
            auto file = std::make_shared<SourceFile>(std::string(source.crate) + ".rs", std::string(source.text));
            trees.push_back(std::make_unique<SyntaxTree>(file));
            collector.collectCrate(std::string(source.crate), trees.back()->root());
        }
        UseResolver(*index).resolveAll();
        ItemLowering(*index).lowerAll();
    }
};

} // namespace

std::shared_ptr<const ItemIndex> PreludeIndex::get() {
    static const LoadedPrelude prelude; // C++11 guarantees one thread-safe initialisation
    loaded.store(true, std::memory_order_release);
    return prelude.index;
}

bool PreludeIndex::isLoaded() {
    return loaded.load(std::memory_order_acquire);
}

} // namespace awaitscope
