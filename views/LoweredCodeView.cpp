#include "LoweredCodeView.h"

#include "RustHighlighter.h"
#include "VerdictStyle.h"
#include "syntax/HighlightSpans.h"
#include "syntax/SyntaxTree.h"

#include <QFontDatabase>
#include <QMouseEvent>
#include <QTextBlock>

namespace awaitscope {

LoweredCodeView::LoweredCodeView(QWidget* parent) : QPlainTextEdit(parent) {
    setObjectName("LoweredCodeView");
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_highlighter = new RustHighlighter(document());
}

void LoweredCodeView::setCode(const QString& text, StateLines stateLines) {
    m_stateLines = std::move(stateLines);
    // Generated code is highlighted like user code: parsed by the same grammar.
    auto file = std::make_shared<SourceFile>("<lowered>", text.toStdString());
    const SyntaxTree tree(file);
    m_highlighter->setSpans(computeHighlights(tree));
    if (text != toPlainText())
        setPlainText(text);
    else
        m_highlighter->rehighlight();
    updateMark();
}

void LoweredCodeView::clearCode(const QString& message) {
    m_stateLines.clear();
    m_highlighter->setSpans({});
    setPlainText(message);
    updateMark();
}

void LoweredCodeView::setSelectedState(int state) {
    m_state = state;
    updateMark();
}

int LoweredCodeView::stateAtLine(int line) const {
    for (size_t i = 0; i < m_stateLines.size(); ++i)
        if (line >= m_stateLines[i].first && line <= m_stateLines[i].second) return static_cast<int>(i);
    return -1;
}

QString LoweredCodeView::selectedVariantText() const {
    if (m_state < 0 || m_state >= static_cast<int>(m_stateLines.size())) return {};
    QStringList lines;
    for (int line = m_stateLines[m_state].first; line <= m_stateLines[m_state].second; ++line)
        lines << document()->findBlockByNumber(line - 1).text();
    return lines.join(QLatin1Char('\n'));
}

void LoweredCodeView::updateMark() {
    QList<QTextEdit::ExtraSelection> selections;
    if (m_state >= 0 && m_state < static_cast<int>(m_stateLines.size())) {
        const auto [first, last] = m_stateLines[m_state];
        const QColor mark = blend(palette().color(QPalette::Base), palette().color(QPalette::Highlight), 0.22);
        for (int line = first; line <= last; ++line) {
            QTextEdit::ExtraSelection sel;
            sel.cursor = QTextCursor(document()->findBlockByNumber(line - 1));
            sel.format.setBackground(mark);
            sel.format.setProperty(QTextFormat::FullWidthSelection, true);
            selections.append(sel);
        }
        QTextCursor cursor(document()->findBlockByNumber(first - 1));
        setTextCursor(cursor);
        ensureCursorVisible();
    }
    setExtraSelections(selections);
}

void LoweredCodeView::mouseReleaseEvent(QMouseEvent* event) {
    QPlainTextEdit::mouseReleaseEvent(event);
    if (textCursor().hasSelection()) return; // the user is selecting text to copy
    const int state = stateAtLine(cursorForPosition(event->position().toPoint()).blockNumber() + 1);
    if (state >= 0) emit stateClicked(state);
}

} // namespace awaitscope
