#include "RustcPresentation.h"

#include "compiler/RustcProblems.h"

#include <QObject>

namespace awaitscope {

namespace {

QString joined(const std::vector<std::string>& names) {
    QStringList out;
    for (const std::string& n : names) out << QString::fromStdString(n);
    return out.isEmpty() ? QObject::tr("nothing") : out.join(QStringLiteral(", "));
}

QHash<QString, QString> differingStates(const Snapshot& model,
                                        const std::vector<std::optional<RustcFutureView>>& views) {
    QHash<QString, QString> marks;
    for (size_t f = 0; f < views.size() && f < model.futures.size(); ++f) {
        if (!views[f]) continue;
        const FutureInfo& future = model.futures[f];
        for (size_t s = 0; s < future.states.size(); ++s) {
            const RustcStateView* r = views[f]->state(future.states[s].name);
            if (!r || r->agrees()) continue;
            const QString id =
                QStringLiteral("future:%1/state:%2").arg(QString::fromStdString(future.id.text())).arg(s);
            marks.insert(
                id, QObject::tr("Model and compiler differ here.\nrustc keeps: %1\nonly the model: %2\nonly rustc: %3")
                        .arg(joined(r->locals), joined(r->onlyInModel), joined(r->onlyInRustc)));
        }
    }
    return marks;
}

} // namespace

RustcPresentation presentWithRustc(std::shared_ptr<const Snapshot> model, std::shared_ptr<const RustcCheck> check,
                                   bool stale) {
    RustcPresentation p;
    p.snapshot = model;
    if (!model || !check) return p;
    auto views = std::make_shared<std::vector<std::optional<RustcFutureView>>>(compareWithRustc(*model, *check));
    Snapshot shown = withRustcFindings(*model, *check, *views);
    if (stale)
        for (Diagnostic& d : shown.diagnostics)
            if (d.code.rfind(kRustcError, 0) == 0 || d.code == kModelCompilerDiffer)
                d.message += " (stale: the file changed since the check; Tools > Check with rustc again)";
    p.snapshot = std::make_shared<const Snapshot>(std::move(shown));
    p.differingStates = stale ? QHash<QString, QString>() : differingStates(*model, *views);
    int agreeing = 0, laidOut = 0;
    for (const auto& v : *views) laidOut += v.has_value(), agreeing += v && v->agrees();
    const QString layouts =
        laidOut == 0 && !check->status.compiled
            ? QObject::tr("rustc: no layouts (the code did not compile)")
            : QObject::tr("rustc: %1 of %2 laid-out futures agree with the model").arg(agreeing).arg(laidOut);
    p.summary = QObject::tr("%1, %2 compiler error(s)%3")
                    .arg(layouts)
                    .arg(check->errors().size())
                    .arg(stale ? QObject::tr(" — stale, the file changed") : QString());
    p.views = std::move(views);
    return p;
}

QString rustcStatusText(const RustcStatus& status) {
    if (!status.ok) return QObject::tr("rustc check failed: %1").arg(QString::fromStdString(status.error.value_or("")));
    return QObject::tr("%1 in %2 s%3 — %4")
        .arg(status.compiled ? QObject::tr("rustc compiled the file") : QObject::tr("rustc reported errors"))
        .arg(status.seconds, 0, 'f', 1)
        .arg(status.cached ? QObject::tr(" (cached)") : QString())
        .arg(QString::fromStdString(status.toolchain));
}

} // namespace awaitscope
