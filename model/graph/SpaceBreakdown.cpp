#include "graph/SpaceBreakdown.h"

#include "graph/StateMachineGraph.h"

#include <algorithm>

namespace awaitscope {

namespace {

std::string labelOf(const SavedField& f) {
    if (f.kind == FieldKind::Awaitee) return f.expr.value_or("the awaited future") + ".await";
    const std::string name = f.name.value_or(f.expr.value_or("a temporary"));
    return f.type ? name + ": " + *f.type : name;
}

bool sameValue(const SavedField& a, const SavedField& b) {
    return a.kind == b.kind && a.position == b.position && a.name == b.name && a.expr == b.expr;
}

void addField(const SavedField& f, const std::string& state, std::vector<const SavedField*>& seen,
              std::vector<SpaceItem>& items, SpaceBreakdown& out) {
    if (!f.size) {
        ++out.unknown;
        return;
    }
    // An awaitee is its own field in every state; a local kept in several states is one.
    for (size_t i = 0; i < seen.size(); ++i)
        if (f.kind != FieldKind::Awaitee && sameValue(*seen[i], f)) {
            items[i].states += ", " + state;
            return;
        }
    seen.push_back(&f);
    items.push_back({labelOf(f), state, *f.size, {}});
}

} // namespace

SpaceBreakdown breakdownOf(const std::vector<FutureInfo>& futures, size_t index, int depth) {
    SpaceBreakdown out;
    if (index >= futures.size()) return out;
    const FutureInfo& future = futures[index];
    out.future = future.name;
    if (future.size) out.size = *future.size;
    if (future.align) out.align = *future.align;
    std::vector<const SavedField*> seen;
    for (const SavedField& u : future.upvars) addField(u, "every state", seen, out.items, out);
    for (const State& s : future.states)
        for (const SavedField& f : s.fields) {
            const size_t before = out.items.size();
            addField(f, s.name, seen, out.items, out);
            if (out.items.size() == before || f.kind != FieldKind::Awaitee || depth <= 1) continue;
            if (const FutureInfo* callee = StateMachineGraph::awaitedFuture(f, futures))
                out.items.back().inside =
                    breakdownOf(futures, static_cast<size_t>(callee - futures.data()), depth - 1).items;
        }
    std::stable_sort(out.items.begin(), out.items.end(),
                     [](const SpaceItem& a, const SpaceItem& b) { return a.bytes > b.bytes; });
    return out;
}

namespace {

std::string csvField(const std::string& text) {
    std::string out = "\"";
    for (char c : text) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

void csvRows(const std::string& future, const std::vector<SpaceItem>& items, int depth, std::string& out) {
    for (const SpaceItem& i : items) {
        out += csvField(future) + "," + csvField(i.label) + "," + csvField(i.states) + "," + std::to_string(i.bytes) +
               "," + std::to_string(depth) + "\n";
        csvRows(future, i.inside, depth + 1, out);
    }
}

} // namespace

std::string breakdownCsv(const SpaceBreakdown& b) {
    std::string out = "future,value,states,bytes,depth\n";
    csvRows(b.future, b.items, 0, out);
    return out;
}

} // namespace awaitscope
