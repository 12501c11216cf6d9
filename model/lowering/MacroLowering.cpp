// Macros: tree-sitter sees only tokens, so each family is lowered as what it expands to.
//   format!/println!/write!/assert!...  format_args! takes every argument by reference
//   vec![...]                           moves its elements into a Vec
//   tokio::join! / futures::join!       one local `futures` holding every branch, polled
//                                       at ONE suspension point
//   tokio::select!                      `futures` (twice: shadowed by `&mut futures`) and
//                                       `disabled`, one suspension; the futures end, then
//                                       one handler runs with its pattern's bindings
//   futures::select!                    each future borrowed where it stands (`_N` if not a
//                                       path), one suspension (both in SelectLowering.cpp)
//   ptr::addr_of!(p) / addr_of_mut!(p)  a raw borrow of the place
//   futures::pin_mut!(x) / tokio::pin!(x) two shadowing bindings: the moved x, and a Pin of it;
//   futures_lite::pin!(x);              the same, as a statement (see letsPin)
//   tokio::pin! { let x = init; }       the `let`, then the same two
//   a macro_rules! macro                its expansion (macros/BodyMacroExpander), lowered
//                                       like the code around it
//   anything else                       its arguments are still walked for awaits and uses
#include "lowering/BodyLowerer.h"

#include "syntax/MacroArguments.h"

#include "types/ItemDefs.h"
#include "types/ItemIndex.h"

#include <algorithm>
#include <set>

