// The walk of BodyBuilder: plan a node on the way down, build it once its children are
// built. Only Frames on a heap vector: no native recursion, whatever the nesting.
#include "HirBodyBuilder.h"

#include <array>

namespace awaitscope::hir {

bool isExpressionKind(SyntaxKind kind) {
    using K = SyntaxKind;
    static const std::array<bool, size_t(K::Count)> table = [] {
        std::array<bool, size_t(K::Count)> is{};
        for (K k : {K::ArrayExpression,
                    K::AssignmentExpression,
                    K::AsyncBlock,
                    K::AwaitExpression,
                    K::BinaryExpression,
                    K::Block,
                    K::BreakExpression,
                    K::CallExpression,
                    K::ClosureExpression,
                    K::CompoundAssignmentExpr,
                    K::ConstBlock,
                    K::ContinueExpression,
                    K::FieldExpression,
                    K::ForExpression,
                    K::GenBlock,
                    K::GenericFunction,
                    K::Identifier,
                    K::IfExpression,
                    K::IndexExpression,
                    K::LoopExpression,
                    K::MacroInvocation,
                    K::MatchExpression,
                    K::Metavariable,
                    K::ParenthesizedExpression,
                    K::RangeExpression,
                    K::ReferenceExpression,
                    K::ReturnExpression,
                    K::ScopedIdentifier,
                    K::Self,
                    K::StructExpression,
                    K::TryBlock,
                    K::TryExpression,
                    K::TupleExpression,
                    K::TypeCastExpression,
                    K::UnaryExpression,
                    K::UnitExpression,
                    K::UnsafeBlock,
                    K::WhileExpression,
                    K::YieldExpression,
                    K::BooleanLiteral,
                    K::CharLiteral,
                    K::FloatLiteral,
                    K::IntegerLiteral,
                    K::RawStringLiteral,
                    K::StringLiteral})
            is[size_t(k)] = true;
        return is;
    }();
    return table[size_t(kind)];
}

Body BodyBuilder::lower(const SyntaxNode& root) {
    m_body = Body{};
    m_body.m_root = build({root, Role::Expr, {}, {}}).expr();
    return std::move(m_body);
}

Body BodyBuilder::lowerFunction(const SyntaxNode& fn) {
    m_body = Body{};
    addFunctionParams(fn.field(SyntaxField::Parameters));
    m_body.m_returnType = addTypeRef(fn.field(SyntaxField::ReturnType));
    m_body.m_root = build({fn.field(SyntaxField::Body), Role::Expr, {}, {}}).expr();
    return std::move(m_body);
}

// `self` in its forms, and `pattern: Type`; attributes and comments are not parameters.
void BodyBuilder::addFunctionParams(const SyntaxNode& parameters) {
    const uint32_t first = static_cast<uint32_t>(m_body.m_paramIds.size());
    for (const SyntaxNode& p : parameters ? parameters.namedChildren() : std::vector<SyntaxNode>{}) {
        if (p.is(SyntaxKind::SelfParameter)) {
            uint8_t flags = ParamFlags::SelfParam;
            if (p.hasChildToken(SyntaxKind::Amp)) flags |= ParamFlags::Ref;
            if (p.childOfKind(SyntaxKind::MutableSpecifier)) flags |= ParamFlags::Mut;
            addParam({p, {}, flags}, {});
        } else if (p.is(SyntaxKind::Parameter)) {
            const PatId pat = build({p.field(SyntaxField::Pattern), Role::Pat, {}, {}}).pat();
            addParam({p, p.field(SyntaxField::Type), ParamFlags::Typed}, pat);
        }
    }
    m_body.m_fnParams = {first, static_cast<uint32_t>(m_body.m_paramIds.size()) - first};
}

ParamId BodyBuilder::addParam(const ParamSource& source, PatId pat) {
    m_body.m_params.push_back(Param{pat, addTypeRef(source.type), source.flags});
    const ParamId id = m_body.m_sourceMap.addParam(source.node);
    m_body.m_paramIds.push_back(id);
    return id;
}

// Builds `top` and everything under it into m_body, children before their parent.
NodeRef BodyBuilder::build(const Task& top) {
    struct Frame {
        Task task;
        Plan plan;
        size_t next = 0;
        std::vector<NodeRef> done;
    };
    std::vector<Frame> stack;
    stack.push_back({top, plan(top), 0, {}});
    NodeRef result;
    while (!stack.empty()) {
        Frame& f = stack.back();
        if (f.next < f.plan.kids.size()) {
            const Task child = f.plan.kids[f.next++];
            Plan p = plan(child);
            stack.push_back({child, std::move(p), 0, {}}); // `f` is stale from here
            continue;
        }
        const NodeRef built = finish(f.task, f.plan, f.done);
        stack.pop_back();
        if (stack.empty())
            result = built;
        else
            stack.back().done.push_back(built);
    }
    return result;
}

BodyBuilder::Plan BodyBuilder::plan(const Task& task) {
    const SyntaxNode& n = task.node;
    const bool broken = n.isNull() || n.isError() || n.isMissing();
    switch (task.role) {
    case Role::Expr:
    case Role::StmtExpr: {
        if (n.isNull()) return Plan{};
        if (broken) return planBroken(n);
        Plan p = planExpr(n);
        if (task.role == Role::StmtExpr && p.kind == uint8_t(ExprKind::MacroCall)) p.flags |= ExprFlags::Statement;
        return p;
    }
    case Role::Broken:
        if (n.is(SyntaxKind::Identifier)) return planPath(n);
        if (n.is(SyntaxKind::MacroInvocation)) return planMacro(n);
        return planBroken(n);
    case Role::Constant:
    case Role::Pat:
        if (broken) return inArena(NodeRef::Arena::Pat);
        return planPat(n, task.role == Role::Constant);
    case Role::LetMut: { // `let mut x`: the binding `mut x`, at the `mut`
        Plan p = inArena(NodeRef::Arena::Pat);
        p.kind = uint8_t(PatKind::Mut);
        p.kids.push_back({task.pattern, Role::Pat, {}, {}});
        return p;
    }
    case Role::Stmt:
        if (broken) return inArena(NodeRef::Arena::Stmt);
        return planStmt(n);
    case Role::Arm: return planArm(n);
    case Role::SelectArm: return planSelectArm(task);
    case Role::Item: return inArena(NodeRef::Arena::Item);
    }
    return Plan{};
}

NodeRef BodyBuilder::finish(const Task& task, Plan& p, std::span<const NodeRef> children) {
    Body& b = m_body;
    const ChildRange kids = b.addChildren(children);
    BodySourceMap& map = b.m_sourceMap;
    const SyntaxNode& node = p.source ? p.source : task.node;
    switch (p.arena) {
    case NodeRef::Arena::Expr: {
        Expr e{ExprKind(p.kind), p.macro, p.literal, p.flags, p.segments, p.name, kids, {}, addTypeRef(p.typeRef)};
        if (!p.tokens.empty()) {
            e.tokens = {static_cast<uint32_t>(b.m_tokens.size()), static_cast<uint32_t>(p.tokens.size())};
            b.m_tokens.insert(b.m_tokens.end(), p.tokens.begin(), p.tokens.end());
        }
        b.m_exprs.push_back(e);
        const ExprId id = map.addExpr(task.node);
        for (const SyntaxNode& alias : p.aliases) map.alias(alias, id);
        if (!p.params.empty()) { // a closure: its first children are its parameters' patterns
            const uint32_t first = static_cast<uint32_t>(b.m_paramIds.size());
            for (size_t i = 0; i < p.params.size(); ++i) addParam(p.params[i], children[i].pat());
            b.m_closureParams[id.index] = {first, static_cast<uint32_t>(p.params.size())};
        }
        return NodeRef::of(id);
    }
    case NodeRef::Arena::Pat:
        b.m_pats.push_back(Pat{PatKind(p.kind), uint8_t(p.flags), p.segments, p.name, kids});
        return NodeRef::of(map.addPat(node));
    case NodeRef::Arena::Stmt: {
        b.m_stmts.push_back(Stmt{StmtKind(p.kind), uint8_t(p.flags), kids, addTypeRef(p.typeRef)});
        return NodeRef::of(map.addStmt(task.node));
    }
    case NodeRef::Arena::Arm:
        b.m_arms.push_back(Arm{uint8_t(p.flags), kids});
        return NodeRef::of(map.addArm(task.node));
    case NodeRef::Arena::Item: return NodeRef::of(map.addItem(task.node));
    case NodeRef::Arena::None: break;
    }
    return {};
}

TypeRefId BodyBuilder::addTypeRef(const SyntaxNode& type) {
    if (!type) return {};
    m_body.m_typeRefs.push_back(type);
    return TypeRefId(static_cast<uint32_t>(m_body.m_typeRefs.size() - 1));
}

} // namespace awaitscope::hir
