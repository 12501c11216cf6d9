#include "data/Snapshot.h"

namespace awaitscope {

std::string editionName(Edition edition) {
    switch (edition) {
    case Edition::E2015: return "2015";
    case Edition::E2018: return "2018";
    case Edition::E2021: return "2021";
    case Edition::E2024: return "2024";
    }
    return "2021";
}

std::optional<Edition> parseEdition(const std::string& text) {
    if (text == "2015") return Edition::E2015;
    if (text == "2018") return Edition::E2018;
    if (text == "2021") return Edition::E2021;
    if (text == "2024") return Edition::E2024;
    return std::nullopt;
}

std::string futureKindName(FutureKind kind) {
    switch (kind) {
    case FutureKind::AsyncFn: return "async fn";
    case FutureKind::AsyncBlock: return "async block";
    case FutureKind::AsyncClosure: return "async closure";
    }
    return "async fn";
}

std::string whySavedText(WhySaved why, const std::optional<TextPosition>& at) {
    switch (why) {
    case WhySaved::UsedLater: return "used after this await";
    case WhySaved::ArgumentUsedLater: return "the argument's local copy, used after this await";
    case WhySaved::DroppedLater: return "not used after this await, but its destructor runs at the end of its scope";
    case WhySaved::Borrowed:
        return "borrowed" + (at ? " at " + toString(*at) : std::string()) +
               " before this await: a borrowed local stays saved until its scope ends, even "
               "after a move or drop()";
    case WhySaved::Awaited: return "the future being awaited: polled again when this state resumes";
    case WhySaved::CapturedByReference: return "captured by reference: stored in every state";
    case WhySaved::CapturedByMove: return "captured by value (`move`): stored in every state";
    case WhySaved::CapturedByValue: return "captured by value (the block moves it): stored in every state";
    case WhySaved::LentByClosure:
        return "borrowed from the async closure, which keeps the captured value: stored in every state";
    case WhySaved::Argument: return "an argument: captured when the future is created, stored in every state";
    }
    return "";
}

std::string fieldKindName(FieldKind kind) {
    switch (kind) {
    case FieldKind::Upvar: return "upvar";
    case FieldKind::Local: return "local";
    case FieldKind::Temporary: return "temporary";
    case FieldKind::Awaitee: return "awaitee";
    }
    return "local";
}

std::vector<const Leaf*> Diagnostic::allLeaves() const {
    std::vector<const Leaf*> out;
    for (const Cause& c : causes)
        for (const Leaf& l : c.leaves) out.push_back(&l);
    for (const Leaf& l : leaves) out.push_back(&l);
    return out;
}

bool FutureInfo::holdsUpvars(int state) const {
    if (state < 0 || state >= static_cast<int>(states.size())) return false;
    return state == 0 || states[state].awaitKeyword.has_value() || states[state].name.rfind("Suspend", 0) == 0;
}

std::vector<const SavedField*> FutureInfo::heldIn(int state) const {
    std::vector<const SavedField*> held;
    if (!holdsUpvars(state)) return held;
    for (const SavedField& u : upvars) held.push_back(&u);
    for (const SavedField& f : states[state].fields) held.push_back(&f);
    return held;
}

const FutureInfo* Snapshot::future(FutureId id) const {
    return id.valid() && id.index < static_cast<int>(futures.size()) ? &futures[id.index] : nullptr;
}

const FutureInfo* Snapshot::findFuture(const std::string& name) const {
    for (const FutureInfo& f : futures)
        if (f.name == name) return &f;
    return nullptr;
}

} // namespace awaitscope
