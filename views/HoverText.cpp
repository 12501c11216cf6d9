#include "HoverText.h"

#include "FieldTableModel.h"
#include "VerdictStyle.h"

#include <QObject>

namespace awaitscope {

namespace {

QString esc(const std::string& text) {
    return QString::fromStdString(text).toHtmlEscaped();
}

QString diagnosticText(const Diagnostic& d) {
    QString html = QStringLiteral("<b>%1</b>").arg(esc(d.message));
    for (const Cause& c : d.causes) {
        html += QStringLiteral("<br>• `%1`").arg(esc(c.variable));
        if (c.type) html += QStringLiteral(": %1").arg(esc(*c.type));
        for (const Leaf& leaf : c.leaves) html += QObject::tr(" — %1 is not %2").arg(esc(leaf.type), esc(leaf.trait));
    }
    for (const Fix& fix : d.fixes) html += QObject::tr("<br><i>Fix: %1</i>").arg(esc(fix.title));
    return html;
}

QString problemsAt(const Snapshot& snapshot, TextPosition position) {
    QStringList parts;
    for (const Diagnostic& d : snapshot.diagnostics)
        if (d.range.contains(position) || d.range.start == position) parts << diagnosticText(d);
    for (const ParseError& e : snapshot.parseErrors)
        if (e.position.line == position.line && std::abs(e.position.column - position.column) <= 1)
            parts << QObject::tr("<b>syntax error:</b> %1").arg(esc(e.message));
    return parts.join(QStringLiteral("<hr>"));
}

const FutureInfo* innermostFutureAt(const Snapshot& snapshot, TextPosition position) {
    const FutureInfo* best = nullptr;
    for (const FutureInfo& f : snapshot.futures)
        if (f.bodyRange.contains(position) && (!best || best->bodyRange.start < f.bodyRange.start)) best = &f;
    return best;
}

QString fieldHeader(const SavedField& f) {
    return QObject::tr("<b>%1</b>: %2 &nbsp; Send: %3, Sync: %4")
        .arg(fieldDisplayName(f).toHtmlEscaped(), f.type ? esc(*f.type) : QStringLiteral("?"), verdictWord(f.send),
             verdictWord(f.sync));
}

} // namespace

QString bindingHoverText(const Snapshot& snapshot, TextPosition position, const QString& name) {
    const FutureInfo* future = innermostFutureAt(snapshot, position);
    if (!future || name.isEmpty()) return {};
    const std::string key = name.toStdString();
    QString header;
    QStringList savedIn;
    for (const SavedField& u : future->upvars)
        if (u.name == key) {
            header = fieldHeader(u);
            savedIn << QObject::tr("captured: stored in every state");
        }
    for (const State& s : future->states)
        for (const SavedField& f : s.fields) {
            if (f.name != key) continue;
            if (header.isEmpty()) header = fieldHeader(f);
            savedIn << QStringLiteral("%1: %2").arg(QString::fromStdString(s.name), esc(f.why));
        }
    if (header.isEmpty()) return {};
    return header + QStringLiteral("<br>") + savedIn.join(QStringLiteral("<br>"));
}

QString hoverText(const Snapshot& snapshot, TextPosition position, const QString& word) {
    QStringList parts;
    const QString problems = problemsAt(snapshot, position);
    if (!problems.isEmpty()) parts << problems;
    const QString binding = bindingHoverText(snapshot, position, word);
    if (!binding.isEmpty()) parts << binding;
    return parts.join(QStringLiteral("<hr>"));
}

} // namespace awaitscope
