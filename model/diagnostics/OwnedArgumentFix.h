#pragma once
// "Own the data instead of borrowing it": `tokio::spawn(show(&config))` with
// `async fn show(config: &String)` is rejected because the future keeps `&config`, and a
// spawned task may outlive the caller's `config`. Passing it by value (`config: String`,
// `show(config)`) moves the data into the future, which is then `'static`.
//
// Offered only when that edit is safe to make without seeing the whole program:
//   - the async fn is a free fn called once in the file (no other caller to update);
//   - its parameter is a plain `&T` (no named lifetime), and the local is a `T` - or a
//     `String` for `&str`, a `Vec<T>` for `&[T]`;
//   - the body uses the parameter only as a receiver, in a field access, behind `&`, or
//     inside a macro (where `&T` and `T` read the same);
//   - the caller does not use the local after the call, nor on a loop's next iteration.
// When the caller does read it later, the data is shared instead: `Arc::new(init)` at its
// `let`, `Arc::clone(&local)` as the argument, `Arc<T>` as the parameter.

#include "data/Snapshot.h"

#include <optional>
#include <string>

namespace awaitscope {

class SyntaxTree;
class FileLowering;
struct CallSite;
struct LoweredBody;

/// The fix for argument `arg` (text `&local`) of `asyncCall`.
std::optional<Fix> ownedArgumentFix(const SyntaxTree& tree, const FileLowering& lowering, const LoweredBody& caller,
                                    const CallSite& asyncCall, size_t arg, const std::string& local);

} // namespace awaitscope
