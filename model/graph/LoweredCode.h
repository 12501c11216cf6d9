#pragma once
// FutureInfo -> the state machine written out as Rust that rustc accepts on its own: an
// enum with a variant per state holding what that state keeps (with their types), and an
// `impl Future` whose `poll` matches over the states. Where the user's code cannot be
// reproduced the arm is `todo!()`, with comments saying where the poll runs to next (from
// FutureInfo::transitions). Types only the analysed crate can name are type parameters
// (StandaloneTypes); a field whose type is unknown gets one too.

#include "data/Snapshot.h"

#include <string>
#include <vector>

namespace awaitscope {

struct LoweredCodeLines {
    int state = -1;       // index into FutureInfo::states
    int variantFirst = 0; // 1-based, inclusive: the enum variant
    int variantLast = 0;
    int armFirst = 0; // 1-based, inclusive: its arm in `poll`
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
    void writeHeader();
    void writeEnum();
    void writeVariant(int state);
    void writeImpl();
    void writeArm(int state);
    void writeMoves(int state);
    void line(const std::string& text);
    std::string typeOf(const SavedField& field);
    std::string generics() const;
    bool mentioned(const std::string& token) const;

    const FutureInfo& m_future;
    StandaloneTypes m_types;                // the future's, plus parameters for unwritten types
    std::vector<std::string> m_memberTypes; // every member's type, to find unused generics
    LoweredCodeText m_result;
    int m_lines = 0;
};

} // namespace awaitscope
