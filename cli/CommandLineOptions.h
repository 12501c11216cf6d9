#pragma once
// Parsing of the command line's words into options, with a clear message for any mistake.

#include "data/Snapshot.h"

#include <optional>
#include <string>
#include <vector>

namespace awaitscope {

struct CommandLineOptions {
    std::string verb; // analyze | export | fix | help | version
    std::string file;
    Edition edition = Edition::E2021;
    std::string format;
    std::string future;
    std::string view = "states";
    std::optional<int> diagnostic; // 1-based, as the report lists them
    std::optional<int> fix;        // 1-based, within the diagnostic's fixes
    double scale = 1.0;
    std::string output;
    bool rustc = false;        // analyze --rustc: also check with the real compiler
    std::string toolchain;     // --toolchain nightly|stable (default: nightly if installed)
};

struct ParsedOptions {
    CommandLineOptions options;
    std::string error; // empty on success
};

ParsedOptions parseCommandLine(const std::vector<std::string>& args);

} // namespace awaitscope
