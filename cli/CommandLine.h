#pragma once
// The command-line interface: `analyze FILE ...`, `export FILE ...`, `fix FILE ...`. It
// uses only the Qt-free core, so scripts run without a display. Two executables run it:
// `awaitscope-cli` (no Qt at all) and the window's `awaitscope`, which hands these verbs here.

#include <string>
#include <vector>

namespace awaitscope {

/// Which executable runs the command line: the window's also opens a file given alone.
enum class CommandLineProgram { Window, CommandLineOnly };

/// Exit codes: 0 success (a report with errors in it is still a success), 2 usage or I/O.
int runCommandLine(const std::vector<std::string>& args, CommandLineProgram program);

/// True when the arguments name a command-line verb rather than a file for the window.
bool isCommandLineInvocation(const std::vector<std::string>& args);

std::string usageText(CommandLineProgram program);

} // namespace awaitscope
