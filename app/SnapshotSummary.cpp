#include "SnapshotSummary.h"

#include <QObject>

namespace awaitscope {

QString snapshotStatusText(const Snapshot& snapshot, bool showingOlderFutures) {
    int notSend = 0;
    for (const FutureInfo& f : snapshot.futures) notSend += f.send == Verdict::No;
    QString text = QObject::tr("%n future(s)", "", static_cast<int>(snapshot.futures.size()));
    if (notSend) text += QObject::tr(", %n not Send", "", notSend);
    if (!snapshot.parseErrors.empty()) {
        // The first one says why, e.g. "not analysed: nesting deeper than 60000 at 3:40".
        const ParseError& first = snapshot.parseErrors.front();
        text += QObject::tr(" — %n syntax error(s), first at %1: %2", "", static_cast<int>(snapshot.parseErrors.size()))
                    .arg(QString::fromStdString(toString(first.position)), QString::fromStdString(first.message));
    }
    if (showingOlderFutures) text += QObject::tr(" — showing the last analysis that parsed");
    if (const auto& project = snapshot.project; project && !project->crate.empty())
        text += QObject::tr(" — crate %1 (%2), %3")
                    .arg(QString::fromStdString(project->crate), QString::fromStdString(project->target),
                         QString::fromStdString(project->module));
    else
        text += project ? QObject::tr(" — file outside its crate's module tree") : QObject::tr(" — single file");
    return text;
}

std::optional<TellingSelection> mostTellingSelection(const Snapshot& snapshot, Selection current) {
    int future = -1, problem = -1;
    const auto& futures = snapshot.futures;
    for (size_t d = 0; future < 0 && d < snapshot.diagnostics.size(); ++d) {
        const Diagnostic& diagnostic = snapshot.diagnostics[d];
        if (const FutureInfo* f = snapshot.futureOf(diagnostic); f && f->suspendCount() > 0) {
            future = f->id.index;
            problem = static_cast<int>(d);
        }
    }
    for (size_t f = 0; future < 0 && f < futures.size(); ++f)
        if (futures[f].suspendCount() > 0) future = static_cast<int>(f);
    if (future < 0) return std::nullopt;
    current.future = future;
    current.state = 1; // Suspend0
    current.field = -1;
    current.diagnostic = problem;
    current.cause = -1;
    return TellingSelection{current, futures[static_cast<size_t>(future)].states[1].awaitKeyword};
}

} // namespace awaitscope
