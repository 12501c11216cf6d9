#pragma once
// Diagnostics written the way rustc writes them (rustc_errors/src/emitter.rs,
// HumanEmitter): a `severity[code]: message` header, a ` --> file:line:col` arrow that
// terminals and editors jump to, the source line with `^^^` under the span and a label,
// secondary spans underlined with `---`, and `= note:` / `= help:` lines.

#include "data/Snapshot.h"

#include <sstream>
#include <string>

namespace awaitscope {

class RustcStyleText {
  public:
    explicit RustcStyleText(const Snapshot& snapshot);

    void diagnostic(const Diagnostic& d);
    void parseError(const ParseError& e);
    std::string text() const { return m_out.str(); }

  private:
    struct Mark {
        TextPosition start;
        int length = 1; // characters underlined on start's line
        char underline = '^';
        std::string label;
    };
    void cause(const Cause& c, const std::string& trait);
    void arrow(TextPosition at);
    void snippet(const std::vector<Mark>& marks);
    void note(const std::string& kind, const std::string& text);
    void leafNote(const Leaf& l);
    std::string sourceLine(int line) const;
    int gutterWidth() const;
    static int spanLength(const TextRange& range, const std::string& lineText);

    const Snapshot& m_snapshot;
    std::ostringstream m_out;
};

} // namespace awaitscope
