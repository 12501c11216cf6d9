// Issue 18 in the window: the inputs that once crashed or froze the command line (deep
// nesting, bytes that are not UTF-8, nesting beyond the documented limit) opened or typed
// into the window. The window never dies, says why a file was refused or not analysed,
// and keeps the last good analysis and every character the user typed.
#include "AnalysisController.h"
#include "MainWindow.h"
#include "SourceEditor.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextCursor>
#include <gtest/gtest.h>

using namespace awaitscope;

namespace {

/// A file in a folder of this process's own: ctest runs the same tests of other build trees
/// at the same time, and one shared name in /tmp let them overwrite each other's file.
QString writeTemp(const QString& name, const QByteArray& bytes) {
    static QTemporaryDir folder;
    const QString path = folder.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) return {};
    file.write(bytes);
    return path;
}

QByteArray repeated(const char* piece, int times) {
    return QByteArray(piece).repeated(times);
}

QByteArray nestedBlocks(int depth) {
    return "fn main() " + repeated("{", depth) + repeated("}", depth) + "\n";
}

QByteArray nestedParentheses(int depth) {
    return "fn main() { let x = " + repeated("(", depth) + "1" + repeated(")", depth) + "; let _ = x; }\n";
}

const char* const kSample = "use std::rc::Rc;\n"
                            "async fn step() -> u32 { 1 }\n"
                            "async fn kept() -> u32 { let r = Rc::new(1); step().await + *r }\n";

} // namespace

TEST(HostileInputWindow, DeepNestingIsAnalysedWithoutCrashing) {
    for (const QByteArray& text : {nestedBlocks(10000), nestedParentheses(20000)}) {
        MainWindow window;
        const QString path = writeTemp("awaitscope-hostile-nesting.rs", text);
        ASSERT_TRUE(window.openFile(path));
        window.analysis()->waitForIdle();
        ASSERT_TRUE(window.snapshot());
        EXPECT_TRUE(window.snapshot()->parseErrors.empty()) << "rustc accepts this nesting, and so do we";
        EXPECT_EQ(window.editor()->toPlainText().toUtf8(), text);
        QFile::remove(path);
    }
}

TEST(HostileInputWindow, BytesThatAreNotUtf8AreRefusedWithLineAndColumn) {
    // An overlong NUL (C0 80) and a UTF-16 surrogate (ED A0 80), each on line 2.
    for (const QByteArray& bad : {QByteArray("\xC0\x80", 2), QByteArray("\xED\xA0\x80", 3)}) {
        MainWindow window;
        QSignalSpy refused(&window, &MainWindow::errorShown);
        const QString path = writeTemp("awaitscope-hostile-utf8.rs", "fn main() {}\nlet s = \"" + bad + "\";\n");
        EXPECT_FALSE(window.openFile(path));
        ASSERT_EQ(refused.count(), 1);
        const QString message = refused.front().front().toString();
        EXPECT_TRUE(message.contains("UTF-8")) << message.toStdString();
        EXPECT_TRUE(message.contains("line 2, column 10")) << "says where: " << message.toStdString();
        QFile::remove(path);
    }
}

TEST(HostileInputWindow, NestingBeyondTheLimitKeepsTheLastGoodAnalysisAndTheTypedText) {
    MainWindow window;
    const QString path = writeTemp("awaitscope-hostile-typed.rs", kSample);
    ASSERT_TRUE(window.openFile(path));
    window.analysis()->waitForIdle();
    ASSERT_TRUE(window.snapshot());
    ASSERT_FALSE(window.snapshot()->futures.empty());
    const size_t futures = window.snapshot()->futures.size();

    // Pasted past the end: nesting deeper than the documented limit (kMaxNestingDepth).
    const QString pasted = QString::fromUtf8(nestedParentheses(70000));
    window.editor()->moveCursor(QTextCursor::End);
    window.editor()->insertPlainText(pasted);
    window.analysis()->waitForIdle();
    ASSERT_TRUE(window.snapshot());
    ASSERT_FALSE(window.snapshot()->parseErrors.empty());
    EXPECT_NE(window.snapshot()->parseErrors.front().message.find("nesting deeper than"), std::string::npos)
        << window.snapshot()->parseErrors.front().message;
    EXPECT_TRUE(window.showingOlderFutures());
    EXPECT_EQ(window.snapshot()->futures.size(), futures) << "the last good analysis stays on screen";
    EXPECT_TRUE(window.editor()->toPlainText().endsWith(pasted)) << "nothing the user typed is lost";

    window.editor()->undo();
    window.analysis()->waitForIdle();
    EXPECT_TRUE(window.snapshot()->parseErrors.empty());
    EXPECT_FALSE(window.showingOlderFutures());
    window.editor()->document()->setModified(false);
    QFile::remove(path);
}
