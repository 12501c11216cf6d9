#include "SurveyCache.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <unistd.h>

namespace awaitscope {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

/// A file's or folder's modification time (in the filesystem clock's ticks) and size; a
/// missing one stamps as null (its appearing is a change too).
json stampOf(const std::string& path) {
    std::error_code ec;
    const auto status = fs::status(path, ec);
    if (ec || !fs::exists(status)) return json::array({path, nullptr, nullptr});
    const auto time = fs::last_write_time(path, ec).time_since_epoch().count();
    const auto size = fs::is_regular_file(status) ? static_cast<long long>(fs::file_size(path, ec)) : 0LL;
    return json::array({path, static_cast<long long>(time), size});
}

/// FNV-1a: stable across runs and builds, unlike std::hash.
std::string hashOf(const std::string& text) {
    unsigned long long h = 1469598103934665603ULL;
    for (unsigned char c : text) h = (h ^ c) * 1099511628211ULL;
    char out[17];
    std::snprintf(out, sizeof out, "%016llx", h);
    return out;
}

json toJson(const CrateSurvey& s) {
    json files = json::array();
    for (const FileSurvey& f : s.files)
        files.push_back({f.path, f.module, f.error, f.futures, f.notSend, f.unknownTypes, f.savedValues, f.seconds});
    const ProjectInfo& i = s.info;
    return {{"info",
             {i.manifest, i.crate, i.target, i.edition, i.features, i.module, i.dependencies, i.unresolved, i.via,
              i.files}},
            {"files", files},
            {"seconds", s.seconds}};
}

CrateSurvey fromJson(const json& j) {
    using Strings = std::vector<std::string>;
    CrateSurvey s;
    const json& i = j.at("info");
    ProjectInfo& info = s.info;
    info.manifest = i.at(0).get<std::string>(), info.crate = i.at(1).get<std::string>();
    info.target = i.at(2).get<std::string>(), info.edition = i.at(3).get<std::string>();
    info.features = i.at(4).get<Strings>(), info.module = i.at(5).get<std::string>();
    info.dependencies = i.at(6).get<int>(), info.unresolved = i.at(7).get<Strings>();
    info.via = i.at(8).get<std::string>(), info.files = i.at(9).get<int>();
    for (const json& f : j.at("files")) {
        FileSurvey file;
        file.path = f.at(0).get<std::string>(), file.module = f.at(1).get<std::string>();
        file.error = f.at(2).get<std::string>(), file.futures = f.at(3).get<int>();
        file.notSend = f.at(4).get<int>(), file.unknownTypes = f.at(5).get<int>();
        file.savedValues = f.at(6).get<int>(), file.seconds = f.at(7).get<double>();
        s.files.push_back(std::move(file));
    }
    s.seconds = j.at("seconds").get<double>();
    s.fromCache = true;
    return s;
}

} // namespace

std::string SurveyCache::defaultDirectory() {
    if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg) return std::string(xdg) + "/awaitscope/index";
    if (const char* home = std::getenv("HOME"); home && *home) return std::string(home) + "/.cache/awaitscope/index";
    return {};
}

std::string SurveyCache::programIdentity() {
    std::error_code ec;
    const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (ec) return "unknown-program";
    const json stamp = stampOf(exe.string());
    return stamp.dump();
}

std::string SurveyCache::fileFor(const std::string& key) const {
    return m_directory + "/" + hashOf(key) + ".json";
}

std::optional<CrateSurvey> SurveyCache::load(const std::string& key) const {
    if (m_directory.empty()) return std::nullopt;
    std::ifstream in(fileFor(key));
    if (!in) return std::nullopt;
    try {
        const json entry = json::parse(in);
        if (entry.at("key") != key) return std::nullopt; // a hash collision
        for (const json& stamp : entry.at("inputs"))
            if (stampOf(stamp[0].get<std::string>()) != stamp) return std::nullopt;
        return fromJson(entry.at("survey"));
    } catch (const json::exception&) {
        return std::nullopt; // damaged or from an older layout: surveyed again
    }
}

bool SurveyCache::store(const std::string& key, const CrateSurvey& survey, const std::vector<std::string>& inputs,
                        fs::file_time_type started) const {
    if (m_directory.empty() || survey.cancelled) return false;
    // Filesystem times are coarse: anything touched within a second of the start may have
    // been read before its last change.
    const auto racyAfter = (started - std::chrono::seconds(1)).time_since_epoch().count();
    json stamps = json::array();
    for (const std::string& path : inputs) {
        json stamp = stampOf(path);
        if (!stamp[1].is_null() && stamp[1].get<long long>() >= racyAfter) return false;
        stamps.push_back(std::move(stamp));
    }
    std::error_code ec;
    fs::create_directories(m_directory, ec);
    const std::string target = fileFor(key);
    const std::string temporary = target + "." + std::to_string(::getpid()) + ".tmp";
    {
        std::ofstream out(temporary);
        out << json{{"key", key}, {"inputs", stamps}, {"survey", toJson(survey)}}.dump();
        if (!out) return false;
    }
    fs::rename(temporary, target, ec); // atomic: a reader sees the old entry or the new one
    if (ec) fs::remove(temporary, ec);
    return !ec;
}

} // namespace awaitscope
