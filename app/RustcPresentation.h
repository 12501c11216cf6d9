#pragma once
// What the window shows of a rustc check: the model's snapshot with rustc's problems and
// sizes added, rustc's layouts per future for the Fields table, the graph nodes of states
// where model and compiler differ, and a one-line summary for the status bar.

#include "compiler/RustcComparison.h"

#include <QHash>
#include <QString>
#include <memory>

namespace awaitscope {

struct RustcPresentation {
    std::shared_ptr<const Snapshot> snapshot; // the model's, or with rustc's findings added
    std::shared_ptr<const std::vector<std::optional<RustcFutureView>>> views; // null: no check
    QHash<QString, QString> differingStates;                                  // graph node id -> both lists, in words
    QString summary;
};

/// `check` may be null (no check yet); `stale`: the text changed since the check.
RustcPresentation presentWithRustc(std::shared_ptr<const Snapshot> model, std::shared_ptr<const RustcCheck> check,
                                   bool stale);

/// The status bar's words for a finished check, including why it failed.
QString rustcStatusText(const RustcStatus& status);

} // namespace awaitscope
