// `awaitscope analyze-crate PATH`: every file of every target of a package, analysed in
// one process (each crate loaded once, its files on --jobs threads), with progress on
// stderr and a summary per file and per crate.

#include "CommandLineOptions.h"
#include "analysis/Analyzer.h"
#include "project/CrateModel.h"
#include "project/ProjectSession.h"
#include "util/FileLoader.h"

#include <nlohmann/json.hpp>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <iostream>
#include <mutex>
#include <thread>

namespace awaitscope {

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

struct FileSummary {
    std::string path, module, error;
    int futures = 0, notSend = 0, unknownTypes = 0, fields = 0;
    double seconds = 0;
};

struct CrateSummary {
    ProjectInfo info;
    std::vector<FileSummary> files;
    double seconds = 0;
};

void countFields(const std::vector<SavedField>& fields, FileSummary& out) {
    for (const SavedField& f : fields) {
        ++out.fields;
        if (!f.type) ++out.unknownTypes;
    }
}

FileSummary analyzeOne(const CrateFile& file, const std::shared_ptr<const CrateModel>& crate, const ProjectInfo& info,
                       const CommandLineOptions& options) {
    FileSummary s;
    s.path = file.path;
    s.module = file.modulePath.empty() ? "crate" : "crate::" + file.modulePath;
    const auto start = Clock::now();
    const LoadedFile loaded = loadSourceFile(file.path);
    if (!loaded.ok()) {
        s.error = loaded.error;
        return s;
    }
    auto project = std::make_shared<FileInProject>();
    project->crate = crate;
    project->modulePath = file.modulePath;
    project->diskPath = file.path;
    project->info = info;
    project->info.module = s.module;
    AnalysisInput input{file.path, loaded.text, options.edition, nullptr};
    if (auto edition = parseEdition(info.edition); edition && !options.editionGiven) input.edition = *edition;
    input.project = project;
    const auto snapshot = analyze(input);
    for (const FutureInfo& f : snapshot->futures) {
        ++s.futures;
        if (f.send == Verdict::No) ++s.notSend;
        countFields(f.upvars, s);
        for (const State& st : f.states) countFields(st.fields, s);
    }
    s.seconds = std::chrono::duration<double>(Clock::now() - start).count();
    return s;
}

/// The crate's files on `jobs` threads; progress on stderr.
void analyzeFiles(CrateSummary& summary, const std::shared_ptr<const CrateModel>& crate,
                  const CommandLineOptions& options, int jobs) {
    const auto& files = crate->expansion().files();
    summary.files.resize(files.size());
    std::atomic<size_t> next{0}, done{0};
    std::mutex progress;
    auto worker = [&] {
        for (size_t i = next++; i < files.size(); i = next++) {
            summary.files[i] = analyzeOne(files[i], crate, summary.info, options);
            const size_t n = ++done;
            std::lock_guard<std::mutex> lock(progress);
            std::cerr << "[" << summary.info.crate << " " << n << "/" << files.size() << "] " << files[i].path << "\n";
        }
    };
    std::vector<std::thread> threads;
    for (int t = 1; t < jobs; ++t) threads.emplace_back(worker);
    worker();
    for (std::thread& t : threads) t.join();
}

FileSummary totals(const CrateSummary& c) {
    FileSummary t;
    for (const FileSummary& f : c.files) {
        t.futures += f.futures, t.notSend += f.notSend, t.unknownTypes += f.unknownTypes, t.fields += f.fields;
    }
    return t;
}

void printText(const std::vector<CrateSummary>& crates) {
    for (const CrateSummary& c : crates) {
        const FileSummary t = totals(c);
        std::cout << "crate " << c.info.crate << " (" << c.info.target << "), " << c.files.size()
                  << " files: " << t.futures << " futures, " << t.notSend << " not Send, " << t.unknownTypes << " of "
                  << t.fields << " saved values of unknown type, " << c.seconds << " s\n";
        for (const FileSummary& f : c.files) {
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

void printJson(const std::vector<CrateSummary>& crates) {
    nlohmann::json out = nlohmann::json::array();
    for (const CrateSummary& c : crates) {
        const FileSummary t = totals(c);
        nlohmann::json files = nlohmann::json::array();
        for (const FileSummary& f : c.files)
            files.push_back({{"file", f.path},
                             {"module", f.module},
                             {"futures", f.futures},
                             {"not_send", f.notSend},
                             {"unknown_types", f.unknownTypes},
                             {"saved_values", f.fields},
                             {"seconds", f.seconds},
                             {"error", f.error.empty() ? nlohmann::json(nullptr) : nlohmann::json(f.error)}});
        out.push_back({{"crate", c.info.crate},
                       {"target", c.info.target},
                       {"manifest", c.info.manifest},
                       {"features", c.info.features},
                       {"futures", t.futures},
                       {"not_send", t.notSend},
                       {"unknown_types", t.unknownTypes},
                       {"saved_values", t.fields},
                       {"seconds", c.seconds},
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
    const int jobs = options.jobs > 0 ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
    std::vector<CrateSummary> crates;
    for (const CargoTarget& target : location->package()->targets) {
        const auto start = Clock::now();
        std::cerr << "loading " << target.kind << " " << target.name << " (" << target.rootFile << ")\n";
        const auto crate = ProjectSession::crateOf(*location, target, projectOptions);
        CrateSummary summary;
        summary.info = ProjectSession::infoFor(*location, target, projectOptions, crate.get(), "");
        analyzeFiles(summary, crate, options, jobs);
        summary.seconds = std::chrono::duration<double>(Clock::now() - start).count();
        crates.push_back(std::move(summary));
    }
    if (options.format == "json")
        printJson(crates);
    else
        printText(crates);
    int notSend = 0;
    for (const CrateSummary& c : crates) notSend += totals(c).notSend;
    return options.deny == "not-send" && notSend > 0 ? 1 : 0;
}

} // namespace awaitscope
