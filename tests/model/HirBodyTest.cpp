// The HIR of a body (syntax/HirBodyBuilder): every expression node of the corpus and the
// samples has exactly one ExprId and comes back from it; broken input gives Missing entries;
// deep nesting costs no native stack; and a few small bodies have exactly their shape.
#include "CorpusSupport.h"
#include "macros/BodyMacroExpander.h"
#include "project/PreludeMacroScope.h"
#include "syntax/HirBodyBuilder.h"
#include "syntax/PreorderWalk.h"
#include "syntax/SyntaxTree.h"

#include <gtest/gtest.h>

#include <memory>

namespace awaitscope {
namespace {

using namespace hir;
namespace fs = std::filesystem;

// Macros resolve as for a file analysed alone: the prelude's crates export theirs (std's
// `matches!` among them), so their invocations are HIR built from their expansions.
struct Parsed {
    explicit Parsed(const std::string& text)
        : file(std::make_shared<SourceFile>("t.rs", text)), tree(file), prelude(tree.root()),
          expander(tree.root(), prelude.resolver()), macros(*file) {
        macros.setExpansions(&expander);
    }
    std::shared_ptr<SourceFile> file;
    SyntaxTree tree;
    PreludeMacroScope prelude;
    BodyMacroExpander expander;
    MacroArguments macros;

