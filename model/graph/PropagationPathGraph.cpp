#include "graph/PropagationPathGraph.h"

#include "graph/GraphText.h"
#include "graph/ProofSteps.h"
#include "graph/StateMachineGraph.h"

#include <algorithm>

namespace awaitscope {

namespace {

std::string fieldStepRule(const Cause& cause) {
    if (cause.kind == "captured") return "captured: kept in every state";
    if (cause.kind == "awaits_non_send_future") return "the awaited future is kept while it runs";
    if (cause.awaitKeyword) return "saved across the await at " + positionText(*cause.awaitKeyword);
    return "saved in this state";
}

void addNode(GraphDescription& graph, const PathStep& step, const std::string& id) {
    GraphNode node{id, step.text, step.rows, step.style, step.verdict, ""};
    graph.nodes.push_back(std::move(node));
    for (size_t i = 0; i < step.children.size(); ++i) {
        const PathStep& child = step.children[i];
        const std::string childId = child.id.empty() ? id + "/" + std::to_string(i) : child.id;
        // Two causes may reach the same leaf: draw it once, with both edges.
        bool seen = false;
        for (const GraphNode& n : graph.nodes) seen = seen || n.id == childId;
        graph.edges.push_back({id, childId, child.rule, false, -1});
        if (!seen) addNode(graph, child, childId);
    }
}

/// The value's type tree under its node; without leaf steps in the proof, the cause's
/// leaves go under the deepest last step, where the proof ends.
void attachTypeTree(PathStep& field, const Cause& cause, const ProofNode* value) {
    if (value && value->verdict == Verdict::No) {
        PathStep tree = typeTreeStep(*value, true);
        tree.rule = "its type";
        field.children.push_back(std::move(tree));
    }
    if (value && hasLeaf(*value)) return;
    PathStep* tail = &field;
    while (!tail->children.empty()) tail = &tail->children.back();
    for (const Leaf& leaf : cause.leaves) tail->children.push_back(leafStep(leaf, ""));
}

/// Leaves no value is blamed for (a generic async fn called with `Rc<u8>`, a value held
/// as a bare tuple): the proof's steps below the future show where the future keeps them.
bool attachUnblamedProof(const Diagnostic& d, PathStep& future) {
    if (d.code == "output-not-send" || !d.derivation || !hasLeaf(*d.derivation)) return false;
    // The proof's root is the future itself ("the future of `f` is Send if ..."): skip it.
    for (const ProofNode& part : d.derivation->children) {
        if (part.verdict != Verdict::No) continue;
        PathStep step = typeTreeStep(part, false);
        step.rule = "it holds";
        future.children.push_back(std::move(step));
    }
    return true;
}

/// Where the future keeps a leaf no value is blamed for: its Output, or the proof's step
/// that ends at it.
std::string unblamedLeafRule(const Diagnostic& d, const Leaf& leaf) {
    if (d.code == "output-not-send") return "its Output contains `" + leaf.type + "`";
    if (d.derivation)
        if (const ProofNode* step = findLeaf(*d.derivation, leaf)) return proofStepText(*step);
    return "the future holds `" + leaf.type + "`";
}

} // namespace

PropagationPathGraph::PropagationPathGraph(const Snapshot* snapshot) : m_snapshot(snapshot) {}

GraphDescription PropagationPathGraph::build(const PathStep& root, const std::string& name) {
    GraphDescription graph;
    graph.name = name;
    addNode(graph, root, root.id.empty() ? "path" : root.id);
    return graph;
}

GraphDescription PropagationPathGraph::build(const Diagnostic& diagnostic, int cause) const {
    return build(pathOf(diagnostic, cause), diagnostic.message);
}

PathStep PropagationPathGraph::pathOf(const Diagnostic& diagnostic, int cause) const {
    PathStep site = siteStep(diagnostic);
    const FutureInfo* info = m_snapshot ? m_snapshot->futureOf(diagnostic) : nullptr;
    PathStep future = futureStep(info, diagnostic.future ? *diagnostic.future : "the future");
    for (size_t i = 0; i < diagnostic.causes.size(); ++i)
        if (cause < 0 || cause == static_cast<int>(i)) addCause(future, info, diagnostic.causes[i]);
    if (attachUnblamedProof(diagnostic, future)) {
        site.children.push_back(std::move(future));
        return site;
    }
    // output-not-send and its kin blame no value: the leaves hang off the future itself.
    for (size_t i = 0; i < diagnostic.leaves.size(); ++i) {
        PathStep leaf = leafStep(diagnostic.leaves[i], future.id + "/output-leaf:" + std::to_string(i));
        leaf.rule = unblamedLeafRule(diagnostic, diagnostic.leaves[i]);
        future.children.push_back(std::move(leaf));
    }
    // The proof words the first reason itself ("`tokio::spawn` requires ...").
    for (const Cause& c : diagnostic.causes)
        if (!c.derivation.via.empty()) {
            future.rule = c.derivation.via;
            break;
        }
    site.children.push_back(std::move(future));
    return site;
}

std::string PropagationPathGraph::siteText(const TextRange& range) const {
    return m_snapshot ? sourceExcerpt(m_snapshot->text, range) : "";
}

namespace {

// What the site node says about its call: the requirement broken, or for the diagnostics
// that break no requirement (a size warning, a borrow error), what is wrong there.
std::string siteClaim(const std::string& code) {
    if (code == "output-not-send") return " requires Output: Send";
    if (code == "not-static") return " requires 'static";
    if (code == "large-future") return ": a large future";
    if (code == "moved-while-borrowed") return ": moved while a future borrows it";
    return " requires Send";
}

} // namespace

PathStep PropagationPathGraph::siteStep(const Diagnostic& d) const {
    const std::string by = d.requiredBy ? *d.requiredBy : "this call";
    std::string text = siteText(d.range);
    // rustc points at the future passed to spawn; show the call around it when the
    // excerpt does not already contain it (async blocks point at the whole call).
    const size_t sep = by.rfind("::");
    const std::string verb = sep == std::string::npos ? by : by.substr(sep + 2);
    if (!text.empty() && d.requiredBy && text.find(verb) == std::string::npos) text = by + "(" + text + ")";
    if (text.empty()) text = by;
    PathStep step{text + siteClaim(d.code), "",        false, {},
                  NodeStyle::Site,          Badge::No, {},    "site:" + positionText(d.range.start)};
    step.rows.push_back({d.message, Badge::None, Badge::None, "at " + positionText(d.range.start), ""});
    return step;
}

PathStep PropagationPathGraph::futureStep(const FutureInfo* info, const std::string& name) const {
    PathStep step{"future of `" + (info ? info->name : name) + "`",
                  "the future passed here",
                  false,
                  {},
                  NodeStyle::Future,
                  Badge::No,
                  {},
                  info ? "future:" + info->id.text() : "future"};
    if (info) {
        step.verdict = badgeFor(info->send);
        step.rows.push_back({futureKindName(info->kind) + " at " + positionText(info->position), badgeFor(info->send),
                             badgeFor(info->sync), std::to_string(info->suspendCount()) + " await point(s)", ""});
    }
    return step;
}

/// The cause's proof, step by step: each future of the route, the state that holds the
/// next one (an awaited future of the file, drawn with its own states), down to the
/// value and its type tree.
void PropagationPathGraph::addCause(PathStep& future, const FutureInfo* info, const Cause& cause) const {
    const ProofNode* step = cause.derivation.isRouteFuture() ? &cause.derivation : nullptr;
    if (!step) { // no route: the value hangs off the state its await names
        PathStep& holder = mergeChild(future, holderStep(info, cause));
        PathStep field = fieldStep(holder.id, cause, fieldStepRule(cause));
        attachTypeTree(field, cause, cause.derivation.trait.empty() ? nullptr : &cause.derivation);
        holder.children.push_back(std::move(field));
        return;
    }
    PathStep* parent = &future;
    for (;;) {
        const ProofNode& held = step->children.front();
        const FutureInfo* holderFuture = m_snapshot ? m_snapshot->future(held.held->future) : info;
        PathStep state = stateStep(holderFuture, *held.held);
        state.rule = step->because;
        PathStep& stateRef = mergeChild(*parent, std::move(state));
        if (held.isRouteFuture()) { // an awaited (or held) future of the file: its own states next
            PathStep inner = futureStep(m_snapshot ? m_snapshot->future(held.future) : nullptr, held.type);
            inner.rule = held.via;
            parent = &mergeChild(stateRef, std::move(inner));
            step = &held;
            continue;
        }
        PathStep field = fieldStep(stateRef.id, cause, held.via);
        attachTypeTree(field, cause, &held);
        stateRef.children.push_back(std::move(field));
        return;
    }
}

PathStep PropagationPathGraph::fieldStep(const std::string& holderId, const Cause& cause, const std::string& rule) {
    const std::string type = cause.type ? *cause.type : "unknown type";
    PathStep field{cause.variable + ": " + type,         rule, false, {}, NodeStyle::Field, Badge::No, {},
                   holderId + "/value:" + cause.variable};
    std::string kind = cause.kind; // "held_across_await" reads better as words
    std::replace(kind.begin(), kind.end(), '_', ' ');
    field.rows.push_back({kind, Badge::No, Badge::None, "at " + positionText(cause.position), ""});
    return field;
}

PathStep PropagationPathGraph::stateStep(const FutureInfo* future, const HeldValue& held) const {
    const std::string base = future ? "future:" + future->id.text() : "future";
    if (held.state < 0)
        return {"upvars (in every state)", "", false, {}, NodeStyle::State, Badge::No, {}, base + "/upvars"};
    const bool known = future && held.state < static_cast<int>(future->states.size());
    const std::string name = known ? future->states[held.state].name : "Suspend" + std::to_string(held.state - 1);
    const std::string at = held.awaitKeyword ? " \u2014 await at " + positionText(*held.awaitKeyword) : "";
    return {name + at,
            "",
            false,
            {},
            NodeStyle::State,
            Badge::No,
            {},
            known ? StateMachineGraph::nodeId(*future, held.state) : base + "/state:" + std::to_string(held.state)};
}

PathStep PropagationPathGraph::holderStep(const FutureInfo* future, const Cause& cause) const {
    const std::string base = future ? "future:" + future->id.text() : "future";
    if (cause.kind == "captured" || !cause.awaitKeyword)
        return {"upvars (in every state)",
                "a future is Send only if every value it holds is",
                false,
                {},
                NodeStyle::State,
                Badge::No,
                {},
                base + "/upvars"};
    const int index = future ? stateAtAwait(*future, *cause.awaitKeyword) : -1;
    const std::string name = index >= 0 ? future->states[index].name : "suspended";
    return {name + " \u2014 await at " + positionText(*cause.awaitKeyword),
            "a future is Send only if every state is",
            false,
            {},
            NodeStyle::State,
            Badge::No,
            {},
            index >= 0 ? StateMachineGraph::nodeId(*future, index)
                       : base + "/await:" + positionText(*cause.awaitKeyword)};
}

} // namespace awaitscope
