#pragma once
// Hand-made snapshots for view tests: real analyses have no saved fields or diagnostics
// until the lowering and diagnostics layers fill them, and a test should not wait for
// that to check that the views show them.

#include "data/Snapshot.h"

#include <QString>
#include <memory>
#include <string>

namespace awaitscope::test {

inline QString samplePath(const char* name) {
    return QStringLiteral(AWAITSCOPE_SOURCE_DIR "/samples/") + name;
}

/// The index of the snapshot's first problem of `code` (e.g. "large-future"), or -1.
inline int firstProblemOf(const Snapshot& snapshot, const std::string& code) {
    for (size_t i = 0; i < snapshot.diagnostics.size(); ++i)
        if (snapshot.diagnostics[i].code == code) return static_cast<int>(i);
    return -1;
}

inline SavedField field(const char* name, FieldKind kind, const char* type, Verdict send, Verdict sync, TextPosition at,
                        const char* why) {
    SavedField f;
    if (name) f.name = name;
    f.kind = kind;
    f.type = type;
    f.send = send;
    f.sync = sync;
    f.position = at;
    f.why = why;
    return f;
}

/// `tally` from samples/refcell_guard.rs, as the full analysis will describe it.
inline std::shared_ptr<Snapshot> tallySnapshot() {
    auto s = std::make_shared<Snapshot>();
    s->file = "refcell_guard.rs";
    s->text = "async fn tally(players: Vec<String>) -> usize {\n"
              "    let mut scores = board.borrow_mut();\n"
              "    let score = fetch_score(&players[0]).await;\n"
              "    scores.len()\n"
              "}\n";
    FutureInfo f;
    f.id = FutureId{0};
    f.name = "tally";
    f.position = {1, 10};
    f.bodyRange = {{1, 1}, {5, 2}};
    f.send = Verdict::No;
    f.upvars.push_back(field("players", FieldKind::Upvar, "Vec<String>", Verdict::Yes, Verdict::Yes, {1, 16}, ""));
    f.states.push_back({"Unresumed", std::nullopt, {}, std::nullopt, 0});
    State suspend{"Suspend0", TextPosition{3, 42}, {}, std::nullopt, 0};
    suspend.fields.push_back(field("scores", FieldKind::Local, "RefMut<'_, HashMap<String, i64>>", Verdict::No,
                                   Verdict::No, {2, 13}, "used after this await"));
    suspend.fields.back().size = 16; // as rustc lays a RefMut out
    SavedField awaitee = field(nullptr, FieldKind::Awaitee, "impl Future<Output = i64>", Verdict::Yes, Verdict::Yes,
                               {3, 17}, "the future being awaited");
    awaitee.expr = "fetch_score(&players[0])";
    suspend.fields.push_back(awaitee);
    f.states.push_back(suspend);
    f.states.push_back({"Returned", std::nullopt, {}, std::nullopt, 0});
    f.states.push_back({"Panicked", std::nullopt, {}, std::nullopt, 0});
    s->futures.push_back(f);

    Diagnostic d;
    d.code = "future-not-send";
    d.range = {{3, 17}, {3, 41}};
    d.message = "future returned by `tally` is not `Send`";
    d.future = "tally";
    d.futureId = FutureId{0};
    d.requiredBy = "tokio::spawn";
    Cause c;
    c.kind = "held_across_await";
    c.variable = "scores";
    c.type = "RefMut<'_, HashMap<String, i64>>";
    c.position = {2, 13};
    c.awaitKeyword = TextPosition{3, 42};
    c.leaves = {{"Send", "NonNull<HashMap<String, i64>>", nullptr}, {"Sync", "Cell<isize>", nullptr}}; // display only
    c.path = {"future `tally`", "Suspend0 holds `scores`", "RefMut<'_, HashMap<String, i64>>",
              "NonNull<HashMap<String, i64>>"};
    d.causes.push_back(c);
    d.fixes.push_back({"Drop `scores` before the await", {{{{2, 5}, {2, 5}}, "{ "}, {{{3, 48}, {3, 48}}, " }"}}});
    s->diagnostics.push_back(d);
    s->parseErrors.push_back({{4, 5}, "expected `;`"});
    return s;
}

} // namespace awaitscope::test
