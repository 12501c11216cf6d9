#include "lowering/LoweringUnits.h"

#include "syntax/PreorderWalk.h"
#include "types/TypePrinter.h"

#include <algorithm>

namespace awaitscope {

namespace {

/// A node that declares something. Attributes end in `_item` too but declare nothing.
bool isItemLike(SyntaxKind kind) {
    if (kind == SyntaxKind::AttributeItem || kind == SyntaxKind::InnerAttributeItem) return false;
    return isItemKind(kind) || kind == SyntaxKind::MacroDefinition || kind == SyntaxKind::UseDeclaration ||
           kind == SyntaxKind::ExternCrateDeclaration;
}

/// An item that, declared in a fn body, is seen outside that block: an impl applies to its
/// type everywhere (rustc_resolve does not scope impls), a trait or module may hold such
/// impls, a macro_rules may be exported. A body's `use`, fn, struct, const... are scoped to
/// the block (rustc_resolve's block ribs), so they are part of the body's own text.
bool isSeenOutsideItsBlock(SyntaxKind kind) {
    return kind == SyntaxKind::ImplItem || kind == SyntaxKind::TraitItem || kind == SyntaxKind::ModItem ||
           kind == SyntaxKind::MacroDefinition || kind == SyntaxKind::ForeignModItem ||
           kind == SyntaxKind::ExternCrateDeclaration;
}

} // namespace

LoweringUnits::LoweringUnits(const SyntaxTree& tree, const std::vector<AsyncItem>& items, Edition edition) {
    if (tree.root().hasError()) return; // nothing is kept: see the header
    const Found found = walk(tree);
    for (const SyntaxNode& fn : found.outermostFns)
        if (isUnit(fn, found.itemStarts)) addUnit(fn, items);
    buildSkeleton(tree, items, edition);
}

LoweringUnits::Found LoweringUnits::walk(const SyntaxTree& tree) {
    Found found;
    uint32_t insideFnUntil = 0;
    walkPreorder(tree.root().raw(), [&](TSNode raw, int) {
        if (!ts_node_is_named(raw)) return true;
        const SyntaxKind kind = syntaxKindOfSymbol(ts_node_symbol(raw));
        if (!isItemLike(kind)) return true;
        const uint32_t start = ts_node_start_byte(raw);
        if (isSeenOutsideItsBlock(kind)) found.itemStarts.push_back(start);
        if (kind != SyntaxKind::FunctionItem) return true;
        m_fnStarts.push_back(start);
        const SyntaxNode fn(raw, &tree.file());
        if (start >= insideFnUntil && fn.field(SyntaxField::Body)) {
            found.outermostFns.push_back(fn);
            insideFnUntil = fn.endByte();
        }
        return true;
    });
    return found; // both lists in tree order, which is byte order
}

bool LoweringUnits::isUnit(const SyntaxNode& fn, const std::vector<uint32_t>& itemStarts) const {
    const SyntaxNode returned = fn.field(SyntaxField::ReturnType);
    if (returned && returned.text().find("impl") != std::string_view::npos) return false;
    const SyntaxNode body = fn.field(SyntaxField::Body);
    const auto inside = std::lower_bound(itemStarts.begin(), itemStarts.end(), body.startByte());
    return inside == itemStarts.end() || *inside >= body.endByte();
}

void LoweringUnits::addUnit(const SyntaxNode& fn, const std::vector<AsyncItem>& items) {
    LoweringUnit unit{fn.startByte(), fn.endByte(), fn.start(), fn.text(), -1, 0};
    for (size_t i = 0; i < items.size(); ++i) {
        const uint32_t at = items[i].node.startByte();
        if (at < unit.startByte || at >= unit.endByte) continue;
        if (unit.firstFuture < 0) unit.firstFuture = static_cast<int>(i);
        // Its futures must be numbered one after another for them to be kept together.
        if (static_cast<int>(i) != unit.firstFuture + unit.futureCount) return;
        ++unit.futureCount;
    }
    if (unit.firstFuture < 0) unit.firstFuture = 0;
    m_units.push_back(unit);
    const SyntaxNode body = fn.field(SyntaxField::Body);
    m_bodyStarts.push_back(body.startByte());
    m_bodyEnds.push_back(body.endByte());
}

void LoweringUnits::buildSkeleton(const SyntaxTree& tree, const std::vector<AsyncItem>& items, Edition edition) {
    const std::string& text = tree.file().text();
    m_skeleton = "edition " + editionName(edition) + "\ncrates";
    for (const std::string& crate : TypePrinter::cratesUsedBy(text)) m_skeleton += " " + crate;
    m_skeleton += "\n";
    uint32_t copied = 0;
    for (size_t u = 0; u < m_units.size(); ++u) {
        // A NUL byte never occurs in an analysed text (checkSourceText), so the marker is unambiguous.
        m_skeleton.append(text, copied, m_bodyStarts[u] - copied);
        // The fns inside count too: a call's callee is found again by its place among the file's fns.
        const auto fnsFrom = std::upper_bound(m_fnStarts.begin(), m_fnStarts.end(), m_bodyStarts[u]);
        const auto fnsTo = std::lower_bound(m_fnStarts.begin(), m_fnStarts.end(), m_bodyEnds[u]);
        m_skeleton += '\0' + std::to_string(m_units[u].futureCount) + " " + std::to_string(fnsTo - fnsFrom) + '\0';
        copied = m_bodyEnds[u];
    }
    m_skeleton.append(text, copied, std::string::npos);
    for (const AsyncItem& item : items)
        m_skeleton +=
            '\0' + std::to_string(static_cast<int>(item.kind)) + " " + item.name + " " + toString(item.position);
}

} // namespace awaitscope
