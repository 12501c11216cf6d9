#include "DiagnosticsModel.h"

#include "VerdictStyle.h"

#include <QBrush>
#include <QGuiApplication>

namespace awaitscope {

namespace {

QString positionText(TextPosition p) {
    return QStringLiteral("%1:%2").arg(p.line).arg(p.column);
}

QString leavesText(const std::vector<Leaf>& leaves) {
    QStringList parts;
    for (const Leaf& leaf : leaves)
        parts << QStringLiteral("%1 is not %2")
                     .arg(QString::fromStdString(leaf.type), QString::fromStdString(leaf.trait));
    return parts.join(QStringLiteral("; "));
}

QString causeSummary(const Cause& c) {
    const QString variable = QString::fromStdString(c.variable);
    const QString type = c.type ? QStringLiteral(": ") + QString::fromStdString(*c.type) : QString();
    if (c.kind == "held_across_await" && c.awaitKeyword)
        return QObject::tr("`%1`%2 is held across the await at %3").arg(variable, type, positionText(*c.awaitKeyword));
    if (c.kind == "captured") return QObject::tr("`%1`%2 is captured").arg(variable, type);
    if (c.kind == "awaits_non_send_future") return QObject::tr("awaits `%1`, which is not Send").arg(variable);
    return QStringLiteral("`%1`%2").arg(variable, type);
}

} // namespace

DiagnosticsModel::DiagnosticsModel(QObject* parent) : QAbstractItemModel(parent) {}

void DiagnosticsModel::setSnapshot(std::shared_ptr<const Snapshot> snapshot) {
    beginResetModel();
    m_snapshot = std::move(snapshot);
    m_parseErrorsInDiagnostics = false;
    if (m_snapshot)
        for (const Diagnostic& d : m_snapshot->diagnostics) m_parseErrorsInDiagnostics |= d.code == "parse-error";
    endResetModel();
}

int DiagnosticsModel::parseErrorCount() const {
    return m_snapshot && !m_parseErrorsInDiagnostics ? static_cast<int>(m_snapshot->parseErrors.size()) : 0;
}

int DiagnosticsModel::problemCount() const {
    return m_snapshot ? static_cast<int>(m_snapshot->diagnostics.size()) + parseErrorCount() : 0;
}

const Diagnostic* DiagnosticsModel::diagnostic(int problem) const {
    if (!m_snapshot || problem < 0 || problem >= static_cast<int>(m_snapshot->diagnostics.size())) return nullptr;
    return &m_snapshot->diagnostics[problem];
}

TextPosition DiagnosticsModel::problemPosition(int problem) const {
    if (const Diagnostic* d = diagnostic(problem)) return d->range.start;
    const int e = problem - static_cast<int>(m_snapshot ? m_snapshot->diagnostics.size() : 0);
    if (m_snapshot && e >= 0 && e < parseErrorCount()) return m_snapshot->parseErrors[e].position;
    return {};
}

QModelIndex DiagnosticsModel::problemIndex(int problem) const {
    return index(problem, 0);
}

QModelIndex DiagnosticsModel::causeIndex(int problem, int cause) const {
    return index(cause, 0, problemIndex(problem));
}

QModelIndex DiagnosticsModel::fixIndex(int problem, int fix) const {
    const Diagnostic* d = diagnostic(problem);
    return d ? index(static_cast<int>(d->causes.size()) + fix, 0, problemIndex(problem)) : QModelIndex();
}

QModelIndex DiagnosticsModel::index(int row, int column, const QModelIndex& parent) const {
    if (!hasIndex(row, column, parent)) return {};
    if (!parent.isValid()) return createIndex(row, column, kTopLevel);
    return createIndex(row, column, static_cast<quintptr>(parent.row()));
}

QModelIndex DiagnosticsModel::parent(const QModelIndex& child) const {
    if (!child.isValid() || child.internalId() == kTopLevel) return {};
    return createIndex(static_cast<int>(child.internalId()), 0, kTopLevel);
}

int DiagnosticsModel::rowCount(const QModelIndex& parent) const {
    if (!parent.isValid()) return problemCount();
    if (parent.column() > 0 || parent.internalId() != kTopLevel) return 0;
    const Diagnostic* d = diagnostic(parent.row());
    return d ? static_cast<int>(d->causes.size() + d->fixes.size()) : 0;
}

int DiagnosticsModel::columnCount(const QModelIndex&) const {
    return 2;
}

QVariant DiagnosticsModel::headerData(int section, Qt::Orientation o, int role) const {
    if (o != Qt::Horizontal || role != Qt::DisplayRole) return {};
    return section == 0 ? tr("Problem") : tr("Where");
}

QVariant DiagnosticsModel::problemData(int problem, int column, int role) const {
    const Diagnostic* d = diagnostic(problem);
    const TextPosition at = problemPosition(problem);
    if (role == RowKindRole) return static_cast<int>(d ? RowKind::Diagnostic : RowKind::ParseError);
    if (role == ProblemRole) return problem;
    if (role == LineRole) return at.line;
    if (role == ColumnRole) return at.column;
    if (role == Qt::DisplayRole && column == 1) return positionText(at);
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        if (!d)
            return tr("syntax error: %1")
                .arg(QString::fromStdString(m_snapshot->parseErrors[problem - m_snapshot->diagnostics.size()].message));
        QString text = QString::fromStdString(d->message);
        if (d->requiredBy) text += tr(" (required by %1)").arg(QString::fromStdString(*d->requiredBy));
        // Leaves no value is blamed for: where the future holds them (the proof's words);
        // a borrow error: its own words.
        if (role == Qt::ToolTipRole)
            for (const std::string& step : d->derivation ? derivationPath(*d->derivation) : d->path)
                text += QStringLiteral("\n  → ") + QString::fromStdString(step);
        return text;
    }
    if (role == Qt::ForegroundRole && column == 0)
        return QBrush(
            verdictColor(d && d->severity != "error" ? Verdict::Unknown : Verdict::No, QGuiApplication::palette()));
    return {};
}

