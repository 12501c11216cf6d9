#include "NavigationController.h"

#include "DiagnosticsModel.h"
#include "DiagnosticsPanel.h"
#include "FieldTableModel.h"
#include "GraphSources.h"
#include "LoweredCodeView.h"
#include "OutlineModel.h"
#include "PathView.h"
#include "SelectionHub.h"
#include "SourceEditor.h"
#include "StateGraphView.h"

#include <QDockWidget>
#include <QTableView>
#include <QTreeView>
#include <algorithm>

namespace awaitscope {

NavigationController::NavigationController(SelectionHub* hub, const WindowViews& views, QObject* parent)
    : QObject(parent), m_hub(hub), m_views(views) {
    m_views.stateGraph->setLayoutFunction(graphLayouter());
    m_views.pathView->setLayoutFunction(graphLayouter());
    connectViews();
}

void NavigationController::connectViews() {
    connect(m_hub, &SelectionHub::snapshotChanged, this, &NavigationController::onSnapshot);
    connect(m_hub, &SelectionHub::selectionChanged, this, &NavigationController::onSelection);
    connect(m_views.editor, &SourceEditor::cursorMovedTo, this, &NavigationController::onCursorMoved);
    connect(m_views.outlineView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& index) {
                if (!index.isValid()) return;
                Selection s = m_hub->current();
                s.future = index.data(OutlineModel::FutureIndexRole).toInt();
                const QVariant state = index.data(OutlineModel::StateIndexRole);
                s.state = state.isValid() ? state.toInt() : -1;
                s.field = -1;
                selectFrom(Origin::Other, s);
            });
    connect(m_views.fieldView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& index) {
                Selection s = m_hub->current();
                s.field = index.isValid() ? index.row() : -1;
                selectFrom(Origin::Other, s);
            });
    connect(m_views.stateGraph, &GraphView::idClicked, this, &NavigationController::onGraphClicked);
    connect(m_views.pathView, &GraphView::idClicked, this, &NavigationController::onGraphClicked);
    connect(m_views.loweredCode, &LoweredCodeView::stateClicked, this, [this](int state) {
        Selection s = m_hub->current();
        s.state = state;
        s.field = -1;
        selectFrom(Origin::Other, s);
    });
    connect(m_views.diagnosticsPanel, &DiagnosticsPanel::problemActivated, this,
            &NavigationController::onProblemActivated);
}

void NavigationController::selectFrom(Origin origin, const Selection& selection) {
    if (m_updating) return; // a view following the hub, not the user
    if (origin == Origin::Other && selection == m_hub->current()) {
        // Clicking what is already selected still shows it in the editor.
        m_updating = true;
        moveEditorTo(selection, {selection.future, -1, -1, selection.diagnostic, selection.cause});
        m_updating = false;
        return;
    }
    m_origin = origin;
    m_hub->select(selection);
    m_origin = Origin::None;
}

void NavigationController::onSnapshot() {
    m_updating = true;
    const auto snapshot = m_hub->snapshot();
    m_views.editor->setSnapshot(snapshot);
    m_views.outline->setSnapshot(snapshot);
    m_views.outlineView->expandAll();
    m_views.fields->setSnapshot(snapshot);
    m_views.diagnostics->setSnapshot(snapshot);
    m_newSnapshot = true; // the next selectionChanged redraws the graphs
    m_updating = false;
}

void NavigationController::onSelection(const Selection& now, const Selection& before) {
    m_updating = true;
    if (m_newSnapshot || now.future != before.future) followFuture(now);
    followState(now);
    followProblem(now, before);
    if (m_origin == Origin::Other) moveEditorTo(now, before);
    m_newSnapshot = false;
    m_updating = false;
}

void NavigationController::followFuture(const Selection& now) {
    const FutureInfo* future = m_hub->future();
    if (!future) {
        const auto snapshot = m_hub->snapshot();
        const bool none = snapshot && snapshot->futures.empty();
        if (none)
            m_views.stateGraph->showMessage(tr("No async fn, async block or async closure in this file."));
        else
            m_views.stateGraph->showEmpty();
        m_views.loweredCode->clearCode(
            none ? tr("// No async code in this file: there is no state machine to lower.")
                 : tr("// Select a future or an await (F8) to see its lowered state machine."));
        return;
    }
    m_views.stateGraph->showGraph(stateMachineGraph(*m_hub->snapshot(), now.future));
    const LoweredText lowered = loweredCode(*future);
    m_views.loweredCode->setCode(lowered.text, lowered.stateLines);
}

