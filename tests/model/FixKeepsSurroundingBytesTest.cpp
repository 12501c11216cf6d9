// A fix edits only what it must: a comment on the line of a moved `let` stays where it
// was, and across every fix offered on the samples no comment of the file is lost.
#include "ExportTestSupport.h"
#include "analysis/Analyzer.h"
#include "diagnostics/FixApplier.h"

#include <filesystem>
#include <map>
#include <sstream>

using namespace awaitscope;
using namespace awaitscope::testing;

namespace {

// Each line's `// ...` tail, counted: what a fix must not delete.
std::map<std::string, int> comments(const std::string& text) {
    std::map<std::string, int> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        if (const size_t at = line.find("//"); at != std::string::npos) ++out[line.substr(at)];
    return out;
}

const Fix* fixTitled(const Snapshot& s, const std::string& start) {
    for (const Diagnostic& d : s.diagnostics)
        for (const Fix& f : d.fixes)
            if (f.title.rfind(start, 0) == 0) return &f;
    return nullptr;
}

} // namespace

TEST(FixKeepsSurroundingBytes, MovingALetKeepsTheCommentOnItsLine) {
    const std::string text = "use std::rc::Rc;\n"
                             "async fn tick() {}\n"
                             "async fn work() {\n"
                             "    let shared = Rc::new(5); // the Rc must not cross the await\n"
                             "    tick().await;\n"
                             "    println!(\"{}\", shared);\n"
                             "}\n"
                             "fn main() {\n"
                             "    tokio::spawn(work());\n"
                             "}\n";
    const auto snapshot = analyze({"work.rs", text, Edition::E2021, nullptr});
    const Fix* fix = fixTitled(*snapshot, "Take `shared` after the await");
    ASSERT_TRUE(fix) << "the move-the-let fix is offered";
    const AppliedFix applied = FixApplier(text).apply(*fix);
    ASSERT_TRUE(applied.ok()) << applied.error;
    EXPECT_NE(
        applied.text.find("    // the Rc must not cross the await\n    tick().await;\n    let shared = Rc::new(5);\n"),
        std::string::npos)
        << applied.text;
    // Every byte before the `let` is untouched.
    EXPECT_EQ(applied.text.substr(0, text.find("let shared")), text.substr(0, text.find("let shared")));
}

TEST(FixKeepsSurroundingBytes, NoFixOnAnySampleDeletesAComment) {
    int fixes = 0;
    for (const auto& entry : std::filesystem::directory_iterator(AWAITSCOPE_SAMPLES)) {
        if (entry.path().extension() != ".rs") continue;
        const std::string text = readFile(entry.path());
        const auto snapshot = analyze({entry.path().string(), text, Edition::E2021, nullptr});
        const std::map<std::string, int> before = comments(text);
        for (const Diagnostic& d : snapshot->diagnostics)
            for (const Fix& f : d.fixes) {
                const AppliedFix applied = FixApplier(text).apply(f);
                ASSERT_TRUE(applied.ok()) << entry.path() << " " << f.title;
                std::map<std::string, int> after = comments(applied.text);
                for (const auto& [comment, count] : before)
                    EXPECT_GE(after[comment], count)
                        << entry.path().filename() << ", fix \"" << f.title << "\" deleted: " << comment;
                ++fixes;
            }
    }
    EXPECT_GT(fixes, 10);
}
