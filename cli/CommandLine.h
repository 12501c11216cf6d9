#pragma once
// The command-line interface: `analyze FILE ...`, `export FILE ...`, `fix FILE ...`. It
// uses only the Qt-free core, so scripts run without a display. Two executables run it:
// `awaitscope-cli` (no Qt at all) and the window's `awaitscope`, which hands these verbs here.

#include "data/Snapshot.h"

#include <memory>
#include <string>
#include <vector>

namespace awaitscope {

/// Which executable runs the command line: the window's also opens a file given alone.
enum class CommandLineProgram { Window, CommandLineOnly };

struct CommandLineOptions;

/// Exit codes: 0 success (a report with errors in it is still a success), 2 usage, I/O or
/// input the analysis refuses (not UTF-8, too large, nested too deeply), 3 an internal
/// error (a bug: an exception nothing else caught, reported instead of aborting).
int runCommandLine(const std::vector<std::string>& args, CommandLineProgram program);

/// Loads and analyses the options' file; null with `error` set when the file cannot be
/// read or the analysis refuses it (AnalysisOutcome::refusal).
std::shared_ptr<const Snapshot> analyzeFile(const CommandLineOptions& options, std::string& error);

/// True when the arguments name a command-line verb rather than a file for the window.
bool isCommandLineInvocation(const std::vector<std::string>& args);

std::string usageText(CommandLineProgram program);

} // namespace awaitscope
