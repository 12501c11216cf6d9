#pragma once
// An async body found in the source: an `async fn`, an `async` block or an `async` closure,
// with its suspension points in the order rustc numbers them (evaluation order).

#include "data/Snapshot.h"
#include "syntax/SyntaxNode.h"

#include <optional>
#include <string>
#include <vector>

namespace awaitscope {

enum class SuspensionKind {
    Await,       // `expr.await`
    JoinMacro,   // tokio::join! / futures::join!: one suspension polling every branch
    SelectMacro, // tokio::select!: one suspension polling every branch
};

struct SuspensionPoint {
    SuspensionKind kind = SuspensionKind::Await;
    TextPosition keyword; // the `await` keyword, or the macro's name for join!/select!
    SyntaxNode node;      // the await_expression or macro_invocation
};

struct AsyncItem {
    FutureId id;      // its index in source order
    std::string name; // as the report names it (see analysis-report.md): unique in the file
    FutureKind kind = FutureKind::AsyncFn;
    TextPosition position; // async fn: its name; block / closure: the `async` keyword
    SyntaxNode node;       // function_item, async_block or closure_expression
    SyntaxNode body;       // the block that runs when the future is polled
    SyntaxNode parameters; // async fn / closure parameters; null for blocks
    bool isMove = false;   // `async move` block or closure
    std::string selfType;  // the impl's type for methods, else empty
    std::vector<SuspensionPoint> suspensions;
    // rustc's name of the coroutine (hir/RustcNaming.h): an async fn's def path, or the
    // span rustc prints for a block / closure; neither where it depends on the instance.
    std::optional<std::string> rustcPath;
    std::optional<TextRange> rustcSpan;
};

} // namespace awaitscope
