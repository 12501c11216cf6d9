#include "lowering/FileLowering.h"

#include "lowering/Dataflow.h"
#include "lowering/LoweringReuse.h"
#include "lowering/ReachableSuspensions.h"
#include "util/ThreadPool.h"

#include <algorithm>

namespace awaitscope {

namespace {

/// Every fn item with a body that is not async, in pre-order, from the type context's index
/// of the tree's items (a walk of the whole tree of its own cost 3.5% of a large file).
std::vector<SyntaxNode> plainFunctions(const TypeContext& types) {
    std::vector<SyntaxNode> plain;
    for (const SyntaxNode& node : types.functionItems()) {
        const SyntaxNode modifiers = node.childOfKind(SyntaxKind::FunctionModifiers);
        const bool isAsync = modifiers && modifiers.text().find("async") != std::string_view::npos;
        if (!isAsync && node.field(SyntaxField::Body)) plain.push_back(node);
    }
    return plain;
}

} // namespace

FileLowering::FileLowering(LoweringEnvironment& env, const std::vector<AsyncItem>& items,
                           const std::atomic<bool>* cancelled, LoweringReuse* reuse, int threads)
    : m_env(env) {
    auto futureByStart = std::make_shared<std::map<uint32_t, int>>();
    for (size_t i = 0; i < items.size(); ++i) (*futureByStart)[items[i].node.startByte()] = static_cast<int>(i);
    m_env.futureByStartByte = futureByStart;
    m_futures.resize(items.size());

    // Enclosing bodies first: sort every body by where it starts.
    const std::vector<SyntaxNode> plain = plainFunctions(m_env.types);
    std::vector<Job> jobs;
    for (size_t i = 0; i < items.size(); ++i) jobs.push_back({items[i].node, static_cast<int>(i)});
    for (const SyntaxNode& fn : plain) jobs.push_back({fn, -1});
    std::stable_sort(jobs.begin(), jobs.end(),
                     [](const Job& a, const Job& b) { return a.node.startByte() < b.node.startByte(); });

    if (!jobs.empty() && jobs.front().node.file()) m_filePath = jobs.front().node.file()->path();

    std::vector<PlainPiece> pieces;
    const std::vector<std::vector<size_t>> groups = groupJobs(jobs, items, cancelled, reuse, pieces);
    if (cancelled && cancelled->load(std::memory_order_relaxed)) return;

    std::vector<LoweredBody> plainByJob(jobs.size());
    const auto lowerGroup = [&](size_t g) {
        if (cancelled && cancelled->load(std::memory_order_relaxed)) return;
        // What one group's bodies write while they lower (captures, closure parameters, the
        // HIRs and their name lists) is read by that group alone.
        LoweringEnvironment own{m_env.types, m_env.macros, m_env.edition, m_env.futureByStartByte, {}, {}};
        for (size_t j : groups[g]) {
            if (jobs[j].future >= 0) {
                lowerFuture(own, jobs[j].future, items[jobs[j].future]);
                continue;
            }
            const SyntaxNode& fn = jobs[j].node;
            BodyLowerer lowerer(own, fn, nullptr);
            plainByJob[j] = lowerer.lower();
            recordReturn(fn, plainByJob[j]);
        }
    };
    if (threads > 1 && groups.size() > 1) {
        ThreadPool pool(std::min<int>(threads, static_cast<int>(groups.size())));
        pool.forEach(groups.size(), lowerGroup);
    } else {
        for (size_t g = 0; g < groups.size(); ++g) lowerGroup(g);
    }
    if (cancelled && cancelled->load(std::memory_order_relaxed)) return;
    for (PlainPiece& piece : pieces) {
        if (!piece.taken) {
            m_plain.push_back(std::move(plainByJob[piece.job]));
            m_plainStarts.push_back(jobs[piece.job].node.startByte());
            continue;
        }
        for (size_t k = 0; k < piece.plain.size(); ++k) {
            m_plain.push_back(std::move(piece.plain[k]));
            m_plainStarts.push_back(piece.starts[k]);
        }
    }
    if (reuse) reuse->keep(m_futures, m_plain, m_plainStarts);
}

std::vector<std::vector<size_t>> FileLowering::groupJobs(const std::vector<Job>& jobs,
                                                         const std::vector<AsyncItem>& items,
                                                         const std::atomic<bool>* cancelled, LoweringReuse* reuse,
                                                         std::vector<PlainPiece>& pieces) {
    // A group is an outermost body with every body inside its bytes: an enclosing body
    // decides what the closures and async blocks inside it capture and which parameter
    // types its closure arguments get, and nothing else reads that. A body the file's text
    // does not hold (an async block of a macro_rules! expansion, at bytes after the file's
    // end, which its enclosing body's lowering decides) puts every body in one group.
    const SourceFile& file = m_env.macros.file();
    std::vector<std::vector<size_t>> groups;
    bool oneGroup = false;
    for (const Job& job : jobs)
        if (job.node.file() != &file || job.node.startByte() >= file.text().size()) oneGroup = true;
    uint32_t takenUntil = 0; // the jobs of a unit taken from the previous analysis are done
    uint32_t groupEnd = 0;
    for (size_t j = 0; j < jobs.size(); ++j) {
        if (cancelled && cancelled->load(std::memory_order_relaxed)) return groups;
        const uint32_t start = jobs[j].node.startByte();
        if (start < takenUntil) continue;
        if (auto taken = reuse ? reuse->take(start) : std::nullopt) {
            for (size_t k = 0; k < taken->futures.size(); ++k) {
                const int index = taken->firstFuture + static_cast<int>(k);
                m_futures[index] = std::move(taken->futures[k]);
                m_futures[index].bindItem(items[index]);
            }
            takenUntil = taken->endByte;
            pieces.push_back({j, true, std::move(taken->plain), std::move(taken->plainStarts)});
            continue;
        }
        if (groups.empty() || (!oneGroup && start >= groupEnd)) {
            groups.emplace_back();
            groupEnd = jobs[j].node.endByte();
        }
        groups.back().push_back(j);
        if (jobs[j].future < 0) pieces.push_back({j, false, {}, {}});
    }
    return groups;
}

void FileLowering::recordReturn(const SyntaxNode& fn, LoweredBody& body) const {
    const SyntaxNode written = fn.field(SyntaxField::ReturnType);
    if (!written) return;
    body.declaredReturn = m_env.types.resolveType(written, m_env.types.scopeAt(fn));
    body.returnTypeRange = written.range();
    const auto children = fn.field(SyntaxField::Body).namedChildren();
    for (auto it = children.rbegin(); it != children.rend(); ++it) {
        if (it->is(SyntaxKind::LineComment) || it->is(SyntaxKind::BlockComment)) continue;
        if (!it->is(SyntaxKind::ExpressionStatement) && !it->is(SyntaxKind::LetDeclaration) && !isItemKind(it->kind()))
            body.tailRange = it->range();
        else if (it->is(SyntaxKind::ExpressionStatement) && !it->text().ends_with(";")) // `async move { .. }`
            body.tailRange = it->range();
        break;
    }
}

void FileLowering::lowerFuture(LoweringEnvironment& env, int index, const AsyncItem& item) {
    LoweredFuture& f = m_futures[index];
    f.item = &item;
    BodyLowerer lowerer(env, item.node, &item);
    f.body = lowerer.lower();
    // An async fn's tail and `return`s coerce to its written output type as a plain fn's do
    // (rustc_hir_typeck/src/check.rs check_fn: the coroutine body's `ret_coercion` is the
    // declared output), so they are Send-requiring sites the same way (CoercionSites.cpp).
    if (item.kind == FutureKind::AsyncFn) recordReturn(item.node, f.body);
    f.body.awaitees.resize(item.suspensions.size());
    dropUnreachableSuspensions(f, static_cast<int>(item.suspensions.size()));
    f.bindItem(item);
    f.savedLocals = savedAtEachSuspension(f.body, static_cast<int>(f.item->suspensions.size()), m_env.types);
}

// rustc numbers only the suspensions a path reaches (ReachableSuspensions.h): the others
// leave the body's graph and awaitees, and the rest are renumbered in order.
void FileLowering::dropUnreachableSuspensions(LoweredFuture& f, int count) {
    const std::vector<int> kept = ReachableSuspensions::of(f.body.cfg, count);
    f.unreachableSuspensions.clear();
    if (static_cast<int>(kept.size()) == count) return;
    const std::vector<int> newIndex = ReachableSuspensions::renumbering(kept, count);
    f.body.cfg.renumberSuspensions(newIndex);
    std::vector<Awaitee> awaitees;
    for (int s : kept) awaitees.push_back(std::move(f.body.awaitees[static_cast<size_t>(s)]));
    f.body.awaitees = std::move(awaitees);
    for (int s = 0; s < count; ++s)
        if (newIndex[static_cast<size_t>(s)] < 0) f.unreachableSuspensions.push_back(s);
}

void LoweredFuture::bindItem(const AsyncItem& collected) {
    item = &collected;
    reachableItem.reset();
    if (unreachableSuspensions.empty()) return;
    auto reachable = std::make_shared<AsyncItem>(collected);
    for (auto s = unreachableSuspensions.rbegin(); s != unreachableSuspensions.rend(); ++s)
        reachable->suspensions.erase(reachable->suspensions.begin() + *s);
    reachableItem = reachable;
    item = reachable.get();
}

std::vector<std::vector<SavedLocal>> FileLowering::savedAtEachSuspension(const LoweredBody& body, int suspensions,
                                                                         const TypeContext& types) {
    const int n = static_cast<int>(body.locals.size());
    std::vector<char> needsDrop(n);
    // A type we cannot resolve may have a destructor; treat it as if it does.
    for (int l = 0; l < n; ++l) needsDrop[l] = types.needsDrop(body.locals[l].type) != Verdict::No;
    const auto facts = Dataflow(body.cfg, n, needsDrop).run(suspensions);
    std::vector<std::vector<SavedLocal>> saved(suspensions);
    for (int s = 0; s < suspensions; ++s) {
        const SuspensionFacts& f = facts[s];
        if (f.storageLive.empty()) continue; // unreachable suspension point
        for (int l = 0; l < n; ++l) {
            // rustc: saved iff storage is live and (live after the suspension or maybe borrowed)
            if (!f.storageLive[l] || body.locals[l].kind == LocalKind::CapturedValue) continue; // in the prefix
            if (f.liveByUse[l])
                saved[s].push_back({l, SaveReason::UsedLater});
            else if (f.maybeBorrowed[l])
                saved[s].push_back({l, SaveReason::Borrowed});
            // A destructor later on another path (a drop flag) does not keep a value this
            // path moved out: its storage is no longer required. A later *use* of a moved
            // local compiles only if it was a Copy, which needs its storage (a copy is no move).
            // Moved out on every path, it is kept only for a borrow (below), never for its drop.
            else if (f.liveByDrop[l] && !f.movedOut[l] && f.maybeInit[l])
                saved[s].push_back({l, SaveReason::DroppedLater});
            else if (f.borrowedByDrop[l]) // drop glue took `&mut` of it (Dataflow.h)
                saved[s].push_back({l, SaveReason::Borrowed});
        }
    }
    return saved;
}

std::string FileLowering::futureName(int futureIndex) const {
    if (futureIndex < 0 || futureIndex >= static_cast<int>(m_futures.size()) || !m_futures[futureIndex].item)
        return "?";
    return m_futures[futureIndex].item->name;
}

bool FileLowering::isAsyncFn(int futureIndex) const {
    return futureIndex >= 0 && futureIndex < static_cast<int>(m_futures.size()) && m_futures[futureIndex].item &&
           m_futures[futureIndex].item->kind == FutureKind::AsyncFn;
}

TypePtr FileLowering::hiddenType(const Type& opaque) const {
    // The hidden type of a fn's `-> impl Trait` is what its body returns (rustc_hir_analysis
    // collect/type_of/opaque.rs, find_opaque_ty_constraints_for_rpit: the defining body's
    // type for the opaque). Only a fn of this file whose body was lowered here.
    if (opaque.kind != TypeKind::ImplTrait || opaque.definitionFile.empty() || opaque.definitionFile != m_filePath)
        return nullptr;
    const auto it = std::lower_bound(m_plainStarts.begin(), m_plainStarts.end(), opaque.definitionByte);
    if (it == m_plainStarts.end() || *it != opaque.definitionByte) return nullptr;
    const LoweredBody& body = m_plain[it - m_plainStarts.begin()];
    if (!body.declaredReturn || body.declaredReturn->kind != TypeKind::ImplTrait || !body.output) return nullptr;
    return body.output;
}

std::vector<FutureField> FileLowering::fieldsOf(int futureIndex) const {
    std::vector<FutureField> fields;
    if (futureIndex < 0 || futureIndex >= static_cast<int>(m_futures.size())) return fields;
    const LoweredFuture& f = m_futures[futureIndex];
    for (const Upvar& u : storedUpvars(f.body.upvars)) fields.push_back({"upvar `" + u.name + "`", u.type, {}, {}});
    for (size_t s = 0; s < f.savedLocals.size(); ++s) {
        const std::string state = "Suspend" + std::to_string(s);
        for (const SavedLocal& saved : f.savedLocals[s]) {
            const Local& local = f.body.locals[saved.local];
            if (local.name.empty())
                fields.push_back(
                    {"temporary `", local.type, local.expr ? std::string_view(*local.expr) : "", "` in " + state});
            else
                fields.push_back({"local `" + local.name + "` in " + state, local.type, {}, {}});
        }
        if (s < f.body.awaitees.size() && f.body.awaitees[s].type)
            fields.push_back({"awaitee `", f.body.awaitees[s].type, f.body.awaitees[s].expr, "` in " + state});
    }
    return fields;
}

} // namespace awaitscope
