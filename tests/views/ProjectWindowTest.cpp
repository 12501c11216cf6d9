// The window with a Cargo project open (tests/data/projects/workspace): the Project dock
// lists the members, targets and module tree with each file's counts, filters to the
// problems, opens files; F12 goes to definitions (a dependency outside the workspace
// read-only); a feature switched in the dock changes the analysis; Cancel stops a survey.
#include "AnalysisController.h"
#include "MainWindow.h"
#include "ProjectController.h"
#include "ProjectDock.h"
#include "ProjectTreeModel.h"
#include "SourceEditor.h"
#include "analysis/Analyzer.h"
#include "util/FileLoader.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTreeView>
#include <gtest/gtest.h>
#include <optional>

using namespace awaitscope;

namespace {

const QString kWorkspace = QStringLiteral(AWAITSCOPE_SOURCE_DIR "/tests/data/projects/workspace");

struct Row {
    QString text, path, futures, notSend;
    QModelIndex index;
};

/// Every row of the dock's (filtered) tree, depth first.
QList<Row> rows(const QAbstractItemModel* model, const QModelIndex& parent = {}) {
    QList<Row> out;
    for (int r = 0; r < model->rowCount(parent); ++r) {
        const QModelIndex i = model->index(r, 0, parent);
        out << Row{i.data().toString(), i.data(ProjectTreeModel::PathRole).toString(),
                   model->index(r, 1, parent).data().toString(), model->index(r, 2, parent).data().toString(), i};
        out << rows(model, i);
    }
    return out;
}

/// A copy, not a pointer: callers often pass a temporary tree().
std::optional<Row> fileRow(const QList<Row>& all, const QString& name) {
    for (const Row& r : all)
        if (QFileInfo(r.path).fileName() == name && !r.index.data(ProjectTreeModel::TargetRole).isValid()) return r;
    return std::nullopt;
}

class ProjectWindow : public ::testing::Test {
  protected:
    void SetUp() override { window.project()->setCacheDirectory({}); } // every survey is real
    bool open(const QString& path) {
        const bool ok = window.openProject(path);
        settle();
        return ok;
    }
    void settle() {
        QCoreApplication::processEvents(); // queued requests (a feature toggled) start first
        window.project()->waitForIdle();
        window.analysis()->waitForIdle();
    }
    QList<Row> tree() const { return rows(window.projectDock()->tree()->model()); }
    void putCursorOn(const QString& text, int offsetInto = 0) {
        QTextCursor c = window.editor()->document()->find(text, 0, QTextDocument::FindCaseSensitively);
        ASSERT_FALSE(c.isNull()) << text.toStdString();
        c.setPosition(c.selectionStart() + offsetInto);
        window.editor()->setTextCursor(c);
    }
    /// Opens net/tcp.rs afresh and presses F12 `offsetInto` characters into `text`.
    bool goToDefinitionFromTcp(const QString& text, int offsetInto) {
        if (!window.openFile(kWorkspace + "/app/src/net/tcp.rs")) return false;
        settle();
        putCursorOn(text, offsetInto);
        return window.goToDefinition();
    }
    MainWindow window;
};

} // namespace

TEST_F(ProjectWindow, TheDockListsMembersTargetsModulesAndCounts) {
    ASSERT_TRUE(open(kWorkspace + "/app"));
    const QList<Row> all = tree();
    QStringList top;
    for (int r = 0; r < window.projectDock()->tree()->model()->rowCount(); ++r)
        top << window.projectDock()->tree()->model()->index(r, 0).data().toString();
    EXPECT_EQ(top, (QStringList{"app 0.1.0", "shapes 0.1.0"}));
    const auto tcp = fileRow(all, "tcp.rs");
    ASSERT_TRUE(tcp);
    EXPECT_EQ(QFileInfo(tcp->index.parent().data(ProjectTreeModel::PathRole).toString()).fileName(), "mod.rs");
    ASSERT_TRUE(fileRow(all, "linux_impl.rs")) << "the #[path] module";
    EXPECT_TRUE(std::any_of(all.begin(), all.end(), [](const Row& r) { return r.text == "lib shapes"; }));
    // Each file's counts are what analysing it inside its crate finds.
    for (const char* name : {"lib.rs", "mod.rs", "tcp.rs", "linux_impl.rs"}) {
        const auto row = fileRow(all, name);
        ASSERT_TRUE(row) << name;
        AnalysisInput input{row->path.toStdString(), loadSourceFile(row->path.toStdString()).text, Edition::E2021,
                            nullptr};
        input.project = ProjectSession::forFile(input.path, {});
        const auto snapshot = analyze(input);
        int notSend = 0;
        for (const FutureInfo& f : snapshot->futures) notSend += f.send == Verdict::No;
        EXPECT_EQ(row->futures.toInt(), static_cast<int>(snapshot->futures.size())) << name;
        EXPECT_EQ(row->notSend.toInt(), notSend) << name;
    }
    EXPECT_EQ(tcp->notSend, "3"); // hold_guard, hold_shared, hold_handle (Rc each)
    EXPECT_TRUE(window.windowTitle().contains("project app (lib)")) << window.windowTitle().toStdString();
}

