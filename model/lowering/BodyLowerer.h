#pragma once
// Lowers one body (an async fn, async block, async closure, or a plain fn that may hold
// async blocks and Send-requiring calls) from its HIR (syntax/HirBody.h) into a LoweredBody: locals
// with inferred types, and a CFG whose instructions say when each local's storage starts
// and ends, when it is assigned, read, moved, borrowed and dropped, and where the body
// suspends. The rules for temporaries follow the Rust reference ("Temporary scopes") for
// editions 2021 and 2024.

#include "data/Snapshot.h"
#include "hir/AsyncItem.h"
#include "lowering/CalleeTrait.h"
#include "lowering/IntegerInference.h"
#include "lowering/LoweredBody.h"
#include "lowering/NameMentions.h"
#include "syntax/HirBodies.h"
#include "syntax/MacroArguments.h"
#include "types/TypeContext.h"

#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

namespace awaitscope {

/// A closure or async block: its expression in the HIR it is part of (a group of bodies may
/// read several HIRs: one whose bodies are all one group, FileLowering::groupJobs).
struct NestedBody {
    const hir::Body* hir = nullptr;
    hir::ExprId expr;
    auto operator<=>(const NestedBody&) const = default;
};

/// What the bodies of one outermost item (a fn with the closures and async blocks inside
/// it) share while they are lowered one after another. FileLowering gives each such group
/// an environment of its own, so groups lower on separate threads: the type context and
/// the future numbering are only read; the macro arguments lock their caches.
struct LoweringEnvironment {
    const TypeContext& types;
    MacroArguments& macros;
    Edition edition;
    // async fn / block / closure node -> future index; shared by the groups, read-only
    std::shared_ptr<const std::map<uint32_t, int>> futureByStartByte;
    std::map<NestedBody, CaptureInfo> captures; // filled when the enclosing body is lowered
    NameMentions mentions;                      // the names each nested body mentions (freeVariables)
    hir::Bodies hirs = {};                      // the HIR of each body, built once (syntax/HirBodies.h)
    // A closure argument's parameters without written types, as the callee's `Fn` bound
    // gives them (the closure -> types): expectClosureParameters.
    std::map<NestedBody, std::vector<TypePtr>> closureParameters = {};

    /// The future the async fn, block or closure starting at `startByte` is; -1: none.
    int futureAt(uint32_t startByte) const {
        if (!futureByStartByte) return -1;
        const auto it = futureByStartByte->find(startByte);
        return it == futureByStartByte->end() ? -1 : it->second;
    }
};

class BodyLowerer {
  public:
    /// With `enclosingInference`, a closure's body type-checked with the body around it: one
    /// inference for both, so a type the closure leaves open is settled by the enclosing
    /// body's later uses, and its output is left for that body to resolve.
    BodyLowerer(LoweringEnvironment& env, const SyntaxNode& owner, const AsyncItem* item,
                IntegerInference* enclosingInference = nullptr);
    /// Lowers the owner's body from its HIR: a fn item's or async fn's (with its parameters),
    /// a closure's (with its parameters) or an async block's; for an async item, `item` gives
    /// its suspension points and kind.
    LoweredBody lower();
    /// Whether the lowering describes this macro by hand (format_args! and its family,
    /// tokio's join!/select!/pin!, vec!, addr_of!): another crate's macro_rules! of that
    /// name is not expanded (MacroLowering.cpp).
    static bool describesByHand(const std::string& name);
    /// format_args! and the macros that call it (println!, write!, assert!, ...).
    static bool isFormatMacroName(std::string_view name);
    /// The inline arguments of a format string (`"{name}"`) and where each is written.
    static std::vector<std::pair<std::string, TextPosition>> inlineFormatNames(std::string_view text, TextPosition at);

  private:
    // A value produced by an expression, and whether it is a place rooted at a local.
    struct Value {
        Value(TypePtr t = nullptr, int l = -1, bool place = false, bool deref = false, bool part = false)
            : type(std::move(t)), local(l), isPlace(place), throughDeref(deref), isField(part) {}
        TypePtr type;
        int local = -1; // the local this place is rooted at (-1: none / an upvar)
        int upvar = -1; // the upvar this place is rooted at (-1: none / a local)
        bool isPlace = false;
        bool throughDeref = false; // reached through a pointer: borrowing it borrows no local
        bool isField = false;      // a part of the local, not all of it
        bool diverges = false;     // `return`, `break`, `panic!`...
        std::string field;         // for a part of a local: the local's field it lies in
    };
    struct Frame {
        std::vector<int> locals;                        // dropped in reverse at scope end
        std::vector<std::pair<std::string, int>> names; // bindings visible in this scope
        bool temporaries = false;                       // a temporary scope (a statement...)
    };
    // A guarded match arm's by-value binding, made only once the guard holds (bindAfterGuard).
    struct GuardedBinding {
        int local;
        Value source;
    };
    struct LoopContext {
        int breakBlock, continueBlock;
        size_t frameDepth;
        std::string label;
        int destination = -1; // the let binding a `break value` writes (lowerLet)
        TypePtr valueType;    // what `break value` gives the loop expression
    };

