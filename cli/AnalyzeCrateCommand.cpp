// `awaitscope analyze-crate PATH`: every file of every target of a package, analysed in
// one process (each crate loaded once, its files on --jobs threads), with progress on
// stderr and a summary per file and per crate.

#include "CommandLineOptions.h"
#include "analysis/CrateSurvey.h"
#include "analysis/SurveyCache.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <iostream>
#include <thread>

namespace awaitscope {

namespace {

namespace fs = std::filesystem;

void printText(const std::vector<CrateSurvey>& crates) {
    for (const CrateSurvey& c : crates) {
        const FileSurvey t = c.totals();
        std::cout << "crate " << c.info.crate << " (" << c.info.target << "), " << c.files.size()
                  << " files: " << t.futures << " futures, " << t.notSend << " not Send, " << t.unknownTypes << " of "
                  << t.savedValues << " saved values of unknown type, " << c.seconds << " s"
                  << (c.fromCache ? " (from the cache)" : "") << "\n";
        for (const FileSurvey& f : c.files) {
            std::cout << "  " << f.path << " (" << f.module << "): ";
            if (!f.error.empty())
                std::cout << "not read: " << f.error << "\n";
            else
                std::cout << f.futures << " futures, " << f.notSend << " not Send, " << f.unknownTypes << " unknown, "
                          << static_cast<int>(f.seconds * 1000) << " ms\n";
        }
        for (const std::string& u : c.info.unresolved) std::cout << "  unresolved: " << u << "\n";
    }
}

void printJson(const std::vector<CrateSurvey>& crates) {
    nlohmann::json out = nlohmann::json::array();
    for (const CrateSurvey& c : crates) {
        const FileSurvey t = c.totals();
        nlohmann::json files = nlohmann::json::array();
        for (const FileSurvey& f : c.files)
            files.push_back({{"file", f.path},
                             {"module", f.module},
                             {"futures", f.futures},
                             {"not_send", f.notSend},
                             {"unknown_types", f.unknownTypes},
                             {"saved_values", f.savedValues},
                             {"seconds", f.seconds},
                             {"error", f.error.empty() ? nlohmann::json(nullptr) : nlohmann::json(f.error)}});
        out.push_back({{"crate", c.info.crate},
                       {"target", c.info.target},
                       {"manifest", c.info.manifest},
                       {"features", c.info.features},
                       {"futures", t.futures},
                       {"not_send", t.notSend},
                       {"unknown_types", t.unknownTypes},
                       {"saved_values", t.savedValues},
                       {"seconds", c.seconds},
                       {"from_cache", c.fromCache},
                       {"unresolved", c.info.unresolved},
                       {"files", files}});
    }
    std::cout << nlohmann::json{{"tool", "awaitscope"}, {"crates", out}}.dump(2) << "\n";
}

} // namespace

int runAnalyzeCrateCommand(const CommandLineOptions& options) {
    fs::path manifest = options.file;
    if (fs::is_directory(manifest)) manifest /= "Cargo.toml";
    if (!fs::is_regular_file(manifest)) {
        std::cerr << "awaitscope: no Cargo.toml at " << options.file << "\n";
        return 2;
    }
    const auto location = locateProject(manifest.string(), true);
    if (!location || !location->package()) {
        std::cerr << "awaitscope: cannot read the package at " << options.file;
        if (location)
            for (const std::string& p : location->problems) std::cerr << "\n  " << p;
        std::cerr << "\n";
        return 2;
    }
    const ProjectOptions projectOptions{options.features, options.noDefaultFeatures, true};
    SurveyOptions survey;
    if (options.editionGiven) survey.edition = options.edition;
    survey.largeFutureBytes = options.largeFutureBytes;
    survey.jobs = options.jobs > 0 ? options.jobs : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    if (!options.noCache) survey.cacheDirectory = SurveyCache::defaultDirectory();
    std::vector<CrateSurvey> crates;
    for (const CargoTarget& target : location->package()->targets) {
        std::cerr << "loading " << target.kind << " " << target.name << " (" << target.rootFile << ")\n";
        survey.progress = [&target](size_t done, size_t total, const std::string& path) {
            std::cerr << "[" << target.name << " " << done << "/" << total << "] " << path << "\n";
        };
        crates.push_back(surveyCrate(*location, target, projectOptions, survey));
    }
    if (options.format == "json")
        printJson(crates);
    else
        printText(crates);
    int notSend = 0;
    for (const CrateSurvey& c : crates) notSend += c.totals().notSend;
    return options.deny == "not-send" && notSend > 0 ? 1 : 0;
}

} // namespace awaitscope
