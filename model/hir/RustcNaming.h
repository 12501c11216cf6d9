#pragma once
// The name rustc gives a future's coroutine type in its layout printout
// (`-Zprint-type-sizes`) and its diagnostics, as rustc 1.95 prints it
// (rustc_middle::ty::print::pretty, `pretty_print_type` for ty::Coroutine /
// ty::CoroutineClosure):
//   async fn             {async fn body of Server::compute()}   def path from the crate root
//   trait impl method    {async fn body of <m::S as m::T>::t()}
//   async block          {async block@file.rs:5:14: 5:24}        span: `async` or `async move`
//   async closure        {async closure body@file.rs:6:46: 6:62} span: the closure's body
// A name that depends on the instance (a generic fn, a generic impl, a trait's default
// method) or on what the tool cannot resolve (an imported impl type) is unknown here.

#include "syntax/SyntaxNode.h"

#include <optional>
#include <string>
#include <vector>

namespace awaitscope {

struct AsyncItem;

namespace rustcnaming {

/// `mod_path` is the module path as "a::b::" ("" at the crate root); `impl` the
/// enclosing impl (null for free fns). Unknown for generics and unresolvable types.
std::optional<std::string> functionPath(const SyntaxNode& fn, const std::string& modulePath, const SyntaxNode& impl);

/// `async` / `async move`: rustc's span of an async block (rustc_ast_lowering, the
/// coroutine's span ends before the block).
TextRange asyncBlockSpan(const SyntaxNode& block);

/// `#[tokio::main]` / `#[tokio::test]` on `fn`: tokio-macros 1.7 (entry.rs, parse_knobs)
/// wraps the body into `async #body` spanned at the last token tree of the last
/// statement, so rustc names that block by it. None without such an attribute or when
/// the body is empty. `attributes` are the attribute items written right before `fn`.
std::optional<TextRange> tokioEntryBlockSpan(const SyntaxNode& fn, const std::vector<SyntaxNode>& attributes);

/// The whole name, with `fileName` as rustc prints the crate-relative path.
std::optional<std::string> rustcName(const AsyncItem& item, const std::string& fileName);

} // namespace rustcnaming

} // namespace awaitscope