void NavigationController::followState(const Selection& now) {
    const QModelIndex outlineIndex =
        now.state >= 0 ? m_views.outline->stateIndex(now.future, now.state) : m_views.outline->futureIndex(now.future);
    if (outlineIndex.isValid())
        m_views.outlineView->setCurrentIndex(outlineIndex);
    else
        m_views.outlineView->selectionModel()->clearCurrentIndex();
    m_views.fields->setState(now.future, now.state);
    if (now.field >= 0)
        m_views.fieldView->setCurrentIndex(m_views.fields->index(now.field, 0));
    else
        m_views.fieldView->selectionModel()->clearCurrentIndex();
    const GraphIds ids = m_hub->snapshot() ? graphIdsOf(*m_hub->snapshot(), now) : GraphIds{};
    m_views.stateGraph->setSelectedId(ids.node, ids.row);
    m_views.loweredCode->setSelectedState(now.state);
    const State* state = m_hub->state();
    m_views.editor->setCurrentAwait(state ? state->awaitKeyword : std::nullopt);
}

void NavigationController::followProblem(const Selection& now, const Selection& before) {
    m_views.diagnosticsPanel->setCurrent(now.diagnostic, now.cause);
    if (!m_newSnapshot && now.diagnostic == before.diagnostic && now.cause == before.cause) return;
    const auto snapshot = m_hub->snapshot();
    const Diagnostic* d = m_views.diagnostics->diagnostic(now.diagnostic);
    // The dock is titled with the question its path answers for this problem.
    if (auto* dock = qobject_cast<QDockWidget*>(m_views.pathView->parentWidget()))
        dock->setWindowTitle(PathView::titleFor(d ? d->code : std::string()));
    if (d)
        m_views.pathView->showGraph(propagationPathGraph(*snapshot, *d, now.cause));
    else if (snapshot && snapshot->diagnostics.empty())
        m_views.pathView->showMessage(tr("No problem in this file, so there is no path to draw."));
    else
        m_views.pathView->showEmpty();
}

void NavigationController::moveEditorTo(const Selection& now, const Selection& before) {
    const State* state = m_hub->state();
    const FutureInfo* future = m_hub->future();
    if (now.diagnostic >= 0 && (now.diagnostic != before.diagnostic || now.cause != before.cause)) {
        const Diagnostic* d = m_views.diagnostics->diagnostic(now.diagnostic);
        const bool onCause = d && now.cause >= 0;
        m_views.editor->goTo(onCause ? d->causes[now.cause].position
                                     : m_views.diagnostics->problemPosition(now.diagnostic));
    } else if (state && now.field >= 0 && now.field != before.field) {
        const int upvars = static_cast<int>(future->upvars.size());
        const SavedField& f = now.field < upvars ? future->upvars[now.field] : state->fields[now.field - upvars];
        m_views.editor->goTo(f.position);
    } else if (state && state->awaitKeyword && (now.state != before.state || now.future != before.future)) {
        m_views.editor->goTo(*state->awaitKeyword);
    } else if (future && now.state < 0 && (now.future != before.future || now.state != before.state)) {
        m_views.editor->goTo(future->position);
    }
}

std::optional<Selection> NavigationController::awaitAt(TextPosition position) const {
    const auto snapshot = m_hub->snapshot();
    if (!snapshot) return std::nullopt;
    for (size_t f = 0; f < snapshot->futures.size(); ++f) {
        const auto& states = snapshot->futures[f].states;
        for (size_t s = 0; s < states.size(); ++s) {
            const auto& kw = states[s].awaitKeyword; // the keyword, or the `.` right before it
            if (!kw || kw->line != position.line) continue;
            if (position.column < kw->column - 1 || position.column > kw->column + 5) continue;
            Selection selection = m_hub->current();
            selection.future = static_cast<int>(f);
            selection.state = static_cast<int>(s);
            selection.field = -1;
            return selection;
        }
    }
    return std::nullopt;
}

