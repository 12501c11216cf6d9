#include "CommandLine.h"

#include "CommandLineOptions.h"
#include "analysis/AnalysisOutcome.h"
#include "compiler/RustcCheck.h"
#include "export/JsonReport.h"
#include "export/RustcReport.h"
#include "export/TextReport.h"
#include "project/ProjectSession.h"
#include "util/FileLoader.h"

#include <iomanip>
#include <iostream>

namespace awaitscope {

std::string usageText(CommandLineProgram program) {
    const bool window = program == CommandLineProgram::Window;
    const std::string name = window ? "awaitscope" : "awaitscope-cli";
    const std::string pad(name.size(), ' ');
    return "Usage:\n" +
           std::string(
               window ? "  awaitscope [FILE.rs | PROJECT]             open the window (on a file or a Cargo project)\n"
                      : "") +
           "  " + name + " analyze FILE.rs [--edition 2015|2018|2021|2024]\n" + "  " + pad +
           "         [--format json|text|markdown] [--no-project] [--rustc]\n" + "  " + pad +
           "         [--features A,B] [--no-default-features]\n" + "  " + pad + "         [--large-future-bytes N]\n" +
           "  " + pad + "         [--toolchain nightly|stable]\n" + "  " + name +
           " analyze-crate PATH [--features A,B] [--no-default-features]\n" + "  " + pad +
           "               [--format text|json] [--jobs N] [--deny not-send] [--no-cache]\n" + "  " + name +
           " export FILE.rs [--future NAME] [--view states|path|code]\n" + "  " + pad +
           "        [--diagnostic N] --format svg|png|pdf|dot [--scale S] -o OUT\n" + "  " + name +
           " fix FILE.rs --diagnostic N --fix M [--edition ...] -o OUT\n" + "  " + name + " --help | --version\n" +
           "\n"
           "analyze prints the analysis report: every future's state machine (which values\n"
           "each await keeps alive, and why) and why a future is not Send. fix writes FILE.rs\n"
           "with the M-th fix of the N-th diagnostic applied (numbers as analyze lists them).\n"
           "export draws the state machine, the why-not-Send path or the lowered code; PNG and\n"
           "PDF are drawn by Graphviz, and a PDF's text can be selected and searched.\n"
           "\n"
           "A file inside a Cargo package is analysed as a module of its crate (the nearest\n"
           "Cargo.toml, its workspace, the target whose module tree holds the file), with the\n"
           "package's default features plus --features; --no-project analyses the file alone.\n"
           "analyze-crate analyses every file of every target of the package at PATH (a folder\n"
           "or a Cargo.toml) in one process on --jobs threads (default: every core): progress on\n"
           "stderr, a summary per file and per crate on stdout. Exit 0 analysed, 1 with\n"
           "--deny not-send when a future is not Send, 2 bad input. Its results are kept in\n"
           "~/.cache/awaitscope/index ($XDG_CACHE_HOME) and reused while no source, manifest\n"
           "or the program changes; --no-cache analyses afresh.\n"
           "\n"
           "analyze --rustc also compiles the file with the real compiler (cargo and rustc; nightly\n"
           "if installed, else stable with RUSTC_BOOTSTRAP=1) and adds rustc's layouts and errors\n"
           "beside the model's, with every disagreement. This runs build scripts and procedural\n"
           "macros of the file's dependencies.\n";
}

std::shared_ptr<const Snapshot> analyzeFile(const CommandLineOptions& options, std::string& error) {
    const LoadedFile loaded = loadSourceFile(options.file);
    if (!loaded.ok()) {
        error = loaded.error;
        return nullptr;
    }
    AnalysisInput input{options.file, loaded.text, options.edition, nullptr};
    input.largeFutureBytes = options.largeFutureBytes;
    input.highlights = false; // no editor to colour
    if (!options.noProject)
        input.project = ProjectSession::forFile(options.file, {options.features, options.noDefaultFeatures, true});
    if (input.project && !options.editionGiven)
        if (auto edition = parseEdition(input.project->info.edition)) input.edition = *edition;
    AnalysisOutcome outcome = analyzeOrRefuse(input);
    if (!outcome.refusal.empty()) {
        error = "cannot analyse " + options.file + ": " + outcome.refusal;
        return nullptr;
    }
    return outcome.snapshot;
}

bool isCommandLineInvocation(const std::vector<std::string>& args) {
    if (args.empty()) return false;
    const std::string& verb = args.front();
    return verb == "analyze" || verb == "analyze-crate" || verb == "export" || verb == "fix" || verb == "--help" ||
           verb == "-h" || verb == "--version" || (verb.size() > 1 && verb[0] == '-');
}

namespace {

int fail(const std::string& message) {
    std::cerr << "awaitscope: " << message << "\n";
    return 2;
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
        if (!check) { // one future at a time: a large report is never held whole
            writeJson(std::cout, *snapshot);
            std::cout << "\n";
            return 0;
        }
        auto report = toJson(*snapshot);
        addRustcCheck(report, *snapshot, *check);
        // Streamed, not dumped into a string first: a large report would be held twice.
        std::cout << std::setw(2) << report << "\n";
        return 0;
    }
    std::cout << (options.format == "text" ? textReport(*snapshot) : markdownReport(*snapshot));
    if (check) std::cout << rustcTextReport(*snapshot, *check);
    return 0;
}

} // namespace

int runExportCommand(const CommandLineOptions& options);
int runFixCommand(const CommandLineOptions& options);
int runAnalyzeCrateCommand(const CommandLineOptions& options);

namespace {

int runVerb(const std::vector<std::string>& args, CommandLineProgram program) {
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
    if (options.verb == "analyze-crate") return runAnalyzeCrateCommand(options);
    return runExportCommand(options);
}

int internalError(const std::string& what) {
    std::cerr << "awaitscope: internal error: " << what
              << "\nThis is a bug in Awaitscope, not in your file; please report it with the file.\n";
    return 3;
}

} // namespace

int runCommandLine(const std::vector<std::string>& args, CommandLineProgram program) {
    try {
        return runVerb(args, program);
    } catch (const std::exception& e) {
        return internalError(e.what());
    } catch (...) {
        return internalError("unknown exception");
    }
}

} // namespace awaitscope