    // Scopes and locals (BodyLowerer.cpp)
    int newLocal(LocalKind kind, const std::string& name, TypePtr type, TextPosition at,
                 std::optional<std::string> expr = std::nullopt);
    void emit(Op op, int local, TextPosition at);
    void pushFrame(bool temporaries = false);
    void addToBlockFrame(int local);
    size_t blockFrame() const; // the innermost frame that is a block's, not a statement's
    void popFrame(TextPosition at);
    void dropLocals(const std::vector<int>& locals, TextPosition at, std::vector<int> outer); // reverse order
    void dropLocals(const std::vector<int>& locals, TextPosition at); // `locals` out of the frames already
    std::vector<int> scheduledIn(size_t frames) const; // the locals frames [0, frames) drop at their ends
    void mayUnwind(TextPosition at);                   // a call or checked operation here may panic
    void scheduleScrutineeStorage();                   // an await's `into_future(..)` temporary
    struct StorageMark {
        int mark, firstScope;
    };
    StorageMark scheduleTemporaryStorage();           // a temporary's StorageDead, before it is built
    void unscheduleStorage(const StorageMark& m);     // the expression was a place after all
    Value lowerAsPlace(hir::ExprId e);                // a place, or a temporary holding the value
    bool isConstructor(const FnSignature& sig) const; // `Some(x)`, `Wrapper(x)`: an aggregate, no call
    void exitFramesTo(size_t depth, TextPosition at); // on break/continue/return paths
    void declare(const std::string& name, int local);
    int lookup(const std::string& name) const;
    int startBlock();
    void jumpTo(int block);
    LoweredBody lower(std::span<const hir::ParamId> parameters, hir::ExprId body, TextPosition end);
    void lowerParameters(std::span<const hir::ParamId> parameters);
    void lowerParameter(const hir::Param& p, size_t index, const SyntaxNode& node, std::optional<TypePtr> expected);
    void lowerPatternParameter(hir::PatId pattern, const TypePtr& type, size_t index, TextPosition at);
    std::string movedParameterName(hir::PatId pattern, size_t index) const;
    bool isPlainBinding(hir::PatId p) const;
    void addUpvars(const std::vector<Upvar>& upvars);
    bool destinationBlocks(hir::ExprId e, std::vector<hir::ExprId>& blocks) const;
    bool passDestination(hir::ExprId e, int local);
    int takeDestination(hir::ExprId block);
    void writeDestination(int local, TextPosition at);
    int bindingLocal(const std::string& name, const TypePtr& type, TextPosition bindingStart, TextPosition at,
                     bool initialize);
    void declareCapturedValues();
    void lowerLet(hir::StmtId let);

    // Blocks and statements, on the HIR (BlockLowering.cpp)
    Value lowerBlockExpr(hir::ExprId e); // a Block, or an unsafe / const one
    void lowerBlock(hir::ExprId block, Value* tail);
    void lowerBlockStatements(hir::ExprId block, Value* tail);
    void lowerStatement(hir::StmtId statement);

    // Expressions (ExpressionLowering.cpp)
    Value lowerExpr(hir::ExprId e);
    Value lowerParts(hir::ExprId e); // a Missing expression's parts, walked for their uses
    Value lowerIdentifier(const std::string& name, hir::ExprId e);
    Value lowerPath(hir::ExprId e);
    Value lowerLiteral(hir::ExprId e);
    Value lowerCast(hir::ExprId e);
    Value staticPlace(const FnSignature& sig) const;
    void useCallee(const Value& callee, CallTrait trait, TextPosition at);
    Value callResult(const TypePtr& type);
    Value fnItemValue(const FnSignature& sig) const;
    Value lowerCall(hir::ExprId e);
    Value lowerMethodCall(hir::ExprId e);
    std::function<TypePtr()> openVariable(); // a fresh type variable per generic a call leaves open
    void expectClosureParameters(const FnSignature& sig, std::span<const hir::NodeRef> args);
    void pinNumberArguments(const FnSignature& sig, const CallResult& result, const std::vector<TypePtr>& argTypes);
    void finishTypes();
    TypePtr writtenReturnType() const; // an async fn's `-> T`, or null
    TypePtr bodyOutput(const Value& tail) const;
    void inferFromMethodCall(const Value& receiver, const std::string& method, const std::vector<TypePtr>& argTypes);
    std::vector<TypePtr> lowerArguments(std::span<const hir::NodeRef> args, TextPosition at);

