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

BodyLowerer::Value BodyLowerer::lowerMacro(const SyntaxNode& e) {
    if (const BodyExpansion* expansion = m_env.macros.expansionOf(e)) return lowerExpansion(*expansion);
    const auto [crate, name] = resolveMacro(e);
    if (MacroArguments::isSelectMacro(name)) return isFuturesCrate(crate) ? lowerFuturesSelect(e) : lowerSelectMacro(e);
    const std::vector<SyntaxNode> args = m_env.macros.argumentsOf(e);
    if (name == "join" || name == "try_join") return lowerJoinMacro(e, args, crate, name);
    if (name == "write" || name == "writeln") return lowerFormatMacro(e, args, true);
    if (kFormatMacros.count(name)) {
        Value v = lowerFormatMacro(e, args, false);
        if (name == "format") v.type = adtType("std::string::String", {});
        v.diverges = kDiverging.count(name) > 0;
        if (v.diverges) startBlock(); // `panic!()` never returns: what follows is unreachable
        return v;
    }
    if (name == "vec") {
        TypePtr element = unknownType();
        for (const SyntaxNode& a : args) {
            if (a.is(SyntaxKind::ArrayExpression)) { // `vec![a, b]` re-parses as one array
                Value arr = lowerExpr(a);
                if (arr.type && arr.type->kind == TypeKind::Array) element = arr.type->args[0];
                continue;
            }
            Value v = lowerExpr(a);
            consume(v, a.start());
            if (isUnknown(element)) element = v.type;
        }
        mayUnwind(e.start()); // the allocation (box_new / from_elem)
        return Value{adtType("std::vec::Vec", {element})};
    }
    if ((name == "addr_of" || name == "addr_of_mut") && args.size() == 1) return lowerRawBorrow(args[0], name);
    const bool tokioPin = name == "pin" && e.field(SyntaxField::Macro).text().starts_with("tokio");
    if ((name == "pin_mut" || tokioPin || letsPin(e)) && pinsVariables(args)) return lowerPinMacro(args);
    if (tokioPin && args.empty()) return lowerPinLets(m_env.macros.letStatementsOf(e));
    for (const SyntaxNode& a : args) read(lowerExpr(a), a.start());
    mayUnwind(e.start()); // what an unknown macro expands to is taken to call something
    return Value{unknownType()};
}

// What a macro_rules! invocation expands to is lowered where it stands (rustc expands
// before lowering: rustc_expand/src/expand.rs). In statement position its statements are
// the enclosing block's (a `let` there is a local of that block, its temporaries end with
// each statement); in expression position it is one expression.
BodyLowerer::Value BodyLowerer::lowerExpansion(const BodyExpansion& expansion) {
    if (!expansion.statements) return lowerExpr(expansion.nodes.front());
    Value last{unitType()};
    for (const SyntaxNode& s : expansion.nodes) {
        if (s.is(SyntaxKind::LetDeclaration) || s.is(SyntaxKind::ExpressionStatement) ||
            s.is(SyntaxKind::MacroInvocation) || isItemKind(s.kind()) || s.is(SyntaxKind::EmptyStatement)) {
            lowerStatement(m_hir->sourceMap().stmt(s)); // the bridge, until macros move
            last = Value{unitType()};
            continue;
        }
        pushFrame(true); // a trailing expression: a statement ended by the invocation's `;`
        last = lowerExpr(s);
        if (last.isPlace) read(last, s.start());
        popFrame(s.end());
        const bool diverges = last.diverges;
        last = Value{unitType()};
        last.diverges = diverges;
    }
    return last;
}

bool BodyLowerer::pinsVariables(const std::vector<SyntaxNode>& args) const {
    return !args.empty() &&
           std::all_of(args.begin(), args.end(), [](const SyntaxNode& a) { return a.is(SyntaxKind::Identifier); });
}

// `pin!(x);` standing as a statement is a library's let-shadowing pin: futures-lite's
// (src/macros.rs, `let mut $x = $x; let mut $x = unsafe { Pin::new_unchecked(&mut $x) };`)
// and tokio's are written so. std's `pin!` (library/core/src/pin.rs) is an expression
// whose value, a `Pin` of a moved temporary, a statement would drop at once: it is used
// as `let x = pin!(x);`, an expression, and a path through std or core names it.
bool BodyLowerer::letsPin(const SyntaxNode& e) {
    if (MacroArguments::macroName(e) != "pin") return false;
    const std::string_view path = e.field(SyntaxField::Macro).text();
    if (path.starts_with("std::") || path.starts_with("core::") || path.starts_with("::")) return false;
    const SyntaxNode parent = e.parent();
    return parent && parent.is(SyntaxKind::ExpressionStatement); // `pin!(x);`, not a block's value
}

