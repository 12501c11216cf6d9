// awaitscope-cli: the command line without the window, built from model/ alone (no Qt),
// for scripts, CI and machines without a display.
#include "CommandLine.h"

#include <string>
#include <vector>

int main(int argc, char** argv) {
    const std::vector<std::string> args(argv + 1, argv + argc);
    return awaitscope::runCommandLine(args, awaitscope::CommandLineProgram::CommandLineOnly);
}
