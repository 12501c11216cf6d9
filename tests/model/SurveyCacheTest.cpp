// The crate survey (analyze-crate, the Project dock) and its on-disk cache, on a copy of
// the workspace fixture: a second survey of unchanged sources comes from the cache with
// the same counts; an edited file, a new file or other features are surveyed afresh; a
// file changed while the survey ran is never stored.
#include "analysis/SurveyCache.h"
#include "analysis/CrateSurvey.h"
#include "project/DefinitionFinder.h"

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <unistd.h>

using namespace awaitscope;
namespace fs = std::filesystem;

namespace {

const std::string kWorkspace = std::string(AWAITSCOPE_TEST_DATA) + "/projects/workspace";

class SurveyCacheTest : public ::testing::Test {
  protected:
    void SetUp() override {
        m_root = fs::temp_directory_path() / ("awaitscope-survey-" + std::to_string(::getpid()));
        fs::remove_all(m_root);
        fs::create_directories(m_root);
        fs::copy(kWorkspace, m_root / "workspace", fs::copy_options::recursive);
        ageEverything(std::chrono::hours(1)); // fresh copies would count as "racy"
    }
    void TearDown() override { fs::remove_all(m_root); }

    void ageEverything(std::chrono::seconds age) {
        const auto past = fs::file_time_type::clock::now() - age;
        for (const auto& entry : fs::recursive_directory_iterator(m_root)) fs::last_write_time(entry.path(), past);
        fs::last_write_time(m_root / "workspace", past);
    }
    /// Only this file or folder looks changed `age` ago: every other stamp stays as it was.
    static void age(const fs::path& path, std::chrono::seconds ago) {
        fs::last_write_time(path, fs::file_time_type::clock::now() - ago);
    }
    std::string app() const { return (m_root / "workspace/app").string(); }
    std::string cacheDir() const { return (m_root / "cache").string(); }

    CrateSurvey survey(const ProjectOptions& options = {}) {
        const auto location = locateProject(app() + "/Cargo.toml", false);
        EXPECT_TRUE(location && location->package() && location->package()->lib());
        SurveyOptions s;
        s.cacheDirectory = cacheDir();
        return surveyCrate(*location, *location->package()->lib(), options, s);
    }
    const FileSurvey* file(const CrateSurvey& s, const std::string& name) const {
        for (const FileSurvey& f : s.files)
            if (fs::path(f.path).filename() == name) return &f;
        return nullptr;
    }

    fs::path m_root;
};

} // namespace

TEST_F(SurveyCacheTest, TheSecondSurveyOfUnchangedSourcesComesFromTheCache) {
    const CrateSurvey first = survey();
    EXPECT_FALSE(first.fromCache);
    ASSERT_NE(file(first, "tcp.rs"), nullptr);
    // tcp.rs: tick, hold_guard (Rc in Guard), hold_shared (Rc with `local`), hold_handle
    // (shapes::Handle = Rc), hold_connection: three of five are not Send.
    EXPECT_EQ(file(first, "tcp.rs")->futures, 5);
    EXPECT_EQ(file(first, "tcp.rs")->notSend, 3);
    const CrateSurvey second = survey();
    EXPECT_TRUE(second.fromCache);
    ASSERT_EQ(second.files.size(), first.files.size());
    for (size_t i = 0; i < first.files.size(); ++i) {
        EXPECT_EQ(second.files[i].path, first.files[i].path);
        EXPECT_EQ(second.files[i].futures, first.files[i].futures);
        EXPECT_EQ(second.files[i].notSend, first.files[i].notSend);
        EXPECT_EQ(second.files[i].unknownTypes, first.files[i].unknownTypes);
    }
    EXPECT_EQ(second.info.features, first.info.features);
}

TEST_F(SurveyCacheTest, AnEditedFileIsSurveyedAfresh) {
    survey();
    {
        std::ofstream out(app() + "/src/net/tcp.rs", std::ios::app);
        out << "\npub async fn added() {\n    let rc = std::rc::Rc::new(1);\n    tick().await;\n    drop(rc);\n}\n";
    }
    age(app() + "/src/net/tcp.rs", std::chrono::minutes(30)); // an edit long enough ago not to be racy
    const CrateSurvey after = survey();
    EXPECT_FALSE(after.fromCache);
    EXPECT_EQ(file(after, "tcp.rs")->futures, 6);
    EXPECT_EQ(file(after, "tcp.rs")->notSend, 4);
    EXPECT_TRUE(survey().fromCache);
}

TEST_F(SurveyCacheTest, AFileOfADependencyOrANewModuleFileIsAChange) {
    survey();
    {
        std::ofstream out(m_root / "workspace/shapes/src/cell.rs", std::ios::app);
        out << "\n";
    }
    age(m_root / "workspace/shapes/src/cell.rs", std::chrono::minutes(30));
    EXPECT_FALSE(survey().fromCache) << "a path dependency's source changed";
    EXPECT_TRUE(survey().fromCache);
    // A new file in a folder of the module tree may be a module the tree now finds.
    std::ofstream(app() + "/src/net/udp.rs") << "pub async fn u() {}\n";
    age(app() + "/src/net/udp.rs", std::chrono::minutes(20));
    age(app() + "/src/net", std::chrono::minutes(20));
    EXPECT_FALSE(survey().fromCache) << "a folder of the module tree changed";
}

TEST_F(SurveyCacheTest, OtherFeaturesAreAnotherEntry) {
    survey();
    ProjectOptions threaded;
    threaded.features = {"threaded"};
    const CrateSurvey withThreaded = survey(threaded);
    EXPECT_FALSE(withThreaded.fromCache);
    // shapes::Handle is Arc with `threaded`: hold_handle is Send.
    EXPECT_EQ(file(withThreaded, "tcp.rs")->notSend, 2);
    EXPECT_TRUE(survey().fromCache);
    EXPECT_TRUE(survey(threaded).fromCache);
}

TEST_F(SurveyCacheTest, AFileChangedDuringTheSurveyIsNotStored) {
    // Touched now: it may have changed after it was read, so nothing is stored.
    fs::last_write_time(app() + "/src/lib.rs", fs::file_time_type::clock::now());
    EXPECT_FALSE(survey().fromCache);
    EXPECT_FALSE(survey().fromCache);
}

TEST(DefinitionFinder, ThePathUnderTheCursorEndsAtTheSegmentUnderIt) {
    const std::string text = "let x = crate::net::tcp::hold();";
    const size_t onNet = text.find("net") + 1;
    EXPECT_EQ(pathAtOffset(text, onNet), (std::vector<std::string>{"crate", "net"}));
    EXPECT_EQ(pathAtOffset(text, text.find("hold")), (std::vector<std::string>{"crate", "net", "tcp", "hold"}));
    EXPECT_TRUE(pathAtOffset(text, text.find("=")).empty());
    EXPECT_EQ(pathAtOffset("::std::mem", 3), (std::vector<std::string>{"::", "std"}));
}
