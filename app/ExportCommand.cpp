#include "CommandLineOptions.h"

#include <iostream>

namespace awaitscope {

int runExportCommand(const CommandLineOptions& options) {
    (void)options;
    std::cerr << "awaitscope: export is not available in this build yet\n";
    return 2;
}

} // namespace awaitscope
