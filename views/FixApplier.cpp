#include "FixApplier.h"

#include "TextPositions.h"

#include <QTextCursor>
#include <QTextDocument>
#include <algorithm>

namespace awaitscope {

namespace {

struct ResolvedEdit {
    int start = 0, end = 0;
    QString text;
};

} // namespace

bool applyTextEdits(QTextDocument* document, const std::vector<TextEdit>& edits) {
    std::vector<ResolvedEdit> resolved;
    for (const TextEdit& edit : edits) {
        const int start = documentOffset(document, edit.range.start);
        const int end = documentOffset(document, edit.range.end);
        if (start < 0 || end < start) return false;
        resolved.push_back({start, end, QString::fromStdString(edit.text)});
    }
    // Last edit first, so the offsets of the earlier ones stay valid.
    std::sort(resolved.begin(), resolved.end(), [](const auto& a, const auto& b) { return a.start > b.start; });
    QTextCursor cursor(document);
    cursor.beginEditBlock();
    for (const ResolvedEdit& edit : resolved) {
        cursor.setPosition(edit.start);
        cursor.setPosition(edit.end, QTextCursor::KeepAnchor);
        cursor.insertText(edit.text);
    }
    cursor.endEditBlock();
    return true;
}

} // namespace awaitscope
