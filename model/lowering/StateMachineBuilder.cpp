#include "lowering/StateMachineBuilder.h"

#include "lowering/StandaloneTypeWriter.h"
#include "lowering/SuspensionFlow.h"
#include "types/TypeContext.h"

namespace awaitscope {

namespace {

WhySaved whySaved(SaveReason reason, const Local& local) {
    switch (reason) {
    case SaveReason::UsedLater:
        return local.kind == LocalKind::Argument ? WhySaved::ArgumentUsedLater : WhySaved::UsedLater;
    case SaveReason::DroppedLater: return WhySaved::DroppedLater;
    case SaveReason::Borrowed: return WhySaved::Borrowed;
    }
    return WhySaved::UsedLater;
}

WhySaved whyCaptured(const Upvar& upvar, FutureKind kind, bool isMove) {
    if (kind == FutureKind::AsyncClosure && upvar.captured && !upvar.rustcName.empty()) return WhySaved::LentByClosure;
    if (kind != FutureKind::AsyncBlock && !upvar.captured) return WhySaved::Argument;
    if (upvar.byReference) return WhySaved::CapturedByReference;
    return isMove ? WhySaved::CapturedByMove : WhySaved::CapturedByValue;
}

// A saved local's type as the coroutine's witness holds it: MIR types have every region
// erased, `'static` included (rustc_middle erase_regions), and the witness binds each anew
// (coroutine_hidden_types), so rustc names it `&Cell<u8>`, `Rc<&str>`, `Box<dyn Fn()>`,
// `MutexGuard<'_, u8>` whatever the source wrote. Upvars keep their declared types and an
// awaitee its expression's type; only locals and temporaries go through this.
TypePtr witnessType(const TypePtr& type) {
    if (!type) return type;
    std::shared_ptr<Type> copy; // copy on change: types are shared and immutable
    auto edit = [&]() -> Type& {
        if (!copy) copy = std::make_shared<Type>(*type);
        return *copy;
    };
    if (type->kind == TypeKind::Ref && !type->lifetimes.empty()) edit().lifetimes.clear();
    for (size_t i = 0; type->kind != TypeKind::Ref && i < type->lifetimes.size(); ++i)
        if (type->lifetimes[i] != "'_") edit().lifetimes[i] = "'_";
    if (!type->lifetimeBound.empty()) edit().lifetimeBound.clear();
    for (size_t i = 0; i < type->args.size(); ++i)
        if (TypePtr a = witnessType(type->args[i]); a != type->args[i]) edit().args[i] = std::move(a);
    if (type->output)
        if (TypePtr o = witnessType(type->output); o != type->output) edit().output = std::move(o);
    return copy ? copy : type;
}

} // namespace

std::optional<std::string> StateMachineBuilder::printed(const TypePtr& type) const {
    if (!type || containsUnknown(type)) return std::nullopt;
    return m_types.print(type);
}

std::optional<long> StateMachineBuilder::sizeOf(const TypePtr& type) const {
    const auto layout = m_layouts.types().of(type);
    return layout ? std::optional<long>(layout->size) : std::nullopt;
}

SavedField StateMachineBuilder::localField(const LoweredBody& body, const SavedLocal& saved) const {
    const Local& local = body.locals[saved.local];
    SavedField f;
    f.kind = local.kind == LocalKind::Temporary ? FieldKind::Temporary : FieldKind::Local;
    if (local.kind != LocalKind::Temporary) f.name = local.name;
    f.ty = witnessType(local.type);
    f.type = printed(f.ty);
    f.size = sizeOf(local.type);
    f.position = local.position;
    if (local.kind == LocalKind::Temporary) f.expr = local.expr;
    f.whySaved = whySaved(saved.reason, local);
    if (saved.reason == SaveReason::Borrowed) f.whyAt = body.firstBorrow[saved.local];
    f.why = whySavedText(f.whySaved, f.whyAt);
    return f;
}

SavedField StateMachineBuilder::awaiteeField(const Awaitee& awaitee) const {
    SavedField f;
    f.kind = FieldKind::Awaitee;
    f.ty = awaitee.type;
    f.type = printed(awaitee.type);
    f.position = awaitee.position;
    f.expr = awaitee.expr;
    f.size = sizeOf(awaitee.type);
    if (awaitee.type && awaitee.type->kind == TypeKind::Future && awaitee.type->futureIndex >= 0)
        f.awaited = FutureId{awaitee.type->futureIndex};
    f.whySaved = WhySaved::Awaited;
    f.whyAt = awaitee.position;
    f.why = whySavedText(f.whySaved);
    return f;
}

SavedField StateMachineBuilder::upvarField(const Upvar& upvar, FutureKind kind, bool isMove) const {
    SavedField f;
    f.kind = FieldKind::Upvar;
    f.name = upvar.rustcName.empty() ? upvar.name : upvar.rustcName;
    f.ty = upvar.type;
    f.type = printed(upvar.type);
    f.size = sizeOf(upvar.type);
    f.position = upvar.position;
    f.whySaved = whyCaptured(upvar, kind, isMove);
    f.whyAt = upvar.position;
    f.why = whySavedText(f.whySaved);
    return f;
}

FutureInfo StateMachineBuilder::build(const LoweredFuture& lowered, int futureIndex) const {
    const AsyncItem& item = *lowered.item;
    const LoweredBody& body = lowered.body;
    StandaloneTypeWriter standalone(m_types);
    FutureInfo future;
    future.id = item.id;
    future.name = item.name;
    future.kind = item.kind;
    future.position = item.position;
    future.bodyRange = item.node.range();
    for (const Upvar& u : storedUpvars(body.upvars)) {
        future.upvars.push_back(upvarField(u, item.kind, item.isMove));
        future.upvars.back().standaloneType = standalone.write(u.type);
    }
    future.states.push_back({"Unresumed", std::nullopt, {}, std::nullopt, 0});
    for (size_t i = 0; i < item.suspensions.size(); ++i) {
        State state{"Suspend" + std::to_string(i), item.suspensions[i].keyword, {}, std::nullopt, 0};
        if (i < lowered.savedLocals.size())
            for (const SavedLocal& saved : lowered.savedLocals[i]) {
                state.fields.push_back(localField(body, saved));
                state.fields.back().standaloneType = standalone.write(body.locals[saved.local].type);
            }
        if (i < body.awaitees.size()) {
            state.fields.push_back(awaiteeField(body.awaitees[i]));
            state.fields.back().standaloneType = standalone.write(body.awaitees[i].type);
        }
        future.states.push_back(std::move(state));
    }
    future.states.push_back({"Returned", std::nullopt, {}, std::nullopt, 0});
    future.states.push_back({"Panicked", std::nullopt, {}, std::nullopt, 0});
    future.transitions = SuspensionFlow::transitions(body.cfg, static_cast<int>(item.suspensions.size()));
    future.standalone = standalone.result(body.output);
    addLayout(future, lowered, futureIndex);
    return future;
}

// The future's size, each state's and each field's offset, where rustc's layout of it is
// known (every saved value's type has a layout).
void StateMachineBuilder::addLayout(FutureInfo& future, const LoweredFuture& lowered, int futureIndex) const {
    const FutureLayout* layout = m_layouts.of(futureIndex);
    if (!layout) return;
    const CoroutineResult& r = layout->result;
    future.size = static_cast<int>(r.layout.size);
    future.align = static_cast<int>(r.layout.align);
    for (size_t s = 0; s < future.states.size() && s < r.stateSizes.size(); ++s)
        future.states[s].size = r.stateSizes[s];
    for (size_t s = 0; s < layout->dropFlags.size() && s + 1 < future.states.size(); ++s)
        future.states[s + 1].dropFlags = layout->dropFlags[s];
    addInstanceSizes(future, lowered, *layout);
    if (!r.offsetsKnown) return;
    for (size_t u = 0; u < future.upvars.size() && u < r.upvarOffsets.size(); ++u)
        future.upvars[u].offset = r.upvarOffsets[u];
    for (size_t s = 0; s < lowered.savedLocals.size() && s + 1 < future.states.size(); ++s) {
        auto& fields = future.states[s + 1].fields;
        for (size_t i = 0; i < lowered.savedLocals[s].size() && i < fields.size(); ++i)
            fields[i].offset = r.localOffsets[layout->slotOfLocal.at(lowered.savedLocals[s][i].local)];
        if (s < layout->slotOfAwaitee.size() && layout->slotOfAwaitee[s] >= 0 && !fields.empty() &&
            fields.back().kind == FieldKind::Awaitee)
            fields.back().offset = r.localOffsets[layout->slotOfAwaitee[s]];
    }
}

// A generic future laid out as the crate's instances of it: a value whose type names a
// parameter (`path: P`) has the instances' size.
void StateMachineBuilder::addInstanceSizes(FutureInfo& future, const LoweredFuture& lowered,
                                           const FutureLayout& layout) const {
    for (size_t u = 0; u < future.upvars.size() && u < layout.upvarSizes.size(); ++u)
        if (!future.upvars[u].size) future.upvars[u].size = layout.upvarSizes[u];
    for (size_t s = 0; s < lowered.savedLocals.size() && s + 1 < future.states.size(); ++s) {
        auto& fields = future.states[s + 1].fields;
        for (size_t i = 0; i < lowered.savedLocals[s].size() && i < fields.size(); ++i)
            if (!fields[i].size)
                fields[i].size = layout.slotSizes[layout.slotOfLocal.at(lowered.savedLocals[s][i].local)];
        if (s < layout.slotOfAwaitee.size() && layout.slotOfAwaitee[s] >= 0 && !fields.empty() &&
            fields.back().kind == FieldKind::Awaitee && !fields.back().size)
            fields.back().size = layout.slotSizes[layout.slotOfAwaitee[s]];
    }
}

} // namespace awaitscope
