#include "OutlineModel.h"

#include "VerdictStyle.h"

#include <QBrush>
#include <QColor>
#include <QGuiApplication>

namespace awaitscope {

OutlineModel::OutlineModel(QObject* parent) : QAbstractItemModel(parent) {}

void OutlineModel::setSnapshot(std::shared_ptr<const Snapshot> snapshot) {
    beginResetModel();
    m_snapshot = std::move(snapshot);
    endResetModel();
}

QModelIndex OutlineModel::futureIndex(int future) const {
    return index(future, 0);
}

QModelIndex OutlineModel::stateIndex(int future, int state) const {
    return index(state, 0, futureIndex(future));
}

QModelIndex OutlineModel::index(int row, int column, const QModelIndex& parent) const {
    if (!hasIndex(row, column, parent)) return {};
    if (!parent.isValid()) return createIndex(row, column, kTopLevel);
    return createIndex(row, column, static_cast<quintptr>(parent.row()));
}

QModelIndex OutlineModel::parent(const QModelIndex& child) const {
    if (!child.isValid() || child.internalId() == kTopLevel) return {};
    return createIndex(static_cast<int>(child.internalId()), 0, kTopLevel);
}

int OutlineModel::rowCount(const QModelIndex& parent) const {
    if (!m_snapshot || parent.column() > 0) return 0;
    if (!parent.isValid()) return static_cast<int>(m_snapshot->futures.size());
    if (parent.internalId() != kTopLevel) return 0;
    return static_cast<int>(m_snapshot->futures[parent.row()].states.size());
}

int OutlineModel::columnCount(const QModelIndex&) const {
    return 2;
}

QVariant OutlineModel::headerData(int section, Qt::Orientation o, int role) const {
    if (o != Qt::Horizontal || role != Qt::DisplayRole) return {};
    return section == 0 ? tr("Future / state") : tr("Send");
}

namespace {
QString verdictText(Verdict v) {
    switch (v) {
    case Verdict::Yes: return QStringLiteral("Send");
    case Verdict::No: return QStringLiteral("!Send");
    case Verdict::Unknown: return QStringLiteral("?");
    }
    return {};
}
Verdict stateVerdict(const State& s) {
    Verdict v = Verdict::Yes;
    for (const SavedField& f : s.fields) v = v && f.send;
    return v;
}
} // namespace

QVariant OutlineModel::futureData(const FutureInfo& f, int column, int role) const {
    if (role == Qt::DisplayRole) {
        if (column == 1) return verdictText(f.send);
        return QString::fromStdString(f.name) +
               QStringLiteral("  (%1 await%2)").arg(f.suspendCount()).arg(f.suspendCount() == 1 ? "" : "s");
    }
    if (role == Qt::ForegroundRole && column == 1) return QBrush(verdictColor(f.send, QGuiApplication::palette()));
    if (role == Qt::ToolTipRole)
        return QStringLiteral("%1 at line %2").arg(QString::fromStdString(futureKindName(f.kind))).arg(f.position.line);
    if (role == LineRole) return f.position.line;
    if (role == ColumnRole) return f.position.column;
    return {};
}

QVariant OutlineModel::stateData(const FutureInfo& f, const State& s, int column, int role) const {
    (void)f;
    const Verdict v = stateVerdict(s);
    if (role == Qt::DisplayRole) {
        if (column == 1) return s.awaitKeyword ? verdictText(v) : QString();
        if (!s.awaitKeyword) return QString::fromStdString(s.name);
        return QStringLiteral("%1 — await at %2:%3")
            .arg(QString::fromStdString(s.name))
            .arg(s.awaitKeyword->line)
            .arg(s.awaitKeyword->column);
    }
    if (role == Qt::ForegroundRole && column == 1) return QBrush(verdictColor(v, QGuiApplication::palette()));
    if (role == Qt::ForegroundRole && !s.awaitKeyword)
        return QBrush(QGuiApplication::palette().color(QPalette::PlaceholderText));
    if (role == LineRole && s.awaitKeyword) return s.awaitKeyword->line;
    if (role == ColumnRole && s.awaitKeyword) return s.awaitKeyword->column;
    return {};
}

QVariant OutlineModel::data(const QModelIndex& index, int role) const {
    if (!m_snapshot || !checkIndex(index, CheckIndexOption::IndexIsValid)) return {};
    if (index.internalId() == kTopLevel) {
        const FutureInfo& f = m_snapshot->futures[index.row()];
        if (role == FutureIndexRole) return index.row();
        if (role == SendRole) return static_cast<int>(f.send);
        return futureData(f, index.column(), role);
    }
    const int futureRow = static_cast<int>(index.internalId());
    const FutureInfo& f = m_snapshot->futures[futureRow];
    if (role == FutureIndexRole) return futureRow;
    if (role == StateIndexRole) return index.row();
    return stateData(f, f.states[index.row()], index.column(), role);
}

} // namespace awaitscope
