#include "lowering/Dataflow.h"

#include <algorithm>
#include <deque>
#include <functional>
#include <map>

namespace awaitscope {

namespace {

bool unionInto(LocalSet& into, const LocalSet& from) {
    bool changed = false;
    for (size_t i = 0; i < into.size(); ++i)
        if (from[i] && !into[i]) into[i] = changed = true;
    return changed;
}

} // namespace

Dataflow::Dataflow(const Cfg& cfg, int localCount, std::vector<char> needsDrop)
    : m_cfg(cfg), m_localCount(localCount), m_needsDrop(std::move(needsDrop)) {}

void Dataflow::transferForward(Analysis analysis, const Instr& in, LocalSet& state, bool effectiveDrop) const {
    if (in.local < 0) return;
    switch (analysis) {
    case Analysis::StorageLive:
        if (in.op == Op::StorageLive) state[in.local] = 1;
        if (in.op == Op::StorageDead) state[in.local] = 0;
        break;
    case Analysis::MaybeInit:
        if (in.op == Op::Init) state[in.local] = 1;
        if (in.op == Op::Move || in.op == Op::Drop || in.op == Op::StorageDead || in.op == Op::StorageLive)
            state[in.local] = 0;
        break;
    case Analysis::MaybeUninit: // the converse: some path left it without a value
        // A partial move is left out: rustc tracks it on the field's own move path, and a
        // field moved on every path needs no flag (the drop becomes an open drop of the
        // other fields, elaborate_drops.rs). Flags of fields moved on some paths only are
        // not modelled.
        if (in.op == Op::Init) state[in.local] = 0;
        if (in.op == Op::Move || in.op == Op::Drop || in.op == Op::StorageDead || in.op == Op::StorageLive)
            state[in.local] = 1;
        break;
    case Analysis::MaybeBorrowed:
    case Analysis::MaybeBorrowedOrDropped:
        // A Drop that survives drop elaboration borrows its local too: drop glue takes
        // `&mut self` (rustc_mir_dataflow/src/impls/borrowed_locals.rs, TransferFunction::
        // visit_terminator on TerminatorKind::Drop), so `x = new` over a value of `x` or a
        // store over a field with drop glue keeps the local saved until its StorageDead.
        if (in.op == Op::Borrow) state[in.local] = 1;
        if (analysis == Analysis::MaybeBorrowedOrDropped && in.op == Op::Drop && effectiveDrop) state[in.local] = 1;
        if (in.op == Op::StorageDead || in.op == Op::StorageLive) state[in.local] = 0;
        break;
    }
}

// One of the forward analyses above, per block entry.
std::vector<LocalSet> Dataflow::forwardEntryStates(Analysis analysis,
                                                   const std::vector<std::vector<char>>* effective) const {
    // A local whose storage begins inside the body is uninitialised where the body starts
    // (MaybeUninitializedPlaces' start state: every place but the arguments), so a path that
    // never reaches its StorageLive, past an `if` whose other branch made an extended
    // temporary, leaves it maybe-uninitialised where the two meet.
    LocalSet start(m_localCount, 0);
    if (analysis == Analysis::MaybeUninit)
        for (const BasicBlock& block : m_cfg.blocks())
            for (const Instr& in : block.instrs)
                if (in.op == Op::StorageLive && in.local >= 0) start[in.local] = 1;
    return forwardFixpoint(
        [&](int b, LocalSet& state) {
            const auto& instrs = m_cfg.blocks()[b].instrs;
            for (size_t i = 0; i < instrs.size(); ++i)
                transferForward(analysis, instrs[i], state, effective && (*effective)[b][i]);
        },
        start);
}

// A standard worklist fixpoint: a block's entry state is the union of its predecessors'
// exit states ("may" analyses); `replay` carries a state through one block.
std::vector<LocalSet> Dataflow::forwardFixpoint(const std::function<void(int, LocalSet&)>& replay,
                                                const LocalSet& start) const {
    const auto& blocks = m_cfg.blocks();
    std::vector<LocalSet> entry(blocks.size(), LocalSet(m_localCount, 0));
    if (!start.empty()) entry[static_cast<size_t>(m_cfg.entry())] = start;
    std::deque<int> work{m_cfg.entry()};
    std::vector<char> queued(blocks.size(), 0), visited(blocks.size(), 0);
    while (!work.empty()) {
        const int b = work.front();
        work.pop_front();
        queued[b] = 0;
        LocalSet state = entry[b];
        replay(b, state);
        for (int s : blocks[b].successors) {
            const bool changed = unionInto(entry[s], state);
            if ((changed || !visited[s]) && !queued[s]) {
                visited[s] = queued[s] = 1;
                work.push_back(s);
            }
        }
    }
    return entry;
}

// rustc_mir_dataflow/src/impls/storage_liveness.rs, MaybeRequiresStorage: an assignment or
// a borrow needs the local's storage; StorageDead ends it, and so does a move out of the
// whole local that no borrow can still observe (check_for_move / MoveVisitor: "kill locals
// that are fully moved and have not been borrowed"). A drop is not a move: it keeps it.
void Dataflow::transferRequiresStorage(const Instr& in, const LocalSet& borrowedBefore, LocalSet& state) const {
    if (in.local < 0) return;
    if (in.op == Op::Init || in.op == Op::Borrow) state[in.local] = 1;
    if (in.op == Op::StorageDead || in.op == Op::StorageLive) state[in.local] = 0;
    if (in.op == Op::Move && !borrowedBefore[in.local]) state[in.local] = 0;
}

// Forward, with the may-borrowed state (drop glue included) replayed beside it, since the
// kill on a move reads it at the same instruction.
std::vector<LocalSet> Dataflow::requiresStorageEntryStates(const std::vector<LocalSet>& borrowedEntry,
                                                           const std::vector<std::vector<char>>& effective) const {
    return forwardFixpoint([&](int b, LocalSet& state) {
        const auto& instrs = m_cfg.blocks()[b].instrs;
        LocalSet borrowed = borrowedEntry[b];
        for (size_t i = 0; i < instrs.size(); ++i) {
            transferRequiresStorage(instrs[i], borrowed, state);
            transferForward(Analysis::MaybeBorrowedOrDropped, instrs[i], borrowed, effective[b][i]);
        }
    });
}

std::vector<std::vector<char>> Dataflow::effectiveDrops(const std::vector<LocalSet>& maybeInitEntry) const {
    const auto& blocks = m_cfg.blocks();
    std::vector<std::vector<char>> effective(blocks.size());
    for (size_t b = 0; b < blocks.size(); ++b) {
        LocalSet state = maybeInitEntry[b];
        effective[b].assign(blocks[b].instrs.size(), 0);
        for (size_t i = 0; i < blocks[b].instrs.size(); ++i) {
            const Instr& in = blocks[b].instrs[i];
            // Drop elaboration removes a drop of a value that is moved out on every path.
            if (in.op == Op::Drop && state[in.local] && m_needsDrop[in.local]) effective[b][i] = 1;
            transferForward(Analysis::MaybeInit, in, state);
        }
    }
    return effective;
}

// The cleanup drop tree's node of each local of each unwind scope. rustc_mir_build
// (builder/scope.rs, DropTree::add_drop) keys a node on its local and the node after it,
// so two unwind edges reach the same node for a local iff the drops after it, the ones
// scheduled before it in its own and outer scopes, are the same: the scope's list up to
// the local. Nodes are numbered by that prefix.
std::vector<std::vector<size_t>> Dataflow::unwindNodes() const {
    std::map<std::vector<int>, size_t> numbers;
    std::vector<std::vector<size_t>> nodes;
    for (int s = 0; s < m_cfg.unwindScopeCount(); ++s) {
        const std::vector<int>& scope = m_cfg.unwindScope(s);
        std::vector<int> prefix;
        nodes.emplace_back();
        for (int l : scope) {
            prefix.push_back(l);
            nodes.back().push_back(numbers.emplace(prefix, numbers.size()).first->second);
        }
    }
    return nodes;
}

// A drop whose local may be initialised and may not be: elaborate_drops makes it
// conditional on the local's flag (ElaborateDropsCtxt::collect_drop_flags, DropStyle::
// Conditional). A cleanup node's state is the union over the unwind edges reaching it.
Dataflow::Elaboration Dataflow::elaborate() const {
    return elaborate(forwardEntryStates(Analysis::MaybeInit));
}

Dataflow::Elaboration Dataflow::elaborate(const std::vector<LocalSet>& init) const {
    const auto& blocks = m_cfg.blocks();
    const std::vector<LocalSet> uninit = forwardEntryStates(Analysis::MaybeUninit);
    const auto nodes = unwindNodes();
    size_t nodeCount = 0;
    for (const auto& n : nodes)
        for (size_t id : n) nodeCount = std::max(nodeCount, id + 1);
    std::vector<char> nodeInit(nodeCount, 0), nodeUninit(nodeCount, 0);
    Elaboration e;
    e.conditional.resize(blocks.size());
    e.unwinds.resize(blocks.size());
    for (size_t b = 0; b < blocks.size(); ++b) {
        LocalSet maybeInit = init[b], maybeUninit = uninit[b];
        e.conditional[b].assign(blocks[b].instrs.size(), 0);
        e.unwinds[b].assign(blocks[b].instrs.size(), 0);
        bool lastDropRuns = false; // the destructor an Unwind after a Drop belongs to is not dead
        for (size_t i = 0; i < blocks[b].instrs.size(); ++i) {
            const Instr& in = blocks[b].instrs[i];
            if (in.op == Op::Drop) {
                lastDropRuns = m_needsDrop[in.local] && maybeInit[in.local];
                if (lastDropRuns && maybeUninit[in.local]) e.conditional[b][i] = 1;
            }
            if (in.op == Op::Unwind && (in.local < 0 || lastDropRuns)) {
                e.unwinds[b][i] = 1;
                const std::vector<int>& scope = m_cfg.unwindScope(in.unwindScope);
                for (size_t k = 0; k < scope.size(); ++k) {
                    const int l = scope[k];
                    if (l < 0 || !m_needsDrop[l]) continue;
                    const size_t node = nodes[in.unwindScope][k];
                    nodeInit[node] = nodeInit[node] || maybeInit[l];
                    nodeUninit[node] = nodeUninit[node] || maybeUninit[l];
                }
            }
            transferForward(Analysis::MaybeInit, in, maybeInit);
            transferForward(Analysis::MaybeUninit, in, maybeUninit);
        }
    }
    e.flagged.assign(m_localCount, 0);
    for (size_t s = 0; s < nodes.size(); ++s) {
        const std::vector<int>& scope = m_cfg.unwindScope(static_cast<int>(s));
        e.cleanupConditional.emplace_back(scope.size(), 0);
        e.cleanupDrops.emplace_back();
        for (size_t k = 0; k < scope.size(); ++k) {
            const size_t node = nodes[s][k];
            if (scope[k] >= 0 && m_needsDrop[scope[k]] && nodeInit[node]) e.cleanupDrops[s].push_back(scope[k]);
            if (scope[k] < 0 || !nodeInit[node] || !nodeUninit[node]) continue;
            e.cleanupConditional[s][k] = 1;
            e.flagged[scope[k]] = 1;
        }
    }
    return e;
}

std::vector<char> Dataflow::dropFlags() const {
    const auto& blocks = m_cfg.blocks();
    const Elaboration e = elaborate();
    std::vector<char> flags = e.flagged;
    for (size_t b = 0; b < blocks.size(); ++b)
        for (size_t i = 0; i < blocks[b].instrs.size(); ++i)
            if (e.conditional[b][i]) flags[blocks[b].instrs[i].local] = 1;
    return flags;
}

// Backward liveness of each flag, recorded at each suspension. A flag is read where its
// drop is conditional: a scope-end Drop, or any unwind edge into a conditional cleanup
// drop; it is written where its local is assigned, moved out or dropped
// (elaborate_drops.rs, drop_flags_for_locs / drop_flag_reset_block). coroutine.rs saves a
// flag live across a yield like any local (locals_live_across_suspend_points).
std::vector<std::vector<int>> Dataflow::dropFlagsSavedAt(int suspensionCount) const {
    const Elaboration e = elaborate();
    const auto& blocks = m_cfg.blocks();
    const auto preds = m_cfg.predecessors();
    std::vector<LocalSet> liveOut(blocks.size(), LocalSet(m_localCount, 0));
    std::vector<std::vector<int>> saved(suspensionCount);
    auto liveIn = [&](int b, std::vector<std::vector<int>>* record) {
        LocalSet live = liveOut[b];
        for (size_t k = blocks[b].instrs.size(); k-- > 0;) {
            const Instr& in = blocks[b].instrs[k];
            if (in.op == Op::Suspend && record && in.suspension >= 0 && in.suspension < suspensionCount)
                for (int l = 0; l < m_localCount; ++l)
                    if (live[l]) (*record)[in.suspension].push_back(l);
            if (e.unwinds[b][k]) {
                const std::vector<int>& scope = m_cfg.unwindScope(in.unwindScope);
                for (size_t p = 0; p < scope.size(); ++p)
                    if (e.cleanupConditional[in.unwindScope][p]) live[scope[p]] = 1;
            }
            if (in.local < 0 || in.op == Op::Unwind) continue;
            if (in.op == Op::Init || in.op == Op::Move || in.op == Op::Drop) live[in.local] = 0;
            if (e.conditional[b][k]) live[in.local] = 1;
        }
        return live;
    };
    std::deque<int> work;
    for (size_t b = 0; b < blocks.size(); ++b) work.push_back(static_cast<int>(b));
    while (!work.empty()) {
        const int b = work.front();
        work.pop_front();
        const LocalSet in = liveIn(b, nullptr);
        for (int p : preds[b])
            if (unionInto(liveOut[p], in)) work.push_back(p);
    }
    for (size_t b = 0; b < blocks.size(); ++b) liveIn(static_cast<int>(b), &saved);
    return saved;
}

// A terminator that may unwind continues on its cleanup path too (rustc_mir_build
// builder/scope.rs, diverge_cleanup): the cleanup drops that survive elaboration read
// their locals there, so MaybeLiveLocals (rustc_mir_dataflow/src/impls/liveness.rs) counts
// them live before the terminator. It decides where no normal path drops the local: before
// a `panic!`, a call returning `!` or inside a `loop` without `break`.
void Dataflow::transferBackward(const Instr& in, bool effectiveDrop, const std::vector<int>* cleanup, bool countDrops,
                                LocalSet& live) const {
    if (cleanup && countDrops)
        for (int l : *cleanup) live[l] = 1;
    if (in.local < 0) return;
    switch (in.op) {
    case Op::Init:
    case Op::StorageDead:
    case Op::StorageLive: live[in.local] = 0; break;
    case Op::Use:
    case Op::Move:
    case Op::Borrow:
    case Op::PartialMove: live[in.local] = 1; break;
    case Op::Drop:
        if (effectiveDrop && countDrops) live[in.local] = 1;
        break;
    case Op::Suspend:
    case Op::Unwind: break;
    }
}

const std::vector<int>* Dataflow::cleanupOf(const Elaboration& e, const Instr& in, size_t block, size_t instr) {
    if (in.op != Op::Unwind || !e.unwinds[block][instr]) return nullptr;
    return &e.cleanupDrops[static_cast<size_t>(in.unwindScope)];
}

std::vector<LocalSet> Dataflow::liveExitStates(const std::vector<std::vector<char>>& effective, const Elaboration& e,
                                               bool countDrops) const {
    const auto& blocks = m_cfg.blocks();
    const auto preds = m_cfg.predecessors();
    std::vector<LocalSet> entryLive(blocks.size(), LocalSet(m_localCount, 0));
    std::vector<LocalSet> exitLive(blocks.size(), LocalSet(m_localCount, 0));
    std::deque<int> work;
    std::vector<char> queued(blocks.size(), 1);
    for (size_t b = blocks.size(); b-- > 0;) work.push_back(static_cast<int>(b));
    while (!work.empty()) {
        const int b = work.front();
        work.pop_front();
        queued[b] = 0;
        for (int s : blocks[b].successors) unionInto(exitLive[b], entryLive[s]);
        LocalSet state = exitLive[b];
        for (size_t i = blocks[b].instrs.size(); i-- > 0;) {
            const Instr& in = blocks[b].instrs[i];
            transferBackward(in, effective[b][i], cleanupOf(e, in, b, i), countDrops, state);
        }
        if (state != entryLive[b]) {
            entryLive[b] = state;
            for (int p : preds[b])
                if (!queued[p]) {
                    queued[p] = 1;
                    work.push_back(p);
                }
        }
    }
    return exitLive;
}

std::vector<SuspensionFacts> Dataflow::run(int suspensionCount) const {
    const auto& blocks = m_cfg.blocks();
    const auto storageEntry = forwardEntryStates(Analysis::StorageLive);
    const auto initEntry = forwardEntryStates(Analysis::MaybeInit);
    const auto effective = effectiveDrops(initEntry);
    const auto borrowedEntry = forwardEntryStates(Analysis::MaybeBorrowed);
    const auto droppedEntry = forwardEntryStates(Analysis::MaybeBorrowedOrDropped, &effective);
    const auto storageNeededEntry = requiresStorageEntryStates(droppedEntry, effective);
    const Elaboration elaboration = elaborate(initEntry);
    const auto liveUseExit = liveExitStates(effective, elaboration, false);
    const auto liveAllExit = liveExitStates(effective, elaboration, true);

    std::vector<SuspensionFacts> facts(suspensionCount);
    for (size_t b = 0; b < blocks.size(); ++b) {
        const auto& instrs = blocks[b].instrs;
        LocalSet storage = storageEntry[b], borrowed = borrowedEntry[b], dropped = droppedEntry[b];
        LocalSet storageNeeded = storageNeededEntry[b], init = initEntry[b];
        for (size_t i = 0; i < instrs.size(); ++i) {
            transferRequiresStorage(instrs[i], dropped, storageNeeded);
            transferForward(Analysis::MaybeInit, instrs[i], init);
            transferForward(Analysis::StorageLive, instrs[i], storage);
            transferForward(Analysis::MaybeBorrowed, instrs[i], borrowed);
            transferForward(Analysis::MaybeBorrowedOrDropped, instrs[i], dropped, effective[b][i]);
            if (instrs[i].op != Op::Suspend || instrs[i].suspension >= suspensionCount) continue;
            // Liveness right after the suspension: replay the block's tail backwards.
            LocalSet liveUse = liveUseExit[b], liveAll = liveAllExit[b];
            for (size_t k = instrs.size(); k-- > i + 1;) {
                const std::vector<int>* cleanup = cleanupOf(elaboration, instrs[k], b, k);
                transferBackward(instrs[k], effective[b][k], cleanup, false, liveUse);
                transferBackward(instrs[k], effective[b][k], cleanup, true, liveAll);
            }
            SuspensionFacts& f = facts[instrs[i].suspension];
            f.storageLive = storage;
            f.maybeBorrowed = borrowed;
            f.borrowedByDrop = LocalSet(m_localCount, 0);
            for (int l = 0; l < m_localCount; ++l) f.borrowedByDrop[l] = dropped[l] && !borrowed[l];
            f.liveByUse = liveUse;
            f.liveByDrop = LocalSet(m_localCount, 0);
            for (int l = 0; l < m_localCount; ++l) f.liveByDrop[l] = liveAll[l] && !liveUse[l];
            f.maybeInit = init;
            f.movedOut = LocalSet(m_localCount, 0);
            for (int l = 0; l < m_localCount; ++l) f.movedOut[l] = storage[l] && !storageNeeded[l];
        }
    }
    return facts;
}

} // namespace awaitscope
