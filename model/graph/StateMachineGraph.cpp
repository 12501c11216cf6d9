#include "graph/StateMachineGraph.h"

#include "graph/GraphText.h"

namespace awaitscope {

namespace {

// Beyond this many states that can run code, one summarised panic edge replaces one
// edge per state: a fan of identical dashed edges hides the straight line of polls.
constexpr int kMaxPanicEdges = 4;

/// Graph ids name a future by its identity, never by its display name (see data/Ids.h).
std::string futureId(const FutureInfo& future) {
    return "future:" + future.id.text();
}

bool isSuspend(const State& state) {
    return state.name.rfind("Suspend", 0) == 0;
}

std::string stateTitle(const State& state) {
    // The bytes rustc's layout gives the state (`variant `Suspend0`: N bytes`), where known.
    const std::string bytes = state.size && state.awaitKeyword ? ", " + std::to_string(*state.size) + " bytes" : "";
    if (state.awaitKeyword) return state.name + " \u2014 await at " + positionText(*state.awaitKeyword) + bytes;
    return state.name;
}

// Why a value is saved is a sentence: it goes in the row's tooltip (and the Fields table),
// not inline (GraphDescription::inlineDetails), so nodes stay narrow enough to read at 1:1.
GraphRow fieldRow(const SavedField& field, const std::string& id, const std::string& why) {
    return {fieldRowText(field), badgeFor(field.send), badgeFor(field.sync), why, id};
}

GraphRow noteRow(const std::string& text, const std::string& why) {
    return {text, Badge::None, Badge::None, why, ""};
}

std::string fieldDetail(const SavedField& field) {
    return field.why.empty() ? "at " + positionText(field.position) : field.why;
}

// Rows for the states that hold nothing of their own, so the node still teaches.
std::vector<GraphRow> terminalRows(const State& state) {
    if (state.name == "Returned")
        return {noteRow("holds nothing; polling again panics",
                        "the upvars were moved into the body or dropped; `async fn` resumed after completion")};
    if (state.name == "Panicked")
        return {noteRow("holds nothing; polling again panics",
                        "a panic during a poll dropped what it held; `async fn` resumed after panicking")};
    return {};
}

std::string upvarNames(const FutureInfo& future) {
    std::string names;
    for (const SavedField& u : future.upvars) names += (names.empty() ? "" : ", ") + fieldName(u);
    return names;
}

GraphNode stateNode(const FutureInfo& future, int index) {
    const State& state = future.states[index];
    GraphNode node{StateMachineGraph::nodeId(future, index), stateTitle(state), {}, NodeStyle::State, Badge::None, ""};
    const std::string base = futureId(future) + "/state:" + std::to_string(index);
    if (index == 0) {
        node.style = NodeStyle::InitialState;
        for (size_t i = 0; i < future.upvars.size(); ++i)
            node.rows.push_back(fieldRow(future.upvars[i], futureId(future) + "/upvar:" + std::to_string(i),
                                         "upvar: captured, kept in every state until it returns"));
        if (future.upvars.empty()) node.rows.push_back(noteRow("captures nothing", "not polled yet"));
    } else if (isSuspend(state) && !future.upvars.empty()) {
        node.rows.push_back(
            noteRow("upvars: " + upvarNames(future), "also kept here, as in every state until it returns"));
    }
    for (size_t i = 0; i < state.fields.size(); ++i)
        node.rows.push_back(
            fieldRow(state.fields[i], base + "/field:" + std::to_string(i), fieldDetail(state.fields[i])));
    if (!isSuspend(state) && index != 0) {
        node.style = NodeStyle::FinalState;
        node.rows = terminalRows(state);
    }
    for (const GraphRow& row : node.rows) node.verdict = worseBadge(node.verdict, row.send);
    if (isSuspend(state))
        for (const SavedField& u : future.upvars) node.verdict = worseBadge(node.verdict, badgeFor(u.send));
    return node;
}

std::string resumeLabel(const State& from) {
    return from.awaitKeyword ? "resume after await at " + positionText(*from.awaitKeyword) : "resume";
}

int stateIndex(const FutureInfo& future, const std::string& name) {
    for (size_t i = 0; i < future.states.size(); ++i)
        if (future.states[i].name == name) return static_cast<int>(i);
    return -1;
}

std::vector<std::pair<int, int>> straightLine(const FutureInfo& future) {
    // Unresumed, Suspend0..N, Returned in order; Panicked is reached only by a panic.
    std::vector<std::pair<int, int>> line;
    const int returned = stateIndex(future, "Returned");
    for (int i = 0; i + 1 <= returned; ++i) line.push_back({i, i + 1});
    return line;
}

std::string calleeOf(const std::string& expr) {
    const size_t paren = expr.find('(');
    std::string callee = expr.substr(0, paren);
    for (const std::string sep : {".", "::"}) {
        const size_t at = callee.rfind(sep);
        if (at != std::string::npos) callee = callee.substr(at + sep.size());
    }
    return callee;
}

std::string lastSegment(const std::string& name) {
    const size_t at = name.rfind("::");
    return at == std::string::npos ? name : name.substr(at + 2);
}

} // namespace

StateMachineGraph::StateMachineGraph(const std::vector<FutureInfo>& futures, Options options)
    : m_futures(futures), m_options(std::move(options)) {}

std::string StateMachineGraph::nodeId(const FutureInfo& future, int state) {
    return futureId(future) + "/state:" + std::to_string(state);
}

GraphDescription StateMachineGraph::build(const FutureInfo& future) const {
    GraphDescription graph;
    graph.name = future.name + ": state machine";
    graph.inlineDetails = false;
    std::set<std::string> expanded{future.id.text()};
    addMachine(graph, future, "", expanded);
    return graph;
}

void StateMachineGraph::addMachine(GraphDescription& graph, const FutureInfo& future, const std::string& cluster,
                                   std::set<std::string>& expanded) const {
    addStateNodes(graph, future, cluster);
    addTransitions(graph, future, cluster.empty());
    addPanicEdges(graph, future);
    if (m_options.expandAwaitees) expandAwaitees(graph, future, expanded);
}

void StateMachineGraph::addStateNodes(GraphDescription& graph, const FutureInfo& future,
                                      const std::string& cluster) const {
    for (size_t i = 0; i < future.states.size(); ++i) {
        GraphNode node = stateNode(future, static_cast<int>(i));
        node.cluster = cluster;
        graph.nodes.push_back(std::move(node));
    }
}

std::vector<std::pair<int, int>> StateMachineGraph::movesOf(const FutureInfo& future, bool topLevel) const {
    // The options' transitions override the top-level future's own (tests); otherwise the
    // future's control flow, or the straight line in source order when none is known.
    if (topLevel && !m_options.transitions.empty()) return m_options.transitions;
    if (future.transitions.empty()) return straightLine(future);
    std::vector<std::pair<int, int>> moves;
    for (const Transition& t : future.transitions) moves.push_back({t.from, t.to});
    return moves;
}

void StateMachineGraph::addTransitions(GraphDescription& graph, const FutureInfo& future, bool topLevel) const {
    const int count = static_cast<int>(future.states.size());
    const int returned = stateIndex(future, "Returned");
    for (const auto& [from, to] : movesOf(future, topLevel)) {
        if (from < 0 || to < 0 || from >= count || to >= count) continue;
        GraphEdge edge{nodeId(future, from), nodeId(future, to), "", false, -1};
        if (from == 0)
            edge.label = to == returned ? "first poll runs to the end" : "first poll";
        else if (to <= from)
            edge.label = "loop: " + resumeLabel(future.states[from]);
        else
            edge.label = resumeLabel(future.states[from]);
        if (to == returned && from != 0) edge.label += ", return";
        graph.edges.push_back(std::move(edge));
    }
}

void StateMachineGraph::addPanicEdges(GraphDescription& graph, const FutureInfo& future) const {
    const int panicked = stateIndex(future, "Panicked");
    if (panicked < 0) return;
    // A poll runs code from Unresumed or from a Suspend state; a panic there poisons it.
    std::vector<int> running;
    for (size_t i = 0; i < future.states.size(); ++i)
        if (i == 0 || isSuspend(future.states[i])) running.push_back(static_cast<int>(i));
    if (static_cast<int>(running.size()) > kMaxPanicEdges) {
        graph.edges.push_back(
            {nodeId(future, running.back()), nodeId(future, panicked), "panic (from any state)", true, -1});
        return;
    }
    for (int from : running) graph.edges.push_back({nodeId(future, from), nodeId(future, panicked), "panic", true, -1});
}

void StateMachineGraph::expandAwaitees(GraphDescription& graph, const FutureInfo& future,
                                       std::set<std::string>& expanded) const {
    for (size_t s = 0; s < future.states.size(); ++s) {
        const std::vector<SavedField>& fields = future.states[s].fields;
        for (size_t f = 0; f < fields.size(); ++f) {
            if (fields[f].kind != FieldKind::Awaitee) continue;
            const FutureInfo* callee = awaitedFuture(fields[f], m_futures);
            if (!callee) continue;
            const std::string from = nodeId(future, static_cast<int>(s));
            const int row = rowOfField(graph, from, fields.size(), f);
            if (expanded.insert(callee->id.text()).second) {
                const std::string cluster = "cluster:" + callee->id.text();
                graph.clusters.push_back({cluster, callee->name + ": state machine"});
                addMachine(graph, *callee, cluster, expanded);
            }
            graph.edges.push_back({from, nodeId(*callee, 0), "awaits", true, row});
        }
    }
}

int StateMachineGraph::rowOfField(const GraphDescription& graph, const std::string& nodeId, size_t fieldCount,
                                  size_t field) {
    // The fields are a state node's last rows; upvar rows or a summary come first.
    for (const GraphNode& n : graph.nodes)
        if (n.id == nodeId) return static_cast<int>(n.rows.size() - fieldCount + field);
    return -1;
}

const FutureInfo* StateMachineGraph::awaitedFuture(const SavedField& awaitee, const std::vector<FutureInfo>& futures) {
    // The awaitee's type is one of the file's futures; where that type is not known, the
    // awaited call's callee names it (`fetch_score(..)`, `self.load()`).
    if (awaitee.awaited.valid() && awaitee.awaited.index < static_cast<int>(futures.size()))
        return &futures[awaitee.awaited.index];
    if (!awaitee.expr) return nullptr;
    const std::string callee = calleeOf(*awaitee.expr);
    for (const FutureInfo& f : futures)
        if (f.kind == FutureKind::AsyncFn && f.name == callee) return &f;
    for (const FutureInfo& f : futures)
        if (f.kind == FutureKind::AsyncFn && lastSegment(f.name) == callee && !callee.empty()) return &f;
    return nullptr;
}

} // namespace awaitscope
