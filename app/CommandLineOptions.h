#pragma once
// Parsing of the command line's words into options, with a clear message for any mistake.

#include "analysis/Snapshot.h"

#include <optional>
#include <string>
#include <vector>

namespace awaitscope {

struct CommandLineOptions {
    std::string verb; // analyze | export | help | version
    std::string file;
    Edition edition = Edition::E2021;
    std::string format;
    std::string future;
    std::string view = "states";
    std::optional<int> diagnostic;
    double scale = 1.0;
    std::string output;
};

struct ParsedOptions {
    CommandLineOptions options;
    std::string error; // empty on success
};

ParsedOptions parseCommandLine(const std::vector<std::string>& args);

} // namespace awaitscope
