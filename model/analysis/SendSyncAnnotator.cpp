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

void annotateSendSync(std::vector<FutureInfo>& futures, const FileLowering& lowering, const TypeContext& types,
                      const AutoTraitSolver& solver) {
    const auto& lowered = lowering.futures();
    for (size_t i = 0; i < futures.size() && i < lowered.size(); ++i) {
        FutureInfo& future = futures[i];
        const LoweredBody& body = lowered[i].body;
        for (size_t u = 0; u < future.upvars.size() && u < body.upvars.size(); ++u)
            mark(future.upvars[u], body.upvars[u].type, solver);
        // Fields are in the builder's order: saved locals, then the awaitee.
        for (size_t s = 0; s < lowered[i].savedLocals.size(); ++s) {
            State& state = future.states[s + 1];
            size_t f = 0;
            for (const SavedLocal& saved : lowered[i].savedLocals[s])
                if (f < state.fields.size()) mark(state.fields[f++], body.locals[saved.local].type, solver);
            if (f < state.fields.size() && s < body.awaitees.size())
                mark(state.fields[f], body.awaitees[s].type, solver);
        }
        const TypePtr self = types.futureType(static_cast<int>(i), future.name, body.output);
        future.send = solver.verdict(self, AutoTrait::Send);
        future.sync = solver.verdict(self, AutoTrait::Sync);
    }
}

} // namespace awaitscope
