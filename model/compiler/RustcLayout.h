#pragma once
// What rustc's -Zprint-type-sizes says about one coroutine (an async fn body, async block
// or async closure body): its size, alignment and per variant the fields it stores.

#include <optional>
#include <string>
#include <vector>

namespace awaitscope {

struct RustcField {
    std::string kind; // "upvar" | "local" | "field"
    std::string name; // as printed: ".guard", ".__awaitee", "..coroutine_field3"
    long size = 0;
    long offset = 0; // replayed from rustc's printing when it prints none (see TypeSizesParser)
    std::optional<long> align;
    std::optional<std::string> type; // printed for the awaitee and unnamed temporaries only

    /// The binding's name without rustc's leading dot; empty for an unnamed temporary.
    std::string bindingName() const;
    bool isAwaitee() const { return name == ".__awaitee"; }
    bool isTemporary() const { return name.rfind("..", 0) == 0; }
};

struct RustcVariant {
    std::string name; // Unresumed, Suspend0.., Returned, Panicked
    long size = 0;    // as printed: the variant's extent without the discriminant
    std::vector<RustcField> fields;

    std::vector<std::string> localNames() const; // named saved locals, in print order
    int temporaryCount() const;                  // unnamed saved values other than drop flags (bool)
    int dropFlagCount() const;
    const RustcField* awaitee() const;
};

enum class RustcCoroutineKind { AsyncFn, AsyncBlock, AsyncClosure };

struct RustcLayout {
    std::string type; // "{async fn body of Server::compute()}", "{async block@a.rs:5:14: 5:40}"
    RustcCoroutineKind kind = RustcCoroutineKind::AsyncFn;
    std::string path; // async fn: "Server::compute"; block/closure: the file as printed
    int line = 0, column = 0, endLine = 0, endColumn = 0; // block/closure: the printed span
    long size = 0;
    long align = 0;
    std::optional<long> discriminantSize;
    std::vector<RustcVariant> variants; // Unresumed, Suspend0.., Returned, Panicked

    const RustcVariant* variant(const std::string& name) const;
};

} // namespace awaitscope
