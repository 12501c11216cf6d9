// QAbstractItemModelTester on every item model, through resets and state changes, with
// snapshots that have fields, causes, fixes and syntax errors.
#include "DiagnosticsModel.h"
#include "FieldTableModel.h"
#include "OutlineModel.h"
#include "TestSnapshots.h"

#include <QAbstractItemModelTester>
#include <gtest/gtest.h>

using namespace awaitscope;

namespace {
constexpr auto kFatal = QAbstractItemModelTester::FailureReportingMode::Fatal;
}

TEST(OutlineModel, PassesTheModelTesterWithAHandMadeSnapshot) {
    OutlineModel model;
    QAbstractItemModelTester tester(&model, kFatal);
    model.setSnapshot(test::tallySnapshot());
    EXPECT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.rowCount(model.futureIndex(0)), 4);
    model.setSnapshot(std::make_shared<Snapshot>());
    EXPECT_EQ(model.rowCount(), 0);
}

TEST(FieldTableModel, ListsUpvarsThenTheStatesFields) {
    FieldTableModel model;
    QAbstractItemModelTester tester(&model, kFatal);
    model.setSnapshot(test::tallySnapshot());
    EXPECT_EQ(model.rowCount(), 0); // nothing selected
    model.setState(0, 1);
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.index(0, FieldTableModel::NameColumn).data().toString(), "players");
    EXPECT_EQ(model.index(0, FieldTableModel::KindColumn).data().toString(), "upvar");
    EXPECT_EQ(model.index(1, FieldTableModel::NameColumn).data().toString(), "scores");
    EXPECT_EQ(model.index(1, FieldTableModel::SendColumn).data().toString(), "no");
    EXPECT_EQ(model.index(1, FieldTableModel::WhyColumn).data().toString(), "used after this await");
    EXPECT_EQ(model.index(1, FieldTableModel::SizeColumn).data().toString(), "16");
    EXPECT_EQ(model.index(2, FieldTableModel::SizeColumn).data().toString(), "?") << "a future's size is not known";
    EXPECT_EQ(model.index(2, FieldTableModel::NameColumn).data().toString(), "fetch_score(&players[0])");
    model.setState(0, 0);
    EXPECT_EQ(model.rowCount(), 1); // Unresumed: the upvars only
    model.setState(0, 99);
    EXPECT_EQ(model.rowCount(), 0);
}

TEST(DiagnosticsModel, ShowsDiagnosticsWithCausesAndFixesThenSyntaxErrors) {
    DiagnosticsModel model;
    QAbstractItemModelTester tester(&model, kFatal);
    model.setSnapshot(test::tallySnapshot());
    ASSERT_EQ(model.problemCount(), 2);
    const QModelIndex diagnostic = model.problemIndex(0);
    EXPECT_TRUE(diagnostic.data().toString().contains("not `Send`"));
    ASSERT_EQ(model.rowCount(diagnostic), 2); // one cause, one fix
    EXPECT_TRUE(model.causeIndex(0, 0).data().toString().contains("scores"));
    EXPECT_TRUE(model.causeIndex(0, 0).data(Qt::ToolTipRole).toString().contains("Cell<isize> is not Sync"));
    EXPECT_TRUE(model.fixIndex(0, 0).data().toString().startsWith("Fix:"));
    EXPECT_TRUE(model.problemIndex(1).data().toString().contains("expected `;`"));
    EXPECT_EQ(model.problemPosition(1), (TextPosition{4, 5}));
    model.setSnapshot(nullptr);
    EXPECT_EQ(model.rowCount(), 0);
}
