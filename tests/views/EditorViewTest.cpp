// The editor's hover texts and the application of fixes (one undoable edit).
#include "FixApplier.h"
#include "HoverText.h"
#include "SourceEditor.h"
#include "TestSnapshots.h"
#include "TextPositions.h"

#include <QTextCursor>
#include <QTextDocument>
#include <gtest/gtest.h>

using namespace awaitscope;

TEST(SourceEditorView, HoverOnABindingShowsTypeVerdictsAndWhereItIsSaved) {
    const auto snapshot = test::tallySnapshot();
    const QString text = bindingHoverText(*snapshot, {4, 6}, "scores");
    EXPECT_TRUE(text.contains("RefMut")) << text.toStdString();
    EXPECT_TRUE(text.contains("Send: no"));
    EXPECT_TRUE(text.contains("Suspend0: used after this await"));
    const QString upvar = bindingHoverText(*snapshot, {4, 6}, "players");
    EXPECT_TRUE(upvar.contains("every state"));
    EXPECT_TRUE(bindingHoverText(*snapshot, {4, 6}, "nothing").isEmpty());
}

TEST(SourceEditorView, HoverOnADiagnosticShowsItsMessageCausesAndFixes) {
    SourceEditor editor;
    const auto snapshot = test::tallySnapshot();
    editor.setPlainText(QString::fromStdString(snapshot->text));
    editor.setSnapshot(snapshot);
    const QString text = editor.hoverTextAt({3, 20});
    EXPECT_TRUE(text.contains("is not `Send`")) << text.toStdString();
    EXPECT_TRUE(text.contains("Cell&lt;isize&gt;"));
    EXPECT_TRUE(text.contains("Fix: Drop"));
    EXPECT_TRUE(editor.hoverTextAt({4, 5}).contains("syntax error"));
    // The squiggles and the syntax error are extra selections.
    EXPECT_GE(editor.extraSelections().size(), 2);
}

TEST(FixApplierView, AppliesAllEditsAsOneUndoableStep) {
    SourceEditor editor;
    const auto snapshot = test::tallySnapshot();
    const QString original = QString::fromStdString(snapshot->text);
    editor.setPlainText(original);
    ASSERT_TRUE(applyTextEdits(editor.document(), snapshot->diagnostics[0].fixes[0].edits));
    const QString fixed = editor.toPlainText();
    EXPECT_TRUE(fixed.contains("    { let mut scores")) << fixed.toStdString();
    EXPECT_TRUE(fixed.contains(".await; }"));
    editor.undo(); // one Ctrl+Z reverts the whole fix
    EXPECT_EQ(editor.toPlainText(), original);
}

TEST(FixApplierView, RefusesEditsOutsideTheDocument) {
    SourceEditor editor;
    editor.setPlainText("fn main() {}\n");
    EXPECT_FALSE(applyTextEdits(editor.document(), {{{{9, 1}, {9, 2}}, "x"}}));
    EXPECT_EQ(editor.toPlainText(), "fn main() {}\n");
}

TEST(FixApplierView, ColumnsCountCharactersNotUtf16Units) {
    QTextDocument document(QStringLiteral("let s = \"😀\"; x\n"));
    // `x` is the 14th character; in UTF-16 it starts at unit 14, not 13 (the emoji takes two).
    EXPECT_EQ(documentOffset(&document, {1, 14}), 14);
    QTextCursor cursor(&document);
    cursor.setPosition(14);
    EXPECT_EQ(textPositionOf(cursor), (TextPosition{1, 14}));
}