void NavigationController::onCursorMoved(TextPosition position) {
    if (m_updating || !m_hub->snapshot()) return;
    if (const auto selection = awaitAt(position)) return selectFrom(Origin::Editor, *selection);
    // Elsewhere inside a future: select that future, keeping the state when it is the same one.
    const auto& futures = m_hub->snapshot()->futures;
    int innermost = -1;
    for (size_t f = 0; f < futures.size(); ++f)
        if (futures[f].bodyRange.contains(position) &&
            (innermost < 0 || futures[innermost].bodyRange.start < futures[f].bodyRange.start))
            innermost = static_cast<int>(f);
    if (innermost < 0 || innermost == m_hub->current().future) return;
    Selection s = m_hub->current();
    s.future = innermost;
    s.state = s.field = -1;
    selectFrom(Origin::Editor, s);
}

void NavigationController::onGraphClicked(const QString& id, const QString& nodeId) {
    if (!m_hub->snapshot()) return;
    Selection s = selectionFromGraph(*m_hub->snapshot(), nodeId, id);
    if (s.future < 0) return; // a path node that is no state or field of this file
    s.diagnostic = m_hub->current().diagnostic;
    s.cause = m_hub->current().cause;
    selectFrom(Origin::Other, s);
}

void NavigationController::onProblemActivated(int problem, int cause) {
    Selection s = m_hub->current();
    s.diagnostic = problem;
    s.cause = cause;
    // A cause held across an await also selects that await's state.
    const Diagnostic* d = m_views.diagnostics->diagnostic(problem);
    const auto state =
        d && cause >= 0 && d->causes[cause].awaitKeyword ? awaitAt(*d->causes[cause].awaitKeyword) : std::nullopt;
    if (state) {
        s.future = state->future;
        s.state = state->state;
        s.field = -1;
    } else if (const FutureInfo* f = d ? m_hub->snapshot()->futureOf(*d) : nullptr; f && f->id.index != s.future) {
        s.future = f->id.index; // the future the problem is about, by identity
        s.state = s.field = -1;
    }
    selectFrom(Origin::Other, s);
}

void NavigationController::nextAwait(bool backwards) {
    const auto snapshot = m_hub->snapshot();
    if (!snapshot) return;
    std::vector<TextPosition> awaits;
    for (const FutureInfo& f : snapshot->futures)
        for (const State& s : f.states)
            if (s.awaitKeyword) awaits.push_back(*s.awaitKeyword);
    if (awaits.empty()) return;
    std::sort(awaits.begin(), awaits.end());
    awaits.erase(std::unique(awaits.begin(), awaits.end()), awaits.end());
    const TextPosition here = m_views.editor->cursorPosition();
    if (backwards) {
        auto it = std::find_if(awaits.rbegin(), awaits.rend(), [&](TextPosition p) { return p < here; });
        m_views.editor->goTo(it != awaits.rend() ? *it : awaits.back());
    } else {
        auto it = std::find_if(awaits.begin(), awaits.end(), [&](TextPosition p) { return here < p; });
        m_views.editor->goTo(it != awaits.end() ? *it : awaits.front());
    }
}

void NavigationController::nextProblem() {
    const int count = m_views.diagnostics->problemCount();
    if (count == 0) return;
    const TextPosition here = m_views.editor->cursorPosition();
    int best = -1, first = 0;
    for (int i = 0; i < count; ++i) {
        const TextPosition p = m_views.diagnostics->problemPosition(i);
        if (p < m_views.diagnostics->problemPosition(first)) first = i;
        if (here < p && (best < 0 || p < m_views.diagnostics->problemPosition(best))) best = i;
    }
    Selection s = m_hub->current();
    s.diagnostic = best >= 0 ? best : first;
    s.cause = -1;
    if (s == m_hub->current())
        m_views.editor->goTo(m_views.diagnostics->problemPosition(s.diagnostic));
    else
        selectFrom(Origin::Other, s);
}

} // namespace awaitscope
