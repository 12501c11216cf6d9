#include "lowering/FutureLayouts.h"

#include "lowering/StorageConflicts.h"

#include <algorithm>
#include <tuple>

namespace awaitscope {

namespace {

// One saved value: a local of the body or the awaitee of a suspension.
struct SavedSlot {
    int local = -1;      // CFG local id, or -1 for an awaitee
    int suspension = -1; // the awaitee's suspension
    TextPosition position;
};

// rustc numbers MIR locals as it builds the body: a `let`'s binding before its
// initializer, an await's `__awaitee` after the awaited expression. Source order of the
// binding / the `await` keyword gives the same order.
std::vector<SavedSlot> savedInLocalOrder(const LoweredFuture& f) {
    std::vector<SavedSlot> slots;
    std::set<int> seen;
    for (const auto& state : f.savedLocals)
        for (const SavedLocal& s : state)
            if (seen.insert(s.local).second) slots.push_back({s.local, -1, f.body.locals[s.local].position});
    for (size_t i = 0; i < f.body.awaitees.size() && i < f.item->suspensions.size(); ++i)
        slots.push_back({-1, static_cast<int>(i), f.item->suspensions[i].keyword});
    std::stable_sort(slots.begin(), slots.end(), [](const SavedSlot& a, const SavedSlot& b) {
        return std::make_tuple(a.position, a.local < 0, a.local) < std::make_tuple(b.position, b.local < 0, b.local);
    });
    return slots;
}

// rustc lays a saved local out as `MaybeUninit<T>` (rustc_ty_utils/src/layout.rs,
// coroutine_layout): same size and alignment, no niche. Upvars keep theirs.
Layout asMaybeUninit(Layout l) {
    l.niche.reset();
    l.nicheKnown = true;
    return l;
}

} // namespace

FutureLayouts::FutureLayouts(const TypeContext& types, const std::vector<LoweredFuture>& futures,
                             const OtherFileFutures* others, const std::vector<LoweredBody>* plainBodies)
    : m_context(types), m_futures(futures), m_types(types, [this](const Type& future) { return layoutOfType(future); }),
      m_others(others), m_plainBodies(plainBodies) {}

std::optional<Layout> FutureLayouts::layoutOfType(const Type& future) const {
    if (const TypePtr impl = m_context.implFuture(future)) return layoutOfType(*impl);
    if (future.kind == TypeKind::LibraryFuture) return m_others ? m_others->layoutOf(future) : std::nullopt;
    Substitution generics;
    for (size_t i = 0; i < future.genericNames.size() && i < future.args.size(); ++i)
        generics[future.genericNames[i]] = future.args[i];
    const FutureLayout* l = of(future.futureIndex, generics);
    return l ? std::optional<Layout>(l->result.layout) : std::nullopt;
}

namespace {

/// Whether a body's values have types that name generic parameters: only then can an
/// instance know what the generic body cannot.
bool namesParameters(const LoweredBody& body) {
    for (const Upvar& u : storedUpvars(body.upvars))
        if (containsParam(u.type)) return true;
    for (const Local& l : body.locals)
        if (containsParam(l.type)) return true;
    for (const Awaitee& a : body.awaitees)
        if (containsParam(a.type)) return true;
    return false;
}

/// The generic arguments of `type` when it is an instance of the file's generic future
/// `index` made with concrete arguments (not inside generic code, where rustc makes none).
std::optional<Substitution> instanceOf(const TypePtr& type, int index) {
    if (!type || type->kind != TypeKind::Future || type->futureIndex != index || type->genericNames.empty())
        return std::nullopt;
    Substitution generics;
    for (size_t g = 0; g < type->genericNames.size() && g < type->args.size(); ++g) {
        const TypePtr& arg = type->args[g];
        if (!arg || containsUnknown(arg) || containsParam(arg)) return std::nullopt;
        generics[type->genericNames[g]] = arg;
    }
    return generics;
}

void addInstancesIn(const LoweredBody& body, int index, std::vector<Substitution>& out) {
    for (const Awaitee& a : body.awaitees)
        if (auto g = instanceOf(a.type, index)) out.push_back(std::move(*g));
    for (const CallSite& c : body.calls)
        if (auto g = instanceOf(c.instantiation.returnType, index)) out.push_back(std::move(*g));
}

} // namespace

// rustc_monomorphize collects the instances the crate's non-generic code makes: here the
// futures the file's own bodies await or call with concrete generic arguments.
std::vector<Substitution> FutureLayouts::instancesInFile(int index) const {
    std::vector<Substitution> out;
    for (const LoweredFuture& f : m_futures) addInstancesIn(f.body, index, out);
    if (m_plainBodies)
        for (const LoweredBody& body : *m_plainBodies) addInstancesIn(body, index, out);
    return out;
}

const FutureLayout* FutureLayouts::of(int index) const {
    if (const FutureLayout* l = of(index, Substitution{})) return l;
    return ofInstances(index);
}

// A generic body's saved values are decided on the generic body; each instance only sizes
// them. The report has one future per generic fn, so it takes the instances' layout when
// every instance found lays out alike, and none when they differ or none is found.
const FutureLayout* FutureLayouts::ofInstances(int index) const {
    if (index < 0 || index >= static_cast<int>(m_futures.size())) return nullptr;
    const AsyncItem* item = m_futures[index].item;
    if (!item || item->kind != FutureKind::AsyncFn || !namesParameters(m_futures[index].body)) return nullptr;
    std::vector<Substitution> instances = instancesInFile(index);
    if (m_others)
        for (Substitution& generics : m_others->instancesOf(*item)) instances.push_back(std::move(generics));
    const FutureLayout* agreed = nullptr;
    for (const Substitution& generics : instances) {
        const FutureLayout* l = of(index, generics);
        if (!l) return nullptr;
        if (agreed && (l->result.layout.size != agreed->result.layout.size ||
                       l->result.layout.align != agreed->result.layout.align ||
                       l->result.stateSizes != agreed->result.stateSizes || l->slotSizes != agreed->slotSizes ||
                       l->upvarSizes != agreed->upvarSizes))
            return nullptr;
        agreed = l;
    }
    return agreed;
}

const FutureLayout* FutureLayouts::of(int index, const Substitution& generics) const {
    if (index < 0 || index >= static_cast<int>(m_futures.size())) return nullptr;
    std::string instance;
    for (const auto& [name, type] : generics) instance += name + "=" + typeKey(type) + ";";
    const auto key = std::make_pair(index, instance);
    if (auto it = m_done.find(key); it != m_done.end()) return it->second ? &*it->second : nullptr;
    if (!m_inProgress.insert(key).second) return nullptr; // only through a pointer in rustc too
    auto layout = compute(m_futures[index], generics);
    m_inProgress.erase(key);
    const auto& stored = m_done[key] = std::move(layout);
    return stored ? &*stored : nullptr;
}

std::optional<FutureLayout> FutureLayouts::compute(const LoweredFuture& f, const Substitution& generics) const {
    if (!f.item) return std::nullopt;
    CoroutineInput in;
    for (const Upvar& u : storedUpvars(f.body.upvars)) {
        const auto l = m_types.of(substitute(u.type, generics));
        if (!l) return std::nullopt;
        in.upvars.push_back(*l);
    }
    FutureLayout out;
    for (const Layout& l : in.upvars) out.upvarSizes.push_back(l.size);
    const auto slots = savedInLocalOrder(f);
    std::vector<int> ids;
    out.slotOfAwaitee.assign(f.body.awaitees.size(), -1);
    for (size_t i = 0; i < slots.size(); ++i) {
        const SavedSlot& s = slots[i];
        const TypePtr& type = s.local >= 0 ? f.body.locals[s.local].type : f.body.awaitees[s.suspension].type;
        const auto l = m_types.of(substitute(type, generics));
        if (!l) return std::nullopt;
        in.locals.push_back(asMaybeUninit(*l));
        out.slotSizes.push_back(l->size);
        ids.push_back(s.local);
        if (s.local >= 0)
            out.slotOfLocal[s.local] = static_cast<int>(i);
        else
            out.slotOfAwaitee[s.suspension] = static_cast<int>(i);
    }
    for (size_t s = 0; s < f.item->suspensions.size(); ++s) {
        std::vector<int> state;
        if (s < f.savedLocals.size())
            for (const SavedLocal& saved : f.savedLocals[s]) state.push_back(out.slotOfLocal[saved.local]);
        if (s < out.slotOfAwaitee.size() && out.slotOfAwaitee[s] >= 0) state.push_back(out.slotOfAwaitee[s]);
        std::sort(state.begin(), state.end());
        in.suspendStates.push_back(std::move(state));
    }
    in.conflicts =
        StorageConflicts::compute(f.body.cfg, static_cast<int>(f.body.locals.size()), ids, out.slotOfAwaitee);
    addDropFlags(f, in, out);
    out.result = CoroutineLayout::compute(in);
    return out;
}

// Drop flags are locals elaborate_drops adds after all others; they have no storage
// markers, so each conflicts with everything and sits in the prefix.
void FutureLayouts::addDropFlags(const LoweredFuture& f, CoroutineInput& in, FutureLayout& out) const {
    const int n = static_cast<int>(f.body.locals.size());
    std::vector<char> needsDrop(n);
    for (int l = 0; l < n; ++l) needsDrop[l] = m_context.needsDrop(f.body.locals[l].type) != Verdict::No;
    const auto flags = Dataflow(f.body.cfg, n, needsDrop).dropFlagsSavedAt(static_cast<int>(in.suspendStates.size()));
    std::map<int, int> slotOfFlag;
    for (const auto& state : flags)
        for (int local : state) slotOfFlag.emplace(local, 0);
    for (auto& [local, slot] : slotOfFlag) {
        slot = static_cast<int>(in.locals.size());
        in.locals.push_back(asMaybeUninit(Layout{1, 1, std::nullopt, true}));
    }
    const size_t total = in.locals.size();
    for (auto& row : in.conflicts) row.resize(total, 0);
    in.conflicts.resize(total, std::vector<char>(total, 1));
    for (size_t a = 0; a < total; ++a)
        for (const auto& [local, slot] : slotOfFlag) in.conflicts[a][slot] = 1;
    out.dropFlags.assign(in.suspendStates.size(), 0);
    for (size_t s = 0; s < flags.size(); ++s) {
        for (int local : flags[s]) in.suspendStates[s].push_back(slotOfFlag[local]);
        std::sort(in.suspendStates[s].begin(), in.suspendStates[s].end());
        out.dropFlags[s] = static_cast<int>(flags[s].size());
    }
}

} // namespace awaitscope
