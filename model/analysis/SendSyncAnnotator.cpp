#include "analysis/SendSyncAnnotator.h"

#include "lowering/FileLowering.h"
#include "traits/AutoTraitSolver.h"
#include "types/TypeContext.h"

namespace awaitscope {

namespace {

void mark(SavedField& field, const TypePtr& type, const AutoTraitSolver& solver) {
    field.send = solver.verdict(type, AutoTrait::Send);
    field.sync = solver.verdict(type, AutoTrait::Sync);
}

} // namespace

void annotateSendSync(FutureInfo& future, int index, const FileLowering& lowering, const TypeContext& types,
                      const AutoTraitSolver& solver) {
    const LoweredBody& body = lowering.futures()[index].body;
    // Every field carries its type (StateMachineBuilder): no second walk of the lowering.
    // An async fn's values are seen as its callers see them: its `T` is whatever an
    // instance makes it (unknown here), not the rigid `T` of its own body.
    const bool outside = lowering.isAsyncFn(index);
    const auto seen = [&](const TypePtr& t) { return outside ? solver.seenFromOutside(t) : t; };
    for (SavedField& upvar : future.upvars) mark(upvar, seen(upvar.ty), solver);
    for (State& state : future.states)
        for (SavedField& field : state.fields) mark(field, seen(field.ty), solver);
    const TypePtr self = types.futureType(index, future.name, body.output);
    future.send = solver.verdict(self, AutoTrait::Send);
    future.sync = solver.verdict(self, AutoTrait::Sync);
}

void annotateSendSync(std::vector<FutureInfo>& futures, const FileLowering& lowering, const TypeContext& types,
                      const AutoTraitSolver& solver) {
    for (size_t i = 0; i < futures.size() && i < lowering.futures().size(); ++i)
        annotateSendSync(futures[i], static_cast<int>(i), lowering, types, solver);
}

} // namespace awaitscope
