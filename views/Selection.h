#pragma once
// The one thing every view agrees on: what is selected, by semantic identity (indices into
// the current Snapshot), not by any view's own row numbers. -1 means "nothing".

namespace awaitscope {

struct Selection {
    int future = -1;
    int state = -1;
    int field = -1;      // into the state's rows: the upvars first, then State::fields
    int diagnostic = -1; // into the problems list: Snapshot::diagnostics, then parse errors
    int cause = -1;

    bool operator==(const Selection&) const = default;
};

} // namespace awaitscope
