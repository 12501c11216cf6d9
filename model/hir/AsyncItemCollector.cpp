#include "AsyncItemCollector.h"

#include <utility>

#include "hir/RustcNaming.h"
#include "syntax/MacroArguments.h"

#include <algorithm>
#include <exception>
#include <map>
#include <system_error>
#include <thread>

namespace awaitscope {

std::string baseTypeName(const SyntaxNode& type) {
    if (type.is(SyntaxKind::GenericType)) return baseTypeName(type.field(SyntaxField::Type));
    if (type.is(SyntaxKind::ReferenceType)) return baseTypeName(type.field(SyntaxField::Type));
    return std::string(type.text());
}

namespace {

bool mayHoldSomethingToVisit(std::string_view text);

} // namespace

std::vector<AsyncItem> AsyncItemCollector::collect(const SyntaxNode& root, bool twoThreads) {
    m_items.clear();
    if (twoThreads && !m_expansion && root.is(SyntaxKind::SourceFile) && mayHoldSomethingToVisit(root.text()))
        collectInHalves(root);
    else
        visit(root, Context{});
    // Blocks are found inside their enclosing fn, so sort everything into source order.
    std::stable_sort(m_items.begin(), m_items.end(),
                     [](const AsyncItem& a, const AsyncItem& b) { return a.position < b.position; });
    nameBlocksApart();
    for (size_t i = 0; i < m_items.size(); ++i) m_items[i].id = FutureId{static_cast<int>(i)};
    return std::move(m_items);
}

// What visit(root) does, the root's children split in two runs of about equal size, the
// later one collected on a second thread by a collector of its own. Each item's futures and
// suspensions lie inside its own bytes, so the two lists, one after the other, are the list
// one walk makes: sorted as below, they give the same items in the same order.
void AsyncItemCollector::collectInHalves(const SyntaxNode& root) {
    std::vector<ChildVisit> visits;
    std::vector<SyntaxNode> attributes;
    for (const SyntaxNode& child : root.namedChildren()) { // as visitChildren() passes them
        if (child.is(SyntaxKind::AttributeItem))
            attributes.push_back(child);
        else if (!child.is(SyntaxKind::LineComment) && !child.is(SyntaxKind::BlockComment))
            visits.push_back({child, std::exchange(attributes, {})});
    }
    const uint32_t half = root.startByte() + (root.endByte() - root.startByte()) / 2;
    size_t middle = 0;
    while (middle < visits.size() && visits[middle].child.startByte() < half) ++middle;
    AsyncItemCollector later(m_macros);
    later.m_crateModule = m_crateModule;
    std::exception_ptr error;
    std::thread thread;
    try {
        thread = std::thread([&] {
            try {
                later.visitAll(visits, middle, visits.size());
            } catch (...) {
                error = std::current_exception();
            }
        });
    } catch (const std::system_error&) { // no thread to be had: collected below, in order
    }
    visitAll(visits, 0, middle);
    if (thread.joinable())
        thread.join();
    else
        later.visitAll(visits, middle, visits.size());
    if (error) std::rethrow_exception(error);
    for (AsyncItem& item : later.m_items) m_items.push_back(std::move(item));
}

void AsyncItemCollector::visitAll(const std::vector<ChildVisit>& visits, size_t from, size_t to) {
    for (size_t i = from; i < to; ++i) {
        m_attributesBefore = visits[i].attributes;
        visit(visits[i].child, Context{});
    }
}

void AsyncItemCollector::visitChildren(const SyntaxNode& node, const Context& ctx) {
    // Attributes are an item's preceding siblings in tree-sitter-rust; they are collected on
    // the way past (asking each fn for its siblings was quadratic in a file's items).
    std::vector<SyntaxNode> attributes;
    // Inside a crate, a module's items are the expanded ones: item macros replaced by the
    // items they declare (those whose tokens keep their places in the file).
    const std::vector<SyntaxNode>* expanded = m_expansion ? m_expansion->itemsOf(node) : nullptr;
    for (const SyntaxNode& child : expanded ? *expanded : node.namedChildren()) {
        if (expanded && !m_expansion->keepsPositions(child)) continue;
        if (child.is(SyntaxKind::AttributeItem)) {
            attributes.push_back(child);
        } else if (!child.is(SyntaxKind::LineComment) && !child.is(SyntaxKind::BlockComment)) {
            m_attributesBefore = std::move(attributes);
            attributes.clear();
            visit(child, ctx);
        }
    }
}

namespace {

/// Whether a subtree's text could hold anything visit() acts on: an item (`fn`, `mod`,
/// `impl`, `trait`), an async block or closure, a closure (`|`), an `.await`, a macro
/// (`!`), an attribute (`#`, which the walk keeps for the item after it) or a comment
/// (`/`: the walk passes comments without resetting the attributes). Most of a
/// body's nodes (names, literals, types, plain operators) hold none, and walking their
/// children with tree-sitter's cursor was most of this pass's cost. Only short texts are
/// scanned: a long one nearly always holds a needle, and scanning each level of a deep
/// tree would be quadratic.
bool mayHoldSomethingToVisit(std::string_view text) {
    if (text.size() > 512) return true;
    for (const std::string_view needle : {"!", "|", "#", "/", "fn", "async", "await", "mod", "impl", "trait"})
        if (text.find(needle) != std::string_view::npos) return true;
    return false;
}

} // namespace

// The context is copied only where it changes: a copy per node (four strings and a node)
// was 3% of this walk's instructions.
void AsyncItemCollector::visit(const SyntaxNode& node, const Context& ctx) {
    if (m_expansion && !m_expansion->isActive(node)) return; // under a false #[cfg]
    if (!m_expansion && !mayHoldSomethingToVisit(node.text())) {
        // Leave m_attributesBefore as the walk would have: each visitChildren() below
        // sets it before each child, to the attributes before that child (none here).
        if (ts_node_named_child_count(node.raw()) > 0) m_attributesBefore.clear();
        return;
    }
    const SyntaxKind kind = node.kind();
    if (kind == SyntaxKind::ModItem) {
        Context inner = ctx;
        inner.modulePath += std::string(node.field(SyntaxField::Name).text()) + "::";
        visitChildren(node, inner);
    } else if (kind == SyntaxKind::ImplItem) {
        visitImpl(node, ctx);
    } else if (kind == SyntaxKind::TraitItem) {
        Context inner = ctx;
        inner.traitName = std::string(node.field(SyntaxField::Name).text());
        inner.inTraitDeclaration = true;
        inner.implType.clear();
        inner.impl = SyntaxNode();
        visitChildren(node, inner);
    } else if (kind == SyntaxKind::FunctionItem || kind == SyntaxKind::FunctionSignatureItem) {
        visitFunction(node, ctx);
    } else if (kind == SyntaxKind::AsyncBlock) {
        visitAsyncBlock(node, ctx);
    } else if (kind == SyntaxKind::ClosureExpression) {
        visitClosure(node, ctx);
    } else if (kind == SyntaxKind::AwaitExpression) {
        visitChildren(node, ctx); // the awaited expression is evaluated first
        addSuspension(ctx, SuspensionKind::Await, node, node.childOfKind(SyntaxKind::AwaitKw).start());
    } else if (kind == SyntaxKind::MacroInvocation) {
        visitMacro(node, ctx);
    } else {
        visitChildren(node, ctx);
    }
}

void AsyncItemCollector::visitImpl(const SyntaxNode& impl, Context ctx) {
    ctx.implType = baseTypeName(impl.field(SyntaxField::Type));
    const SyntaxNode trait = impl.field(SyntaxField::Trait);
    ctx.traitName = trait ? baseTypeName(trait) : std::string();
    ctx.inTraitDeclaration = false;
    ctx.impl = impl;
    visitChildren(impl, ctx);
}

std::string AsyncItemCollector::functionName(const SyntaxNode& fn, const Context& ctx) const {
    const std::string name(fn.field(SyntaxField::Name).text());
    if (ctx.inTraitDeclaration) return ctx.modulePath + ctx.traitName + "::" + name;
    if (!ctx.implType.empty() && !ctx.traitName.empty())
        return ctx.modulePath + "<" + ctx.implType + " as " + ctx.traitName + ">::" + name;
    if (!ctx.implType.empty()) return ctx.modulePath + ctx.implType + "::" + name;
    return ctx.modulePath + name;
}

void AsyncItemCollector::visitFunction(const SyntaxNode& fn, Context ctx) {
    const SyntaxNode modifiers = fn.childOfKind(SyntaxKind::FunctionModifiers);
    const bool isAsync = modifiers && modifiers.text().find("async") != std::string_view::npos;
    const std::string name = functionName(fn, ctx);
    ctx.enclosingFn = name;
    ctx.currentFuture = -1; // a nested fn is its own item
    const SyntaxNode body = fn.field(SyntaxField::Body);
    const std::vector<SyntaxNode> attributes = std::exchange(m_attributesBefore, {});
    if (isAsync && body) {
        AsyncItem item;
        item.name = name;
        item.kind = FutureKind::AsyncFn;
        item.position = fn.field(SyntaxField::Name).start();
        item.node = fn;
        item.body = body;
        item.parameters = fn.field(SyntaxField::Parameters);
        item.selfType = ctx.implType;
        // A trait's default method is named after the implementing type: per instance.
        if (const auto entry = rustcnaming::tokioEntryBlockSpan(fn, attributes))
            item.rustcSpan = entry;
        else if (!ctx.inTraitDeclaration)
            item.rustcPath = rustcnaming::functionPath(fn, m_crateModule + ctx.modulePath, ctx.impl);
        m_items.push_back(std::move(item));
        ctx.currentFuture = static_cast<int>(m_items.size()) - 1;
    }
    if (body) visit(body, ctx);
}

void AsyncItemCollector::visitAsyncBlock(const SyntaxNode& block, Context ctx) {
    AsyncItem item;
    item.name = ctx.enclosingFn + "::{async block}";
    item.kind = FutureKind::AsyncBlock;
    item.position = block.start();
    item.node = block;
    item.body = block.childOfKind(SyntaxKind::Block);
    item.isMove = block.hasChildToken(SyntaxKind::MoveKw);
    item.rustcSpan = rustcnaming::asyncBlockSpan(block);
    m_items.push_back(std::move(item));
    ctx.currentFuture = static_cast<int>(m_items.size()) - 1;
    visitChildren(block, ctx);
}

void AsyncItemCollector::visitClosure(const SyntaxNode& closure, Context ctx) {
    const SyntaxNode asyncToken = closure.childOfKind(SyntaxKind::AsyncKw);
    if (!asyncToken) {
        ctx.currentFuture = -1; // `.await` is not allowed in a plain closure
        visitChildren(closure, ctx);
        return;
    }
    AsyncItem item;
    item.name = ctx.enclosingFn + "::{async closure}";
    item.kind = FutureKind::AsyncClosure;
    item.position = asyncToken.start();
    item.node = closure;
    item.body = closure.field(SyntaxField::Body);
    item.parameters = closure.field(SyntaxField::Parameters);
    item.isMove = closure.hasChildToken(SyntaxKind::MoveKw);
    if (item.body) item.rustcSpan = item.body.range();
    m_items.push_back(std::move(item));
    ctx.currentFuture = static_cast<int>(m_items.size()) - 1;
    visitChildren(closure, ctx);
}

/// Two async blocks (or closures) of one fn print alike, "f::{async block}": the second
/// and later ones are numbered in source order, "f::{async block#1}", so that every
/// future has a name of its own (like rustc's def path disambiguators `{closure#1}`).
/// Any name still shared (impls of one trait for two instances of a generic type) gets
/// the same suffix.
void AsyncItemCollector::nameBlocksApart() {
    std::map<std::string, int> seen;
    for (AsyncItem& item : m_items) {
        const int n = seen[item.name]++;
        if (n == 0) continue;
        const std::string suffix = "#" + std::to_string(n);
        if (!item.name.empty() && item.name.back() == '}')
            item.name.insert(item.name.size() - 1, suffix);
        else
            item.name += suffix;
    }
}

void AsyncItemCollector::visitMacro(const SyntaxNode& invocation, const Context& ctx) {
    const std::string_view name = MacroArguments::macroName(invocation);
    const TextPosition at = invocation.start();
    if (const BodyExpansion* expansion = m_macros.expansionOf(invocation)) { // a macro_rules! expansion
        for (const SyntaxNode& n : expansion->nodes) visit(n, ctx);
        return;
    }
    if (MacroArguments::isSelectMacro(name)) {
        // The branches' futures are built, polled at one suspension, then one handler runs.
        // futures' `default =>` branch polls them once instead, with no suspension.
        const auto branches = m_macros.selectBranches(invocation);
        for (const auto& branch : branches)
            if (branch.future) visit(branch.future, ctx);
        const bool pollsOnce =
            std::any_of(branches.begin(), branches.end(), [](const auto& b) { return b.keyword == "default"; });
        if (!pollsOnce) addSuspension(ctx, SuspensionKind::SelectMacro, invocation, at);
        for (const auto& branch : branches)
            if (branch.handler) visit(branch.handler, ctx);
        return;
    }
    for (const SyntaxNode& arg : m_macros.argumentsOf(invocation)) visit(arg, ctx);
    if (name == "join" || name == "try_join") addSuspension(ctx, SuspensionKind::JoinMacro, invocation, at);
}

void AsyncItemCollector::addSuspension(const Context& ctx, SuspensionKind kind, const SyntaxNode& node,
                                       TextPosition keyword) {
    if (ctx.currentFuture < 0) return;
    m_items[ctx.currentFuture].suspensions.push_back({kind, keyword, node});
}

} // namespace awaitscope
