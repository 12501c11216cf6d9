#include "SelectionHub.h"

#include <QStringList>

namespace awaitscope {

namespace {

int problemCount(const Snapshot& s) {
    bool parseErrorsReported = false;
    for (const Diagnostic& d : s.diagnostics) parseErrorsReported |= d.code == "parse-error";
    return static_cast<int>(s.diagnostics.size() + (parseErrorsReported ? 0 : s.parseErrors.size()));
}

/// The same future in a new analysis: by identity when the text is unchanged, else the
/// one of the same name and kind (the user edited elsewhere in the file).
int sameFuture(const Snapshot& before, const Snapshot& now, int index) {
    const FutureInfo& f = before.futures[index];
    if (before.text == now.text) return index < static_cast<int>(now.futures.size()) ? index : -1;
    const FutureInfo* match = now.findFuture(f.name);
    return match && match->kind == f.kind ? match->id.index : -1;
}

/// "f3" (FutureId::text()) -> 3; -1 for anything else.
int futureIndexOf(const QString& text) {
    bool isNumber = false;
    const int n = text.startsWith(QLatin1Char('f')) ? text.mid(1).toInt(&isNumber) : -1;
    return isNumber ? n : -1;
}

} // namespace

SelectionHub::SelectionHub(QObject* parent) : QObject(parent) {}

void SelectionHub::setSnapshot(std::shared_ptr<const Snapshot> snapshot) {
    Selection keep = m_current;
    if (m_snapshot && snapshot && keep.future >= 0 && keep.future < static_cast<int>(m_snapshot->futures.size()))
        keep.future = sameFuture(*m_snapshot, *snapshot, keep.future);
    m_snapshot = std::move(snapshot);
    const Selection before = m_current;
    m_current = validated(keep);
    emit snapshotChanged();
    emit selectionChanged(m_current, before);
}

Selection SelectionHub::validated(Selection s) const {
    const int futures = m_snapshot ? static_cast<int>(m_snapshot->futures.size()) : 0;
    if (s.future < 0 || s.future >= futures) s.future = s.state = s.field = -1;
    const FutureInfo* f = s.future >= 0 ? &m_snapshot->futures[s.future] : nullptr;
    if (!f || s.state < 0 || s.state >= static_cast<int>(f->states.size())) s.state = s.field = -1;
    if (s.state >= 0 && (s.field < 0 || s.field >= static_cast<int>(f->heldIn(s.state).size()))) s.field = -1;
    if (!m_snapshot || s.diagnostic < 0 || s.diagnostic >= problemCount(*m_snapshot)) s.diagnostic = s.cause = -1;
    const bool hasCauses = s.diagnostic >= 0 && s.diagnostic < static_cast<int>(m_snapshot->diagnostics.size());
    if (!hasCauses || s.cause < 0 || s.cause >= static_cast<int>(m_snapshot->diagnostics[s.diagnostic].causes.size()))
        s.cause = -1;
    return s;
}

void SelectionHub::select(const Selection& selection) {
    const Selection next = validated(selection);
    if (next == m_current) return;
    const Selection before = m_current;
    m_current = next;
    emit selectionChanged(m_current, before);
}

const FutureInfo* SelectionHub::future() const {
    return m_current.future >= 0 ? &m_snapshot->futures[m_current.future] : nullptr;
}

const State* SelectionHub::state() const {
    const FutureInfo* f = future();
    return f && m_current.state >= 0 ? &f->states[m_current.state] : nullptr;
}

GraphIds graphIdsOf(const Snapshot& snapshot, const Selection& s) {
    if (s.future < 0 || s.future >= static_cast<int>(snapshot.futures.size()) || s.state < 0) return {};
    const FutureInfo& f = snapshot.futures[s.future];
    const QString future = QStringLiteral("future:") + QString::fromStdString(f.id.text());
    GraphIds ids{future + QStringLiteral("/state:%1").arg(s.state), {}};
    const int upvars = static_cast<int>(f.upvars.size());
    if (s.field >= 0 && s.field < upvars)
        ids.row = future + QStringLiteral("/upvar:%1").arg(s.field);
    else if (s.field >= upvars)
        ids.row = ids.node + QStringLiteral("/field:%1").arg(s.field - upvars);
    return ids;
}

namespace {

void readId(const Snapshot& snapshot, const QString& id, Selection& s, int& upvar, int& field) {
    for (const QString& part : id.split(QLatin1Char('/'))) {
        const int colon = part.indexOf(QLatin1Char(':'));
        if (colon < 0) continue;
        const QString key = part.left(colon), value = part.mid(colon + 1);
        bool isNumber = false;
        const int number = value.toInt(&isNumber);
        if (key == QLatin1String("future")) {
            s.future = futureIndexOf(value);
            if (s.future >= static_cast<int>(snapshot.futures.size())) s.future = -1;
        } else if (key == QLatin1String("state") && isNumber)
            s.state = number;
        else if (key == QLatin1String("field") && isNumber)
            field = number;
        else if (key == QLatin1String("upvar") && isNumber)
            upvar = number;
    }
}

} // namespace

Selection selectionFromGraph(const Snapshot& snapshot, const QString& nodeId, const QString& rowId) {
    Selection s;
    int upvar = -1, field = -1;
    readId(snapshot, nodeId, s, upvar, field);
    if (!rowId.isEmpty() && rowId != nodeId) readId(snapshot, rowId, s, upvar, field);
    if (s.future < 0 || s.future >= static_cast<int>(snapshot.futures.size())) return {};
    const int upvars = static_cast<int>(snapshot.futures[s.future].upvars.size());
    if (upvar >= 0)
        s.field = upvar;
    else if (field >= 0)
        s.field = upvars + field;
    return s;
}

} // namespace awaitscope
