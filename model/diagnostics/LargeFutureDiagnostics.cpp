#include "diagnostics/LargeFutureDiagnostics.h"

#include "diagnostics/FixSyntax.h"
#include "syntax/SyntaxTree.h"

#include <algorithm>
#include <string_view>

namespace awaitscope {

using namespace fixsyntax;

namespace {

constexpr size_t kLargestShown = 3;
// A label quotes at most this many bytes of code: an awaited `async { .. }` holds every
// block nested in it, so whole-text labels grow with the square of the nesting (2,000
// nested blocks made a 384 MB report). The report's `expr` keeps the whole text.
constexpr size_t kLabelCodeBytes = 80;

/// `code`, cut at a character boundary to kLabelCodeBytes and marked as cut.
std::string excerpt(std::string_view code) {
    if (code.size() <= kLabelCodeBytes) return std::string(code);
    size_t end = kLabelCodeBytes;
    while (end > 0 && (static_cast<unsigned char>(code[end]) & 0xC0) == 0x80) --end; // a continuation byte
    return std::string(code.substr(0, end)) + "\u2026";
}

struct Candidate {
    const SavedField* field = nullptr;
    const State* state = nullptr;
};

std::string fieldName(const SavedField& f) {
    if (f.kind == FieldKind::Awaitee) return (f.expr ? excerpt(*f.expr) : "the awaited future") + ".await";
    return f.name.value_or(f.expr ? excerpt(*f.expr) : "a temporary");
}

// The biggest saved values, each value once (a local saved in several states counts
// once, in its first state).
std::vector<Candidate> largestValues(const FutureInfo& future) {
    std::vector<Candidate> all;
    for (const State& s : future.states)
        for (const SavedField& f : s.fields)
            if (f.size && std::none_of(all.begin(), all.end(), [&](const Candidate& c) {
                    return c.field->kind == f.kind && c.field->position == f.position && c.field->name == f.name;
                }))
                all.push_back({&f, &s});
    std::stable_sort(all.begin(), all.end(),
                     [](const Candidate& a, const Candidate& b) { return *a.field->size > *b.field->size; });
    return all;
}

// `big().await` -> `Box::pin(big()).await`.
std::optional<Fix> boxAwaitee(const SyntaxTree& tree, const Candidate& c) {
    if (!c.state->awaitKeyword) return std::nullopt;
    const SyntaxNode await = nodeAt(tree, *c.state->awaitKeyword).parent();
    if (!await.is(SyntaxKind::AwaitExpression) || await.namedChildren().empty()) return std::nullopt;
    const SyntaxNode awaited = await.namedChildren().front();
    return Fix{"Box the awaited future (" + std::to_string(*c.field->size) + " bytes): `Box::pin(" +
                   excerpt(awaited.text()) + ").await`",
               {{{awaited.start(), awaited.start()}, "Box::pin("}, {{awaited.end(), awaited.end()}, ")"}}};
}

// `let buf = [0u8; 65536];` -> `let buf = Box::new([0u8; 65536]);` (no written type).
std::optional<Fix> boxLocal(const SyntaxTree& tree, const Candidate& c) {
    if (c.field->kind != FieldKind::Local || !c.field->name) return std::nullopt;
    const SyntaxNode let = enclosingStatement(nodeAt(tree, c.field->position));
    if (!let.is(SyntaxKind::LetDeclaration) || let.field(SyntaxField::Type) || !let.field(SyntaxField::Value) ||
        !let.field(SyntaxField::Pattern).is(SyntaxKind::Identifier) ||
        !(let.field(SyntaxField::Pattern).start() == c.field->position))
        return std::nullopt;
    const SyntaxNode value = let.field(SyntaxField::Value);
    return Fix{"Keep `" + *c.field->name + "` on the heap (" + std::to_string(*c.field->size) + " bytes): `Box::new(" +
                   excerpt(value.text()) + ")`",
               {{{value.start(), value.start()}, "Box::new("}, {{value.end(), value.end()}, ")"}}};
}

Diagnostic largeFuture(const FutureInfo& future, const std::vector<Candidate>& largest, long threshold) {
    Diagnostic d;
    d.code = "large-future";
    d.severity = "warning";
    d.future = future.name;
    d.futureId = future.id; // the path view draws this future's own node
    d.range = {future.position, {future.position.line, future.position.column + static_cast<int>(future.name.size())}};
    d.message = "the future of `" + future.name + "` is " + std::to_string(*future.size) + " bytes (more than " +
                std::to_string(threshold) + "): every caller that awaits it stores it whole";
    for (size_t i = 0; i < largest.size() && i < kLargestShown; ++i) {
        const Candidate& c = largest[i];
        d.largest.push_back({fieldName(*c.field), c.state->name, *c.field->size, c.field->position});
    }
    return d;
}

} // namespace

std::vector<Diagnostic> findLargeFutureDiagnostics(const std::vector<FutureInfo>& futures, const SyntaxTree& tree,
                                                   long thresholdBytes) {
    std::vector<Diagnostic> out;
    for (const FutureInfo& f : futures) {
        if (!f.size || *f.size <= thresholdBytes) continue;
        const auto largest = largestValues(f);
        Diagnostic d = largeFuture(f, largest, thresholdBytes);
        const auto biggestAwait = std::find_if(largest.begin(), largest.end(),
                                               [](const Candidate& c) { return c.field->kind == FieldKind::Awaitee; });
        // Boxing pays only for a value that makes up a good part of the excess.
        const long worthBoxing = thresholdBytes / 2;
        if (biggestAwait != largest.end() && *biggestAwait->field->size >= worthBoxing)
            if (auto fix = boxAwaitee(tree, *biggestAwait)) d.fixes.push_back(std::move(*fix));
        const auto biggestLocal = std::find_if(largest.begin(), largest.end(),
                                               [](const Candidate& c) { return c.field->kind == FieldKind::Local; });
        if (biggestLocal != largest.end() && *biggestLocal->field->size >= worthBoxing)
            if (auto fix = boxLocal(tree, *biggestLocal)) d.fixes.push_back(std::move(*fix));
        out.push_back(std::move(d));
    }
    return out;
}

} // namespace awaitscope
