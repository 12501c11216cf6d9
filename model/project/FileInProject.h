#pragma once
// A file as part of its crate: the loaded crate (shared by every file analysed in it), the
// module the file is, and the report's "project" object.

#include "data/ProjectInfo.h"

#include <memory>
#include <string>

namespace awaitscope {

class CrateModel;

struct FileInProject {
    std::shared_ptr<const CrateModel> crate; // null when no crate could be loaded
    std::string modulePath;                  // "" for the crate root, "net::tcp"
    std::string diskPath;                    // the file's path as the crate's module tree has it
    ProjectInfo info;
};

} // namespace awaitscope