// `futures::pin_mut!(x)` / `tokio::pin!(x)` on variables, as futures-util's pin_mut.rs and
// tokio's macros/pin.rs write it: `let mut x = x; let mut x = unsafe { Pin::new_unchecked(&mut
// x) };` for each. Two new bindings of the same name: the moved value, borrowed for as long as
// its storage lives, and the Pin<&mut _> that shadows it.
BodyLowerer::Value BodyLowerer::lowerPinMacro(const std::vector<SyntaxNode>& args) {
    for (const SyntaxNode& a : args) {
        const std::string name = textOf(a);
        const Value moved = lowerExpr(a);
        consume(moved, a.start());
        const TypePtr type = moved.type ? moved.type : unknownType();
        const int owned = newLocal(LocalKind::Binding, name, type, a.start());
        emit(Op::StorageLive, owned, a.start());
        emit(Op::Init, owned, a.start());
        addToBlockFrame(owned);
        declare(name, owned);
        emit(Op::Borrow, owned, a.start());
        mayUnwind(a.start()); // `Pin::new_unchecked` is a call
        const int pinned =
            newLocal(LocalKind::Binding, name, adtType("std::pin::Pin", {refType(type, true, "'_")}), a.start());
        emit(Op::StorageLive, pinned, a.start());
        emit(Op::Init, pinned, a.start());
        addToBlockFrame(pinned);
        declare(name, pinned);
    }
    return Value{unitType()};
}

// `tokio::pin! { let x = init; .. }`: tokio's macros/pin.rs second rule writes
// `let $x = $init; $crate::pin!($x);` for each, so each is a `let` and then the variable
// form above: three bindings named `x` in all.
BodyLowerer::Value BodyLowerer::lowerPinLets(const std::vector<SyntaxNode>& lets) {
    for (const SyntaxNode& let : lets) {
        lowerLet(m_hir->sourceMap().stmt(let));
        const SyntaxNode pattern = let.field(SyntaxField::Pattern);
        if (pattern && pattern.is(SyntaxKind::Identifier)) lowerPinMacro({pattern});
    }
    return Value{unitType()};
}

// `ptr::addr_of!(place)` / `addr_of_mut!(place)` expand to `&raw const place` / `&raw mut
// place` (library/core/src/ptr/mod.rs): a raw borrow, which MaybeBorrowedLocals counts like
// any other (rustc_mir_dataflow/src/impls/borrowed_locals.rs, `Rvalue::RawPtr`), so the
// local stays saved while its storage lives.
BodyLowerer::Value BodyLowerer::lowerRawBorrow(const SyntaxNode& place, std::string_view macro) {
    const Value inner = lowerExpr(place);
    borrow(inner, place.start());
    auto pointer = std::make_shared<Type>();
    pointer->kind = TypeKind::RawPtr;
    pointer->isMut = macro == "addr_of_mut";
    pointer->args = {inner.type ? inner.type : unknownType()};
    return Value{pointer};
}

bool BodyLowerer::isFormatMacro(const SyntaxNode& macroInvocation) {
    return isFormatMacroName(MacroArguments::macroName(macroInvocation));
}

bool BodyLowerer::isFormatMacroName(std::string_view name) {
    return kFormatMacros.count(name) || name == "write" || name == "writeln";
}

