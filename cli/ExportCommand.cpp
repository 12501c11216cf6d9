// `awaitscope export FILE --format svg|png|pdf|dot -o OUT`: a diagram or the lowered code
// of one future, written atomically (a failure never leaves half a file).
#include "CommandLineOptions.h"
#include "analysis/Analyzer.h"
#include "export/DiagramExporter.h"
#include "util/FileLoader.h"

#include <iostream>

namespace awaitscope {

namespace {

int fail(const std::string& message) {
    std::cerr << "awaitscope: " << message << "\n";
    return 2;
}

ExportRequest requestFrom(const CommandLineOptions& options) {
    ExportRequest request;
    request.future = options.future;
    request.view = options.view;
    request.diagnostic = options.diagnostic;
    request.format = options.format; // png and pdf are drawn by Graphviz, in the core
    request.scale = options.scale;
    return request;
}

} // namespace

int runExportCommand(const CommandLineOptions& options) {
    const LoadedFile loaded = loadSourceFile(options.file);
    if (!loaded.ok()) return fail(loaded.error);
    const auto snapshot = analyze({options.file, loaded.text, options.edition, nullptr, options.largeFutureBytes});
    if (!snapshot) return fail("the analysis of " + options.file + " did not finish");
    const ExportDocument document = DiagramExporter::run(*snapshot, requestFrom(options));
    if (!document.ok()) return fail(document.error);
    const std::string error = writeFileAtomically(options.output, document.data);
    if (!error.empty()) return fail(error);
    return 0;
}

} // namespace awaitscope
