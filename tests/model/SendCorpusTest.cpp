// Send verdicts against rustc: for every file of tests/data/send (expected files made by
// rustc-oracle from rustc 1.95's errors), Awaitscope must report a problem at exactly the
// sites rustc rejects, blame the same values at the same bindings and awaits, name the same
// leaf types, and report nothing where rustc accepts the program.
#include "CorpusSupport.h"
#include "analysis/Analyzer.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

using namespace awaitscope;
namespace fs = std::filesystem;

namespace {

const fs::path kCorpus = fs::path(AWAITSCOPE_TEST_DATA) / "send";

using corpus::readText;

std::vector<std::string> corpusCases() {
    return corpus::cases(kCorpus);
}

using Pairs = std::set<std::pair<std::string, std::string>>;

std::string show(const Pairs& p) {
    std::string out;
    for (const auto& [a, b] : p) out += (out.empty() ? "" : ", ") + a + " " + b;
    return "{" + out + "}";
}

// Where a blamed value is: its binding (and the await it is held across), as "L:C@L:C".
std::string placeOf(const nlohmann::json& cause) {
    std::string place = std::to_string(cause["line"].get<int>()) + ":" + std::to_string(cause["column"].get<int>());
    if (cause.contains("await") && cause["await"].is_object())
        place += "@" + std::to_string(cause["await"]["line"].get<int>()) + ":" +
                 std::to_string(cause["await"]["column"].get<int>());
    return place;
}

std::string placeOf(const Cause& cause) {
    std::string place = std::to_string(cause.position.line) + ":" + std::to_string(cause.position.column);
    if (cause.awaitKeyword && cause.kind == "held_across_await") // the report's "await": held values only
        place += "@" + std::to_string(cause.awaitKeyword->line) + ":" + std::to_string(cause.awaitKeyword->column);
    return place;
}

bool isSendProblem(const Diagnostic& d) {
    return d.code == "future-not-send" || d.code == "future-not-sync" || d.code == "output-not-send" ||
           d.code == "closure-not-send";
}

struct Tally {
    int sites = 0, agreeing = 0, extras = 0;
};

std::vector<std::string> compareFile(const std::string& name, Tally& tally) {
    const auto expected = nlohmann::json::parse(readText(kCorpus / (name + ".expected.json")));
    const Edition edition = parseEdition(expected["edition"].get<std::string>()).value_or(Edition::E2021);
    const auto snapshot = analyze({name + ".rs", readText(kCorpus / (name + ".rs")), edition});
    std::vector<std::string> problems;
    std::set<const Diagnostic*> matched;
    for (const auto& site : expected["sites"]) {
        ++tally.sites;
        const TextPosition at{site["line"].get<int>(), site["column"].get<int>()};
        const Diagnostic* found = nullptr;
        for (const Diagnostic& d : snapshot->diagnostics)
            if (isSendProblem(d) && d.range.start == at) found = &d;
        const std::string where = std::to_string(at.line) + ":" + std::to_string(at.column);
        if (!found) {
            problems.push_back("rustc rejects the site at " + where + " (" + site["text"].get<std::string>() +
                               "); Awaitscope reports nothing there");
            continue;
        }
        matched.insert(found);
        Pairs wantCauses, gotCauses, wantLeaves, gotLeaves, wantPlaces, gotPlaces;
        for (const auto& c : site["causes"]) {
            wantCauses.insert({c["kind"].get<std::string>(), c["variable"].get<std::string>()});
            wantPlaces.insert({c["variable"].get<std::string>(), placeOf(c)});
        }
        for (const auto& l : site["leaves"])
            wantLeaves.insert({l["trait"].get<std::string>(), l["type"].get<std::string>()});
        for (const Cause& c : found->causes) {
            gotCauses.insert({c.kind, c.variable});
            gotPlaces.insert({c.variable, placeOf(c)});
            for (const Leaf& l : c.leaves)
                if (l.namedAsLeafByRustc()) gotLeaves.insert({l.trait, l.type});
        }
        // A parameter in scope is a leaf rustc names by a suggested bound, not in its help:
        // told apart by the proof's rule (Leaf::namedAsLeafByRustc), never by the name.
        for (const Leaf& l : found->leaves)
            if (l.namedAsLeafByRustc()) gotLeaves.insert({l.trait, l.type});
        bool agrees = true;
        if (wantCauses != gotCauses) {
            agrees = false;
            problems.push_back(where + ": blamed " + show(gotCauses) + ", rustc blames " + show(wantCauses));
        }
        if (wantPlaces != gotPlaces) {
            agrees = false;
            problems.push_back(where + ": blamed at " + show(gotPlaces) + ", rustc at " + show(wantPlaces));
        }
        if (wantLeaves != gotLeaves) {
            agrees = false;
            problems.push_back(where + ": leaves " + show(gotLeaves) + ", rustc names " + show(wantLeaves));
        }
        tally.agreeing += agrees;
    }
    for (const Diagnostic& d : snapshot->diagnostics)
        if (isSendProblem(d) && !matched.count(&d)) {
            ++tally.extras;
            problems.push_back("Awaitscope reports `" + d.message + "` at " + std::to_string(d.range.start.line) + ":" +
                               std::to_string(d.range.start.column) + "; rustc accepts it");
        }
    return problems;
}

class SendCorpus : public ::testing::TestWithParam<std::string> {};

// Cases where Awaitscope does not yet agree with rustc, each with the reason. They are
// reported as skipped (so the gap stays visible in every run); a case that starts to agree
// fails until it is taken off this list, so the list cannot go stale.
const std::map<std::string, std::string> kKnownGaps = {};

} // namespace

TEST_P(SendCorpus, VerdictsCausesAndLeavesMatchRustc) {
    Tally tally;
    const auto problems = compareFile(GetParam(), tally);
    const auto gap = kKnownGaps.find(GetParam());
    if (gap != kKnownGaps.end()) {
        EXPECT_FALSE(problems.empty()) << GetParam() << " now agrees with rustc: remove it from kKnownGaps";
        if (!problems.empty()) GTEST_SKIP() << "known gap: " << gap->second << " (" << problems.front() << ")";
    }
    for (const auto& p : problems) ADD_FAILURE() << p;
}

INSTANTIATE_TEST_SUITE_P(Rustc, SendCorpus, ::testing::ValuesIn(corpusCases()),
                         [](const auto& info) { return info.param; });

TEST(SendCorpusSummary, CorpusIsLargeEnough) {
    Tally tally;
    for (const auto& name : corpusCases()) compareFile(name, tally);
    std::cout << "send corpus: " << tally.agreeing << "/" << tally.sites << " rejected sites agree with rustc; "
              << tally.extras << " reports where rustc accepts\n";
    EXPECT_GE(corpusCases().size(), 40u);
}
