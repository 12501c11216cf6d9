// `awaitscope export` as a user or a script runs it: every sample in every format, and
// clear failures (exit 2, no file left behind).
#include "CliProcess.h"
#include "ScratchDir.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <regex>
#include <unistd.h>

using cli::awaitscope;
using cli::Outcome;
using cli::readFile;
using cli::shell;

namespace {

namespace fs = std::filesystem;

const fs::path kSource = AWAITSCOPE_SOURCE_DIR;

const fs::path& outDir() {
    return cli::scratch().path();
}

// PNG: width and height from the IHDR chunk.
std::pair<unsigned, unsigned> pngSize(const std::string& png) {
    auto be32 = [&](size_t at) {
        return (static_cast<unsigned>(static_cast<unsigned char>(png[at])) << 24) |
               (static_cast<unsigned>(static_cast<unsigned char>(png[at + 1])) << 16) |
               (static_cast<unsigned>(static_cast<unsigned char>(png[at + 2])) << 8) |
               static_cast<unsigned>(static_cast<unsigned char>(png[at + 3]));
    };
    if (png.size() < 24 || png.compare(1, 3, "PNG") != 0) return {0, 0};
    return {be32(16), be32(20)};
}

double svgAttribute(const std::string& svg, const std::string& name) {
    const size_t at = svg.find(" " + name + "=\"");
    if (at == std::string::npos) return -1;
    const size_t from = at + name.size() + 3;
    return std::stod(svg.substr(from, svg.find('"', from) - from));
}

std::vector<fs::path> samples() {
    std::vector<fs::path> out;
    for (const auto& e : fs::directory_iterator(kSource / "samples"))
        if (e.path().extension() == ".rs") out.push_back(e.path());
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

TEST(ExportCli, EverySampleExportsInEveryFormat) {
    for (const fs::path& sample : samples()) {
        for (const std::string format : {"svg", "png", "pdf", "dot"}) {
            const fs::path out = outDir() / (sample.stem().string() + "." + format);
            const Outcome r = awaitscope("export " + sample.string() + " --format " + format + " -o " + out.string());
            ASSERT_EQ(r.exitCode, 0) << sample << " " << format << ": " << r.out;
            EXPECT_EQ(r.out, "") << "no noise on a successful export";
            ASSERT_TRUE(fs::exists(out)) << out;
            EXPECT_GT(fs::file_size(out), 100u) << out;
        }
    }
}

TEST(ExportCli, EverySampleExportsItsLoweredCode) {
    for (const fs::path& sample : samples()) {
        const fs::path out = outDir() / (sample.stem().string() + ".code.svg");
        const Outcome r = awaitscope("export " + sample.string() + " --view code --format svg -o " + out.string());
        ASSERT_EQ(r.exitCode, 0) << r.out;
        EXPECT_NE(readFile(out).find(" std::future::Future for "), std::string::npos);
    }
}

TEST(ExportCli, SvgIsXmlWithTheStatesAndDotAcceptsTheDot) {
    const fs::path svg = outDir() / "refcell.svg", dot = outDir() / "refcell.dot";
    ASSERT_EQ(awaitscope("export samples/refcell_guard.rs --future tally --format svg -o " + svg.string()).exitCode, 0);
    ASSERT_EQ(awaitscope("export samples/refcell_guard.rs --future tally --format dot -o " + dot.string()).exitCode, 0);
    const std::string text = readFile(svg);
    EXPECT_NE(text.find("Suspend0 \u2014 await at 22:42"), std::string::npos);
    EXPECT_NE(text.find("first poll"), std::string::npos);
    if (shell("command -v xmllint").exitCode == 0) {
        EXPECT_EQ(shell("xmllint --noout " + svg.string()).exitCode, 0);
    }
    if (shell("command -v dot").exitCode == 0) {
        const Outcome r = shell("dot -Tsvg " + dot.string() + " -o /dev/null");
        EXPECT_EQ(r.exitCode, 0) << r.out;
    }
}

TEST(ExportCli, PngHasTheScaledSizeAndIsNotBlank) {
    const fs::path svg = outDir() / "scale.svg", one = outDir() / "scale1.png", two = outDir() / "scale2.png";
    const std::string base = "export samples/refcell_guard.rs --future tally ";
    ASSERT_EQ(awaitscope(base + "--format svg -o " + svg.string()).exitCode, 0);
    ASSERT_EQ(awaitscope(base + "--format png -o " + one.string()).exitCode, 0);
    ASSERT_EQ(awaitscope(base + "--format png --scale 2 -o " + two.string()).exitCode, 0);
    const std::string svgText = readFile(svg);
    const auto [w1, h1] = pngSize(readFile(one));
    const auto [w2, h2] = pngSize(readFile(two));
    // Graphviz draws the PNG (borders and badges in its labels), the SVG writer draws over
    // the window's layout: the same picture at one point per pixel, give or take a border.
    EXPECT_NEAR(w1, svgAttribute(svgText, "width"), 0.05 * svgAttribute(svgText, "width"));
    EXPECT_NEAR(h1, svgAttribute(svgText, "height"), 0.05 * svgAttribute(svgText, "height"));
    EXPECT_NEAR(w2, 2.0 * w1, 1.0);
    EXPECT_NEAR(h2, 2.0 * h1, 1.0);
    // Not blank: a plain white image compresses to almost nothing.
    EXPECT_GT(fs::file_size(one), 2000u);
}

TEST(ExportCli, PdfIsOneValidPage) {
    const fs::path pdf = outDir() / "tally.pdf";
    ASSERT_EQ(awaitscope("export samples/refcell_guard.rs --future tally --format pdf -o " + pdf.string()).exitCode, 0);
    EXPECT_EQ(readFile(pdf).rfind("%PDF-", 0), 0u);
    if (shell("command -v pdfinfo").exitCode != 0) GTEST_SKIP() << "pdfinfo (poppler-utils) is not installed";
    const Outcome info = shell("pdfinfo " + pdf.string());
    ASSERT_EQ(info.exitCode, 0) << info.out;
    EXPECT_TRUE(std::regex_search(info.out, std::regex("Pages: +1\n"))) << info.out;
}

// Graphviz's cairo plugin writes the PDF: its text is text (selectable, searchable),
// not glyph outlines, so pdftotext reads the states, the saved value and its badge back.
TEST(ExportCli, PdfTextIsRealText) {
    const fs::path states = outDir() / "text.pdf", code = outDir() / "code.pdf", path = outDir() / "path.pdf";
    const std::string base = "export samples/refcell_guard.rs --future tally --format pdf ";
    ASSERT_EQ(awaitscope(base + "-o " + states.string()).exitCode, 0);
    ASSERT_EQ(awaitscope(base + "--view code -o " + code.string()).exitCode, 0);
    ASSERT_EQ(awaitscope(base + "--view path -o " + path.string()).exitCode, 0);
    const Outcome text = shell("pdftotext " + states.string() + " -");
    ASSERT_EQ(text.exitCode, 0) << "pdftotext (poppler-utils, scripts/install-deps) is needed: " << text.out;
    for (const char* expected : {"Suspend0 \u2014 await at 22:42", "Unresumed", "Returned", "scores: RefMut", "!Send"})
        EXPECT_NE(text.out.find(expected), std::string::npos) << expected << " in\n" << text.out;
    EXPECT_NE(shell("pdftotext " + code.string() + " -").out.find("std::future::Future for"), std::string::npos);
    EXPECT_NE(shell("pdftotext " + path.string() + " -").out.find("Cell<isize>"), std::string::npos);
}

TEST(ExportCli, UnwritablePathExitsWithTwoAndLeavesNoFile) {
    // A missing directory, and a "directory" that is a file: both fail even for root.
    const fs::path notADirectory = outDir() / "plain-file";
    std::ofstream(notADirectory) << "x";
    for (const fs::path& out : {fs::path("/nonexistent/dir/x.svg"), notADirectory / "x.png"}) {
        const std::string format = out.extension().string().substr(1);
        const Outcome r = awaitscope("export samples/refcell_guard.rs --format " + format + " -o " + out.string());
        EXPECT_EQ(r.exitCode, 2) << out;
        EXPECT_NE(r.out.find("cannot write " + out.string()), std::string::npos) << r.out;
        EXPECT_FALSE(fs::exists(out));
    }
}

TEST(ExportCli, ReadOnlyDirectoryExitsWithTwo) {
    if (::geteuid() == 0) GTEST_SKIP() << "root ignores directory permissions";
    const fs::path dir = outDir() / "readonly";
    fs::create_directories(dir);
    fs::permissions(dir, fs::perms::owner_read | fs::perms::owner_exec);
    const Outcome r = awaitscope("export samples/refcell_guard.rs --format svg -o " + (dir / "x.svg").string());
    fs::permissions(dir, fs::perms::owner_all);
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_FALSE(fs::exists(dir / "x.svg"));
}

TEST(ExportCli, UnknownFutureListsTheAvailableOnes) {
    const Outcome r =
        awaitscope("export samples/refcell_guard.rs --future nope --format svg -o " + (outDir() / "n.svg").string());
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.out.find("no future named 'nope'"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("fetch_score, tally, main"), std::string::npos) << r.out;
    EXPECT_FALSE(fs::exists(outDir() / "n.svg"));
}

TEST(ExportCli, PathViewWithoutADiagnosticSaysSo) {
    const Outcome r =
        awaitscope("export samples/borrowed_slice.rs --view path --format svg -o " + (outDir() / "p.svg").string());
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.out.find("--view path needs a diagnostic"), std::string::npos) << r.out;
}

TEST(ExportCli, CodeViewAsDotIsRefused) {
    const Outcome r =
        awaitscope("export samples/refcell_guard.rs --view code --format dot -o " + (outDir() / "c.dot").string());
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.out.find("--view code is a text listing"), std::string::npos) << r.out;
}

TEST(ExportCli, CodeViewRendersAsPng) {
    const fs::path out = outDir() / "code.png";
    const Outcome r = awaitscope("export samples/refcell_guard.rs --view code --format png -o " + out.string());
    ASSERT_EQ(r.exitCode, 0) << r.out;
    EXPECT_GT(pngSize(readFile(out)).first, 200u);
}
