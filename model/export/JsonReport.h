#pragma once
// The analysis report of ../shared/spec/analysis-report.md as JSON (schema 1).

#include "data/Snapshot.h"

#include <nlohmann/json.hpp>

namespace awaitscope {

nlohmann::json toJson(const Snapshot& snapshot);
nlohmann::json toJson(const FutureInfo& future);
nlohmann::json toJson(const SavedField& field);
nlohmann::json toJson(const Diagnostic& diagnostic);

} // namespace awaitscope
