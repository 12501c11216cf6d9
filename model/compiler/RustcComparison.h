#pragma once
// The model's futures beside rustc's layouts: which layout is which future (by the name
// rustc prints for it), and per state whether both keep the same named locals.

#include "compiler/RustcCheck.h"
#include "data/Snapshot.h"

#include <optional>
#include <string>
#include <vector>

namespace awaitscope {

struct RustcStateView {
    std::string name;
    long size = 0;                   // as rustc prints it (without the discriminant)
    std::vector<std::string> locals; // named saved locals, in rustc's order
    int temporaries = 0;             // unnamed saved values other than drop flags
    int dropFlags = 0;
    std::optional<std::string> awaiteeType;
    std::vector<RustcField> fields; // everything rustc prints for the state
    // Where the model differs (named locals, as multisets): empty when they agree.
    std::vector<std::string> onlyInModel;
    std::vector<std::string> onlyInRustc;
    bool agrees() const { return onlyInModel.empty() && onlyInRustc.empty(); }
};

struct RustcFutureView {
    std::string type; // rustc's name of the coroutine
    long size = 0;
    long align = 0;
    std::vector<RustcStateView> states;     // Unresumed, Suspend0.., Returned, Panicked
    std::vector<std::string> disagreements; // in words, one line each; empty: model and rustc agree
    bool agrees() const { return disagreements.empty(); }
    const RustcStateView* state(const std::string& name) const;
};

/// Per future of the snapshot (same index): rustc's view, or none where rustc laid out no
/// such future (an uninstantiated generic, or code that did not compile).
std::vector<std::optional<RustcFutureView>> compareWithRustc(const Snapshot& snapshot, const RustcCheck& check);

} // namespace awaitscope
