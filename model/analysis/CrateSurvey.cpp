#include "CrateSurvey.h"

#include "analysis/Analyzer.h"
#include "analysis/SurveyCache.h"
#include "project/CrateModel.h"
#include "util/FileLoader.h"
#include "util/ThreadPool.h"

#include <chrono>
#include <filesystem>
#include <mutex>
#include <set>

namespace awaitscope {

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

void countValues(const std::vector<SavedField>& values, FileSurvey& out) {
    for (const SavedField& v : values) {
        ++out.savedValues;
        if (!v.type) ++out.unknownTypes;
    }
}

Edition editionFor(const CrateSurvey& crate, const SurveyOptions& survey) {
    if (survey.edition) return *survey.edition;
    return parseEdition(crate.info.edition).value_or(Edition::E2021);
}

FileSurvey surveyFile(const CrateFile& file, const std::shared_ptr<const CrateModel>& crate, const CrateSurvey& into,
                      const SurveyOptions& survey) {
    FileSurvey s;
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
    project->info = into.info;
    project->info.module = s.module;
    AnalysisInput input{file.path, loaded.text, editionFor(into, survey), survey.cancelled};
    input.project = project;
    input.largeFutureBytes = survey.largeFutureBytes;
    input.highlights = false;                       // the survey counts futures; nothing shows the file
    if (survey.jobs > 1) input.loweringThreads = 1; // the files already share the cores
    const auto snapshot = analyze(input);
    for (const FutureInfo& f : snapshot->futures) {
        ++s.futures;
        if (f.send == Verdict::No) ++s.notSend;
        countValues(f.upvars, s);
        for (const State& st : f.states) countValues(st.fields, s);
    }
    s.seconds = secondsSince(start);
    return s;
}

/// The crate's files on `survey.jobs` threads (a ThreadPool), each taking the next file
/// not yet taken.
void surveyFiles(CrateSurvey& out, const std::shared_ptr<const CrateModel>& crate, const SurveyOptions& survey) {
    const auto& files = crate->expansion().files();
    out.files.resize(files.size());
    std::atomic<size_t> done{0};
    std::mutex progress;
    const auto stopped = [&] { return survey.cancelled && survey.cancelled->load(); };
    ThreadPool pool(survey.jobs);
    pool.forEach(files.size(), [&](size_t i) {
        if (stopped()) return;
        out.files[i] = surveyFile(files[i], crate, out, survey);
        const size_t n = ++done;
        std::lock_guard<std::mutex> lock(progress);
        if (survey.progress) survey.progress(n, files.size(), files[i].path);
    });
    out.cancelled = stopped();
}

std::string cacheKey(const ProjectLocation& location, const CargoTarget& target, const ProjectOptions& options,
                     const SurveyOptions& survey) {
    const CargoPackage& package = *location.package();
    std::string key = "crate-survey 1\n" + SurveyCache::programIdentity() + "\n" + package.name + " " +
                      package.version + "\n" + package.manifestPath + "\n" + target.kind + " " + target.name + " " +
                      target.rootFile + "\nfeatures:";
    for (const std::string& f : enabledFeatures(package, options.features, options.noDefaultFeatures)) key += " " + f;
    key += "\nedition " + (survey.edition ? editionName(*survey.edition) : package.edition);
    key += "\nlarge " + std::to_string(survey.largeFutureBytes) + (options.useCargo ? " cargo" : " toml");
    return key;
}

/// Everything whose change could change the survey: the manifests, every source file the
/// crate and its dependencies were read from, their folders (a file added or removed), and
/// the folders a file's `mod x;` would look in (x.rs appearing there).
std::vector<std::string> inputsOf(const ProjectLocation& location, const CrateModel& crate) {
    std::set<std::string> inputs{location.manifestPath, location.workspace.root + "/Cargo.toml"};
    for (const CargoPackage& member : location.workspace.members) inputs.insert(member.manifestPath);
    for (const CargoDependency& d : location.package()->dependencies)
        if (!d.path.empty()) inputs.insert(d.path + "/Cargo.toml");
    for (const std::string& file : crate.sourcePaths()) {
        const fs::path p(file);
        inputs.insert(file);
        inputs.insert(p.parent_path().string());
        inputs.insert((p.parent_path() / p.stem()).string()); // a non-mod.rs file's children
    }
    return {inputs.begin(), inputs.end()};
}

} // namespace

FileSurvey CrateSurvey::totals() const {
    FileSurvey t;
    for (const FileSurvey& f : files) {
        t.futures += f.futures, t.notSend += f.notSend;
        t.unknownTypes += f.unknownTypes, t.savedValues += f.savedValues;
    }
    return t;
}

CrateSurvey surveyCrate(const ProjectLocation& location, const CargoTarget& target, const ProjectOptions& options,
                        const SurveyOptions& survey) {
    const auto start = Clock::now();
    const auto startedOnDisk = fs::file_time_type::clock::now();
    const SurveyCache cache(survey.cacheDirectory);
    const std::string key = cacheKey(location, target, options, survey);
    if (auto cached = cache.load(key)) {
        cached->seconds = secondsSince(start);
        if (survey.progress) survey.progress(cached->files.size(), cached->files.size(), target.rootFile);
        return *cached;
    }
    // Loaded afresh, not from ProjectSession's per-process cache: a survey stored on disk
    // must describe the files as they are now.
    const auto crate = ProjectSession::loadCrate(location, target, options);
    CrateSurvey out;
    out.info = ProjectSession::infoFor(location, target, options, crate.get(), "");
    surveyFiles(out, crate, survey);
    out.seconds = secondsSince(start);
    cache.store(key, out, inputsOf(location, *crate), startedOnDisk);
    return out;
}

} // namespace awaitscope
