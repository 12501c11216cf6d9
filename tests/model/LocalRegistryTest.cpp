// Registry dependencies read from a local registry folder (model/project/LocalRegistry):
// the newest version the requirement accepts, as cargo's resolver picks it, with semver's
// caret, tilde, exact and lower-bound requirements.
#include "project/LocalRegistry.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <unistd.h>

using namespace awaitscope;
namespace fs = std::filesystem;

namespace {

class LocalRegistryTest : public ::testing::Test {
  protected:
    void SetUp() override {
        m_root = fs::temp_directory_path() / ("awaitscope-registry-" + std::to_string(::getpid()));
        for (const char* name : {"mio-0.8.4", "mio-0.8.11", "mio-0.9.0", "bytes-1.2.1", "bytes-1.10.0", "bytes-2.0.0",
                                 "slab-0.4.2", "nomanifest-1.0.0"}) {
            fs::create_directories(m_root / name);
            if (std::string(name) != "nomanifest-1.0.0") std::ofstream(m_root / name / "Cargo.toml") << "";
        }
    }
    void TearDown() override { fs::remove_all(m_root); }

    std::string find(const std::string& package, const std::string& req) const {
        const auto dir = findInLocalRegistry(package, req, {m_root.string()});
        return dir ? fs::path(*dir).filename().string() : "none";
    }

    fs::path m_root;
};

} // namespace

TEST_F(LocalRegistryTest, CaretRequirementsKeepTheLeftmostNonZeroPart) {
    EXPECT_EQ(find("mio", "0.8.4"), "mio-0.8.11");
    EXPECT_EQ(find("mio", "^0.8.5"), "mio-0.8.11");
    EXPECT_EQ(find("bytes", "1"), "bytes-1.10.0");
    EXPECT_EQ(find("bytes", "1.0.0"), "bytes-1.10.0");
    EXPECT_EQ(find("bytes", "2"), "bytes-2.0.0");
    EXPECT_EQ(find("bytes", "3"), "none");
}

TEST_F(LocalRegistryTest, TildeExactAndLowerBound) {
    EXPECT_EQ(find("mio", "~0.8"), "mio-0.8.11");
    EXPECT_EQ(find("mio", "=0.8.4"), "mio-0.8.4");
    EXPECT_EQ(find("bytes", ">=1.5, <2"), "bytes-1.10.0");
    EXPECT_EQ(find("bytes", "<1.5"), "bytes-1.2.1");
    EXPECT_EQ(find("slab", "*"), "slab-0.4.2");
    EXPECT_EQ(find("slab", ""), "slab-0.4.2");
}

TEST_F(LocalRegistryTest, AFolderWithoutAManifestOrAnotherPackageIsNotTaken) {
    EXPECT_EQ(find("nomanifest", "1"), "none");
    EXPECT_EQ(find("mi", "0.8"), "none");
}
