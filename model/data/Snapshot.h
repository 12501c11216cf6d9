#pragma once
// The immutable result of one analysis: everything a view or an exporter may read.
// Plain data mirroring ../shared/spec/analysis-report.md, so that the JSON report, the
// GUI's item models and the diagrams all describe the same thing.

#include "data/Ids.h"
#include "data/ProjectInfo.h"
#include "data/ProofNode.h"
#include "data/TypeRef.h"
#include "data/Verdict.h"
#include "syntax/HighlightSpan.h"
#include "syntax/TextPosition.h"

#include <optional>
#include <string>
#include <vector>

namespace awaitscope {

enum class Edition { E2015, E2018, E2021, E2024 };
std::string editionName(Edition edition);
std::optional<Edition> parseEdition(const std::string& text);

enum class FutureKind { AsyncFn, AsyncBlock, AsyncClosure };
std::string futureKindName(FutureKind kind);

enum class FieldKind { Upvar, Local, Temporary, Awaitee };
std::string fieldKindName(FieldKind kind);

/// Why a state machine stores a value (lowering/StateMachineBuilder decides it from the
/// lowering's SaveReason and the capture mode); whySavedText gives the words every edge prints.
enum class WhySaved {
    UsedLater,           // a local read after the await
    ArgumentUsedLater,   // an argument's local copy, read after the await
    DroppedLater,        // not read again, but its destructor runs at the end of its scope
    Borrowed,            // borrowed before the await (whyAt: the first borrow)
    Awaited,             // the awaitee, polled again when the state resumes
    CapturedByReference, // an async block's non-move capture of a place it only reads
    CapturedByMove,      // an `async move` block's capture
    CapturedByValue,     // a non-move capture the block moves
    LentByClosure,       // an async closure body's borrow of one of its closure's captures
    Argument             // an async fn's argument, captured when the future is created
};
/// The words for a reason, as the report, the views and the diagrams print them.
std::string whySavedText(WhySaved why, const std::optional<TextPosition>& at = std::nullopt);

/// One value stored inside a future's state machine.
struct SavedField {
    std::optional<std::string> name; // binding name; none for temporaries and awaitees
    FieldKind kind = FieldKind::Local;
    std::optional<std::string> type; // printed as rustc prints it, for display; none where unknown
    TypePtr ty;                      // the type itself (types/Type.h): what decisions read
    std::optional<long> size;        // bytes, where the layout is known (see types/TypeLayout.h)
    std::optional<long> offset;      // bytes from the future's start (lowering/CoroutineLayout.h)
    Verdict send = Verdict::Unknown;
    Verdict sync = Verdict::Unknown;
    TextPosition position;           // where the binding / temporary is introduced
    std::optional<std::string> expr; // a temporary's or awaitee's source text
    WhySaved whySaved = WhySaved::UsedLater;
    std::optional<TextPosition> whyAt; // where the reason is in the source (Borrowed: the first borrow)
    std::string why;                   // whySavedText(whySaved, whyAt): the words every edge prints
    // The type as Rust that compiles on its own (graph/LoweredCode writes it): std items by
    // their public path, `'a` for borrows, and `T0`, `T1`.. (FutureInfo::standalone.params)
    // for what only the analysed crate or an extern crate can name. Empty where unknown.
    std::string standaloneType;
    FutureId awaited; // an awaitee that is one of the file's futures
};

struct State {
    std::string name;                         // Unresumed, Suspend0.., Returned, Panicked
    std::optional<TextPosition> awaitKeyword; // Suspend states: the `await` keyword
    std::vector<SavedField> fields;           // besides the upvars
    std::optional<long> size;                 // bytes, as rustc's `variant `SuspendN`: N bytes`
    int dropFlags = 0;                        // saved `bool` drop flags (Dataflow::dropFlagsSavedAt)
};

/// A future's types written as standalone Rust (see SavedField::standaloneType).
struct StandaloneTypes {
    std::vector<std::string> uses;   // std paths the types name by their last segment
    std::vector<std::string> params; // what `T0`, `T1`.. stand for, as rustc prints it
    bool borrows = false;            // some type holds a borrow: the enum has `<'a>`
    std::string output;              // the future's Output; empty where unknown
};

/// A move between states in one poll, as the body's control flow allows it.
struct Transition {
    int from = 0; // index into FutureInfo::states
    int to = 0;
    bool operator==(const Transition&) const = default;
};

struct FutureInfo {
    FutureId id;                          // its index in Snapshot::futures
    std::string name;                     // unique in the file
    std::optional<std::string> rustcName; // rustc's name of the coroutine (hir/RustcNaming.h)
    FutureKind kind = FutureKind::AsyncFn;
    TextPosition position;
    TextRange bodyRange; // the whole item / block, for navigation
    Verdict send = Verdict::Unknown;
    Verdict sync = Verdict::Unknown;
    std::vector<SavedField> upvars;
    std::vector<State> states;
    std::optional<int> size;
    std::optional<int> align;
    // Which state a poll can leave the future in, from each state that runs code: from the
    // control-flow graph (Unresumed -> first awaits or Returned; SuspendN -> the awaits its
    // resumed code reaches next, itself again around a loop, or Returned). Panics not listed.
    std::vector<Transition> transitions;
    StandaloneTypes standalone;