QVariant DiagnosticsModel::causeData(const Cause& c, int column, int role) const {
    if (role == LineRole) return c.position.line;
    if (role == ColumnRole) return c.position.column;
    if (role == Qt::DisplayRole && column == 1) return positionText(c.position);
    if (role == Qt::DisplayRole) return causeSummary(c);
    if (role == Qt::ToolTipRole) {
        QString tip = causeSummary(c);
        if (!c.leaves.empty()) tip += QLatin1Char('\n') + leavesText(c.leaves);
        for (const std::string& step : derivationPath(c.derivation))
            tip += QStringLiteral("\n  → ") + QString::fromStdString(step);
        return tip;
    }
    return {};
}

QVariant DiagnosticsModel::childData(int problem, int row, int column, int role) const {
    const Diagnostic* d = diagnostic(problem);
    const int causes = static_cast<int>(d->causes.size());
    if (role == ProblemRole) return problem;
    if (row < causes) {
        if (role == RowKindRole) return static_cast<int>(RowKind::Cause);
        if (role == CauseRole) return row;
        return causeData(d->causes[row], column, role);
    }
    const Fix& fix = d->fixes[row - causes];
    if (role == RowKindRole) return static_cast<int>(RowKind::Fix);
    if (role == FixRole) return row - causes;
    if (role == Qt::DisplayRole && column == 0) return tr("Fix: %1").arg(QString::fromStdString(fix.title));
    if (role == Qt::ToolTipRole) return tr("Double-click or press Apply fix to edit the source (Ctrl+Z undoes)");
    if (role == Qt::ForegroundRole) return QBrush(verdictColor(Verdict::Yes, QGuiApplication::palette()));
    return {};
}

QVariant DiagnosticsModel::data(const QModelIndex& index, int role) const {
    if (!m_snapshot || !checkIndex(index, CheckIndexOption::IndexIsValid)) return {};
    if (index.internalId() == kTopLevel) return problemData(index.row(), index.column(), role);
    return childData(static_cast<int>(index.internalId()), index.row(), index.column(), role);
}

} // namespace awaitscope
