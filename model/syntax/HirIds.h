#pragma once
// Typed indices into a hir::Body's arenas (rust-analyzer's la_arena::Idx<Expr> and friends):
// an ExprId cannot be passed where a PatId is wanted, and an id is four bytes.

#include <cstdint>
#include <functional>

namespace awaitscope::hir {

template <class Tag> struct Id {
    static constexpr uint32_t kNone = UINT32_MAX;
    uint32_t index = kNone;

    constexpr Id() = default;
    constexpr explicit Id(uint32_t i) : index(i) {}
    constexpr bool valid() const { return index != kNone; }
    constexpr explicit operator bool() const { return valid(); }
    constexpr bool operator==(const Id&) const = default;
    constexpr auto operator<=>(const Id&) const = default;
};

using ExprId = Id<struct ExprTag>;
using PatId = Id<struct PatTag>;
using StmtId = Id<struct StmtTag>;
using ArmId = Id<struct ArmTag>;         // a match arm, or a branch of `select!`
using ItemId = Id<struct ItemTag>;       // an item declared inside the body: opaque here
using TypeRefId = Id<struct TypeRefTag>; // a type written in the body (Body::typeRef)
using ParamId = Id<struct ParamTag>;     // a fn's or closure's parameter (Body::param)

/// One child of a HIR node: which arena, and the index in it. A node's children are kept in
/// source order as one list of these, so a walk visits the body in the order it is written.
struct NodeRef {
    enum class Arena : uint8_t { None, Expr, Pat, Stmt, Arm, Item };
    Arena arena = Arena::None;
    uint32_t index = UINT32_MAX;

    static NodeRef of(ExprId e) { return {Arena::Expr, e.index}; }
    static NodeRef of(PatId p) { return {Arena::Pat, p.index}; }
    static NodeRef of(StmtId s) { return {Arena::Stmt, s.index}; }
    static NodeRef of(ArmId a) { return {Arena::Arm, a.index}; }
    static NodeRef of(ItemId i) { return {Arena::Item, i.index}; }
    ExprId expr() const { return arena == Arena::Expr ? ExprId(index) : ExprId(); }
    PatId pat() const { return arena == Arena::Pat ? PatId(index) : PatId(); }
    StmtId stmt() const { return arena == Arena::Stmt ? StmtId(index) : StmtId(); }
    ArmId arm() const { return arena == Arena::Arm ? ArmId(index) : ArmId(); }
    ItemId item() const { return arena == Arena::Item ? ItemId(index) : ItemId(); }
    bool operator==(const NodeRef&) const = default;
};

/// A node's children: `count` NodeRefs from `first` in Body::children().
struct ChildRange {
    uint32_t first = 0;
    uint32_t count = 0;
};

} // namespace awaitscope::hir

template <class Tag> struct std::hash<awaitscope::hir::Id<Tag>> {
    size_t operator()(const awaitscope::hir::Id<Tag>& id) const { return std::hash<uint32_t>()(id.index); }
};
