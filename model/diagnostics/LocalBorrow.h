#pragma once
// What an argument borrows from the calling body, found the way rustc's borrow checker
// reports it when the borrow must be `'static` (E0597 "`x` does not live long enough"):
//   `&config`        -> `config`, at `&config`
//   `&config.name`   -> `config.name`, at `&config.name` (a place: rustc names the field path)
//   `&words[0]`      -> `words`, at `words` (the index borrows the local implicitly)
//   `text.as_str()`  -> `text`, at `text` (the method's `&self` borrows it)
//   `view`, after `let view = &text;` -> `text`, at that `&text`

#include "data/Snapshot.h"
#include "types/Type.h"

#include <optional>
#include <string>

namespace awaitscope {

class SyntaxTree;
struct LoweredBody;

struct LocalBorrow {
    std::string place; // as rustc names it: "config", "config.name"
    std::string local; // the local itself: "config"
    TextRange range;   // where rustc points
};

std::optional<LocalBorrow> localBorrowIn(const SyntaxTree& tree, const LoweredBody& body, const TextRange& argument,
                                         const TypePtr& argumentType);
/// What the reference held in local `name` borrows from `body`, read at its `let`
/// (`let view = &text;`, `let view = text.as_str();`): an `async move` block that
/// captures `view` carries that borrow.
std::optional<LocalBorrow> borrowHeldBy(const SyntaxTree& tree, const LoweredBody& body, const std::string& name);

} // namespace awaitscope
