#pragma once
// From a source file to its place in a Cargo project: the package (ProjectLocator), the
// target whose module tree holds the file, the enabled features and cfg set, the loaded
// crate (CrateModel, cached per process so every file of a crate shares one), and the
// report's "project" object.

#include "project/FileInProject.h"
#include "project/ProjectLocator.h"

#include <memory>
#include <string>
#include <vector>

namespace awaitscope {

struct ProjectOptions {
    std::vector<std::string> features; // --features a,b (besides the defaults)
    bool noDefaultFeatures = false;
    bool useCargo = true; // ask `cargo metadata`; false: read the manifests
};

class ProjectSession {
  public:
    /// The file inside its crate; nullptr when no Cargo.toml lies above it (single-file
    /// mode). A package that cannot be read gives a FileInProject without a crate whose
    /// info lists why.
    static std::shared_ptr<const FileInProject> forFile(const std::string& file, const ProjectOptions& options);

    /// The crate of one target of a located package, loaded (or from the cache).
    static std::shared_ptr<const CrateModel> crateOf(const ProjectLocation& location, const CargoTarget& target,
                                                     const ProjectOptions& options);
    /// The same crate loaded afresh from disk, bypassing (and not filling) the cache.
    static std::shared_ptr<const CrateModel> loadCrate(const ProjectLocation& location, const CargoTarget& target,
                                                       const ProjectOptions& options);
    /// The "project" object for a file of that crate.
  private:
    static std::shared_ptr<const FileInProject> locate(const std::string& file, const ProjectOptions& options);

  public:
    static ProjectInfo infoFor(const ProjectLocation& location, const CargoTarget& target,
                               const ProjectOptions& options, const CrateModel* crate, const std::string& modulePath);
};

} // namespace awaitscope
