// Awaitscope: one executable for the window and for the command line.
#include "CommandLine.h"
#include "GuiMain.h"

#include <string>
#include <vector>

int main(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    if (awaitscope::isCommandLineInvocation(args))
        return awaitscope::runCommandLine(args, awaitscope::CommandLineProgram::Window);
    return awaitscope::runGui(argc, argv);
}