    // Operand temporaries (OperandLowering.cpp)
    bool suspendsWithin(hir::ExprId e); // an await (or join!/select!) of this body inside e
    Value spillOperand(const Value& v, hir::ExprId e);
    Value spillInto(const Value& v, hir::ExprId e); // `tmp = v`, moved at its use
    bool isConstantOperand(hir::ExprId e) const;    // a literal: Operand::Constant, promotable
    // `&e` borrows a promoted 'static constant, not a temporary (Promotion.cpp)
    bool isPromotable(hir::ExprId e) const;
    bool isPromotableStruct(hir::ExprId e) const;
    bool isPromotableConstantPath(hir::ExprId e) const;
    bool isScalarConstant(hir::ExprId e) const;
    int referenceOperand(const TypePtr& referent, bool isMut, hir::ExprId e);
    std::vector<Value> lowerOperands(std::span<const hir::NodeRef> operands);

    // Operators and places, on the HIR (OperatorLowering.cpp)
    Value lowerField(hir::ExprId e);
    Value lowerIndex(hir::ExprId e);
    Value lowerUnary(hir::ExprId e);
    Value lowerBinary(hir::ExprId e);
    enum class OperandKind { Scalar, NonScalar, Unknown }; // a comparison's operand (op.rs)
    OperandKind operandKind(const TypePtr& type) const;
    OperandKind comparisonKind(const TypePtr& left, const TypePtr& right) const;
    Value lowerAssignment(hir::ExprId e, bool compound);
    Value lowerReference(hir::ExprId e);
    void collectExtendedBorrows(hir::ExprId e, size_t frame); // TemporaryExtension.cpp
    void collectExtendedArmBodies(hir::ExprId match, size_t frame);
    Value lowerExtendedReference(hir::ExprId e);
    hir::ExprId tailOf(hir::ExprId block) const;
    // ImplCompletion.cpp: `let v: Vec<_> = it.collect();`
    TypePtr completedByImpl(const FnSignature& sig, const CallResult& result, const TypePtr& expected) const;
    TypePtr expectedTypeOf(hir::ExprId call) const;
    Value lowerSequence(hir::ExprId e); // tuples and arrays
    Value lowerRange(hir::ExprId e);

    Value lowerAwait(hir::ExprId e);
    Value lowerTry(hir::ExprId e);
    Value lowerStruct(hir::ExprId e);
    TypePtr withFieldArguments(const TypePtr& type, const std::vector<std::pair<std::string, TypePtr>>& given);
    Value lowerNestedFuture(hir::ExprId e, bool isMove);
    Value lowerClosure(hir::ExprId e);
    std::vector<Upvar> provisionalUpvars(const std::vector<std::pair<std::string, TextPosition>>& names);
    bool movesCapture(hir::ExprId e, const std::vector<std::pair<std::string, TextPosition>>& names);
    TypePtr closureFieldType(const Value& v, const CaptureMode& mode) const;
    TypePtr nestedFutureOutput(hir::ExprId e);
    TypePtr closureOutput(hir::ExprId closure, std::vector<Upvar> upvars);
    bool holdsNestedFuture(hir::ExprId e) const;

