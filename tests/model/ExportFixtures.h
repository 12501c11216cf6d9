#pragma once
// Snapshots built by hand for the graph, layout and export tests: the analysis of
// samples/refcell_guard.rs as the report contract describes it (fields, verdicts, a
// diagnostic with its path), independent of how far the real lowering has come.

#include "data/Snapshot.h"

namespace awaitscope::fixtures {

inline SavedField field(const std::string& name, FieldKind kind, const std::string& type, Verdict send, Verdict sync,
                        TextPosition at, const std::string& why) {
    SavedField f;
    if (kind == FieldKind::Local || kind == FieldKind::Upvar)
        f.name = name;
    else
        f.expr = name;
    f.kind = kind;
    f.type = type;
    f.send = send;
    f.sync = sync;
    f.position = at;
    f.why = why;
    return f;
}

inline State state(const std::string& name, std::optional<TextPosition> await = std::nullopt,
                   std::vector<SavedField> fields = {}) {
    return {name, await, std::move(fields), std::nullopt, 0};
}

inline FutureInfo fetchScore() {
    FutureInfo f;
    f.id = FutureId{0};
    f.name = "fetch_score";
    f.position = {14, 10};
    f.send = f.sync = Verdict::Yes;
    f.upvars = {field("player", FieldKind::Upvar, "&str", Verdict::Yes, Verdict::Yes, {14, 22}, "argument")};
    f.states = {state("Unresumed"),
                state("Suspend0", TextPosition{15, 50},
                      {field("tokio::time::sleep(Duration::from_millis(5))", FieldKind::Awaitee, "Sleep", Verdict::Yes,
                             Verdict::Yes, {15, 5}, "the future being awaited")}),
                state("Returned"), state("Panicked")};
    return f;
}

inline FutureInfo tally() {
    FutureInfo f;
    f.id = FutureId{1};
    f.name = "tally";
    f.position = {19, 10};
    f.send = f.sync = Verdict::No;
    f.upvars = {field("players", FieldKind::Upvar, "Vec<String>", Verdict::Yes, Verdict::Yes, {19, 16}, "argument")};
    f.states = {state("Unresumed"),
                state("Suspend0", TextPosition{22, 42},
                      {field("board", FieldKind::Local, "RefCell<HashMap<String, i64>>", Verdict::Yes, Verdict::No,
                             {20, 9}, "borrowed earlier, so its storage stays live"),
                       field("scores", FieldKind::Local, "RefMut<'_, HashMap<String, i64>>", Verdict::No, Verdict::No,
                             {21, 13}, "used after this await"),
                       field("fetch_score(&players[0])", FieldKind::Awaitee, "{async fn body of fetch_score()}",
                             Verdict::Yes, Verdict::Yes, {22, 17}, "the future being awaited")}),
                state("Returned"), state("Panicked")};
    f.size = 96;
    f.align = 8;
    return f;
}

inline ProofNode proofStep(const std::string& type, DerivationRule rule, const std::string& because,
                           const std::string& trait = "Send") {
    ProofNode n;
    n.trait = trait;
    n.type = type;
    n.rule = rule;
    n.because = because;
    return n;
}

inline Diagnostic tallyNotSend() {
    Diagnostic d;
    d.code = "future-not-send";
    d.range = {{30, 31}, {30, 45}};
    d.message = "future returned by `tally` is not `Send`";
    d.future = "tally";
    d.futureId = FutureId{1};
    d.requiredBy = "tokio::spawn";
    Cause c;
    c.kind = "held_across_await";
    c.variable = "scores";
    c.type = "RefMut<'_, HashMap<String, i64>>";
    c.position = {21, 13};
    c.awaitKeyword = TextPosition{22, 42};
    c.leaves = {{"Send", "NonNull<HashMap<String, i64>>", nullptr}, {"Sync", "Cell<isize>", nullptr}}; // display only
    // The proof as the analysis gives it: the route through tally's Suspend0 to `scores`,
    // then the type tree down to the two leaves.
    c.derivation = proofStep("{async fn body of tally()}", DerivationRule::FutureState,
                             "the future of `tally` is `Send` only if everything it stores is");
    c.derivation.via = "`tokio::spawn` requires its argument to be `Send`";
    c.derivation.future = FutureId{1};
    ProofNode value = proofStep("RefMut<'_, HashMap<String, i64>>", DerivationRule::Fields,
                                "`RefMut<'_, HashMap<String, i64>>` is Send if all its fields are");
    value.via = "Suspend0 (await at 22:42) holds `scores`";
    value.held = HeldValue{FutureId{1}, 1, HeldValue::Kind::Local, "scores", {21, 13}, TextPosition{22, 42}};
    ProofNode nonNull = proofStep("NonNull<HashMap<String, i64>>", DerivationRule::NegativeImpl,
                                  "`NonNull<T>` is never Send (impl<T: ?Sized> !Send for NonNull<T>)");
    nonNull.leaf = true;
    ProofNode cell = proofStep("Cell<isize>", DerivationRule::NegativeImpl,
                               "`Cell<T>` is never Sync (impl<T: ?Sized> !Sync for Cell<T>)", "Sync");
    cell.leaf = true;
    ProofNode ref =
        proofStep("&Cell<isize>", DerivationRule::Reference, "`&Cell<isize>` is Send only if `Cell<isize>` is Sync");
    ref.children = {cell};
    ProofNode borrow = proofStep("std::cell::BorrowRefMut<'_>", DerivationRule::Fields,
                                 "`std::cell::BorrowRefMut<'_>` is Send if all its fields are");
    borrow.children = {ref};
    value.children = {nonNull, borrow};
    c.derivation.children = {value};
    c.path = derivationPath(c.derivation);
    d.causes = {c};
    return d;
}

inline std::string refcellSource() {
    std::string text;
    for (int line = 1; line < 30; ++line) text += "\n";
    return text + "    let handle = tokio::spawn(tally(players));\n";
}

inline Snapshot refcellSnapshot() {
    Snapshot s;
    s.file = "samples/refcell_guard.rs";
    s.text = refcellSource();
    s.futures = {fetchScore(), tally()};
    s.diagnostics = {tallyNotSend()};
    return s;
}

} // namespace awaitscope::fixtures
