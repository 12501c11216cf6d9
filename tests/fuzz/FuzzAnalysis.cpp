// libFuzzer target: bytes -> analysis -> every writer the command line has (JSON, text
// and Markdown reports, DOT and SVG of the state machine, the path and the lowered code).
// Checks that each output is valid UTF-8 (the JSON library throws on anything else) and
// that the JSON parses back.
#include "FuzzSupport.h"

#include "export/DiagramExporter.h"
#include "export/JsonReport.h"
#include "export/TextReport.h"

#include <nlohmann/json.hpp>

using namespace awaitscope;

namespace {

void exportOne(const Snapshot& snapshot, const std::string& view, const std::string& format) {
    ExportRequest request;
    request.view = view;
    request.format = format;
    const ExportDocument document = DiagramExporter::run(snapshot, request);
    if (document.ok()) fuzz::require(firstInvalidUtf8(document.data) == std::string::npos, "export is not valid UTF-8");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const auto snapshot = fuzz::analyzeBytes(data, size);
    if (!snapshot) return 0;
    const std::string json = toJson(*snapshot).dump(2);
    fuzz::require(nlohmann::json::accept(json), "the JSON report does not parse back");
    fuzz::require(firstInvalidUtf8(textReport(*snapshot)) == std::string::npos, "text report is not valid UTF-8");
    fuzz::require(firstInvalidUtf8(markdownReport(*snapshot)) == std::string::npos,
                  "markdown report is not valid UTF-8");
    for (const char* view : {"states", "path", "code"})
        for (const char* format : {"dot", "svg"}) exportOne(*snapshot, view, format);
    return 0;
}
