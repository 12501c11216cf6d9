#include "export/DiagramExporter.h"

#include "export/CodeListingDot.h"
#include "export/CodeListingSvg.h"
#include "export/DotWriter.h"
#include "export/SvgWriter.h"
#include "graph/LoweredCode.h"
#include "graph/PropagationPathGraph.h"
#include "graph/StateMachineGraph.h"
#include "layout/GraphRenderer.h"

#include <chrono>

namespace awaitscope {

namespace {

std::string futureNames(const Snapshot& snapshot) {
    std::string names;
    for (const FutureInfo& f : snapshot.futures) names += (names.empty() ? "" : ", ") + f.name;
    return names;
}

ExportDocument failed(const std::string& error) {
    return {"", error, 0};
}

bool isImage(const std::string& format) {
    return format == "png" || format == "pdf";
}

// PNG and PDF are drawn by Graphviz (its cairo plugin), so a PDF's text is real text.
ExportDocument rendered(const DotSpec& spec, const ExportRequest& request) {
    const auto start = std::chrono::steady_clock::now();
    RenderResult result = GraphRenderer(request.layout).render(spec, request.format, request.scale);
    const std::chrono::duration<double, std::milli> took = std::chrono::steady_clock::now() - start;
    if (!result.ok()) return failed(result.error);
    return {std::move(result.data), "", took.count()};
}

} // namespace

const FutureInfo* DiagramExporter::chooseFuture(const Snapshot& snapshot, const std::string& name, std::string& error) {
    if (snapshot.futures.empty()) {
        error = snapshot.file + " has no async fn, async block or async closure to draw";
        return nullptr;
    }
    if (!name.empty()) {
        if (const FutureInfo* f = snapshot.findFuture(name)) return f;
        error = "no future named '" + name + "' in " + snapshot.file + "; its futures are: " + futureNames(snapshot);
        return nullptr;
    }
    // The future a diagnostic is about is the one the user most likely wants to see.
    for (const Diagnostic& d : snapshot.diagnostics)
        if (const FutureInfo* f = snapshot.futureOf(d)) return f;
    return &snapshot.futures.front();
}

const Diagnostic* DiagramExporter::chooseDiagnostic(const Snapshot& snapshot, const ExportRequest& request,
                                                    std::string& error) {
    const auto& all = snapshot.diagnostics;
    if (all.empty()) {
        error = "--view path needs a diagnostic, and " + snapshot.file +
                " has none: nothing in it requires Send of a future that is not Send";
        return nullptr;
    }
    if (request.diagnostic) {
        if (*request.diagnostic >= 1 && *request.diagnostic <= static_cast<int>(all.size()))
            return &all[*request.diagnostic - 1];
        error = "--diagnostic " + std::to_string(*request.diagnostic) + ": " + snapshot.file + " has " +
                std::to_string(all.size()) + " diagnostic(s), numbered from 1";
        return nullptr;
    }
    const FutureInfo* wanted = request.future.empty() ? nullptr : snapshot.findFuture(request.future);
    for (const Diagnostic& d : all)
        if (request.future.empty() || (wanted && d.futureId == wanted->id)) return &d;
    error = "--view path: no diagnostic is about the future '" + request.future + "'";
    return nullptr;
}

std::optional<GraphDescription> DiagramExporter::diagram(const Snapshot& snapshot, const ExportRequest& request,
                                                         std::string& error) {
    if (request.view == "path") {
        const Diagnostic* d = chooseDiagnostic(snapshot, request, error);
        if (!d) return std::nullopt;
        return PropagationPathGraph(&snapshot).build(*d);
    }
    const FutureInfo* f = chooseFuture(snapshot, request.future, error);
    if (!f) return std::nullopt;
    StateMachineGraph::Options options;
    options.expandAwaitees = request.expandAwaitees;
    return StateMachineGraph(snapshot.futures, options).build(*f);
}

ExportDocument DiagramExporter::run(const Snapshot& snapshot, const ExportRequest& request) {
    if (request.view == "code") return code(snapshot, request);
    std::string error;
    const auto graph = diagram(snapshot, request, error);
    if (!graph) return failed(error);
    if (request.format == "dot") return {DotWriter::write(*graph, request.layout.style), "", 0};
    if (isImage(request.format))
        return rendered(DotSpecBuilder::build(*graph, request.layout.style, DotPurpose::Render), request);
    if (request.format != "svg") return failed("unknown export format '" + request.format + "'");
    const auto start = std::chrono::steady_clock::now();
    const LayoutResult laid = GraphLayouter(request.layout).layout(*graph);
    const std::chrono::duration<double, std::milli> took = std::chrono::steady_clock::now() - start;
    if (!laid.ok()) return failed(laid.error);
    return {SvgWriter::write(laid.graph, request.scale), "", took.count()};
}

ExportDocument DiagramExporter::code(const Snapshot& snapshot, const ExportRequest& request) {
    if (request.format == "dot")
        return failed("--view code is a text listing, not a graph: export it as svg, png or pdf");
    std::string error;
    const FutureInfo* f = chooseFuture(snapshot, request.future, error);
    if (!f) return failed(error);
    const LoweredCodeText lowered = LoweredCode::build(*f);
    std::vector<CodeListingSvg::Band> bands;
    for (const LoweredCodeLines& s : lowered.states) {
        bands.push_back({s.variantFirst, s.variantLast, s.state});
        bands.push_back({s.armFirst, s.armLast, s.state});
    }
    const std::string title = f->name + ": the state machine as Rust";
    const std::string& font = request.layout.style.monospaceFamily;
    if (isImage(request.format)) return rendered(CodeListingDot::build(title, lowered.text, bands, font), request);
    if (request.format != "svg") return failed("unknown export format '" + request.format + "'");
    return {CodeListingSvg::write(title, lowered.text, bands, request.scale, font), "", 0};
}

} // namespace awaitscope
