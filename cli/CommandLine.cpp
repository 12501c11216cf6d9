#include "CommandLine.h"

#include "CommandLineOptions.h"
#include "analysis/Analyzer.h"
#include "compiler/RustcCheck.h"
#include "export/RustcReport.h"
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
           "  " + pad + "         [--format json|text|markdown] [--rustc [--toolchain nightly|stable]]\n" +
           "  " + name + " export FILE.rs [--future NAME] [--view states|path|code]\n" +
           "  " + pad + "        [--diagnostic N] --format svg|png|pdf|dot [--scale S] -o OUT\n" +
           "  " + name + " fix FILE.rs --diagnostic N --fix M [--edition ...] -o OUT\n" +
           "  " + name + " --help | --version\n" +
           "\n"
           "analyze prints the analysis report: every future's state machine (which values\n"
           "each await keeps alive, and why) and why a future is not Send. fix writes FILE.rs\n"
           "with the M-th fix of the N-th diagnostic applied (numbers as analyze lists them).\n"
           "export draws the state machine, the why-not-Send path or the lowered code; PNG and\n"
           "PDF are drawn by Graphviz, and a PDF's text can be selected and searched.\n"
           "analyze --rustc also compiles the file with the real compiler (cargo and rustc; nightly\n"
           "if installed, else stable with RUSTC_BOOTSTRAP=1) and adds rustc's layouts and errors\n"
           "beside the model's, with every disagreement. This runs build scripts and procedural\n"
           "macros of the file's dependencies.\n";
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
    return analyze({options.file, loaded.text, options.edition, nullptr});
}

std::optional<RustcCheck> checkWithRustc(const CommandLineOptions& options, const Snapshot& snapshot) {
    if (!options.rustc) return std::nullopt;
    RustcCheckRequest request;
    request.path = options.file;
    request.text = snapshot.text;
    request.edition = editionName(snapshot.edition);
    request.toolchain = options.toolchain;
    request.progress = [](const std::string& step) { std::cerr << "awaitscope: " << step << "\n"; };
    RustcCheck check = runRustcCheck(request);
    if (check.status.error) std::cerr << "awaitscope: rustc check: " << *check.status.error << "\n";
    return check;
}

int runAnalyze(const CommandLineOptions& options) {
    std::string error;
    auto snapshot = analyzeFile(options, error);
    if (!snapshot) return fail(error);
    if (options.format != "json" && options.format != "text" && options.format != "markdown")
        return fail("unknown format '" + options.format + "' for analyze (json, text, markdown)");
    if (options.rustc) // no compiler: say what to install, before any output
        if (const auto lookup = findToolchain(options.toolchain); !lookup.toolchain) return fail(lookup.error);
    const auto check = checkWithRustc(options, *snapshot);
    if (options.format == "json") {
        auto report = toJson(*snapshot);
        if (check) addRustcCheck(report, *snapshot, *check);
        std::cout << report.dump(2) << "\n";
        return 0;
    }
    std::cout << (options.format == "text" ? textReport(*snapshot) : markdownReport(*snapshot));
    if (check) std::cout << rustcTextReport(*snapshot, *check);
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
