#pragma once
// FutureInfo -> the state machine written out as readable Rust: an enum with a variant
// per state holding what that state keeps, and an `impl Future` whose `poll` matches on
// it, with comments saying where each await resumes. It is an explanation, not code to
// compile: `'_` lifetimes and unknown types are left as rustc would print them.

#include "data/Snapshot.h"

#include <string>
#include <vector>

namespace awaitscope {

struct LoweredCodeLines {
    int state = -1;            // index into FutureInfo::states
    int variantFirst = 0;      // 1-based, inclusive: the enum variant
    int variantLast = 0;
    int armFirst = 0;          // 1-based, inclusive: its arm in `poll`
    int armLast = 0;
};

struct LoweredCodeText {
    std::string text;
    std::vector<LoweredCodeLines> states; // one per state, in state order
};

class LoweredCode {
public:
    static LoweredCodeText build(const FutureInfo& future);

    /// "tally" -> "TallyFuture", "Db::load" -> "DbLoadFuture".
    static std::string enumName(const FutureInfo& future);

private:
    explicit LoweredCode(const FutureInfo& future);
    void writeEnum();
    void writeVariant(int state);
    void writeImpl();
    void writeArm(int state);
    void line(const std::string& text);
    std::string armComment(int state) const;

    const FutureInfo& m_future;
    LoweredCodeText m_result;
    int m_lines = 0;
};

} // namespace awaitscope
