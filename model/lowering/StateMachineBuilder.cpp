#include "lowering/StateMachineBuilder.h"

namespace awaitscope {

FutureInfo StateMachineBuilder::build(const AsyncItem& item) {
    FutureInfo future;
    future.name = item.name;
    future.kind = item.kind;
    future.position = item.position;
    future.bodyRange = item.node.range();
    future.states.push_back({"Unresumed", std::nullopt, {}});
    for (size_t i = 0; i < item.suspensions.size(); ++i) {
        State state{"Suspend" + std::to_string(i), item.suspensions[i].keyword, {}};
        future.states.push_back(std::move(state));
    }
    future.states.push_back({"Returned", std::nullopt, {}});
    future.states.push_back({"Panicked", std::nullopt, {}});
    return future;
}

} // namespace awaitscope
