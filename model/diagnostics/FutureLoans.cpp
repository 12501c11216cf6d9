#include "diagnostics/FutureLoans.h"

#include "diagnostics/FixSyntax.h"
#include "syntax/AncestorPath.h"
#include "syntax/SyntaxTree.h"

#include <deque>

namespace awaitscope {

using namespace fixsyntax;

namespace {

bool isReference(const TypePtr& t) {
    return t && (t->kind == TypeKind::Ref || t->kind == TypeKind::RawPtr);
}

// The outermost node spanning exactly `range`: the first one on the way down from the root
// to the innermost node at range.start (found from the root: see syntax/AncestorPath.h).
SyntaxNode outermostWithRange(const SyntaxTree& tree, const TextRange& range) {
    for (const SyntaxNode& n : pathFromRoot(nodeAt(tree, range.start)))
        if (n.range() == range) return n;
    return {};
}

bool usesFuture(Op op) {
    return op == Op::Use || op == Op::Move || op == Op::Borrow || op == Op::Drop;
}

} // namespace

int FutureLoans::localNamed(const std::string& name, TextPosition before) const {
    int found = -1;
    for (size_t l = 0; l < m_body.locals.size(); ++l) {
        const Local& local = m_body.locals[l];
        if ((local.kind == LocalKind::Binding || local.kind == LocalKind::Argument) && local.name == name &&
            local.position <= before)
            found = static_cast<int>(l); // the latest declaration before: shadowing picks the inner one
    }
    return found;
}

// `let fut = call(..);`: the binding that holds the future.
int FutureLoans::futureHolder(const CallSite& call, std::string& name) const {
    const SyntaxNode callNode = outermostWithRange(m_tree, call.range);
    const SyntaxNode let = callNode ? callNode.parent() : SyntaxNode();
    if (!let.is(SyntaxKind::LetDeclaration) || !(let.field(SyntaxField::Value) == callNode)) return -1;
    const SyntaxNode pattern = let.field(SyntaxField::Pattern);
    if (!pattern.is(SyntaxKind::Identifier)) return -1;
    name = std::string(pattern.text());
    return localNamed(name, pattern.start());
}

std::vector<FutureLoans::Loan> FutureLoans::loansOf(const CallSite& call) const {
    std::vector<Loan> loans;
    for (size_t i = 0; i < call.argRanges.size() && i < call.argTypes.size(); ++i)
        if (auto b = localBorrowIn(m_tree, m_body, call.argRanges[i], call.argTypes[i])) {
            const bool isMut = i < call.argTexts.size() && call.argTexts[i].rfind("&mut", 0) == 0;
            loans.push_back({*b, isMut, static_cast<int>(i)});
        }
    const SelfKind self = call.callee.selfKind;
    if ((self == SelfKind::Ref || self == SelfKind::RefMut) && call.receiverRange.start.line > 0) {
        const SyntaxNode receiver = outermostWithRange(m_tree, call.receiverRange);
        const int local =
            receiver.is(SyntaxKind::Identifier) ? localNamed(std::string(receiver.text()), receiver.start()) : -1;
        if (local >= 0 && !isReference(m_body.locals[local].type) && !isUnknown(m_body.locals[local].type)) {
            const std::string name(receiver.text());
            loans.push_back({LocalBorrow{name, name, call.receiverRange}, self == SelfKind::RefMut, -1});
        }
    }
    return loans;
}

std::vector<char> FutureLoans::loanActive(int future) const {
    const auto& blocks = m_body.cfg.blocks();
    std::vector<char> entry(blocks.size(), 0), visited(blocks.size(), 0);
    std::deque<int> work{m_body.cfg.entry()};
    visited[m_body.cfg.entry()] = 1;
    while (!work.empty()) {
        const int b = work.front();
        work.pop_front();
        char active = entry[b];
        for (const Instr& in : blocks[b].instrs)
            if (in.local == future)
                active = in.op == Op::Init ? 1 : (in.op == Op::Move || in.op == Op::StorageDead) ? 0 : active;
        for (int s : blocks[b].successors)
            if (!visited[s] || (active && !entry[s])) {
                visited[s] = 1;
                entry[s] = entry[s] || active;
                work.push_back(s);
            }
    }
    return entry;
}

std::vector<char> FutureLoans::futureLive(int future) const {
    const auto& blocks = m_body.cfg.blocks();
    const auto preds = m_body.cfg.predecessors();
    std::vector<char> out(blocks.size(), 0);
    std::deque<int> work;
    for (size_t b = 0; b < blocks.size(); ++b) work.push_back(static_cast<int>(b));
    while (!work.empty()) {
        const int b = work.front();
        work.pop_front();
        char live = out[b];
        for (size_t k = blocks[b].instrs.size(); k-- > 0;) {
            const Instr& in = blocks[b].instrs[k];
            if (in.local == future) live = in.op == Op::Init ? 0 : usesFuture(in.op) ? 1 : live;
        }
        for (int p : preds[b])
            if (live && !out[p]) {
                out[p] = 1;
                work.push_back(p);
            }
    }
    return out;
}

std::optional<TextPosition> FutureLoans::nextUse(Point from, int future) const {
    const auto& blocks = m_body.cfg.blocks();
    std::vector<char> seen(blocks.size(), 0);
    std::deque<Point> work{{from.block, from.instr + 1}};
    while (!work.empty()) {
        const Point p = work.front();
        work.pop_front();
        for (size_t k = p.instr; k < blocks[p.block].instrs.size(); ++k) {
            const Instr& in = blocks[p.block].instrs[k];
            // A scope-end drop sits just past the block's `}`, where rustc points.
            if (in.local == future && in.op == Op::Drop && in.at.column > 1)
                return TextPosition{in.at.line, in.at.column - 1};
            if (in.local == future && usesFuture(in.op)) return in.at;
            if (in.local == future && in.op == Op::Init) break;
        }
        for (int s : blocks[p.block].successors)
            if (!seen[s]) {
                seen[s] = 1;
                work.push_back({s, 0});
            }
    }
    return std::nullopt;
}

// What rustc calls an access to the borrowed local while the future's loan is alive.
std::string FutureLoans::conflictKind(const Instr& in, const Loan& loan) const {
    if (in.op == Op::Move) return "E0505";
    if (in.op == Op::Init) return "E0506";
    if (in.op != Op::Borrow) return "";
    bool mutableAccess = false;
    for (const CallSite& c : m_body.calls)
        if (c.receiverRange.start == in.at && c.callee.selfKind == SelfKind::RefMut) mutableAccess = true;
    const SyntaxNode ref = nodeAt(m_tree, in.at).parent();
    if (ref.is(SyntaxKind::ReferenceExpression) && ref.hasChildToken(SyntaxKind::MutableSpecifier))
        mutableAccess = true;
    if (loan.mutableBorrow) return mutableAccess ? "E0499" : "E0502";
    return mutableAccess ? "E0502" : "";
}

// Where rustc points: the moved place, the whole assignment, the whole mutable borrow.
TextRange FutureLoans::conflictRange(const Instr& in, const std::string& code, const std::string& local) const {
    const SyntaxNode place = nodeAt(m_tree, in.at);
    if (code == "E0505") { // the moved operand: the local's first mention from the move on
        TextRange moved = place.range();
        bool found = false;
        const SyntaxNode statement = enclosingStatement(place);
        if (statement)
            forEachNode(statement, [&](const SyntaxNode& n) {
                if (!found && n.is(SyntaxKind::Identifier) && n.text() == local && !(n.start() < in.at)) {
                    moved = n.range();
                    found = true;
                }
            });
        return moved;
    }
    SyntaxNode n = place;
    for (SyntaxNode p = place.parent(); p && p.start() == in.at; p = p.parent()) {
        n = p;
        if (p.is(SyntaxKind::AssignmentExpression) || p.is(SyntaxKind::CompoundAssignmentExpr) ||
            p.is(SyntaxKind::CallExpression))
            break;
    }
    const SyntaxNode ref = place.parent();
    if (code != "E0506" && ref.is(SyntaxKind::ReferenceExpression)) return ref.range();
    return n.range();
}

std::optional<LoanConflict> FutureLoans::firstConflict(const CallSite& call, const Loan& loan, int future,
                                                       int borrowed) const {
    const auto active = loanActive(future);
    const auto liveOut = futureLive(future);
    const auto& blocks = m_body.cfg.blocks();
    std::optional<LoanConflict> best;
    for (size_t b = 0; b < blocks.size(); ++b) {
        const auto& instrs = blocks[b].instrs;
        std::vector<char> liveAfter(instrs.size(), 0);
        char live = liveOut[b];
        for (size_t k = instrs.size(); k-- > 0;) {
            liveAfter[k] = live;
            if (instrs[k].local == future) live = instrs[k].op == Op::Init ? 0 : usesFuture(instrs[k].op) ? 1 : live;
        }
        char holding = active[b];
        for (size_t k = 0; k < instrs.size(); ++k) {
            const Instr& in = instrs[k];
            if (in.local == future)
                holding = in.op == Op::Init ? 1 : (in.op == Op::Move || in.op == Op::StorageDead) ? 0 : holding;
            if (in.local != borrowed || !holding || !liveAfter[k]) continue;
            const std::string code = conflictKind(in, loan);
            if (code.empty() || (best && !(in.at < best->conflict.start))) continue;
            const auto later = nextUse({static_cast<int>(b), k}, future);
            if (!later) continue;
            best = LoanConflict{code,
                                loan.borrow.place,
                                m_body.locals[future].name,
                                conflictRange(in, code, loan.borrow.local),
                                loan.borrow.range.start,
                                *later,
                                &call,
                                loan.argument};
        }
    }
    return best;
}

std::vector<LoanConflict> FutureLoans::conflicts() const {
    std::vector<LoanConflict> out;
    for (const CallSite& call : m_body.calls) {
        if (!call.callee.isAsync) continue;
        // Loans first: most calls borrow nothing, and finding the holder walks the tree.
        const std::vector<Loan> loans = loansOf(call);
        if (loans.empty()) continue;
        std::string holder;
        const int future = futureHolder(call, holder);
        if (future < 0) continue;
        for (const Loan& loan : loans) {
            const int borrowed = localNamed(loan.borrow.local, call.range.start);
            if (borrowed < 0 || borrowed == future) continue;
            if (auto c = firstConflict(call, loan, future, borrowed)) out.push_back(std::move(*c));
        }
    }
    return out;
}

} // namespace awaitscope