    // Capture modes (CaptureAnalysis.cpp)
    struct CaptureUse {
        int upvar;
        std::string field; // the upvar's field used, or "" for the whole value
        bool byValue;      // a move of a non-Copy value; otherwise a borrow or a copy
        bool mutates;      // an assignment, `&mut` or a `&mut self` method: a mutable borrow
        bool throughDeref; // reached through a pointer: the captured place stops at the deref
        bool borrowsWhole; // `&x` of the whole variable (not through a deref, not a field)
    };
    std::vector<CaptureMode> captureModes(hir::ExprId e, const std::vector<Upvar>& provisional);
    std::vector<CaptureMode> modesFrom(const std::vector<Upvar>& captured) const;
    std::vector<UpvarPlace> placesOf(int upvar, const Upvar& captured, bool isMove) const;
    bool usesFieldsOf(hir::ExprId e, const std::vector<std::pair<std::string, TextPosition>>& names) const;
    void storePlaces(Upvar& upvar, const Value& v, const CaptureMode& mode) const;
    void captureVariable(const Value& v, const CaptureMode& mode, TextPosition at);
    Value capturedValue(const std::string& name);
    std::vector<CaptureMode> modesOf(hir::ExprId e, bool isMove,
                                     const std::vector<std::pair<std::string, TextPosition>>& names);
    void recordCaptureUse(const Value& v, bool byValue, bool mutates = false, bool borrows = false);
    void consume(const Value& v, TextPosition at);
    Verdict copyVerdict(const TypePtr& type) const;
    bool restNeedsDrop(int local, const std::string& movedField);
    void borrow(const Value& v, TextPosition at);
    void read(const Value& v, TextPosition at);
    Value materialize(const Value& v, hir::ExprId e);
    int temporary(const Value& v, hir::ExprId e);
    void notePointedPieces(CallSite& site, hir::ExprId call) const;
    std::vector<TypePtr> inScope(const std::vector<TypePtr>& types) const;
    static bool isValueItem(const FnSignature& sig);
    CallSite& recordCall(hir::ExprId call, const FnSignature& sig, const CallResult& result,
                         std::span<const hir::NodeRef> args, const std::vector<TypePtr>& argTypes);
    std::vector<std::pair<std::string, TextPosition>> freeVariables(hir::ExprId owner) const; // a closure / async block

    // Control flow, on the HIR (ControlFlowLowering.cpp)
    Value lowerIf(hir::ExprId e);
    Value lowerLazyBoolean(hir::ExprId e); // `&&`, `||`
    Value lowerMatch(hir::ExprId e);
    Value lowerLoop(hir::ExprId e);
    Value lowerWhile(hir::ExprId e);
    Value lowerFor(hir::ExprId e);
    Value lowerBreak(hir::ExprId e, bool isContinue);
    Value lowerReturn(hir::ExprId e);
    Value joinBranches(const std::vector<std::pair<int, Value>>& ends);
    void lowerCondition(hir::ExprId condition, int elseBlock, bool& hasLet);
    void returnFrom(TextPosition at);

    // Patterns (PatternBinding.cpp)
    void bindPattern(hir::PatId pattern, const TypePtr& type, const Value& source, TextPosition at, bool initialize);
    void bindName(hir::PatId pattern, const TypePtr& type, const Value& source, TextPosition at, bool initialize);
    struct BindingSite {
        std::string name;
        TextPosition start;   // the whole binding (`ref mut x`)
        TextPosition namePos; // its name, where the local is initialised
        bool byRef = false, refMut = false;
        bool presetAllowed = true; // may take lowerLet's preset binding
    };
    int bindLocal(const BindingSite& site, const TypePtr& type, const Value& source, TextPosition at, bool initialize);
    void bindAfterGuard(const std::vector<GuardedBinding>& bindings, TextPosition at);
    TypePtr patternFieldType(const TypePtr& scrutinee, const hir::Pat& pattern, size_t index,
                             const std::string& fieldName) const;
    TypePtr variantFieldType(const TypePtr& scrutinee, const hir::Pat& pattern, const std::string& field) const;

