#pragma once
// Parsing of the command line's words into options, with a clear message for any mistake.

#include "data/Snapshot.h"

#include <optional>
#include <string>
#include <vector>

namespace awaitscope {

struct CommandLineOptions {
    std::string verb; // analyze | analyze-crate | export | fix | help | version
    std::string file; // analyze-crate: a package folder or its Cargo.toml
    Edition edition = Edition::E2021;
    bool editionGiven = false;         // else a project's edition applies
    bool noProject = false;            // --no-project: the file alone
    std::vector<std::string> features; // --features a,b
    bool noDefaultFeatures = false;
    int jobs = 0;         // --jobs N; 0 = every core
    bool noCache = false; // analyze-crate --no-cache: neither read nor write the on-disk cache
    std::string deny;     // --deny not-send
    std::string format;
    std::string future;
    std::string view = "states";
    std::optional<int> diagnostic; // 1-based, as the report lists them
    std::optional<int> fix;        // 1-based, within the diagnostic's fixes
    double scale = 1.0;
    std::string output;
    long largeFutureBytes = 16384; // --large-future-bytes: the large-future warning's threshold
    bool rustc = false;            // analyze --rustc: also check with the real compiler
    std::string toolchain;         // --toolchain nightly|stable (default: nightly if installed)
};

struct ParsedOptions {
    CommandLineOptions options;
    std::string error; // empty on success
};

ParsedOptions parseCommandLine(const std::vector<std::string>& args);

} // namespace awaitscope
