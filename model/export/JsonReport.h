#pragma once
// The analysis report of ../shared/spec/analysis-report.md as JSON (schema 1).

#include "data/Snapshot.h"

#include <nlohmann/json.hpp>

#include <ostream>

namespace awaitscope {

nlohmann::json toJson(const Snapshot& snapshot);
/// The same report as `out << std::setw(2) << toJson(snapshot)` writes, byte for byte,
/// one future and one diagnostic at a time: a large file's report is never held whole
/// (the 3.9 MB generated file's is 40 MB of text, far more as a JSON tree).
void writeJson(std::ostream& out, const Snapshot& snapshot);
nlohmann::json toJson(const FutureInfo& future);
nlohmann::json toJson(const SavedField& field);
nlohmann::json toJson(const Diagnostic& diagnostic);

} // namespace awaitscope