TEST_F(ProjectWindow, OnlyProblemsKeepsTheFilesWithAFutureThatIsNotSend) {
    ASSERT_TRUE(open(kWorkspace + "/app"));
    window.projectDock()->onlyProblems()->setChecked(true);
    QStringList files;
    for (const Row& r : tree())
        if (!r.path.isEmpty() && !r.index.data(ProjectTreeModel::TargetRole).isValid())
            files << QFileInfo(r.path).fileName();
    // lib.rs and net/mod.rs stay as the modules above tcp.rs; linux_impl.rs and shapes go.
    EXPECT_EQ(files, (QStringList{"lib.rs", "mod.rs", "tcp.rs"}));
    window.projectDock()->onlyProblems()->setChecked(false);
    EXPECT_TRUE(fileRow(tree(), "linux_impl.rs"));
}

TEST_F(ProjectWindow, ActivatingAFileOpensIt) {
    ASSERT_TRUE(open(kWorkspace + "/app"));
    EXPECT_TRUE(window.currentPath().endsWith("app/src/lib.rs")); // the target's root
    const auto tcp = fileRow(tree(), "tcp.rs");
    ASSERT_TRUE(tcp);
    emit window.projectDock()->tree()->activated(tcp->index);
    settle();
    EXPECT_TRUE(window.currentPath().endsWith("net/tcp.rs"));
    EXPECT_NE(window.snapshot()->findFuture("hold_guard"), nullptr);
}

TEST_F(ProjectWindow, F12GoesToTheDefinitionInAnotherFileAndCrate) {
    ASSERT_TRUE(open(kWorkspace + "/app"));
    ASSERT_TRUE(goToDefinitionFromTcp("Guard::new", 2));
    EXPECT_TRUE(window.currentPath().endsWith("platform/linux_impl.rs"));
    EXPECT_EQ(window.editor()->cursorPosition(), (TextPosition{1, 12})); // pub struct Guard
    EXPECT_FALSE(window.isReadOnly()) << "a file of the workspace stays editable";

    ASSERT_TRUE(goToDefinitionFromTcp("shapes::handle", 9));
    EXPECT_TRUE(window.currentPath().endsWith("shapes/src/lib.rs"));
    EXPECT_EQ(window.editor()->cursorPosition(), (TextPosition{10, 8})); // pub fn handle

    ASSERT_TRUE(goToDefinitionFromTcp("tick().await", 1));
    EXPECT_TRUE(window.currentPath().endsWith("net/tcp.rs"));
    EXPECT_EQ(window.editor()->cursorPosition(), (TextPosition{8, 10})); // async fn tick
    putCursorOn("drop(guard)", 6); // a local: no item to go to, and the cursor stays
    const TextPosition before = window.editor()->cursorPosition();
    EXPECT_FALSE(window.goToDefinition());
    EXPECT_EQ(window.editor()->cursorPosition(), before);
}

