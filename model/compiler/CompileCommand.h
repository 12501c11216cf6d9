#pragma once
// The compiler call of a check: the exact rustc flags the oracle uses
// (../shared/tools/rustc-oracle), or `cargo rustc` with them for a Cargo target.

#include "compiler/RustcCheck.h"
#include "util/ProcessRunner.h"

#include <string>
#include <vector>

namespace awaitscope {

struct CompileCommand {
    ProcessRequest process;
    std::vector<std::string> shown; // the command as the status prints it, environment first
    std::string cacheKey;           // a hash of everything the result depends on
    std::string spanFile;           // how rustc will name the checked file
    std::string targetSource;       // cargo: the target's root, to keep only its messages
};

CompileCommand standaloneCommand(const Toolchain& toolchain, const RustcCheckRequest& request,
                                 const DependencySet* dependencies);
CompileCommand projectCommand(const Toolchain& toolchain, const CheckTarget& target, const RustcCheckRequest& request);

/// A file with a top-level `fn main` is compiled as a binary, any other as a library.
bool hasTopLevelMain(const std::string& text);

} // namespace awaitscope
