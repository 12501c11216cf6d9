// `awaitscope export FILE --format svg|png|pdf|dot -o OUT`: a diagram or the lowered code
// of one future, written atomically (a failure never leaves half a file).
#include "CommandLineOptions.h"
#include "ExportRenderer.h"
#include "analysis/Analyzer.h"
#include "export/DiagramExporter.h"
#include "util/FileLoader.h"

#include <QGuiApplication>

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
    request.format = options.format == "dot" ? "dot" : "svg"; // png/pdf render the SVG
    request.scale = options.scale;
    return request;
}

// PNG/PDF: the SVG drawn by QtSvg, the same code the window's export uses.
std::string renderImage(const std::string& svg, const std::string& format, std::string& error) {
    auto application = ExportRenderer::ensureApplication();
    const auto result = ExportRenderer::render(QByteArray::fromStdString(svg), QString::fromStdString(format));
    if (!result.error.isEmpty()) {
        const QString qt = ExportRenderer::takeQtMessages();
        error = result.error.toStdString() + (qt.isEmpty() ? "" : "\nQt said: " + qt.trimmed().toStdString());
        return "";
    }
    return result.data.toStdString();
}

} // namespace

int runExportCommand(const CommandLineOptions& options) {
    const LoadedFile loaded = loadSourceFile(options.file);
    if (!loaded.ok()) return fail(loaded.error);
    const auto snapshot = analyze({options.file, loaded.text, options.edition, nullptr});
    if (!snapshot) return fail("the analysis of " + options.file + " did not finish");
    const ExportDocument document = DiagramExporter::run(*snapshot, requestFrom(options));
    if (!document.ok()) return fail(document.error);
    std::string data = document.data;
    if (options.format == "png" || options.format == "pdf") {
        std::string error;
        data = renderImage(document.data, options.format, error);
        if (!error.empty()) return fail(error);
    }
    const std::string error = writeFileAtomically(options.output, data);
    if (!error.empty()) return fail(error);
    return 0;
}

} // namespace awaitscope