TEST_F(ProjectWindow, ADependencyOutsideTheWorkspaceOpensReadOnly) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const auto write = [&](const QString& path, const QByteArray& text) {
        QDir().mkpath(QFileInfo(dir.filePath(path)).path());
        QFile f(dir.filePath(path));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(text);
    };
    write("user/Cargo.toml", "[package]\nname = \"user\"\nversion = \"0.1.0\"\nedition = \"2021\"\n\n"
                             "[dependencies]\ndep = { path = \"../dep\" }\n");
    write("user/src/lib.rs", "pub async fn run() {\n    let w = dep::Widget::default();\n    drop(w);\n}\n");
    write("dep/Cargo.toml", "[package]\nname = \"dep\"\nversion = \"0.1.0\"\nedition = \"2021\"\n");
    write("dep/src/lib.rs", "#[derive(Default)]\npub struct Widget {\n    pub n: u8,\n}\n");
    ASSERT_TRUE(open(dir.filePath("user")));
    putCursorOn("Widget::default", 1);
    ASSERT_TRUE(window.goToDefinition());
    EXPECT_TRUE(window.currentPath().endsWith("dep/src/lib.rs"));
    EXPECT_EQ(window.editor()->cursorPosition(), (TextPosition{2, 12}));
    EXPECT_TRUE(window.isReadOnly());
    EXPECT_FALSE(window.readOnlyBar()->isHidden());
    EXPECT_TRUE(window.windowTitle().contains("read-only"));
    QTest::keyClicks(window.editor(), "typed");
    EXPECT_FALSE(window.editor()->document()->isModified()) << "nothing typed into a read-only file";
    EXPECT_FALSE(window.editor()->toPlainText().contains("typed"));
    ASSERT_TRUE(window.openFile(dir.filePath("user/src/lib.rs")));
    EXPECT_FALSE(window.isReadOnly());
    EXPECT_TRUE(window.readOnlyBar()->isHidden());
}

TEST_F(ProjectWindow, AFeatureSwitchedInTheDockChangesTheAnalysis) {
    ASSERT_TRUE(open(kWorkspace + "/app"));
    ASSERT_TRUE(window.openFile(kWorkspace + "/app/src/net/tcp.rs"));
    settle();
    ASSERT_NE(window.snapshot()->findFuture("hold_handle"), nullptr);
    EXPECT_EQ(window.snapshot()->findFuture("hold_handle")->send, Verdict::No); // shapes::Handle = Rc
    QListWidget* features = window.projectDock()->features();
    const auto found = features->findItems("threaded", Qt::MatchExactly);
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found.front()->checkState(), Qt::Unchecked);
    found.front()->setCheckState(Qt::Checked);
    settle();
    // `threaded` turns on shapes/shared: Handle = Arc, and hold_handle is Send.
    EXPECT_EQ(window.snapshot()->findFuture("hold_handle")->send, Verdict::Yes);
    EXPECT_EQ(fileRow(tree(), "tcp.rs").value_or(Row{}).notSend, "2");
    EXPECT_EQ(features->findItems("threaded", Qt::MatchExactly).front()->checkState(), Qt::Checked);
}

TEST_F(ProjectWindow, CancelStopsTheSurveyAndTheWindowKeepsWorking) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QDir().mkpath(dir.filePath("big/src"));
    QFile manifest(dir.filePath("big/Cargo.toml"));
    ASSERT_TRUE(manifest.open(QIODevice::WriteOnly));
    manifest.write("[package]\nname = \"big\"\nversion = \"0.1.0\"\nedition = \"2021\"\n");
    manifest.close();
    QByteArray root;
    constexpr int kFiles = 150;
    for (int i = 0; i < kFiles; ++i) {
        root += "pub mod m" + QByteArray::number(i) + ";\n";
        QFile f(dir.filePath("big/src/m%1.rs").arg(i));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        for (int k = 0; k < 6; ++k)
            f.write("async fn t" + QByteArray::number(k) + "() {}\npub async fn f" + QByteArray::number(k) +
                    "() {\n    let r = std::rc::Rc::new(1);\n    t0().await;\n    drop(r);\n}\n");
    }
    QFile lib(dir.filePath("big/src/lib.rs"));
    ASSERT_TRUE(lib.open(QIODevice::WriteOnly));
    lib.write(root);
    lib.close();
    QSignalSpy cancelled(window.project(), &ProjectController::surveyCancelled);
    ASSERT_TRUE(window.openProject(dir.filePath("big")));
    EXPECT_TRUE(window.project()->isRunning());
    window.projectDock()->cancelButton()->click();
    settle();
    EXPECT_EQ(cancelled.count(), 1);
    EXPECT_EQ(window.project()->survey(), nullptr);
    EXPECT_TRUE(window.projectDock()->progress()->isHidden());
    EXPECT_FALSE(fileRow(tree(), "m7.rs")) << "no counts from a cancelled survey";
    // The window still works: the root file was analysed, and a new survey runs to the end.
    EXPECT_TRUE(window.currentPath().endsWith("big/src/lib.rs"));
    window.project()->setActiveTarget(0, 0);
    settle();
    ASSERT_NE(window.project()->survey(), nullptr);
    EXPECT_EQ(window.project()->survey()->files.size(), static_cast<size_t>(kFiles + 1));
}