// Inline format arguments (RFC 2795, rustc_builtin_macros/src/format.rs `parse_args` /
// `make_format_args`): `{name}`, `{x:?}`, `{v:>8}` name a variable in scope, which
// format_args! takes by reference like an explicit argument. `{{` is a literal brace,
// `{0}` / `{}` are positional.
std::vector<std::pair<std::string, TextPosition>> BodyLowerer::inlineFormatNames(const SyntaxNode& literal) {
    std::vector<std::pair<std::string, TextPosition>> names;
    const std::string_view text = literal.text();
    TextPosition at = literal.start();
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

void BodyLowerer::borrowFormatCaptures(const SyntaxNode& literal) {
    // `println!("{name}")` captures `name` by reference, exactly like an argument.
    for (const auto& [name, at] : inlineFormatNames(literal)) {
        const int local = lookup(name);
        if (local >= 0)
            emit(Op::Borrow, local, literal.start());
        else if (const auto up = m_upvarByName.find(name); up != m_upvarByName.end()) {
            Value v{m_body.upvars[up->second].type, -1, true};
            v.upvar = up->second;
            borrow(v, at);
        }
    }
}

BodyLowerer::Value BodyLowerer::lowerFormatMacro(const SyntaxNode& e, const std::vector<SyntaxNode>& args,
                                                 bool writer) {
    const std::string name(MacroArguments::macroName(e));
    const bool conditionFirst = name == "assert" || name == "debug_assert";
    // assert_eq!(a, b) / assert_ne! expand to `match (&a, &b) { (l, r) => if !(*l == *r) ..}`
    // (core/src/macros/mod.rs): the comparison settles a number on one side by the other,
    // as `a == b` does (`assert_eq!(v.len(), 1 + i)` makes `i` a usize).
    const bool comparesFirstTwo = name.ends_with("assert_eq") || name.ends_with("assert_ne");
    TypePtr firstCompared;
    // format_args! lowers its arguments to `match (&a, &b, ..) { args => .. }`
    // (rustc_ast_lowering format.rs): each `&arg` is an operand of that tuple, a temporary
    // held across an await in a later argument (as_operand.rs), moved in at the end.
    std::vector<bool> awaitsAfter(args.size(), false);
    for (size_t i = args.size(); i-- > 1;) awaitsAfter[i - 1] = awaitsAfter[i] || suspendsWithin(args[i]);
    std::vector<int> references;
    for (size_t i = 0; i < args.size(); ++i) {
        const SyntaxNode& a = args[i];
        if (a.is(SyntaxKind::StringLiteral) || a.is(SyntaxKind::RawStringLiteral)) {
            borrowFormatCaptures(a);
            continue;
        }
        Value v = lowerExpr(a);
        if (comparesFirstTwo && i < 2) {
            if (i == 0)
                firstCompared = v.type;
            else if (firstCompared)
                m_numbers.unify(firstCompared, v.type);
        }
        if (conditionFirst && i == 0) {
            consume(v, a.start());
            continue;
        }
        if (writer && i == 0) { // `w.write_fmt(..)`: the receiver, auto-ref'd or reborrowed
            const bool isRef = v.type && v.type->kind == TypeKind::Ref;
            const Value place = isRef ? v : materialize(v, a);
            isRef ? read(place, a.start()) : borrow(place, a.start());
            const TypePtr target = isRef ? v.type->args.at(0) : place.type;
            if (awaitsAfter[i]) references.push_back(referenceOperand(target, true, a));
            continue;
        }
        const Value place = materialize(v, a);
        borrow(place, a.start()); // format_args!(.., &arg)
        if (awaitsAfter[i]) references.push_back(referenceOperand(place.type, false, a));
    }
    for (int r : references) emit(Op::Move, r, e.start());
    mayUnwind(e.start()); // std::io::_print, format, write_fmt, panic_fmt...
    return Value{unitType()};
}

BodyLowerer::Value BodyLowerer::lowerJoinMacro(const SyntaxNode& e, const std::vector<SyntaxNode>& args,
                                               const std::string& crate, const std::string& name) {
    std::vector<TypePtr> futures, outputs;
    for (const SyntaxNode& a : args) {
        Value v = lowerExpr(a);
        consume(v, a.start());
        futures.push_back(v.type);
        outputs.push_back(m_types.awaitOutput(v.type));
    }
    // futures' join!/try_join! (futures-macro 0.3 join.rs): `let mut _fut0 =
    // maybe_done(a); ..; poll_fn(move |cx| ..).await`: the move closure owns each MaybeDone
    // (TryMaybeDone for try_join!), so nothing is saved beside the awaited PollFn.
    if (isFuturesCrate(crate)) {
        const bool tryJoin = name == "try_join";
        std::vector<TypePtr> held;
        for (const TypePtr& f : futures)
            held.push_back(adtType(tryJoin ? "futures::future::TryMaybeDone" : "futures::future::MaybeDone", {f}));
        suspend(e, pollFnOf(std::move(held), "futures::future::PollFn"), textOf(e));
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
    const int local = newLocal(LocalKind::Binding, "futures", tuple, e.start(), textOf(e));
    emit(Op::StorageLive, local, e.start());
    emit(Op::Init, local, e.start());
    emit(Op::Borrow, local, e.start());
    addToBlockFrame(local);
    suspend(e, pollFnOf({refType(tuple, true, "'_"), primitiveType("u32")}), textOf(e));
    popFrame(e.end());
    return Value{tupleType(outputs)};
}

// How rustc resolves a macro path (rustc_resolve/src/macros.rs, resolve_macro_path): a path
// of several segments starts at its crate; one segment is found in the module's imports
// (`use futures::{join, select};`, `use futures::join as both;`).
std::pair<std::string, std::string> BodyLowerer::resolveMacro(const SyntaxNode& e) const {
    const std::string written(MacroArguments::macroName(e));
    std::string_view path = e.field(SyntaxField::Macro).text();
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
