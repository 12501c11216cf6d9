#pragma once
// Typed identities of what an analysis finds, so that passes and views refer to a future,
// a state or a local by identity and never by its display name (two `async` blocks in one
// fn print alike but are two futures). An id is an index in source order: stable while
// the file's text is unchanged.

#include <string>

#ifndef Q_MOC_RUN // moc 6.4 cannot parse <compare> (see syntax/TextPosition.h)
#include <compare>
#endif

namespace awaitscope {

/// A future of the file: its index in Snapshot::futures (source order).
struct FutureId {
    int index = -1;
    bool valid() const { return index >= 0; }
    /// As the report's "id" prints it: "f0", "f1", ...
    std::string text() const { return "f" + std::to_string(index); }
    bool operator==(const FutureId&) const = default;
    auto operator<=>(const FutureId&) const = default;
};

/// A state of a future: Unresumed (0), Suspend0.. (1..), Returned, Panicked.
struct StateId {
    FutureId future;
    int index = -1;
    bool valid() const { return future.valid() && index >= 0; }
    bool operator==(const StateId&) const = default;
    auto operator<=>(const StateId&) const = default;
};

/// A local of a future's lowered body (an index into LoweredBody::locals).
struct LocalId {
    FutureId future;
    int index = -1;
    bool valid() const { return future.valid() && index >= 0; }
    bool operator==(const LocalId&) const = default;
    auto operator<=>(const LocalId&) const = default;
};

} // namespace awaitscope
