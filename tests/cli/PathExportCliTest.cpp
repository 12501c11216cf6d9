// The exported "Why not Send" diagram of samples/nested_chain.rs, as `export --view path`
// writes it: `serve` awaits `route`, which awaits `render`, which holds a std MutexGuard
// across its sleep. rustc's note chain goes through each awaited future, so the diagram
// must draw spawn -> serve -> its Suspend0 -> route -> its Suspend0 -> render -> its
// Suspend0 -> the saved `text` -> the leaf, in that order (issue 11 / issue 17 point 4).
#include "CliProcess.h"
#include "ScratchDir.h"

#include <filesystem>
#include <gtest/gtest.h>
#include <map>
#include <nlohmann/json.hpp>
#include <regex>
#include <unistd.h>

using cli::awaitscope;
using cli::readFile;

namespace {

namespace fs = std::filesystem;

fs::path outFile(const std::string& name) {
    return cli::scratch() / name;
}

struct DotGraph {
    std::map<std::string, std::string> titles;              // node id -> its bold title
    std::vector<std::pair<std::string, std::string>> edges; // in the file's order
};

DotGraph parseDot(const std::string& dot) {
    DotGraph g;
    const std::regex node(R"re(\n\s*"([^"]+)" \[label=<.*?<B>(.*?)</B>)re");
    for (auto it = std::sregex_iterator(dot.begin(), dot.end(), node); it != std::sregex_iterator(); ++it)
        g.titles[(*it)[1]] = (*it)[2];
    const std::regex edge(R"re(\n\s*"([^"]+)" -> "([^"]+)")re");
    for (auto it = std::sregex_iterator(dot.begin(), dot.end(), edge); it != std::sregex_iterator(); ++it)
        g.edges.emplace_back((*it)[1], (*it)[2]);
    return g;
}

/// From the first node with no edge into it, always along the first edge out.
std::vector<std::string> firstChain(const DotGraph& g) {
    std::string at;
    for (const auto& [id, title] : g.titles) {
        bool reached = false;
        for (const auto& e : g.edges) reached = reached || e.second == id;
        if (!reached) at = id;
    }
    std::vector<std::string> chain;
    while (!at.empty() && chain.size() < g.titles.size()) {
        chain.push_back(at);
        std::string next;
        for (const auto& e : g.edges)
            if (e.first == at) {
                next = e.second;
                break;
            }
        at = next;
    }
    return chain;
}

std::string futureId(const nlohmann::json& report, const std::string& name) {
    for (const auto& f : report["futures"])
        if (f["name"] == name) return f["id"];
    return "?";
}

/// The bold titles of the SVG (the window's drawing) with their heights, top first.
std::vector<std::pair<double, std::string>> svgTitles(const std::string& svg) {
    std::vector<std::pair<double, std::string>> out;
    const std::regex title(
        R"re(<text x="[^"]*" y="([^"]*)" font-size="12"[^>]*font-weight="bold"[^>]*>([^<]*)</text>)re");
    for (auto it = std::sregex_iterator(svg.begin(), svg.end(), title); it != std::sregex_iterator(); ++it)
        out.emplace_back(std::stod((*it)[1]), (*it)[2]);
    return out;
}

double heightOf(const std::vector<std::pair<double, std::string>>& titles, const std::string& prefix) {
    for (const auto& [y, text] : titles)
        if (text.rfind(prefix, 0) == 0) return y;
    return -1;
}

} // namespace

TEST(PathExportCli, NestedChainRunsThroughEachAwaitedFutureAndItsSuspendState) {
    const fs::path dot = outFile("nested.dot");
    const auto r = awaitscope("export samples/nested_chain.rs --view path --format dot -o " + dot.string());
    ASSERT_EQ(r.exitCode, 0) << r.out;
    const auto report = nlohmann::json::parse(awaitscope("analyze samples/nested_chain.rs --format json", false).out);
    const std::string serve = futureId(report, "serve"), route = futureId(report, "route"),
                      render = futureId(report, "render");

    const DotGraph g = parseDot(readFile(dot));
    const std::vector<std::string> chain = firstChain(g);
    ASSERT_GE(chain.size(), 9u) << readFile(dot);
    EXPECT_EQ(chain[0].rfind("site:", 0), 0u) << chain[0];
    EXPECT_EQ(g.titles.at(chain[0]), "tokio::spawn(serve(template)) requires Send");
    // Each future is the report's own (by id), and each state is that future's Suspend0,
    // the same node id the state machine diagram gives it.
    const std::vector<std::pair<std::string, std::string>> expected = {
        {"future:" + serve, "future of `serve`"},   {"future:" + serve + "/state:1", "Suspend0 \u2014 await at 23:21"},
        {"future:" + route, "future of `route`"},   {"future:" + route + "/state:1", "Suspend0 \u2014 await at 19:22"},
        {"future:" + render, "future of `render`"}, {"future:" + render + "/state:1", "Suspend0 \u2014 await at 14:50"},
    };
    for (size_t i = 0; i < expected.size(); ++i) {
        EXPECT_EQ(chain[i + 1], expected[i].first) << "step " << i + 1;
        EXPECT_EQ(g.titles.at(chain[i + 1]), expected[i].second) << "step " << i + 1;
    }
    EXPECT_EQ(chain[7], "future:" + render + "/state:1/value:text");
    EXPECT_EQ(g.titles.at(chain[7]).rfind("text: std::sync::MutexGuard", 0), 0u) << g.titles.at(chain[7]);
    EXPECT_NE(g.titles.at(chain.back()).find("is never Send"), std::string::npos) << g.titles.at(chain.back());
    EXPECT_EQ(chain.size(), 9u) << "the guard's own type is the leaf: nothing between the field and it";
}

TEST(PathExportCli, TheSvgDrawsTheNestedChainTopToBottomInThatOrder) {
    const fs::path svg = outFile("nested.svg");
    const auto r = awaitscope("export samples/nested_chain.rs --view path --format svg -o " + svg.string());
    ASSERT_EQ(r.exitCode, 0) << r.out;
    const auto titles = svgTitles(readFile(svg));
    const std::vector<std::string> order = {"tokio::spawn(serve(template))",  "future of `serve`",
                                            "Suspend0 \u2014 await at 23:21", "future of `route`",
                                            "Suspend0 \u2014 await at 19:22", "future of `render`",
                                            "Suspend0 \u2014 await at 14:50", "text: std::sync::MutexGuard",
                                            "`std::sync::MutexGuard"};
    double above = -1;
    for (const std::string& title : order) {
        const double y = heightOf(titles, title);
        ASSERT_GE(y, 0) << title << " is not drawn";
        EXPECT_GT(y, above) << title << " is not below the step before it";
        above = y;
    }
}
