// Expressions: what each one reads, moves and borrows, and the type it produces.
#include "lowering/BodyLowerer.h"

#include "syntax/MacroArguments.h"
#include "types/TypeLowering.h"

#include <optional>
#include <set>

namespace awaitscope {

namespace {

/// A suffixed literal's type (`5u64`), or null for one the context must settle (`5`).
TypePtr suffixedLiteralType(std::string_view text) {
    static const char* suffixes[] = {"i8",  "i16", "i32", "i64",  "i128",  "isize", "u8",
                                     "u16", "u32", "u64", "u128", "usize", "f32",   "f64"};
    for (const char* s : suffixes)
        if (text.size() > std::string_view(s).size() && text.ends_with(s)) return primitiveType(s);
    return nullptr;
}

/// The bytes of a byte string literal (`b"a\n"`, `br#"..."#`): rustc_lexer's unescape of
/// the text between the quotes (`\xNN`, `\n` .. one byte each; a `\` before a newline skips
/// the following whitespace); a raw one is its text as written. None if it does not read.
std::optional<size_t> byteStringLength(std::string_view text) {
    if (text.starts_with("br")) {
        const size_t open = text.find('"'), close = text.rfind('"');
        if (open == std::string_view::npos || close <= open) return std::nullopt;
        return close - open - 1;
    }
    if (!text.starts_with("b\"") || text.size() < 3 || text.back() != '"') return std::nullopt;
    const std::string_view body = text.substr(2, text.size() - 3);
    size_t n = 0;
    for (size_t i = 0; i < body.size(); ++n) {
        if (body[i] != '\\') {
            ++i;
            continue;
        }
        if (i + 1 >= body.size()) return std::nullopt;
        const char e = body[i + 1];
        if (e == 'x') {
            i += 4;
        } else if (e == '\n' || e == '\r') { // a line continuation: no byte
            i += 2;
            while (i < body.size() && (body[i] == ' ' || body[i] == '\t' || body[i] == '\n' || body[i] == '\r')) ++i;
            --n;
        } else {
            i += 2;
        }
    }
    return n;
}

} // namespace

// Every expression of the body is lowered from its HIR id (HirExpr.h's layouts).
BodyLowerer::Value BodyLowerer::lowerExpr(hir::ExprId e) {
    Value v;
    switch (e ? m_hir->expr(e).kind : hir::ExprKind::Missing) {
    case hir::ExprKind::If: v = lowerIf(e); break;
    case hir::ExprKind::Match: v = lowerMatch(e); break;
    case hir::ExprKind::Loop: v = lowerLoop(e); break;
    case hir::ExprKind::While: v = lowerWhile(e); break;
    case hir::ExprKind::For: v = lowerFor(e); break;
    case hir::ExprKind::Break: v = lowerBreak(e, false); break;
    case hir::ExprKind::Continue: v = lowerBreak(e, true); break;
    case hir::ExprKind::Return: v = lowerReturn(e); break;
    case hir::ExprKind::Block:
    case hir::ExprKind::UnsafeBlock:
    case hir::ExprKind::ConstBlock: v = lowerBlockExpr(e); break;
    case hir::ExprKind::Paren: v = lowerExpr(m_hir->childExpr(e, 0)); break;
    case hir::ExprKind::Field: v = lowerField(e); break;
    case hir::ExprKind::Index: v = lowerIndex(e); break;
    case hir::ExprKind::Unary: v = lowerUnary(e); break;
    case hir::ExprKind::Ref: v = lowerReference(e); break;
    case hir::ExprKind::Binary:
        v = m_hir->expr(e).name == "&&" || m_hir->expr(e).name == "||" ? lowerLazyBoolean(e) : lowerBinary(e);
        break;
    case hir::ExprKind::Assign: v = lowerAssignment(e, false); break;
    case hir::ExprKind::CompoundAssign: v = lowerAssignment(e, true); break;
    case hir::ExprKind::Tuple:
    case hir::ExprKind::Array: v = lowerSequence(e); break;
    case hir::ExprKind::Range: v = lowerRange(e); break;
    case hir::ExprKind::Await: v = lowerAwait(e); break;
    case hir::ExprKind::Try: v = lowerTry(e); break;
    case hir::ExprKind::Path: v = lowerPath(e); break;
    case hir::ExprKind::Literal: v = lowerLiteral(e); break;
    case hir::ExprKind::Cast: v = lowerCast(e); break;
    case hir::ExprKind::Struct: v = lowerStruct(e); break;
    case hir::ExprKind::Call: v = lowerCall(e); break;
    case hir::ExprKind::MethodCall: v = lowerMethodCall(e); break;
    case hir::ExprKind::Async: v = lowerNestedFuture(e, m_hir->expr(e).has(hir::ExprFlags::Move)); break;
    case hir::ExprKind::Closure: v = lowerClosure(e); break;
    case hir::ExprKind::MacroCall: v = lowerMacro(e); break;
    default: v = lowerParts(e); break;
    }
    if (!v.type) v.type = unknownType();
    return v;
}

// Missing [part...] (broken text, or a node no kind models) and the kinds no rule here
// describes (a `try` or `gen` block, `yield`): each part is still walked, so the awaits and
// uses inside are not lost; the value is unknown.
BodyLowerer::Value BodyLowerer::lowerParts(hir::ExprId e) {
    if (!e) return Value{unknownType()};
    const TextPosition at = nodeOf(e).start();
    for (const hir::NodeRef& part : m_hir->children(e))
        if (part.expr()) read(lowerExpr(part.expr()), at);
    return Value{unknownType()};
}

// Literal []: a suffixed number has its suffix's type, an unsuffixed one is a variable its
// uses settle (IntegerInference; rustc's `{integer}` / `{float}`).
BodyLowerer::Value BodyLowerer::lowerLiteral(hir::ExprId e) {
    const hir::Expr& x = m_hir->expr(e);
    switch (x.literal) {
    case hir::LiteralKind::Int:
    case hir::LiteralKind::Float: {
        const TypePtr suffixed = suffixedLiteralType(x.name);
        return Value{suffixed ? suffixed : m_numbers.fresh(x.literal == hir::LiteralKind::Float)};
    }
    case hir::LiteralKind::Str: {
        if (x.name.starts_with('c')) return Value{unknownType()}; // `c"..."`: a &CStr
        if (!x.name.starts_with('b')) return Value{refType(primitiveType("str"), false, "'static")};
        // A byte string `b"ab"` is a `&'static [u8; 2]` (rustc_hir_typeck check_lit, LitKind::ByteStr).
        const auto length = byteStringLength(x.name);
        if (!length) return Value{unknownType()};
        auto bytes = std::make_shared<Type>();
        bytes->kind = TypeKind::Array;
        bytes->args = {primitiveType("u8")};
        bytes->arrayLength = std::to_string(*length);
        return Value{refType(bytes, false, "'static")};
    }
    // A byte literal `b'a'` is a `u8` (rustc_ast LitKind::Byte; the grammar reads it as a char).
    case hir::LiteralKind::Char: return Value{primitiveType(x.name.starts_with('b') ? "u8" : "char")};
    case hir::LiteralKind::Bool: return Value{primitiveType("bool")};
    case hir::LiteralKind::None: break;
    }
    return Value{unknownType()};
}

// Cast [operand]; type: the type cast to.
BodyLowerer::Value BodyLowerer::lowerCast(hir::ExprId e) {
    consume(lowerExpr(m_hir->childExpr(e, 0)), nodeOf(e).start());
    return Value{m_types.resolveType(m_hir->typeRef(m_hir->expr(e).type), m_scope)};
}

// Path []: one segment without a turbofish is a local or an upvar first (rustc_resolve's
// ribs); any other path, or a name no binding has, is an item the type context resolves
// from the written path (the source-map node).
BodyLowerer::Value BodyLowerer::lowerPath(hir::ExprId e) {
    const hir::Expr& x = m_hir->expr(e);
    if (x.name.starts_with('$')) return Value{unknownType()}; // a metavariable no transcription replaced
    if (x.segments == 1 && !x.type) return lowerIdentifier(std::string(x.name), e);
    auto sig = m_types.resolveFunction(nodeOf(e), m_scope);
    if (sig && sig->isStatic) return staticPlace(*sig);
    if (sig && isValueItem(*sig)) return Value{sig->returnType}; // a unit struct / unit variant / constant
    if (sig) return fnItemValue(*sig);
    return Value{unknownType()};
}

// A name of one segment: a local, an upvar, or else an item the type context resolves from
// where `e` is written (none: a name with no expression, a pin!'s `let` binding).
BodyLowerer::Value BodyLowerer::lowerIdentifier(const std::string& name, hir::ExprId e) {
    const int local = lookup(name);
    if (local >= 0) return Value{m_body.locals[local].type, local, true};
    auto up = m_upvarByName.find(name);
    if (up != m_upvarByName.end()) {
        // An upvar lives in every state already; a by-reference capture is `*upvar`.
        const Upvar& u = m_body.upvars[up->second];
        Value v = u.byReference && u.type && u.type->kind == TypeKind::Ref ? Value{u.type->args[0], -1, true, true}
                                                                           : Value{u.type, -1, true};
        v.upvar = up->second;
        return v;
    }
    if (!e) return Value{unknownType()};
    auto sig = m_types.resolveFunction(nodeOf(e), m_scope);
    if (sig && sig->isStatic) return staticPlace(*sig);
    if (sig && isValueItem(*sig)) return Value{sig->returnType};
    if (sig) return fnItemValue(*sig);
    return Value{unknownType()};
}

// A `static` is a place in memory that MIR reaches through a pointer (rustc_mir_build
// as_place.rs: ExprKind::StaticRef, `*&STATIC`): reading it copies out, borrowing it borrows
// no local of the body. (rustc keeps that pointer in a temporary, which coroutine.rs
// compute_layout ignores for the auto traits; its 8 bytes are not modelled.)
BodyLowerer::Value BodyLowerer::staticPlace(const FnSignature& sig) const {
    return Value{sig.returnType, -1, true, true};
}

// A path that names a value rather than a fn: a constant, a unit struct or unit variant
// (their "signatures" take nothing and have no body). A fn with a body taking nothing
// (`serve(make)`) is a fn item like any other.
bool BodyLowerer::isValueItem(const FnSignature& sig) {
    return sig.params.empty() && sig.selfKind == SelfKind::None && !sig.isAsync && sig.returnType &&
           sig.generics.empty() && sig.definitionFile.empty();
}

// A path to a fn taking arguments, used as a value (`.map(String::len)`), is a fn item:
// a zero-sized value implementing the Fn traits with the fn's signature (rustc_middle's
// `ty::FnDef`). Here it is a closure capturing nothing, which has the same layout (none),
// the same auto traits (all) and gives its output to an `F: FnMut(..) -> B` bound.
// An async fn's item (`serve(handler)`) returns its future when called: the call's type, an
// instance of the fn's future (it is not generic here).
BodyLowerer::Value BodyLowerer::fnItemValue(const FnSignature& sig) const {
    if (isValueItem(sig) || !sig.generics.empty() || !sig.returnType) return Value{unknownType()};
    auto item = std::make_shared<Type>();
    item->kind = TypeKind::Closure;
    item->output = sig.isAsync ? m_types.instantiate(sig, {}, nullptr, nullptr).returnType : sig.returnType;
    if (!item->output) return Value{unknownType()};
    return Value{item};
}

// A temporary holding `e`'s value, named by where and how `e` is written.
int BodyLowerer::temporary(const Value& v, hir::ExprId e) {
    const SyntaxNode written = nodeOf(e);
    const int temp = newLocal(LocalKind::Temporary, "", v.type, written.start(), textOf(written));
    emit(Op::StorageLive, temp, written.start());
    emit(Op::Init, temp, written.start());
    // A temporary belongs to the innermost temporary scope (a statement, a condition, a
    // match arm...), not to a scope that only holds pattern bindings.
    for (size_t f = m_frames.size(); f-- > 0;)
        if (m_frames[f].temporaries || f == 0) {
            m_frames[f].locals.push_back(temp);
            break;
        }
    return temp;
}

BodyLowerer::Value BodyLowerer::materialize(const Value& v, hir::ExprId e) {
    if (v.isPlace || v.diverges || !nodeOf(e)) return v; // no expression (broken code): nothing to store
    return Value{v.type, temporary(v, e), true};
}

} // namespace awaitscope