namespace awaitscope {

using hir::ExprId;

namespace {

const std::set<std::string, std::less<>> kFormatMacros = {
    "println",       "print",       "eprintln",  "eprint",       "format",          "format_args",     "panic",
    "assert",        "assert_eq",   "assert_ne", "debug_assert", "debug_assert_eq", "debug_assert_ne", "todo",
    "unimplemented", "unreachable", "info",      "warn",         "error",           "debug",           "trace"};
const std::set<std::string, std::less<>> kDiverging = {"panic", "todo", "unimplemented", "unreachable"};

} // namespace

bool BodyLowerer::describesByHand(const std::string& name) {
    static const std::set<std::string, std::less<>> kOthers = {"join",    "try_join",    "write", "writeln", "vec",
                                                               "addr_of", "addr_of_mut", "pin",   "pin_mut"};
    return kFormatMacros.count(name) || kOthers.count(name) || MacroArguments::isSelectMacro(name);
}

// MacroCall (HirExpr.h's MacroForm): what the HIR holds in the invocation's place,
// lowered by the macro's name as its path resolves (resolveMacro).
BodyLowerer::Value BodyLowerer::lowerMacro(ExprId e) {
    const hir::Expr& x = m_hir->expr(e);
    if (x.macro == hir::MacroForm::Expression || x.macro == hir::MacroForm::Statements) return lowerExpansion(e);
    const auto [crate, name] = resolveMacro(e);
    if (MacroArguments::isSelectMacro(name)) return isFuturesCrate(crate) ? lowerFuturesSelect(e) : lowerSelectMacro(e);
    const auto args = x.macro == hir::MacroForm::Arguments ? m_hir->children(e) : std::span<const hir::NodeRef>();
    const TextPosition at = nodeOf(e).start();
    if (name == "join" || name == "try_join") return lowerJoinMacro(e, args, crate, name);
    if (name == "write" || name == "writeln") return lowerFormatMacro(e, args, true);
    if (kFormatMacros.count(name)) {
        Value v = lowerFormatMacro(e, args, false);
        if (name == "format") v.type = adtType("std::string::String", {});
        v.diverges = kDiverging.count(name) > 0;
        if (v.diverges) startBlock(); // `panic!()` never returns: what follows is unreachable
        return v;
    }
    if (name == "vec") return lowerVecMacro(e, args);
    if ((name == "addr_of" || name == "addr_of_mut") && args.size() == 1) return lowerRawBorrow(args[0].expr(), name);
    const bool tokioPin = name == "pin" && macroPath(e).starts_with("tokio");
    if ((name == "pin_mut" || tokioPin || letsPin(e)) && pinsVariables(args)) return lowerPinMacro(args);
    if (tokioPin && args.empty()) return lowerPinLets(e);
    for (const hir::NodeRef& a : args) read(lowerExpr(a.expr()), nodeOf(a.expr()).start());
    mayUnwind(at); // what an unknown macro expands to is taken to call something
    return Value{unknownType()};
}

std::string_view BodyLowerer::macroPath(ExprId e) const {
    return m_hir->typeRef(m_hir->expr(e).type).text();
}

// `vec![a, b]` moves its elements into the Vec (an input `[a, b]` re-parses as one array).
BodyLowerer::Value BodyLowerer::lowerVecMacro(ExprId e, std::span<const hir::NodeRef> args) {
    TypePtr element = unknownType();
    for (const hir::NodeRef& a : args) {
        if (m_hir->expr(a.expr()).kind == hir::ExprKind::Array) {
            Value arr = lowerExpr(a.expr());
            if (arr.type && arr.type->kind == TypeKind::Array) element = arr.type->args[0];
            continue;
        }
        Value v = lowerExpr(a.expr());
        consume(v, nodeOf(a.expr()).start());
        if (isUnknown(element)) element = v.type;
    }
    mayUnwind(nodeOf(e).start()); // the allocation (box_new / from_elem)
    return Value{adtType("std::vec::Vec", {element})};
}

// What a macro_rules! invocation expands to is lowered where it stands (rustc expands
// before lowering: rustc_expand/src/expand.rs). In statement position its statements are
// the enclosing block's (a `let` there is a local of that block, its temporaries end with
// each statement); in expression position it is one expression.
BodyLowerer::Value BodyLowerer::lowerExpansion(ExprId e) {
    const auto parts = m_hir->children(e);
    if (m_hir->expr(e).macro == hir::MacroForm::Expression)
        return lowerExpr(parts.empty() ? ExprId() : parts.front().expr());
    Value last{unitType()};
    for (const hir::NodeRef& part : parts) {
        if (part.stmt()) {
            lowerStatement(part.stmt());
            last = Value{unitType()};
            continue;
        }
        const SyntaxNode s = nodeOf(part.expr()); // positions
        pushFrame(true);                          // a trailing expression: a statement ended by the invocation's `;`
        last = lowerExpr(part.expr());
        if (last.isPlace) read(last, s.start());
        popFrame(s.end());
        const bool diverges = last.diverges;
        last = Value{unitType()};
        last.diverges = diverges;
    }
    return last;
}

// `x`: a name written alone (not a path of more segments, a turbofish or a metavariable).
bool BodyLowerer::isPlainName(ExprId e) const {
    if (!e) return false;
    const hir::Expr& x = m_hir->expr(e);
    return x.kind == hir::ExprKind::Path && x.segments == 1 && !x.type && x.name != "self" && !x.name.starts_with('$');
}

bool BodyLowerer::pinsVariables(std::span<const hir::NodeRef> args) const {
    return !args.empty() &&
           std::all_of(args.begin(), args.end(), [this](const hir::NodeRef& a) { return isPlainName(a.expr()); });
}

// `pin!(x);` standing as a statement is a library's let-shadowing pin: futures-lite's
// (src/macros.rs, `let mut $x = $x; let mut $x = unsafe { Pin::new_unchecked(&mut $x) };`)
// and tokio's are written so. std's `pin!` (library/core/src/pin.rs) is an expression
// whose value, a `Pin` of a moved temporary, a statement would drop at once: it is used
// as `let x = pin!(x);`, an expression, and a path through std or core names it.
bool BodyLowerer::letsPin(ExprId e) const {
    const hir::Expr& x = m_hir->expr(e);
    if (x.name != "pin") return false;
    const std::string_view path = macroPath(e);
    if (path.starts_with("std::") || path.starts_with("core::") || path.starts_with("::")) return false;
    return x.has(hir::ExprFlags::Statement); // `pin!(x);`, not a block's value
}

// `futures::pin_mut!(x)` / `tokio::pin!(x)` on variables, as futures-util's pin_mut.rs and
// tokio's macros/pin.rs write it: `let mut x = x; let mut x = unsafe { Pin::new_unchecked(&mut
// x) };` for each. Two new bindings of the same name: the moved value, borrowed for as long as
// its storage lives, and the Pin<&mut _> that shadows it.
BodyLowerer::Value BodyLowerer::lowerPinMacro(std::span<const hir::NodeRef> args) {
    for (const hir::NodeRef& a : args)
        pinVariable(std::string(m_hir->expr(a.expr()).name), nodeOf(a.expr()).start(), lowerExpr(a.expr()));
    return Value{unitType()};
}

void BodyLowerer::pinVariable(const std::string& name, TextPosition at, const Value& moved) {
    consume(moved, at);
    const TypePtr type = moved.type ? moved.type : unknownType();
    const int owned = newLocal(LocalKind::Binding, name, type, at);
    emit(Op::StorageLive, owned, at);
    emit(Op::Init, owned, at);
    addToBlockFrame(owned);
    declare(name, owned);
    emit(Op::Borrow, owned, at);
    mayUnwind(at); // `Pin::new_unchecked` is a call
    const int pinned = newLocal(LocalKind::Binding, name, adtType("std::pin::Pin", {refType(type, true, "'_")}), at);
    emit(Op::StorageLive, pinned, at);
    emit(Op::Init, pinned, at);
    addToBlockFrame(pinned);
    declare(name, pinned);
}

// `tokio::pin! { let x = init; .. }` (MacroForm::Lets): tokio's macros/pin.rs second rule
// writes `let $x = $init; $crate::pin!($x);` for each, so each is a `let` and then the
// variable form above: three bindings named `x` in all.
BodyLowerer::Value BodyLowerer::lowerPinLets(ExprId e) {
    for (const hir::NodeRef& part : m_hir->children(e)) {
        const hir::StmtId let = part.stmt();
        if (!let) continue;
        lowerLet(let);
        const auto letParts = m_hir->children(let);
        hir::PatId pattern = letParts.empty() ? hir::PatId() : letParts.front().pat();
        if (pattern && m_hir->stmt(let).has(hir::StmtFlags::Mut)) // `let mut x`: the binding inside
            pattern = m_hir->children(pattern).empty() ? hir::PatId() : m_hir->children(pattern).front().pat();
        if (!isPlainBinding(pattern)) continue;
        const std::string name(m_hir->pat(pattern).name);
        pinVariable(name, nodeOf(pattern).start(), lowerIdentifier(name, ExprId()));
    }
    return Value{unitType()};
}

// `ptr::addr_of!(place)` / `addr_of_mut!(place)` expand to `&raw const place` / `&raw mut
// place` (library/core/src/ptr/mod.rs): a raw borrow, which MaybeBorrowedLocals counts like
// any other (rustc_mir_dataflow/src/impls/borrowed_locals.rs, `Rvalue::RawPtr`), so the
// local stays saved while its storage lives.
BodyLowerer::Value BodyLowerer::lowerRawBorrow(ExprId place, std::string_view macro) {
    const Value inner = lowerExpr(place);
    borrow(inner, nodeOf(place).start());
    auto pointer = std::make_shared<Type>();
    pointer->kind = TypeKind::RawPtr;
    pointer->isMut = macro == "addr_of_mut";
    pointer->args = {inner.type ? inner.type : unknownType()};
    return Value{pointer};
}

bool BodyLowerer::isFormatMacroName(std::string_view name) {
    return kFormatMacros.count(name) || name == "write" || name == "writeln";
}

// Inline format arguments (RFC 2795, rustc_builtin_macros/src/format.rs `parse_args` /
// `make_format_args`): `{name}`, `{x:?}`, `{v:>8}` name a variable in scope, which
// format_args! takes by reference like an explicit argument. `{{` is a literal brace,
// `{0}` / `{}` are positional.
std::vector<std::pair<std::string, TextPosition>> BodyLowerer::inlineFormatNames(std::string_view text,
                                                                                 TextPosition at) {
    std::vector<std::pair<std::string, TextPosition>> names;
    for (size_t i = 0; i < text.size(); ++i) {
        const bool escaped = text[i] == '{' && i + 1 < text.size() && text[i + 1] == '{';
        if (text[i] == '{' && !escaped) {
            size_t j = i + 1;
            while (j < text.size() && (std::isalnum(static_cast<unsigned char>(text[j])) || text[j] == '_')) ++j;
            const std::string ident(text.substr(i + 1, j - i - 1));
            const bool ends = j < text.size() && (text[j] == '}' || text[j] == ':');
            if (ends && !ident.empty() && !std::isdigit(static_cast<unsigned char>(ident[0])))
                names.emplace_back(ident, TextPosition{at.line, at.column + 1});
        }
        const size_t step = escaped ? 2 : 1;
        for (size_t k = i; k < i + step && k < text.size(); ++k) {
            if (text[k] == '\n')
                at = {at.line + 1, 1};
            else if ((static_cast<unsigned char>(text[k]) & 0xC0) != 0x80)
                ++at.column;
        }
        i += step - 1;
    }
    return names;
}

// `named`: the names of the invocation's `name = value` arguments, which `{name}` means.
void BodyLowerer::borrowFormatCaptures(ExprId literal, const std::set<std::string, std::less<>>& named) {
    // `println!("{name}")` captures `name` by reference, exactly like an argument.
    const SyntaxNode written = nodeOf(literal); // its text and position
    for (const auto& [name, at] : inlineFormatNames(written.text(), written.start())) {
        if (named.count(name)) continue;
        const int local = lookup(name);
        if (local >= 0)
            emit(Op::Borrow, local, written.start());
        else if (const auto up = m_upvarByName.find(name); up != m_upvarByName.end()) {
            Value v{m_body.upvars[up->second].type, -1, true};
            v.upvar = up->second;
            borrow(v, at);
        }
    }
}

// `name = value` among format arguments: its value; any other argument: itself.
ExprId BodyLowerer::namedFormatValue(ExprId a) const {
    if (!a || m_hir->expr(a).kind != hir::ExprKind::Assign) return a;
    const auto sides = m_hir->children(a);
    return sides.size() == 2 && isPlainName(sides[0].expr()) ? sides[1].expr() : a;
}

BodyLowerer::Value BodyLowerer::lowerFormatMacro(ExprId e, std::span<const hir::NodeRef> args, bool writer) {
    const std::string_view name = m_hir->expr(e).name;
    const bool conditionFirst = name == "assert" || name == "debug_assert";
    // assert_eq!(a, b) / assert_ne! expand to `match (&a, &b) { (l, r) => if !(*l == *r) ..}`
    // (core/src/macros/mod.rs): the comparison settles a number on one side by the other,
    // as `a == b` does (`assert_eq!(v.len(), 1 + i)` makes `i` a usize).
    const bool comparesFirstTwo = name.ends_with("assert_eq") || name.ends_with("assert_ne");
    TypePtr firstCompared;
    // format_args! lowers its arguments to `match (&a, &b, ..) { args => .. }`
    // (rustc_ast_lowering format.rs): each `&arg` is an operand of that tuple, a temporary
    // held across an await in a later argument (as_operand.rs), moved in at the end.
    // A named argument `name = value` is an argument like a positional one, taken by
    // reference in source order (rustc_builtin_macros format.rs parse_args keeps them in
    // order; rustc_ast_lowering format.rs expand_format_args makes `(&arg0, &arg1, ..)` of
    // `all_args()`); an inline `{name}` not naming one is captured after all of them.
    std::vector<bool> awaitsAfter(args.size(), false);
    for (size_t i = args.size(); i-- > 1;) awaitsAfter[i - 1] = awaitsAfter[i] || suspendsWithin(args[i].expr());
    std::set<std::string, std::less<>> named;
    std::vector<ExprId> templates;
    for (const hir::NodeRef& a : args)
        if (const ExprId value = namedFormatValue(a.expr()); value != a.expr())
            named.insert(std::string(m_hir->expr(m_hir->children(a.expr()).front().expr()).name));
    std::vector<int> references;
    for (size_t i = 0; i < args.size(); ++i) {
        const ExprId a = namedFormatValue(args[i].expr());
        const hir::Expr& written = m_hir->expr(a);
        if (written.kind == hir::ExprKind::Literal && written.literal == hir::LiteralKind::Str) {
            templates.push_back(a);
            continue;
        }
        Value v = lowerExpr(a);
        const TextPosition at = nodeOf(a).start();
        if (comparesFirstTwo && i < 2) {
            if (i == 0)
                firstCompared = v.type;
            else if (firstCompared)
                m_numbers.unify(firstCompared, v.type);
        }
        if (conditionFirst && i == 0) {
            consume(v, at);
            continue;
        }
        if (writer && i == 0) { // `w.write_fmt(..)`: the receiver, auto-ref'd or reborrowed
            const bool isRef = v.type && v.type->kind == TypeKind::Ref;
            const Value place = isRef ? v : materialize(v, a);
            isRef ? read(place, at) : borrow(place, at);
            const TypePtr target = isRef ? v.type->args.at(0) : place.type;
            if (awaitsAfter[i]) references.push_back(referenceOperand(target, true, a));
            continue;
        }
        const Value place = materialize(v, a);
        borrow(place, at); // format_args!(.., &arg)
        if (awaitsAfter[i]) references.push_back(referenceOperand(place.type, false, a));
    }
    for (const ExprId t : templates) borrowFormatCaptures(t, named);
    const TextPosition at = nodeOf(e).start();
    for (int r : references) emit(Op::Move, r, at);
    mayUnwind(at); // std::io::_print, format, write_fmt, panic_fmt...
    return Value{unitType()};
}

BodyLowerer::Value BodyLowerer::lowerJoinMacro(ExprId e, std::span<const hir::NodeRef> args, const std::string& crate,
                                               const std::string& name) {
    std::vector<TypePtr> futures, outputs;
    for (const hir::NodeRef& a : args) {
        Value v = lowerExpr(a.expr());
        consume(v, nodeOf(a.expr()).start());
        futures.push_back(v.type);
        outputs.push_back(m_types.awaitOutput(v.type));
    }
    const SyntaxNode node = nodeOf(e); // positions and text
    // futures' join!/try_join! (futures-macro 0.3 join.rs): `let mut _fut0 =
    // maybe_done(a); ..; poll_fn(move |cx| ..).await`: the move closure owns each MaybeDone
    // (TryMaybeDone for try_join!), so nothing is saved beside the awaited PollFn.
    if (isFuturesCrate(crate)) {
        const bool tryJoin = name == "try_join";
        std::vector<TypePtr> held;
        for (const TypePtr& f : futures)
            held.push_back(adtType(tryJoin ? "futures::future::TryMaybeDone" : "futures::future::MaybeDone", {f}));
        suspend(e, pollFnOf(std::move(held), "futures::future::PollFn"), textOf(node));
        return Value{tupleType(outputs)};
    }
    // tokio::join! / try_join! (tokio 1.24 macros/join.rs): `let mut futures = (maybe_done(a),
    // ..); let mut futures = &mut futures; let mut skip_next_time: u32 = 0;
    // poll_fn(move |cx| ..).await`: the tuple of MaybeDone is the saved local, the awaitee a
    // PollFn of the closure holding the `&mut` and the u32.
    std::vector<TypePtr> maybeDone;
    for (const TypePtr& f : futures) maybeDone.push_back(adtType("tokio::future::maybe_done::MaybeDone", {f}));
    const TypePtr tuple = tupleType(maybeDone);
    pushFrame();
    const int local = newLocal(LocalKind::Binding, "futures", tuple, node.start(), textOf(node));
    emit(Op::StorageLive, local, node.start());
    emit(Op::Init, local, node.start());
    emit(Op::Borrow, local, node.start());
    addToBlockFrame(local);
    suspend(e, pollFnOf({refType(tuple, true, "'_"), primitiveType("u32")}), textOf(node));
    popFrame(node.end());
    return Value{tupleType(outputs)};
}

// How rustc resolves a macro path (rustc_resolve/src/macros.rs, resolve_macro_path): a path
// of several segments starts at its crate; one segment is found in the module's imports
// (`use futures::{join, select};`, `use futures::join as both;`).
std::pair<std::string, std::string> BodyLowerer::resolveMacro(ExprId e) const {
    const std::string written(m_hir->expr(e).name);
    std::string_view path = macroPath(e);
    if (path.starts_with("::")) path.remove_prefix(2);
    if (const size_t at = path.find("::"); at != std::string_view::npos)
        return {std::string(path.substr(0, at)), written};
    // A block's `use` first, then the enclosing blocks' and the module's (ident.rs,
    // resolve_ident_in_lexical_scope).
    for (const ModuleDef* module = m_types.items().module(m_scope.modulePath); module; module = module->parent) {
        for (const UseDecl& use : module->uses)
            if (!use.glob && use.alias == path && use.segments.size() >= 2)
                return {use.segments.front(), use.segments.back()};
        if (!module->isBlock) break;
    }
    return {"", written};
}

// A PollFn<F> (tokio 1.24 future/poll_fn.rs, futures-util future/poll_fn.rs: a struct holding the closure) around
// the closure a macro passes to poll_fn, holding `captures`.
TypePtr BodyLowerer::pollFnOf(std::vector<TypePtr> captures, const char* pollFn) {
    auto closure = std::make_shared<Type>();
    closure->kind = TypeKind::Closure;
    closure->args = std::move(captures);
    return adtType(pollFn, {closure});
}

} // namespace awaitscope
