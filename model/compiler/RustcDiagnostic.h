#pragma once
// One diagnostic from rustc's `--error-format=json` (rustc_errors/src/json.rs), reduced to
// what Awaitscope shows: the message, code, where it points in the user's files, and notes.

#include <optional>
#include <string>
#include <vector>

namespace awaitscope {

struct RustcSpan {
    std::string file;                                     // as rustc prints it: relative for the crate's own files
    int line = 0, column = 0, endLine = 0, endColumn = 0; // 1-based, columns in characters
    std::string label;
    bool primary = false;
    std::string macro; // the macro (or desugaring) the span comes from, if any
};

struct RustcNote {
    std::string level; // note | help | warning ...
    std::string message;
    std::vector<RustcSpan> spans;
};

struct RustcDiagnostic {
    std::string level;               // error | warning | "error: internal compiler error"
    std::optional<std::string> code; // E0277 ...; none for "future cannot be sent ..."
    std::string message;
    std::optional<RustcSpan> site; // the primary span, moved to the user's file through macro call sites
    std::vector<RustcSpan> spans;
    std::vector<RustcNote> notes;
    std::string rendered; // rustc's own text of the whole diagnostic

    bool isError() const { return level.rfind("error", 0) == 0; }
    /// Each note in one line: "note: future is not `Send` as this value is used across an
    /// await (10:9: has type `RefMut<'_, i64>` which is not `Send`; ...)".
    std::vector<std::string> noteLines() const;
};

} // namespace awaitscope