    int suspendCount() const { return static_cast<int>(states.size()) - 3; }
    /// What a state stores, the same for every view: Unresumed and the Suspend states keep
    /// the upvars (rustc's prefix) then their own fields; Returned and Panicked hold nothing
    /// (the upvars were moved into the body or dropped when it finished).
    std::vector<const SavedField*> heldIn(int state) const;
    bool holdsUpvars(int state) const;
};

struct ParseError {
    TextPosition position;
    std::string message;
};

struct Leaf {
    std::string trait;                            // "Send" | "Sync"
    std::string type;                             // printed, for display
    TypePtr ty;                                   // the failing type itself: what fixes decide on
    DerivationRule rule = DerivationRule::NoImpl; // the proof's last step

    /// rustc's help names the type no impl applies to ("the trait `Send` is not implemented
    /// for `Rc<u8>`"); a parameter of the generics in scope it names only by suggesting a
    /// bound ("consider restricting type parameter `T`", rustc_trait_selection
    /// error_reporting/traits/suggestions.rs, suggest_restricting_param_bound). The report's
    /// `leaves` list the former; the derivation ends at the parameter either way.
    bool namedAsLeafByRustc() const { return rule != DerivationRule::UnboundedParam; }
};

struct TextEdit {
    TextRange range;
    std::string text;
};

struct Fix {
    std::string title;
    std::vector<TextEdit> edits;
};

struct Cause {
    std::string kind; // held_across_await | captured | awaits_non_send_future
    std::string variable;
    std::optional<std::string> type; // the blamed value's type, printed for display
    TypePtr ty;                      // the same type itself: what fixes decide on
    TextPosition position;
    std::optional<TextPosition> awaitKeyword;
    std::vector<Leaf> leaves;
    /// The proof: from the future that must be Send, through the futures and states that
    /// hold this value, down its type to each leaf.
    ProofNode derivation;
    std::vector<std::string> path; // derivationPath(derivation): the same, one step an entry
};

/// One of the biggest values a large future saves (the `large-future` warning).
struct LargestValue {
    std::string name;  // a binding's name, or the awaited expression for an awaitee
    std::string state; // Suspend0, ...
    long size = 0;
    TextPosition position;
};

struct Diagnostic {
    std::string code; // future-not-send | output-not-send | not-static | parse-error | ...
    std::string severity = "error";
    TextRange range;
    std::string message;
    std::optional<std::string> future; // the future's name, for the report
    FutureId futureId;                 // the same future, for everything that looks it up
    std::optional<std::string> requiredBy;
    std::vector<Cause> causes;
    std::vector<Leaf> leaves;            // failing leaves no cause names (rustc blames no value)
    std::optional<ProofNode> derivation; // how the checked type reaches those leaves
    std::vector<std::string> path;       // derivationPath(*derivation), one step an entry
    std::vector<Fix> fixes;
    // moved-while-borrowed: rustc's code (E0505 / E0502 / E0506), the call that made the
    // borrowing future and the later use of that future.
    std::optional<std::string> rustcCode;
    std::optional<TextPosition> borrow;
    std::optional<TextPosition> laterUse;
    std::vector<LargestValue> largest; // large-future: the biggest saved values, largest first

    /// Every failing leaf: those under the causes, then those no value is blamed for.
    std::vector<const Leaf*> allLeaves() const;
};

struct Snapshot {
    std::string file; // the path as given
    std::string text; // the analysed source
    Edition edition = Edition::E2021;
    std::vector<ParseError> parseErrors;
    std::vector<FutureInfo> futures;
    std::vector<Diagnostic> diagnostics;
    std::vector<HighlightSpan> highlights; // for the editor, from the syntax tree
    std::optional<ProjectInfo> project;    // none in single-file mode

    /// By the name the report prints (the command line's --future); null if none.
    const FutureInfo* findFuture(const std::string& name) const;
    const FutureInfo* future(FutureId id) const;
    /// The future a diagnostic is about, if it is one of the file's.
    const FutureInfo* futureOf(const Diagnostic& d) const { return future(d.futureId); }
};

} // namespace awaitscope