    // Macros, each a MacroCall of the HIR (MacroLowering.cpp)
    using Arguments = std::span<const hir::NodeRef>;
    Value lowerMacro(hir::ExprId e);
    std::string_view macroPath(hir::ExprId e) const; // as written: `tokio::select`
    Value lowerExpansion(hir::ExprId e);
    Value lowerFormatMacro(hir::ExprId e, Arguments args, bool writer);
    Value lowerVecMacro(hir::ExprId e, Arguments args);
    bool isPlainName(hir::ExprId e) const;
    bool pinsVariables(Arguments args) const;
    bool letsPin(hir::ExprId e) const;
    Value lowerPinLets(hir::ExprId e);
    Value lowerPinMacro(Arguments args);
    void pinVariable(const std::string& name, TextPosition at, const Value& moved);
    Value lowerJoinMacro(hir::ExprId e, Arguments args, const std::string& crate, const std::string& name);
    /// The crate a macro invocation's path names (its first segment, or for one segment the
    /// crate a `use` of the enclosing module imports it from; "" when neither says) and the
    /// macro's own name (`both` of `use futures::join as both` is `join`).
    std::pair<std::string, std::string> resolveMacro(hir::ExprId e) const;
    static bool isFuturesCrate(const std::string& crate); // futures, or its futures_util
    // tokio's and futures' select! (SelectLowering.cpp)
    struct SelectBranch { // one Arm of a select! (HirArm.h)
        hir::PatId pattern;
        hir::ExprId future, precondition, handler;
        bool pollsOnce = false; // futures' `default => ..`
    };
    std::vector<SelectBranch> selectBranches(hir::ExprId e) const;
    Value lowerSelectMacro(hir::ExprId e);
    Value lowerFuturesSelect(hir::ExprId e);
    Value lowerSelectHandlers(const std::vector<SelectBranch>& branches, const std::vector<TypePtr>& outputs);
    // A crate's PollFn<{closure}> (tokio's unless said) of a closure holding `captures`.
    static TypePtr pollFnOf(std::vector<TypePtr> captures, const char* pollFn = "tokio::future::poll_fn::PollFn");
    Value lowerRawBorrow(hir::ExprId place, std::string_view macro); // addr_of!(place)
    void borrowFormatCaptures(hir::ExprId literal, const std::set<std::string, std::less<>>& named);
    hir::ExprId namedFormatValue(hir::ExprId argument) const;
    void suspend(hir::ExprId e, const TypePtr& awaitee, const std::string& expr);

    int suspensionIndex(const SyntaxNode& node) const;
    std::string textOf(const SyntaxNode& n) const { return std::string(n.text()); }
    // Where a HIR node is written (its source-map node: positions and text only).
    SyntaxNode nodeOf(hir::ExprId e) const { return e ? m_hir->sourceMap().node(e) : SyntaxNode(); }
    SyntaxNode nodeOf(hir::PatId p) const { return p ? m_hir->sourceMap().node(p) : SyntaxNode(); }
    std::string writtenText(const SyntaxNode& n) const;

    LoweringEnvironment& m_env;
    const TypeContext& m_types;
    const AsyncItem* m_item;
    Scope m_scope;
    LoweredBody m_body;
    int m_block = 0;
    std::vector<Frame> m_frames;
    std::vector<LoopContext> m_loops;
    std::map<std::string, int> m_upvarByName;
    std::vector<Upvar> m_capturesAfterArguments;     // an async closure's, added after its arguments
    std::vector<int> m_capturedValueLocal;           // per upvar: its CapturedValue local, or -1
    std::map<hir::ExprId, size_t> m_extendedBorrows; // `&` whose temporary lives to the end of this frame's block
    std::map<hir::ExprId, TypePtr> m_expectedTypes;  // a let's initializer -> its annotation with `_` left open
    std::map<hir::ExprId, int> m_destinationOf;      // a block, match or loop -> the let binding it writes
    std::set<int> m_writtenDestinations;             // let bindings their initializer already wrote
    int m_presetBinding = -1;                        // the binding the next bindPattern names (lowerLet)
    // While a guarded arm's pattern binds: where its by-value bindings wait (bindLocal).
    std::vector<GuardedBinding>* m_guardedBindings = nullptr;
    std::map<int, std::set<std::string>> m_movedFields; // partial moves so far, by local
    size_t m_functionFrameDepth = 0;
    IntegerInference m_ownNumbers;
    IntegerInference& m_numbers; // unsuffixed literals: `{integer}` until something pins them
    const hir::Body* m_hir;      // the HIR this body is part of (LoweringEnvironment::hirs)
    hir::ExprId m_owner;         // a closure's or async block's own expression in it (none: a fn item)
    // A closure's body: the enclosing body's inference, which resolves the types.
    bool sharesInference() const { return &m_numbers != &m_ownNumbers; }
    std::set<hir::ExprId> m_ownCaptures; // the nested futures whose captures this body decided
    bool m_probing = false;              // lowering only to learn how a closure uses its captures
    std::vector<CaptureUse> m_captureUses;
    std::vector<TypePtr> m_returned;          // the types of this body's `return` values (bodyOutput)
    std::set<int> m_operandTemps;             // temporaries holding an operand: used once, by a move
    std::vector<uint32_t> m_suspensionStarts; // sorted start bytes of this body's suspension points
    int m_storageMarks = 0;                   // rustc temporaries only scheduled for StorageDead, so far
};

} // namespace awaitscope
