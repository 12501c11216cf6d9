#include "graph/PropagationPathGraph.h"

#include "graph/CausePath.h"
#include "graph/GraphText.h"
#include "graph/StateMachineGraph.h"

#include <algorithm>

namespace awaitscope {

namespace {

PathStep leafStep(const Leaf& leaf, const std::string& id) {
    PathStep step{leaf.type, "`" + leaf.type + "` is not " + leaf.trait, true, {}, NodeStyle::Leaf,
                  Badge::No, {}, id};
    const bool send = leaf.trait == "Send";
    step.rows.push_back({"leaf: not " + leaf.trait, send ? Badge::No : Badge::None,
                         send ? Badge::None : Badge::No, "rustc names this type in its help", ""});
    return step;
}

// Hangs the cause's type trees under the value; without leaf markers in the path, the
// cause's leaves go under the deepest last step, where the path ends.
void attachTypeTrees(PathStep& field, const Cause& cause, const CausePath& parsed) {
    for (size_t i = 3; i < parsed.context.size(); ++i) // more reasons than edges: keep them as steps
        field.children.push_back({parsed.context[i], "", false, {}, NodeStyle::Type, Badge::No, {}, ""});
    for (PathStep tree : parsed.typeTrees) {
        if (tree.rule.empty()) tree.rule = "its type";
        field.children.push_back(std::move(tree));
    }
    if (parsed.hasLeafMarkers) return;
    PathStep* tail = &field;
    while (!tail->children.empty()) tail = &tail->children.back();
    for (const Leaf& leaf : cause.leaves) tail->children.push_back(leafStep(leaf, ""));
}

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
        // Two causes may reach the same state or leaf: draw it once, with both edges.
        bool seen = false;
        for (const GraphNode& n : graph.nodes) seen = seen || n.id == childId;
        graph.edges.push_back({id, childId, child.rule, false, -1});
        if (!seen) addNode(graph, child, childId);
    }
}

bool attachUnblamedPath(const Diagnostic& d, PathStep& future) {
    if (d.code == "output-not-send" || d.path.empty()) return false;
    const CausePath parsed = CausePath::parse(d.path);
    if (!parsed.hasLeafMarkers || parsed.typeTrees.size() != 1) return false;
    // The tree's root repeats the future node ("the future of `f` is Send if ..."): skip it.
    for (PathStep part : parsed.typeTrees[0].children) {
        if (part.rule.empty()) part.rule = "it holds";
        future.children.push_back(std::move(part));
    }
    return true;
}

/// Where the future keeps a leaf no value is blamed for: its Output, or (a generic async fn
/// called with `Rc<u8>`, a value held as a bare tuple) the first path step that ends at it.
std::string unblamedLeafRule(const Diagnostic& d, const Leaf& leaf) {
    if (d.code == "output-not-send") return "its Output contains `" + leaf.type + "`";
    for (const std::string& step : d.path)
        if (step.find("`" + leaf.type + "`") != std::string::npos && step.find("<- leaf") != std::string::npos) {
            const size_t from = step.find_first_not_of(' ');
            return step.substr(from, step.find("  <- leaf") - from);
        }
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
    PathStep future = futureStep(diagnostic);
    for (size_t i = 0; i < diagnostic.causes.size(); ++i)
        if (cause < 0 || cause == static_cast<int>(i)) future.children.push_back(causeStep(diagnostic, diagnostic.causes[i]));
    // Leaves no value is blamed for (a generic async fn called with `Rc<u8>`): the solver's
    // path below the future shows where the future keeps them.
    if (attachUnblamedPath(diagnostic, future)) {
        site.children.push_back(std::move(future));
        return site;
    }
    // output-not-send and its kin blame no value: the leaves hang off the future itself.
    for (size_t i = 0; i < diagnostic.leaves.size(); ++i) {
        PathStep leaf = leafStep(diagnostic.leaves[i], future.id + "/output-leaf:" + std::to_string(i));
        leaf.rule = unblamedLeafRule(diagnostic, diagnostic.leaves[i]);
        future.children.push_back(std::move(leaf));
    }
    // The analysis words the first reason itself ("`tokio::spawn` requires ...").
    for (const Cause& c : diagnostic.causes)
        if (const CausePath parsed = CausePath::parse(c.path); !parsed.context.empty()) {
            future.rule = parsed.context[0];
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
    PathStep step{text + siteClaim(d.code), "", false, {}, NodeStyle::Site, Badge::No, {}, "site:" + positionText(d.range.start)};
    step.rows.push_back({d.message, Badge::None, Badge::None, "at " + positionText(d.range.start), ""});
    return step;
}

PathStep PropagationPathGraph::futureStep(const Diagnostic& d) const {
    const std::string name = d.future ? *d.future : "the future";
    const FutureInfo* info = m_snapshot ? m_snapshot->futureOf(d) : nullptr;
    PathStep step{"future of `" + name + "`", "the future passed here", false, {}, NodeStyle::Future,
                  Badge::No, {}, info ? "future:" + info->id.text() : "future"};
    if (info) {
        step.verdict = badgeFor(info->send);
        step.rows.push_back({futureKindName(info->kind) + " at " + positionText(info->position),
                             badgeFor(info->send), badgeFor(info->sync),
                             std::to_string(info->suspendCount()) + " await point(s)", ""});
    }
    return step;
}

PathStep PropagationPathGraph::causeStep(const Diagnostic& d, const Cause& cause) const {
    const FutureInfo* info = m_snapshot ? m_snapshot->futureOf(d) : nullptr;
    PathStep holder = holderStep(info, cause);
    const std::string type = cause.type ? *cause.type : "unknown type";
    const CausePath parsed = CausePath::parse(cause.path);
    if (parsed.context.size() > 1) holder.rule = parsed.context[1];
    PathStep field{cause.variable + ": " + type, parsed.context.size() > 2 ? parsed.context[2] : fieldStepRule(cause),
                   false, {}, NodeStyle::Field, Badge::No, {}, holder.id + "/value:" + cause.variable};
    std::string kind = cause.kind; // "held_across_await" reads better as words
    std::replace(kind.begin(), kind.end(), '_', ' ');
    field.rows.push_back({kind, Badge::No, Badge::None, "at " + positionText(cause.position), ""});
    attachTypeTrees(field, cause, parsed);
    holder.children.push_back(std::move(field));
    return holder;
}

PathStep PropagationPathGraph::holderStep(const FutureInfo* future, const Cause& cause) const {
    const std::string base = future ? "future:" + future->id.text() : "future";
    if (cause.kind == "captured" || !cause.awaitKeyword)
        return {"upvars (in every state)", "a future is Send only if every value it holds is", false, {},
                NodeStyle::State, Badge::No, {}, base + "/upvars"};
    const int index = future ? stateAtAwait(*future, *cause.awaitKeyword) : -1;
    const std::string name = index >= 0 ? future->states[index].name : "suspended";
    return {name + " \u2014 await at " + positionText(*cause.awaitKeyword),
            "a future is Send only if every state is", false, {}, NodeStyle::State, Badge::No, {},
            index >= 0 ? StateMachineGraph::nodeId(*future, index) : base + "/await:" + positionText(*cause.awaitKeyword)};
}

} // namespace awaitscope
