// The bottom dock draws the path of whichever problem is selected, and that problem is not
// always a Send error: its title asks the question the path answers, so a large future's
// path is not presented under "Why not Send".
#include "AnalysisController.h"
#include "MainWindow.h"
#include "SelectionHub.h"
#include "TestSnapshots.h"

#include <QDockWidget>
#include <QTest>
#include <gtest/gtest.h>

using namespace awaitscope;

namespace {

/// Opens a sample, selects its first problem of `code` as a click in Problems would, and
/// returns the bottom dock's title.
QString pathDockTitleFor(MainWindow& window, const char* sample, const std::string& code) {
    EXPECT_TRUE(window.openFile(test::samplePath(sample)));
    window.analysis()->waitForIdle();
    Selection problem;
    problem.diagnostic = test::firstProblemOf(*window.snapshot(), code);
    EXPECT_GE(problem.diagnostic, 0) << sample << " has no " << code;
    if (problem.diagnostic < 0) return {};
    window.selection()->select(problem);
    const auto* dock = window.findChild<QDockWidget*>("PathDock");
    return dock ? dock->windowTitle() : QString();
}

} // namespace

TEST(PathDockTitle, NamesTheQuestionOfTheSelectedProblem) {
    MainWindow window;
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    EXPECT_EQ(pathDockTitleFor(window, "future_sizes.rs", "large-future"), QStringLiteral("Why so large"));
    EXPECT_EQ(pathDockTitleFor(window, "nested_chain.rs", "future-not-send"), QStringLiteral("Why not Send"));
    EXPECT_EQ(pathDockTitleFor(window, "future_borrow_moved.rs", "moved-while-borrowed"),
              QStringLiteral("Why the borrow conflicts"));
}
