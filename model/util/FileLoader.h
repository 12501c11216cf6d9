#pragma once
// Reads a source file with the checks a user deserves: a clear message for a missing,
// unreadable, binary, huge or non-UTF-8 file instead of garbage or a crash.

#include <string>

namespace awaitscope {

/// Larger files are refused: parsing runs at ~4.5 MB/s and the views are not made for them.
constexpr size_t kMaxSourceBytes = 4 * 1024 * 1024;

struct LoadedFile {
    std::string text;
    std::string error; // empty on success
    bool ok() const { return error.empty(); }
};

LoadedFile loadSourceFile(const std::string& path);

/// The offset of the first byte that is not part of well-formed UTF-8 (the Unicode
/// standard's definition: no overlong forms, no surrogates, nothing above U+10FFFF), or npos.
size_t firstInvalidUtf8(const std::string& text);

/// Why `text` cannot be analysed (binary, too large, not UTF-8), or "".
std::string checkSourceText(const std::string& text);

/// Writes `data` to `path` through a temporary file renamed into place, so a failure
/// never leaves a truncated file or clobbers a good one. Returns an error or "".
std::string writeFileAtomically(const std::string& path, const std::string& data);

} // namespace awaitscope
