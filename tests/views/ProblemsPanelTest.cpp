// The Problems dock end to end on the real analysis: open the RefCell sample, select a
// fix under its Send error, press the real "Apply fix" button; the source changes in one
// undoable step, the analysis re-runs and the problem list follows; Ctrl+Z brings it back.
#include "AnalysisController.h"
#include "DiagnosticsModel.h"
#include "DiagnosticsPanel.h"
#include "MainWindow.h"
#include "PathView.h"
#include "SelectionHub.h"
#include "SourceEditor.h"
#include "TestSnapshots.h"

#include <QPushButton>
#include <QTest>
#include <QTreeView>
#include <gtest/gtest.h>

using namespace awaitscope;

namespace {

int sendErrorsOf(const Snapshot& snapshot, const std::string& future) {
    int count = 0;
    for (const Diagnostic& d : snapshot.diagnostics) count += d.future && *d.future == future;
    return count;
}

} // namespace

TEST(MainWindowProblems, OpeningTheSampleSelectsItsProblemAndDrawsThePath) {
    MainWindow window;
    ASSERT_TRUE(window.openFile(test::samplePath("refcell_guard.rs")));
    window.analysis()->waitForIdle();
    ASSERT_GE(sendErrorsOf(*window.snapshot(), "tally"), 1);
    const int problem = window.selection()->current().diagnostic;
    ASSERT_GE(problem, 0);
    EXPECT_EQ(*window.diagnosticsModel()->diagnostic(problem)->future, "tally");
    EXPECT_EQ(window.diagnosticsPanel()->view()->currentIndex(), window.diagnosticsModel()->problemIndex(problem));
    window.pathView()->waitForLayout();
    EXPECT_FALSE(window.pathView()->nodeItems().empty());
}

TEST(MainWindowProblems, ApplyFixButtonEditsTheSourceAndTheProblemListFollows) {
    MainWindow window;
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    ASSERT_TRUE(window.openFile(test::samplePath("refcell_guard.rs")));
    window.analysis()->waitForIdle();
    const QString original = window.editor()->toPlainText();
    const int before = sendErrorsOf(*window.snapshot(), "tally");
    ASSERT_GE(before, 1);
    const Diagnostic* d = window.diagnosticsModel()->diagnostic(0);
    ASSERT_TRUE(d);
    ASSERT_FALSE(d->fixes.empty());

    DiagnosticsPanel* panel = window.diagnosticsPanel();
    QPushButton* apply = panel->applyButton();
    EXPECT_FALSE(apply->isEnabled()); // a problem row, not a fix, is current
    panel->view()->setCurrentIndex(window.diagnosticsModel()->fixIndex(0, 0));
    ASSERT_TRUE(apply->isEnabled());
    QTest::mouseClick(apply, Qt::LeftButton);
    EXPECT_NE(window.editor()->toPlainText(), original);
    EXPECT_TRUE(window.editor()->document()->isModified());

    window.analysis()->waitForIdle(); // the edit itself requested the re-analysis
    EXPECT_LT(sendErrorsOf(*window.snapshot(), "tally"), before);
    EXPECT_EQ(window.diagnosticsModel()->problemCount(), static_cast<int>(window.snapshot()->diagnostics.size()));

    window.editor()->setFocus();
    QTest::keyClick(window.editor(), Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(window.editor()->toPlainText(), original);
    window.analysis()->waitForIdle();
    EXPECT_EQ(sendErrorsOf(*window.snapshot(), "tally"), before);
    window.editor()->document()->setModified(false); // no "save changes?" on close
}
