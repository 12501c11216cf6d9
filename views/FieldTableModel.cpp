#include "FieldTableModel.h"

#include "VerdictStyle.h"

#include <QBrush>
#include <QGuiApplication>

namespace awaitscope {

QString fieldDisplayName(const SavedField& field) {
    if (field.name) return QString::fromStdString(*field.name);
    if (field.expr) return QString::fromStdString(*field.expr);
    return field.kind == FieldKind::Awaitee ? QStringLiteral("<awaitee>") : QStringLiteral("<temporary>");
}

FieldTableModel::FieldTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void FieldTableModel::setSnapshot(std::shared_ptr<const Snapshot> snapshot) {
    beginResetModel();
    m_snapshot = std::move(snapshot);
    m_future = m_state = -1;
    endResetModel();
}

void FieldTableModel::setRustc(std::shared_ptr<const RustcViews> views, bool stale) {
    beginResetModel();
    m_rustc = std::move(views);
    m_rustcStale = stale;
    endResetModel();
}

// What rustc's layout says of the field in the selected state: "kept, 24 B" or "not kept".
// The awaitee is rustc's `__awaitee`; temporaries have no name to compare.
QString FieldTableModel::rustcVerdict(const SavedField& f) const {
    if (!m_rustc) return {};
    const QString stale = m_rustcStale ? tr(" (stale)") : QString();
    if (m_future < 0 || m_future >= static_cast<int>(m_rustc->size()) || !(*m_rustc)[m_future])
        return tr("no layout") + stale;
    const RustcStateView* state = (*m_rustc)[m_future]->state(currentFuture()->states[m_state].name);
    if (!state) return tr("no such state") + stale;
    if (f.kind == FieldKind::Temporary) return tr("%n unnamed", "", state->temporaries) + stale;
    for (const RustcField& r : state->fields) {
        const bool same = f.kind == FieldKind::Awaitee ? r.isAwaitee()
                                                       : f.name && r.bindingName() == *f.name &&
                                                             (r.kind == "upvar") == (f.kind == FieldKind::Upvar);
        if (same) return tr("kept, %1 B").arg(r.size) + stale;
    }
    return tr("not kept") + stale;
}

void FieldTableModel::setState(int future, int state) {
    if (future == m_future && state == m_state) return;
    beginResetModel();
    m_future = future;
    m_state = state;
    endResetModel();
}

const FutureInfo* FieldTableModel::currentFuture() const {
    if (!m_snapshot || m_future < 0 || m_future >= static_cast<int>(m_snapshot->futures.size())) return nullptr;
    const FutureInfo& f = m_snapshot->futures[m_future];
    if (m_state < 0 || m_state >= static_cast<int>(f.states.size())) return nullptr;
    return &f;
}

const SavedField* FieldTableModel::field(int row) const {
    // What the state holds, as every view lists it (FutureInfo::heldIn): upvars first.
    const FutureInfo* f = currentFuture();
    if (!f || row < 0) return nullptr;
    const std::vector<const SavedField*> held = f->heldIn(m_state);
    return row < static_cast<int>(held.size()) ? held[row] : nullptr;
}

int FieldTableModel::rowCount(const QModelIndex& parent) const {
    const FutureInfo* f = currentFuture();
    if (parent.isValid() || !f) return 0;
    return static_cast<int>(f->heldIn(m_state).size());
}

QString FieldTableModel::emptyText() const {
    if (!m_snapshot) return tr("Open a Rust file to see what its futures keep.");
    if (m_snapshot->futures.empty()) return tr("This file has no async fn, async block or async closure.");
    const FutureInfo* f = currentFuture();
    if (!f) return tr("Select an await (click it, or press F8) to list what its state keeps.");
    if (rowCount() > 0) return {};
    const State& s = f->states[m_state];
    if (m_state == 0)
        return tr("%1 captures nothing: the future has no arguments or captures.").arg(QString::fromStdString(s.name));
    return tr("%1 holds nothing: polling the future again panics.").arg(QString::fromStdString(s.name));
}

int FieldTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FieldTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    static const char* names[] = {"Name", "Kind", "Type",  "Bytes",          "Offset",
                                  "Send", "Sync", "rustc", "Why it is saved"};
    return section >= 0 && section < ColumnCount ? tr(names[section]) : QVariant();
}

QVariant FieldTableModel::displayData(const SavedField& f, int column) const {
    switch (column) {
    case NameColumn: return fieldDisplayName(f);
    case KindColumn: return QString::fromStdString(fieldKindName(f.kind));
    case TypeColumn: return f.type ? QString::fromStdString(*f.type) : QStringLiteral("?");
    case SizeColumn: return f.size ? QString::number(*f.size) : QStringLiteral("?");       // as rustc lays it out
    case OffsetColumn: return f.offset ? QString::number(*f.offset) : QStringLiteral("?"); // in the future's bytes
    case SendColumn: return verdictWord(f.send);
    case SyncColumn: return verdictWord(f.sync);
    case WhyColumn:
        return f.kind == FieldKind::Upvar && f.why.empty() ? tr("captured: stored in every state")
                                                           : QString::fromStdString(f.why);
    case RustcColumn: return rustcVerdict(f);
    }
    return {};
}

QString FieldTableModel::toolTip(const SavedField& f) const {
    return tr("%1 (%2) introduced at %3:%4\n%5")
        .arg(fieldDisplayName(f), QString::fromStdString(fieldKindName(f.kind)))
        .arg(f.position.line)
        .arg(f.position.column)
        .arg(displayData(f, WhyColumn).toString());
}

QVariant FieldTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) return {};
    const SavedField* f = field(index.row());
    if (!f) return {};
    switch (role) {
    case Qt::DisplayRole: return displayData(*f, index.column());
    case Qt::ToolTipRole: return toolTip(*f);
    case Qt::ForegroundRole:
        if (index.column() == SendColumn) return QBrush(verdictColor(f->send, QGuiApplication::palette()));
        if (index.column() == SyncColumn) return QBrush(verdictColor(f->sync, QGuiApplication::palette()));
        return {};
    case FieldIndexRole: return index.row();
    case LineRole: return f->position.line;
    case ColumnRole: return f->position.column;
    case VerdictRole: return static_cast<int>(f->send);
    }
    return {};
}

} // namespace awaitscope
