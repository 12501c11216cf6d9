#include "GraphSources.h"

#include "StackLayout.h"

// Transitional: use the model's builders and the Graphviz layouter once they are part of
// the build; drop the fallbacks below when they are.
#if __has_include("graph/StateMachineGraph.h") && __has_include("graph/PropagationPathGraph.h") && \
    __has_include("graph/LoweredCode.h") && __has_include("layout/GraphLayouter.h")
#define AWAITSCOPE_MODEL_GRAPHS 1
#include "graph/LoweredCode.h"
#include "graph/PropagationPathGraph.h"
#include "graph/StateMachineGraph.h"
#include "layout/GraphLayouter.h"
#endif

#include <QRegularExpression>
#include <QStringList>

namespace awaitscope {

namespace {

GraphNode makeNode(std::string id, std::string title, NodeStyle style, Badge verdict) {
    GraphNode node;
    node.id = std::move(id);
    node.title = std::move(title);
    node.style = style;
    node.verdict = verdict;
    return node;
}

GraphEdge makeEdge(std::string from, std::string to, std::string label, bool dashed) {
    GraphEdge edge;
    edge.from = std::move(from);
    edge.to = std::move(to);
    edge.label = std::move(label);
    edge.dashed = dashed;
    return edge;
}

Badge toBadge(Verdict v) { return v == Verdict::Yes ? Badge::Yes : v == Verdict::No ? Badge::No : Badge::Unknown; }

std::string fieldLabel(const SavedField& f) {
    const std::string name = f.name ? *f.name : f.expr ? *f.expr : "<" + fieldKindName(f.kind) + ">";
    return name + ": " + (f.type ? *f.type : "?");
}

std::string stateTitle(const State& s) {
    if (s.awaitKeyword)
        return s.name + " — await at " + std::to_string(s.awaitKeyword->line) + ":" + std::to_string(s.awaitKeyword->column);
    if (s.name == "Unresumed") return "Unresumed — not yet polled";
    return s.name;
}

GraphNode stateNode(const FutureInfo& future, int stateIndex) {
    const State& s = future.states[stateIndex];
    const std::string id = "future:" + future.name + "/state:" + std::to_string(stateIndex);
    GraphNode node;
    node.id = id;
    node.title = stateTitle(s);
    const bool final = s.name == "Returned" || s.name == "Panicked";
    node.style = s.name == "Unresumed" ? NodeStyle::InitialState : final ? NodeStyle::FinalState : NodeStyle::State;
    if (final) return node; // nothing is stored once the future has finished
    Verdict verdict = Verdict::Yes;
    for (size_t j = 0; j < future.upvars.size(); ++j) {
        const SavedField& f = future.upvars[j];
        node.rows.push_back({fieldLabel(f), toBadge(f.send), toBadge(f.sync), "upvar",
                             "future:" + future.name + "/upvar:" + std::to_string(j)});
        verdict = verdict && f.send;
    }
    for (size_t j = 0; j < s.fields.size(); ++j) {
        const SavedField& f = s.fields[j];
        node.rows.push_back({fieldLabel(f), toBadge(f.send), toBadge(f.sync), f.why, id + "/field:" + std::to_string(j)});
        verdict = verdict && f.send;
    }
    if (!node.rows.empty()) node.verdict = toBadge(verdict);
    return node;
}

} // namespace

GraphDescription stateMachineGraphFallback(const FutureInfo& future) {
    GraphDescription g;
    g.name = future.name + ": state machine";
    const int n = static_cast<int>(future.states.size());
    for (int s = 0; s < n; ++s) g.nodes.push_back(stateNode(future, s));
    const auto id = [&](int s) { return g.nodes[s].id; };
    const int suspends = future.suspendCount();
    for (int s = 0; s < suspends; ++s) g.edges.push_back(makeEdge(id(s), id(s + 1), s == 0 ? "first poll" : "resumed", false));
    if (n >= 3) {
        g.edges.push_back(makeEdge(id(suspends), id(n - 2), suspends == 0 ? "first poll returns" : "resumed, returns", false));
        g.edges.push_back(makeEdge(id(std::max(0, suspends)), id(n - 1), "a poll panics", true));
    }
    return g;
}

GraphDescription propagationPathGraphFallback(const Diagnostic& d, int causeIndex) {
    GraphDescription g;
    g.name = d.message;
    g.nodes.push_back(makeNode("site", d.requiredBy ? *d.requiredBy + " requires Send" : d.code, NodeStyle::Site, Badge::None));
    g.nodes.push_back(makeNode("future", "future " + d.future.value_or("?"), NodeStyle::Future, Badge::No));
    g.edges.push_back(makeEdge("site", "future", "F: Send", false));
    for (size_t c = 0; c < d.causes.size(); ++c) {
        if (causeIndex >= 0 && static_cast<int>(c) != causeIndex) continue;
        const Cause& cause = d.causes[c];
        std::string previous = "future";
        const std::string base = "cause:" + std::to_string(c);
        for (size_t step = 0; step < cause.path.size(); ++step) {
            const std::string id = base + "/step:" + std::to_string(step);
            g.nodes.push_back(makeNode(id, cause.path[step], NodeStyle::Type, Badge::No));
            g.edges.push_back(makeEdge(previous, id, "", false));
            previous = id;
        }
        GraphNode leaf = makeNode(base + "/leaves", cause.variable + (cause.type ? ": " + *cause.type : ""), NodeStyle::Leaf, Badge::No);
        for (const Leaf& l : cause.leaves)
            leaf.rows.push_back({l.type, l.trait == "Send" ? Badge::No : Badge::None, l.trait == "Sync" ? Badge::No : Badge::None,
                                 l.type + " is not " + l.trait, ""});
        g.nodes.push_back(leaf);
        g.edges.push_back(makeEdge(previous, leaf.id, cause.kind == "held_across_await" ? "held across an await" : cause.kind, false));
    }
    return g;
}

namespace {

QString typeName(const FutureInfo& future) {
    QString name;
    for (const QString& part : QString::fromStdString(future.name).split(QRegularExpression("[^A-Za-z0-9]+"), Qt::SkipEmptyParts))
        name += part.left(1).toUpper() + part.mid(1);
    return name + QStringLiteral("Future");
}

QString fieldLine(const SavedField& f, int temporary) {
    const QString name = f.name ? QString::fromStdString(*f.name)
                                : f.kind == FieldKind::Awaitee ? QStringLiteral("__awaitee")
                                                               : QStringLiteral("__temp%1").arg(temporary);
    QString line = QStringLiteral("        %1: %2,").arg(name, f.type ? QString::fromStdString(*f.type) : QStringLiteral("_"));
    QStringList notes;
    if (f.kind == FieldKind::Upvar) notes << QStringLiteral("upvar");
    if (f.expr) notes << QString::fromStdString(*f.expr);
    if (!f.why.empty()) notes << QString::fromStdString(f.why);
    return notes.isEmpty() ? line : line + QStringLiteral(" // ") + notes.join(QStringLiteral("; "));
}

} // namespace

LoweredText loweredCodeFallback(const FutureInfo& future) {
    QStringList lines{QStringLiteral("// `%1` (%2) as rustc lowers it: one variant per state.")
                          .arg(QString::fromStdString(future.name), QString::fromStdString(futureKindName(future.kind))),
                      QStringLiteral("// Upvars live in every state; a Suspend state also holds what its await keeps."),
                      QStringLiteral("enum %1 {").arg(typeName(future))};
    LoweredText out;
    for (const State& s : future.states) {
        const int first = static_cast<int>(lines.size()) + 1;
        const bool final = s.name == "Returned" || s.name == "Panicked";
        const QString name = QString::fromStdString(s.name);
        if (final || (future.upvars.empty() && s.fields.empty())) {
            lines << QStringLiteral("    %1,").arg(name);
        } else {
            lines << (s.awaitKeyword ? QStringLiteral("    %1 { // await at %2:%3").arg(name).arg(s.awaitKeyword->line).arg(s.awaitKeyword->column)
                                     : QStringLiteral("    %1 {").arg(name));
            int temporary = 0;
            for (const SavedField& f : future.upvars) lines << fieldLine(f, temporary);
            for (const SavedField& f : s.fields) lines << fieldLine(f, f.name ? temporary : temporary++);
            lines << QStringLiteral("    },");
        }
        out.stateLines.push_back({first, static_cast<int>(lines.size())});
    }
    lines << QStringLiteral("}");
    out.text = lines.join(QLatin1Char('\n'));
    return out;
}


#ifdef AWAITSCOPE_MODEL_GRAPHS

GraphDescription stateMachineGraph(const Snapshot& snapshot, int future) {
    return StateMachineGraph(snapshot.futures, {}).build(snapshot.futures[future]);
}

GraphDescription propagationPathGraph(const Snapshot& snapshot, const Diagnostic& diagnostic, int cause) {
    return PropagationPathGraph(&snapshot).build(diagnostic, cause);
}

LoweredText loweredCode(const FutureInfo& future) {
    const LoweredCodeText code = LoweredCode::build(future);
    LoweredText out{QString::fromStdString(code.text), {}};
    for (const LoweredCodeLines& lines : code.states) out.stateLines.push_back({lines.variantFirst, lines.variantLast});
    return out;
}

LayoutFunction graphLayouter() {
    return [](const GraphDescription& description, const std::atomic<bool>& cancelled) -> std::optional<LaidOutGraph> {
        LayoutOptions options;
        options.cancelled = &cancelled;
        LayoutResult result = GraphLayouter(options).layout(description);
        if (!result.ok()) return std::nullopt;
        return std::move(result.graph);
    };
}

#else

GraphDescription stateMachineGraph(const Snapshot& snapshot, int future) {
    return stateMachineGraphFallback(snapshot.futures[future]);
}

GraphDescription propagationPathGraph(const Snapshot&, const Diagnostic& diagnostic, int cause) {
    return propagationPathGraphFallback(diagnostic, cause);
}

LoweredText loweredCode(const FutureInfo& future) { return loweredCodeFallback(future); }

LayoutFunction graphLayouter() { return &stackLayout; }

#endif

} // namespace awaitscope
