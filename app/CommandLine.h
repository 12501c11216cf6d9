#pragma once
// The command-line interface: `awaitscope analyze FILE ...`, `awaitscope export FILE ...`.
// It uses only the Qt-free core, so scripts run without a display.

#include <string>
#include <vector>

namespace awaitscope {

/// Exit codes: 0 success, 1 analysis found errors is NOT a failure (still 0), 2 usage or I/O.
int runCommandLine(const std::vector<std::string>& args);

/// True when the arguments name a command-line verb rather than a file for the GUI.
bool isCommandLineInvocation(const std::vector<std::string>& args);

std::string usageText();

} // namespace awaitscope