    /// The bodies of every fn item, in source order (nested ones too: each is its own body).
    std::vector<SyntaxNode> fnBodies() const {
        std::vector<SyntaxNode> bodies;
        walkPreorder(tree.root().raw(), [&](TSNode raw, int) {
            const SyntaxNode n(raw, file.get());
            if (n.is(SyntaxKind::FunctionItem) && n.field(SyntaxField::Body))
                bodies.push_back(n.field(SyntaxField::Body));
            return true;
        });
        return bodies;
    }
};

const char* exprKindName(ExprKind k) {
    static const char* names[] = {"Missing",  "Path",     "Literal",     "Block",    "UnsafeBlock",    "ConstBlock",
                                  "TryBlock", "GenBlock", "Async",       "Closure",  "Call",           "MethodCall",
                                  "Field",    "Index",    "Await",       "Try",      "Paren",          "Cast",
                                  "Unary",    "Ref",      "Binary",      "Assign",   "CompoundAssign", "Range",
                                  "If",       "Let",      "LetChain",    "Match",    "Loop",           "While",
                                  "For",      "Break",    "Continue",    "Return",   "Yield",          "Tuple",
                                  "Array",    "Struct",   "RecordField", "MacroCall"};
    return names[size_t(k)];
}

const char* patKindName(PatKind k) {
    static const char* names[] = {"Missing", "Wild",  "Rest",  "Literal", "Macro", "Bind",
                                  "Path",    "Range", "Tuple", "Slice",   "Or",    "TupleStruct",
                                  "Struct",  "Field", "Ref",   "Mut",     "Deref"};
    return names[size_t(k)];
}

const char* stmtKindName(StmtKind k) {
    static const char* names[] = {"Missing", "Let", "Expr", "Item", "Empty"};
    return names[size_t(k)];
}

// `Kind name[child, child]`: the shape of a node and everything under it.
std::string dump(const Body& b, NodeRef n) {
    std::string out;
    std::string_view name;
    switch (n.arena) {
    case NodeRef::Arena::Expr:
        out = exprKindName(b.expr(n.expr()).kind);
        name = b.expr(n.expr()).name;
        break;
    case NodeRef::Arena::Pat:
        out = patKindName(b.pat(n.pat()).kind);
        name = b.pat(n.pat()).name;
        break;
    case NodeRef::Arena::Stmt: out = stmtKindName(b.stmt(n.stmt()).kind); break;
    case NodeRef::Arena::Arm: out = "Arm"; break;
    case NodeRef::Arena::Item: return "Item";
    case NodeRef::Arena::None: return "?";
    }
    if (!name.empty()) out += " " + std::string(name);
    const auto kids = b.children(n);
    if (kids.empty()) return out;
    out += "[";
    for (size_t i = 0; i < kids.size(); ++i) out += (i ? ", " : "") + dump(b, kids[i]);
    return out + "]";
}

std::string shapeOf(const std::string& fnText) {
    Parsed p(fnText);
    const Body b = BodyBuilder(p.macros).lower(p.fnBodies().at(0));
    return dump(b, NodeRef::of(b.root()));
}

// Kinds that are expressions wherever they stand (an identifier or a literal may also be a
// pattern or a name, so those are checked from the body's side only).
bool alwaysExpression(const SyntaxNode& n) {
    const SyntaxKind k = n.kind();
    return isExpressionKind(k) && k != SyntaxKind::Identifier && k != SyntaxKind::ScopedIdentifier &&
           k != SyntaxKind::Self && k != SyntaxKind::Metavariable && k != SyntaxKind::GenericFunction &&
           k != SyntaxKind::BooleanLiteral && k != SyntaxKind::CharLiteral && k != SyntaxKind::FloatLiteral &&
           k != SyntaxKind::IntegerLiteral && k != SyntaxKind::RawStringLiteral && k != SyntaxKind::StringLiteral;
}

// Nodes the body does not lower: declarations (their own bodies), macro input (lowered from
// its re-parse), attributes and types.
bool outsideTheBody(const SyntaxNode& n) {
    const SyntaxKind k = n.kind();
    return isItemKind(k) || k == SyntaxKind::TokenTree || k == SyntaxKind::MacroDefinition ||
           k == SyntaxKind::ArrayType || k == SyntaxKind::TypeArguments || k == SyntaxKind::UseDeclaration;
}

// The callee `x.m` of a method call `x.m(a)` is part of the call (one MethodCall).
bool isMethodCallee(const Body& b, const SyntaxNode& n, ExprId id) {
    return b.expr(id).kind == ExprKind::MethodCall && !(b.sourceMap().node(id) == n);
}

/// Checks one fn body both ways; returns how many expression nodes it checked.
int checkRoundTrip(const Body& b, const SyntaxNode& body, const std::string& where) {
    int checked = 0;
    walkPreorderPruned(body.raw(), [&](TSNode raw) {
        const SyntaxNode n(raw, body.file());
        if (n != body && outsideTheBody(n)) return false;
        if (!alwaysExpression(n)) return true;
        const ExprId id = b.sourceMap().expr(n);
        EXPECT_TRUE(id.valid()) << where << ": no ExprId for the expression at " << toString(n.start());
        if (id.valid() && !isMethodCallee(b, n, id)) {
            EXPECT_TRUE(b.sourceMap().node(id) == n) << where << ": " << toString(n.start()) << " maps elsewhere";
        }
        ++checked;
        return true;
    });
    for (uint32_t i = 0; i < b.exprCount(); ++i) {
        const SyntaxNode n = b.sourceMap().node(ExprId(i));
        EXPECT_NE(b.expr(ExprId(i)).kind, ExprKind::Missing) << where << ": Missing at " << toString(n.start());
        if (n) {
            EXPECT_EQ(b.sourceMap().expr(n), ExprId(i)) << where << ": " << toString(n.start());
        }
    }
    return checked;
}

std::vector<fs::path> corpusAndSamples() {
    const fs::path root(AWAITSCOPE_SOURCE_DIR);
    std::vector<fs::path> files;
    for (const char* dir : {"samples", "tests/data/lowering", "tests/data/send"})
        for (const auto& e : fs::directory_iterator(root / dir))
            if (e.path().extension() == ".rs") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    return files;
}

} // namespace

TEST(HirBody, EveryExpressionOfTheCorpusAndSamplesHasOneIdAndBack) {
    const auto files = corpusAndSamples();
    ASSERT_GT(files.size(), 250u);
    int checked = 0;
    for (const fs::path& path : files) {
        Parsed p(corpus::readText(path));
        for (const SyntaxNode& body : p.fnBodies()) {
            const Body b = BodyBuilder(p.macros).lower(body);
            checked += checkRoundTrip(b, body, path.filename().string() + ":" + toString(body.start()));
        }
    }
    EXPECT_GT(checked, 5000);
}

TEST(HirBody, SmallBodiesHaveTheirExactShape) {
    EXPECT_EQ(shapeOf("fn f() { let x = g(a, 1); x.m(b).await? }"),
              "Block[Let[Bind x, Call[Path g, Path a, Literal 1]], Try[Await[MethodCall m[Path x, Path b]]]]");
    EXPECT_EQ(shapeOf("fn f() { std::mem::take(&mut v); s.0 += 1; }"),
              "Block[Expr[Call[Path take, Ref &[Path v]]], Expr[CompoundAssign +=[Field 0[Path s], Literal 1]]]");
    EXPECT_EQ(shapeOf("fn f() { if let Some((a, _)) = o { a } else { return; } }"),
              "Block[Expr[If[Let[TupleStruct Some[Tuple[Bind a, Wild]], Path o], Block[Path a], "
              "Block[Expr[Return]]]]]");
    EXPECT_EQ(shapeOf("fn f() { match v { S { x, y: 0 } if x > 1 => x, _ => 0 } }"),
              "Block[Expr[Match[Path v, Arm[Struct S[Bind x, Field y[Literal]], Binary >[Path x, Literal 1], Path x], "
              "Arm[Wild, Literal 0]]]]");
    EXPECT_EQ(shapeOf("fn f() { let c = move |n: u32| async move { n }; for i in 0..n { c(i); } }"),
              "Block[Let[Bind c, Closure[Bind n, Async[Block[Path n]]]], "
              "Expr[For[Bind i, Range ..[Literal 0, Path n], Block[Expr[Call[Path c, Path i]]]]]]");
    EXPECT_EQ(shapeOf("fn f() { let p = P { x, ..d }; 'a: loop { break 'a p; } }"),
              "Block[Let[Bind p, Struct P[RecordField x[Path x], RecordField[Path d]]], "
              "Expr[Loop 'a[Block[Expr[Break 'a[Path p]]]]]]");
}

// What the lowering reads of patterns and lets (lowering/PatternBinding.cpp, LetLowering.cpp):
// a fn item's parameter patterns, `let mut x` as the binding `mut x` standing at the `mut`
// (rustc's binding span), the written type as a TypeRef, and a shorthand field binding at
// its name, after `ref` / `mut`.
TEST(HirBody, FunctionParametersLetMutTypeRefsAndShorthandBindings) {
    Parsed p("fn f((a, _): (u8, u8), b: u8) { let mut x: u16 = 1; let S { ref y, .. } = s; }");
    const SyntaxNode fn = p.fnBodies().at(0).parent();
    const Body b = BodyBuilder(p.macros).lowerFunction(fn);
    ASSERT_EQ(b.params().size(), 2u);
    EXPECT_EQ(dump(b, NodeRef::of(b.param(b.params()[0]).pat)), "Tuple[Bind a, Wild]");
    EXPECT_EQ(dump(b, NodeRef::of(b.param(b.params()[1]).pat)), "Bind b");
    EXPECT_EQ(dump(b, NodeRef::of(b.root())),
              "Block[Let[Mut[Bind x], Literal 1], Let[Struct S[Bind y, Rest], Path s]]");
    const StmtId let = b.children(b.root())[0].stmt();
    EXPECT_TRUE(b.stmt(let).has(StmtFlags::Mut));
    EXPECT_EQ(b.typeRef(b.stmt(let).type).text(), "u16");
    EXPECT_EQ(b.sourceMap().node(b.children(let)[0].pat()).text(), "mut");
    const StmtId destructure = b.children(b.root())[1].stmt();
    EXPECT_FALSE(b.typeRef(b.stmt(destructure).type));
    const PatId shorthand = b.children(b.children(destructure)[0].pat())[0].pat();
    EXPECT_TRUE(b.pat(shorthand).has(PatFlags::Shorthand));
    EXPECT_TRUE(b.pat(shorthand).has(PatFlags::Ref));
    EXPECT_EQ(b.sourceMap().node(shorthand).text(), "y");
}

// A fn's and a closure's parameters (lowering/BodyLowerer.cpp, lowerParameters): each its
// pattern and written type, `self` by its flags, each standing at the whole parameter.
TEST(HirBody, ParametersOfFnsAndClosuresWithTheirTypes) {
    Parsed p("impl S { fn m(&mut self, mut n: u8, (a, b): (u8, u16)) -> u32 { let c = |x, y: u8, _| x; 0 } }");
    const SyntaxNode fn = p.fnBodies().at(0).parent();
    const Body b = BodyBuilder(p.macros).lowerFunction(fn);
    ASSERT_EQ(b.params().size(), 3u);
    const Param& self = b.param(b.params()[0]);
    EXPECT_FALSE(self.pat.valid());
    EXPECT_EQ(self.flags, ParamFlags::SelfParam | ParamFlags::Ref | ParamFlags::Mut);
    EXPECT_EQ(b.sourceMap().node(b.params()[0]).text(), "&mut self");
    const Param& n = b.param(b.params()[1]);
    EXPECT_TRUE(n.has(ParamFlags::Typed));
    EXPECT_EQ(dump(b, NodeRef::of(n.pat)), "Bind n");
    EXPECT_EQ(b.typeRef(n.type).text(), "u8");
    EXPECT_EQ(b.sourceMap().node(b.params()[1]).text(), "mut n: u8"); // where rustc's argument span starts
    EXPECT_EQ(dump(b, NodeRef::of(b.param(b.params()[2]).pat)), "Tuple[Bind a, Bind b]");
    EXPECT_EQ(b.typeRef(b.param(b.params()[2]).type).text(), "(u8, u16)");
    EXPECT_EQ(b.typeRef(b.returnType()).text(), "u32");
    ExprId closure;
    for (uint32_t i = 0; i < b.exprCount(); ++i)
        if (b.expr(ExprId(i)).kind == ExprKind::Closure) closure = ExprId(i);
    ASSERT_TRUE(closure.valid());
    const auto params = b.closureParams(closure);
    ASSERT_EQ(params.size(), 3u);
    std::vector<std::string> shapes;
    for (size_t i = 0; i < params.size(); ++i) {
        const Param& q = b.param(params[i]);
        EXPECT_EQ(q.pat, b.children(closure)[i].pat()); // the Closure's children
        shapes.push_back(dump(b, NodeRef::of(q.pat)) + (q.type ? ": " + std::string(b.typeRef(q.type).text()) : ""));
    }
    EXPECT_EQ(shapes, (std::vector<std::string>{"Bind x", "Bind y: u8", "Wild"}));
    EXPECT_TRUE(b.closureParams(b.root()).empty());
}

// What the lowering reads of paths, literals, casts, struct literals, calls and closures
// besides kinds and children: a literal's kind and text, the written types and paths it
// hands to the type context (Expr::type), and how many segments a path has.
TEST(HirBody, LiteralKindsTypeRefsAndPathSegments) {
    Parsed p("fn f() { (5u64, 1.5, \"s\", r\"r\", 'c', true); (n as u8, S { a: 1 }, g::<u8>(), "
             "x.m::<u16>(), |y| -> u32 { y }, ::top, a::b); }");
    const Body b = BodyBuilder(p.macros).lower(p.fnBodies().at(0));
    const auto statements = b.children(b.root());
    const auto tupleOf = [&](size_t s) { return b.children(b.children(statements[s].stmt())[0].expr()); };
    const auto literals = tupleOf(0);
    const LiteralKind kinds[] = {LiteralKind::Int, LiteralKind::Float, LiteralKind::Str,
                                 LiteralKind::Str, LiteralKind::Char,  LiteralKind::Bool};
    ASSERT_EQ(literals.size(), 6u);
    for (size_t i = 0; i < 6; ++i) EXPECT_EQ(b.expr(literals[i].expr()).literal, kinds[i]) << i;
    EXPECT_EQ(b.expr(literals[0].expr()).name, "5u64");
    const auto others = tupleOf(1);
    ASSERT_EQ(others.size(), 7u);
    const auto written = [&](size_t i) { return std::string(b.typeRef(b.expr(others[i].expr()).type).text()); };
    EXPECT_EQ(written(0), "u8"); // the cast's type
    EXPECT_EQ(written(1), "S");  // the struct's path
    EXPECT_EQ(std::string(b.typeRef(b.expr(b.childExpr(others[2].expr(), 0)).type).text()), "<u8>");
    EXPECT_EQ(written(3), "<u16>");                  // the method's turbofish
    EXPECT_EQ(written(4), "u32");                    // the closure's `-> T`
    EXPECT_EQ(b.expr(others[5].expr()).segments, 2); // `::top` names no local
    EXPECT_EQ(b.expr(others[6].expr()).segments, 2);
    EXPECT_EQ(b.expr(b.childExpr(others[2].expr(), 0)).segments, 1);
}

TEST(HirBody, MacroCallsHoldWhatRustcLowersInTheirPlace) {
    // Re-parsed arguments, a macro_rules! expansion (expression and statements), tokio's
    // select! branches, and an input nothing parses (its identifiers kept).
    EXPECT_EQ(shapeOf("fn f() { println!(\"{}\", a.b); }"),
              "Block[Expr[MacroCall println[Literal \"{}\", Field b[Path a]]]]");
    EXPECT_EQ(shapeOf("macro_rules! twice { ($e:expr) => { $e + $e }; }\nfn f() { twice!(n) }"),
              "Block[MacroCall twice[Binary +[Path n, Path n]]]");
    EXPECT_EQ(shapeOf("macro_rules! two { ($a:ident) => { let $a = 1; g($a); }; }\nfn f() { two!(x); }"),
              "Block[Expr[MacroCall two[Let[Bind x, Literal 1], Expr[Call[Path g, Path x]]]]]");
    EXPECT_EQ(shapeOf("fn f() { tokio::select! { v = rx.recv() => g(v), else => {} } }"),
              "Block[MacroCall select[Arm[Bind v, MethodCall recv[Path rx], Call[Path g, Path v]], Arm[Block]]]");
    Parsed p("fn f() { thread_local! { static K: u8 = x; } }");
    const Body b = BodyBuilder(p.macros).lower(p.fnBodies().at(0));
    ExprId call;
    for (uint32_t i = 0; i < b.exprCount(); ++i)
        if (b.expr(ExprId(i)).kind == ExprKind::MacroCall) call = ExprId(i);
    ASSERT_TRUE(call.valid());
    EXPECT_EQ(b.expr(call).macro, MacroForm::Opaque);
    std::vector<std::string> tokens;
    for (const MacroToken& t : b.tokens(call)) tokens.emplace_back(t.text);
    EXPECT_EQ(tokens, (std::vector<std::string>{"K", "x"})); // `u8` is a primitive type token
}

// What the lowering reads of a macro call (lowering/MacroLowering.cpp, SelectLowering.cpp)
// besides its form and children: its written path, whether it stands as a statement, a
// select! branch's precondition (its guard) and futures' `default`, and `pin! { let .. }`.
TEST(HirBody, MacroCallsKeepTheirPathStatementPlaceBranchesAndLets) {
    Parsed p("async fn f() { tokio::pin!(a); let b = pin!(c); "
             "tokio::select! { v = rx.recv(), if ok => g(v), else => {} } "
             "futures::select! { x = a => x, default => 0 } tokio::pin! { let mut d = h(); } }");
    const Body b = BodyBuilder(p.macros).lower(p.fnBodies().at(0));
    std::vector<ExprId> calls;
    for (uint32_t i = 0; i < b.exprCount(); ++i)
        if (b.expr(ExprId(i)).kind == ExprKind::MacroCall) calls.push_back(ExprId(i));
    ASSERT_EQ(calls.size(), 5u); // children come first: in source order here
    const auto path = [&](size_t i) { return std::string(b.typeRef(b.expr(calls[i]).type).text()); };
    EXPECT_EQ(path(0), "tokio::pin");
    EXPECT_TRUE(b.expr(calls[0]).has(ExprFlags::Statement)); // `tokio::pin!(a);`
    EXPECT_EQ(path(1), "pin");
    EXPECT_FALSE(b.expr(calls[1]).has(ExprFlags::Statement)); // a `let`'s value
    EXPECT_EQ(dump(b, NodeRef::of(calls[2])),
              "MacroCall select[Arm[Bind v, MethodCall recv[Path rx], Path ok, Call[Path g, Path v]], Arm[Block]]");
    const ArmId guarded = b.children(calls[2])[0].arm();
    EXPECT_TRUE(b.arm(guarded).has(ArmFlags::HasGuard));
    EXPECT_EQ(path(3), "futures::select");
    const ArmId fallback = b.children(calls[3])[1].arm();
    EXPECT_TRUE(b.arm(fallback).has(ArmFlags::Default));
    EXPECT_FALSE(b.arm(b.children(calls[3])[0].arm()).has(ArmFlags::Default));
    EXPECT_EQ(b.expr(calls[4]).macro, MacroForm::Lets);
    EXPECT_EQ(dump(b, NodeRef::of(calls[4])), "MacroCall pin[Let[Mut[Bind d], Call[Path h]]]");
}

// Text being typed: an ERROR node's parts stay, each identifier a Path and each macro a
// MacroCall, so the lowering walks the uses inside (lowerParts); a macro call the parser
// recovered stays one.
TEST(HirBody, BrokenTextKeepsItsIdentifiersAsParts) {
    Parsed p("fn f() { let a = 1; (a b println!(\"{}\", a)) }");
    const Body b = BodyBuilder(p.macros).lower(p.fnBodies().at(0));
    const std::string shape = dump(b, NodeRef::of(b.root()));
    EXPECT_NE(shape.find("Missing[Path a, Path b]"), std::string::npos) << shape;
    EXPECT_NE(shape.find("MacroCall println[Literal \"{}\", Path a]"), std::string::npos) << shape;
}

TEST(HirBody, ExpansionNodesMapBackIntoTheUsersFile) {
    Parsed p("macro_rules! wait { ($e:expr) => { $e.await }; }\nasync fn f() { let n = wait!(tick()); }\n");
    const Body b = BodyBuilder(p.macros).lower(p.fnBodies().at(0));
    ExprId await;
    for (uint32_t i = 0; i < b.exprCount(); ++i)
        if (b.expr(ExprId(i)).kind == ExprKind::Await) await = ExprId(i);
    ASSERT_TRUE(await.valid());
    const SyntaxNode n = b.sourceMap().node(await);
    EXPECT_TRUE(BodySourceMap::inExpansion(n));
    EXPECT_EQ(n.start(), (TextPosition{2, 30})); // the argument `tick()`, where the user wrote it
    EXPECT_EQ(b.sourceMap().expr(n), await);
    // The user's own text is found by its range; the expansion's nodes are not.
    const ExprId call = b.childExpr(await, 0);
    EXPECT_FALSE(b.sourceMap().exprAt(b.sourceMap().range(call)).valid());
    const ExprId block = b.root();
    EXPECT_EQ(b.sourceMap().exprAt(b.sourceMap().range(block)), block);
}

TEST(HirBody, BrokenInputGivesMissingEntriesNotACrash) {
    for (const char* text :
         {"fn f() { let x = ; g(, ); if { } match x { => } }", "fn f() { async move { x. }; |a| ; S { x: , }; [1; ]; }",
          "fn f() { 'a: loop { break 'a"}) {
        Parsed p(text);
        for (const SyntaxNode& body : p.fnBodies()) {
            const Body b = BodyBuilder(p.macros).lower(body);
            ASSERT_TRUE(b.root().valid()) << text;
            for (uint32_t i = 0; i < b.exprCount(); ++i)
                for (const NodeRef& c : b.children(ExprId(i))) EXPECT_NE(c.arena, NodeRef::Arena::None) << text;
            EXPECT_NE(dump(b, NodeRef::of(b.root())).find("Missing"), std::string::npos) << text;
        }
    }
}

TEST(HirBody, TwoThousandNestedAsyncBlocksNeedNoNativeStack) {
    // scripts/gen-async-file --nested 2000, and 20,000 nested parentheses.
    std::string text = "async fn deep(n: u64) -> u64 {\n";
    for (int d = 0; d < 2000; ++d) text += "let v" + std::to_string(d) + " = async move { let x = tick(n).await;\n";
    for (int d = 0; d < 2000; ++d) text += "x }.await;\n";
    text += "n }\nfn parens() -> u32 { " + std::string(20000, '(') + "1" + std::string(20000, ')') + " }\n";
    Parsed p(text);
    const auto bodies = p.fnBodies();
    ASSERT_EQ(bodies.size(), 2u);
    const Body deep = BodyBuilder(p.macros).lower(bodies[0]);
    int asyncBlocks = 0;
    for (uint32_t i = 0; i < deep.exprCount(); ++i) asyncBlocks += deep.expr(ExprId(i)).kind == ExprKind::Async;
    EXPECT_EQ(asyncBlocks, 2000);
    EXPECT_GT(checkRoundTrip(deep, bodies[0], "deep"), 2000 * 5);
    const Body parens = BodyBuilder(p.macros).lower(bodies[1]);
    EXPECT_EQ(parens.exprCount(), 20000u + 2u); // the parentheses, the literal, the block
}

} // namespace awaitscope
