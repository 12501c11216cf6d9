#include "CommandLine.h"

#include "CommandLineOptions.h"
#include "analysis/Analyzer.h"
#include "export/JsonReport.h"
#include "export/TextReport.h"
#include "util/FileLoader.h"

#include <iostream>

namespace awaitscope {

std::string usageText(CommandLineProgram program) {
    const bool window = program == CommandLineProgram::Window;
    const std::string name = window ? "awaitscope" : "awaitscope-cli";
    const std::string pad(name.size(), ' ');
    return "Usage:\n" +
           std::string(window ? "  awaitscope [FILE.rs]                       open the window (on a file)\n" : "") +
           "  " + name + " analyze FILE.rs [--edition 2015|2018|2021|2024]\n" +
           "  " + pad + "         [--format json|text|markdown] [--large-future-bytes N]\n" +
           "  " + name + " export FILE.rs [--future NAME] [--view states|path|code]\n" +
           "  " + pad + "        [--diagnostic N] --format svg|png|pdf|dot [--scale S] -o OUT\n" +
           "  " + name + " fix FILE.rs --diagnostic N --fix M [--edition ...] -o OUT\n" +
           "  " + name + " --help | --version\n" +
           "\n"
           "analyze prints the analysis report: every future's state machine (which values\n"
           "each await keeps alive, and why) and why a future is not Send. fix writes FILE.rs\n"
           "with the M-th fix of the N-th diagnostic applied (numbers as analyze lists them).\n"
           "export draws the state machine, the why-not-Send path or the lowered code; PNG and\n"
           "PDF are drawn by Graphviz, and a PDF's text can be selected and searched.\n";
}

bool isCommandLineInvocation(const std::vector<std::string>& args) {
    if (args.empty()) return false;
    const std::string& verb = args.front();
    return verb == "analyze" || verb == "export" || verb == "fix" || verb == "--help" || verb == "-h" ||
           verb == "--version" || (verb.size() > 1 && verb[0] == '-');
}

namespace {

int fail(const std::string& message) {
    std::cerr << "awaitscope: " << message << "\n";
    return 2;
}

std::shared_ptr<const Snapshot> analyzeFile(const CommandLineOptions& options,
                                            std::string& error) {
    const LoadedFile loaded = loadSourceFile(options.file);
    if (!loaded.ok()) {
        error = loaded.error;
        return nullptr;
    }
    return analyze({options.file, loaded.text, options.edition, nullptr, options.largeFutureBytes});
}

int runAnalyze(const CommandLineOptions& options) {
    std::string error;
    auto snapshot = analyzeFile(options, error);
    if (!snapshot) return fail(error);
    if (options.format == "json") std::cout << toJson(*snapshot).dump(2) << "\n";
    else if (options.format == "text") std::cout << textReport(*snapshot);
    else if (options.format == "markdown") std::cout << markdownReport(*snapshot);
    else return fail("unknown format '" + options.format + "' for analyze (json, text, markdown)");
    return 0;
}

} // namespace

int runExportCommand(const CommandLineOptions& options);
int runFixCommand(const CommandLineOptions& options);

int runCommandLine(const std::vector<std::string>& args, CommandLineProgram program) {
    const ParsedOptions parsed = parseCommandLine(args);
    if (!parsed.error.empty()) return fail(parsed.error + "\n\n" + usageText(program));
    const CommandLineOptions& options = parsed.options;
    if (options.verb == "help") {
        std::cout << usageText(program);
        return 0;
    }
    if (options.verb == "version") {
        std::cout << "awaitscope " << AWAITSCOPE_VERSION << "\n";
        return 0;
    }
    if (options.verb == "analyze") return runAnalyze(options);
    if (options.verb == "fix") return runFixCommand(options);
    return runExportCommand(options);
}

} // namespace awaitscope
