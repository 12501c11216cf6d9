// BodyBuilder: what each expression node of the grammar becomes (HirExpr.h's layouts).
#include "HirBodyBuilder.h"

namespace awaitscope::hir {

namespace {

using K = SyntaxKind;
using Arena = NodeRef::Arena;

bool isComment(const SyntaxNode& n) {
    return n.is(K::LineComment) || n.is(K::BlockComment) || n.is(K::AttributeItem) || n.is(K::InnerAttributeItem);
}

/// The named children that are parts of the expression (no comments, attributes, labels).
std::vector<SyntaxNode> partsOf(const SyntaxNode& n) {
    std::vector<SyntaxNode> parts;
    for (const SyntaxNode& c : n.namedChildren())
        if (!isComment(c) && !c.is(K::Label) && !c.is(K::MutableSpecifier)) parts.push_back(c);
    return parts;
}

} // namespace

BodyBuilder::Plan BodyBuilder::planExpr(const SyntaxNode& n) {
    Plan p;
    auto kind = [&](ExprKind k) { p.kind = uint8_t(k); };
    auto expr = [&](const SyntaxNode& c) { p.kids.push_back({c, Role::Expr, {}, {}}); };
    auto parts = [&](ExprKind k) {
        kind(k);
        for (const SyntaxNode& c : partsOf(n)) expr(c);
    };
    switch (n.kind()) {
    case K::Identifier:
    case K::Self:
    case K::ScopedIdentifier:
    case K::GenericFunction:
    case K::Metavariable: return planPath(n);
    case K::BooleanLiteral:
    case K::CharLiteral:
    case K::FloatLiteral:
    case K::IntegerLiteral:
    case K::RawStringLiteral:
    case K::StringLiteral:
        kind(ExprKind::Literal);
        p.literal = n.is(K::IntegerLiteral)   ? LiteralKind::Int
                    : n.is(K::FloatLiteral)   ? LiteralKind::Float
                    : n.is(K::CharLiteral)    ? LiteralKind::Char
                    : n.is(K::BooleanLiteral) ? LiteralKind::Bool
                                              : LiteralKind::Str;
        p.name = n.text();
        break;
    case K::Block: return planBlock(n);
    case K::AsyncBlock:
        parts(ExprKind::Async);
        if (n.hasChildToken(K::MoveKw)) p.flags |= ExprFlags::Move;
        break;
    case K::UnsafeBlock: parts(ExprKind::UnsafeBlock); break;
    case K::ConstBlock: parts(ExprKind::ConstBlock); break;
    case K::TryBlock: parts(ExprKind::TryBlock); break;
    case K::GenBlock: parts(ExprKind::GenBlock); break;
    case K::ClosureExpression: return planClosure(n);
    case K::CallExpression: return planCall(n);
    case K::FieldExpression:
        kind(ExprKind::Field);
        expr(n.field(SyntaxField::Value));
        p.name = n.field(SyntaxField::Field).text();
        break;
    case K::IndexExpression: parts(ExprKind::Index); break;
    case K::AwaitExpression: parts(ExprKind::Await); break;
    case K::TryExpression: parts(ExprKind::Try); break;
    case K::ParenthesizedExpression: parts(ExprKind::Paren); break;
    case K::TypeCastExpression:
        kind(ExprKind::Cast);
        expr(n.field(SyntaxField::Value));
        p.typeRef = n.field(SyntaxField::Type);
        break;
    case K::UnaryExpression:
        parts(ExprKind::Unary);
        p.name = n.child(0).text();
        break;
    case K::ReferenceExpression:
        kind(ExprKind::Ref);
        expr(n.field(SyntaxField::Value));
        p.name = "&";
        if (n.childOfKind(K::MutableSpecifier)) p.flags |= ExprFlags::Mut;
        break;
    case K::BinaryExpression:
    case K::AssignmentExpression:
    case K::CompoundAssignmentExpr:
        kind(n.is(K::BinaryExpression)       ? ExprKind::Binary
             : n.is(K::AssignmentExpression) ? ExprKind::Assign
                                             : ExprKind::CompoundAssign);
        expr(n.field(SyntaxField::Left));
        expr(n.field(SyntaxField::Right));
        p.name = n.is(K::AssignmentExpression) ? std::string_view("=") : n.field(SyntaxField::Operator).text();
        break;
    case K::RangeExpression: {
        parts(ExprKind::Range);
        const bool startsWithOperator = n.child(0) && !n.child(0).isNamed();
        if (!p.kids.empty() && !startsWithOperator) p.flags |= ExprFlags::HasStart;
        if (p.kids.size() == 2 || (p.kids.size() == 1 && startsWithOperator)) p.flags |= ExprFlags::HasEnd;
        for (const SyntaxNode& c : n.children())
            if (!c.isNamed()) { // the operator: `..`, `..=` (or the old `...`)
                p.name = c.text();
                break;
            }
        break;
    }
    case K::IfExpression: {
        kind(ExprKind::If);
        expr(n.field(SyntaxField::Condition));
        expr(n.field(SyntaxField::Consequence));
        const SyntaxNode alternative = n.field(SyntaxField::Alternative); // an else_clause
        if (alternative) {
            const auto branch = partsOf(alternative);
            expr(branch.empty() ? SyntaxNode() : branch.front());
        }
        break;
    }
    case K::MatchExpression:
        kind(ExprKind::Match);
        expr(n.field(SyntaxField::Value));
        if (const SyntaxNode arms = n.field(SyntaxField::Body))
            for (const SyntaxNode& arm : arms.namedChildren())
                if (arm.is(K::MatchArm)) p.kids.push_back({arm, Role::Arm, {}, {}});
        break;
    case K::LoopExpression:
        kind(ExprKind::Loop);
        addLoopLabel(p, n);
        expr(n.field(SyntaxField::Body));
        break;
    case K::WhileExpression:
        kind(ExprKind::While);
        addLoopLabel(p, n);
        expr(n.field(SyntaxField::Condition));
        expr(n.field(SyntaxField::Body));
        break;
    case K::ForExpression:
        kind(ExprKind::For);
        addLoopLabel(p, n);
        p.kids.push_back({n.field(SyntaxField::Pattern), Role::Pat, {}, {}});
        expr(n.field(SyntaxField::Value));
        expr(n.field(SyntaxField::Body));
        break;
    case K::BreakExpression:
    case K::ContinueExpression:
    case K::ReturnExpression:
    case K::YieldExpression:
        parts(n.is(K::BreakExpression)      ? ExprKind::Break
              : n.is(K::ContinueExpression) ? ExprKind::Continue
              : n.is(K::ReturnExpression)   ? ExprKind::Return
                                            : ExprKind::Yield);
        addLoopLabel(p, n);
        break;
    case K::TupleExpression:
    case K::UnitExpression: parts(ExprKind::Tuple); break;
    case K::ArrayExpression:
        parts(ExprKind::Array);
        if (n.field(SyntaxField::Length)) p.flags |= ExprFlags::Repeat;
        break;
    case K::StructExpression: return planStruct(n);
    case K::FieldInitializer:
        kind(ExprKind::RecordField);
        p.name = n.field(SyntaxField::Field).text();
        expr(n.field(SyntaxField::Value));
        break;
    case K::ShorthandFieldInitializer: // `S { x }`: the field `x` and the value `x`
        parts(ExprKind::RecordField);
        p.flags |= ExprFlags::Shorthand;
        p.name = p.kids.empty() ? std::string_view() : p.kids.front().node.text();
        break;
    case K::BaseFieldInitializer:
        parts(ExprKind::RecordField);
        p.flags |= ExprFlags::Base;
        break;
    case K::LetCondition:
        kind(ExprKind::Let);
        p.kids.push_back({n.field(SyntaxField::Pattern), Role::Pat, {}, {}});
        expr(n.field(SyntaxField::Value));
        break;
    case K::LetChain: parts(ExprKind::LetChain); break;
    case K::MacroInvocation: return planMacro(n);
    default: return planBroken(n); // no expression kind models it
    }
    return p;
}

// A Missing expression and its parts: the lowering walks them for the uses they hold.
BodyBuilder::Plan BodyBuilder::planBroken(const SyntaxNode& n) {
    Plan p;
    for (const SyntaxNode& c : n.namedChildren()) p.kids.push_back({c, Role::Broken, {}, {}});
    return p;
}

BodyBuilder::Plan BodyBuilder::planPath(const SyntaxNode& n) {
    Plan p;
    p.kind = uint8_t(ExprKind::Path);
    SyntaxNode path = n;
    if (n.is(K::GenericFunction)) { // `f::<T>` names `f`
        path = n.field(SyntaxField::Function);
        p.aliases.push_back(path);
        p.typeRef = n.field(SyntaxField::TypeArguments);
    }
    p.name = path.is(K::ScopedIdentifier) ? path.field(SyntaxField::Name).text() : path.text();
    p.segments = 1;
    SyntaxNode s = path;
    for (; s.is(K::ScopedIdentifier) && s.field(SyntaxField::Path); s = s.field(SyntaxField::Path)) ++p.segments;
    // `::foo` (the crate root's `foo`, rustc_resolve's PathRoot) names no local: two segments.
    if (s.is(K::ScopedIdentifier)) ++p.segments;
    return p;
}

// `f(a)`, and `x.m(a)` / `x.m::<T>(a)`: a method call, whose callee node is part of it.
BodyBuilder::Plan BodyBuilder::planCall(const SyntaxNode& n) {
    Plan p;
    SyntaxNode callee = n.field(SyntaxField::Function);
    SyntaxNode method = callee;
    if (method.is(K::GenericFunction)) method = method.field(SyntaxField::Function);
    if (method.is(K::FieldExpression)) {
        p.kind = uint8_t(ExprKind::MethodCall);
        p.name = method.field(SyntaxField::Field).text();
        p.aliases.push_back(method);
        if (callee != method) { // `x.m::<T>(..)`
            p.aliases.push_back(callee);
            p.typeRef = callee.field(SyntaxField::TypeArguments);
        }
        p.kids.push_back({method.field(SyntaxField::Value), Role::Expr, {}, {}});
    } else {
        p.kind = uint8_t(ExprKind::Call);
        p.kids.push_back({callee, Role::Expr, {}, {}});
    }
    if (const SyntaxNode args = n.field(SyntaxField::Arguments))
        for (const SyntaxNode& a : partsOf(args)) p.kids.push_back({a, Role::Expr, {}, {}});
    return p;
}

// A block's statements, and its last expression as its tail (tree-sitter leaves an
// expression without `;` at the end of a block unwrapped).
BodyBuilder::Plan BodyBuilder::planBlock(const SyntaxNode& n) {
    Plan p;
    p.kind = uint8_t(ExprKind::Block);
    if (const SyntaxNode label = n.childOfKind(K::Label)) p.name = label.text();
    const std::vector<SyntaxNode> parts = partsOf(n);
    for (size_t i = 0; i < parts.size(); ++i) addStatement(p, parts[i], i + 1 == parts.size());
    return p;
}

BodyBuilder::Plan BodyBuilder::planClosure(const SyntaxNode& n) {
    Plan p;
    p.kind = uint8_t(ExprKind::Closure);
    if (n.hasChildToken(K::MoveKw)) p.flags |= ExprFlags::Move;
    if (n.hasChildToken(K::AsyncKw)) p.flags |= ExprFlags::Async;
    if (const SyntaxNode params = n.field(SyntaxField::Parameters))
        for (const SyntaxNode& c : params.children()) {
            if (c.is(K::Parameter)) {
                p.kids.push_back({c.field(SyntaxField::Pattern), Role::Pat, {}, {}});
                p.params.push_back({c, c.field(SyntaxField::Type), ParamFlags::Typed});
            } else if ((c.isNamed() && !isComment(c)) || c.is(K::Underscore)) {
                p.kids.push_back({c, Role::Pat, {}, {}});
                p.params.push_back({c, {}, 0});
            }
        }
    p.kids.push_back({n.field(SyntaxField::Body), Role::Expr, {}, {}});
    p.typeRef = n.field(SyntaxField::ReturnType);
    return p;
}

BodyBuilder::Plan BodyBuilder::planStruct(const SyntaxNode& n) {
    Plan p;
    p.kind = uint8_t(ExprKind::Struct);
    const SyntaxNode name = n.field(SyntaxField::Name);
    // From the tree: a macro_rules! transcription writes `Shape :: Square` with spaces.
    const bool scoped = name.is(K::ScopedIdentifier) || name.is(K::ScopedTypeIdentifier);
    p.name = scoped ? name.field(SyntaxField::Name).text() : name.text();
    p.typeRef = name; // the type context resolves the written path
    if (const SyntaxNode fields = n.field(SyntaxField::Body))
        for (const SyntaxNode& f : partsOf(fields)) p.kids.push_back({f, Role::Expr, {}, {}});
    return p;
}

void BodyBuilder::addLoopLabel(Plan& p, const SyntaxNode& n) {
    if (const SyntaxNode label = n.childOfKind(K::Label)) p.name = label.text();
}

} // namespace awaitscope::hir
