#pragma once
// The report's "project" object (spec: Additions / Project): which package, target and
// module the analysed file is, with which features, and what could not be found.

#include <string>
#include <vector>

namespace awaitscope {

struct ProjectInfo {
    std::string manifest; // the Cargo.toml path as found
    std::string crate;    // the target's crate name: "tokio"
    std::string target;   // lib, bin, test, example, bench
    std::string edition;  // "2021"
    std::vector<std::string> features;
    std::string module; // "crate", "crate::net::tcp"
    int dependencies = 0;
    std::vector<std::string> unresolved; // in words
    std::string via;                     // "cargo metadata" or "Cargo.toml"
    int files = 0;                       // files of the crate's module tree
};

} // namespace awaitscope
