#pragma once
// The real compiler's part of the analysis report (analysis-report.md, "Additions / The
// real compiler"): per future "rustc", top-level "rustc_status" and "rustc_diagnostics";
// and the same as text, where the disagreements between model and rustc come first.

#include "compiler/RustcCheck.h"
#include "data/Snapshot.h"

#include <nlohmann/json.hpp>
#include <string>

namespace awaitscope {

/// Adds the rustc fields to a report made by toJson(snapshot).
void addRustcCheck(nlohmann::json& report, const Snapshot& snapshot, const RustcCheck& check);

nlohmann::json toJson(const RustcStatus& status);
nlohmann::json toJson(const RustcDiagnostic& diagnostic);

/// "rustc: ..." lines for the text report: status, disagreements per future, rustc's errors.
std::string rustcTextReport(const Snapshot& snapshot, const RustcCheck& check);

} // namespace awaitscope
