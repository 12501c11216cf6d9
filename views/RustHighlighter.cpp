#include "RustHighlighter.h"

#include <QApplication>
#include <QPalette>

namespace awaitscope {

RustHighlighter::RustHighlighter(QTextDocument* document) : QSyntaxHighlighter(document) {}

void RustHighlighter::setSpans(const std::vector<HighlightSpan>& spans) {
    m_spansByLine.clear();
    for (const HighlightSpan& span : spans) m_spansByLine[span.start.line].push_back(span);
    rehighlight();
}

QTextCharFormat RustHighlighter::formatFor(HighlightCategory category) const {
    // Colours chosen to read on both light and dark palettes.
    const bool dark = QApplication::palette().color(QPalette::Base).lightness() < 128;
    QTextCharFormat f;
    switch (category) {
    case HighlightCategory::Keyword:
        f.setForeground(dark ? QColor("#c792ea") : QColor("#7a2a9a"));
        f.setFontWeight(QFont::Bold);
        break;
    case HighlightCategory::String: f.setForeground(dark ? QColor("#c3e88d") : QColor("#2e7d32")); break;
    case HighlightCategory::Comment:
        f.setForeground(dark ? QColor("#8a939e") : QColor("#6a737d"));
        f.setFontItalic(true);
        break;
    case HighlightCategory::Lifetime: f.setForeground(dark ? QColor("#ffcb6b") : QColor("#b26a00")); break;
    case HighlightCategory::Macro: f.setForeground(dark ? QColor("#82aaff") : QColor("#1565c0")); break;
    case HighlightCategory::Number: f.setForeground(dark ? QColor("#f78c6c") : QColor("#c2410c")); break;
    case HighlightCategory::Type: f.setForeground(dark ? QColor("#89ddff") : QColor("#00697a")); break;
    case HighlightCategory::Function: f.setForeground(dark ? QColor("#82aaff") : QColor("#0d47a1")); break;
    case HighlightCategory::Await:
        // `.await` is where the state machine parks: make it stand out.
        f.setForeground(dark ? QColor("#ff5370") : QColor("#c62828"));
        f.setFontWeight(QFont::Bold);
        f.setBackground(dark ? QColor("#3a2030") : QColor("#fdecea"));
        break;
    }
    return f;
}

void RustHighlighter::highlightBlock(const QString& text) {
    const int line = currentBlock().blockNumber() + 1;
    const auto it = m_spansByLine.constFind(line);
    if (it == m_spansByLine.constEnd()) return;
    for (const HighlightSpan& span : *it) {
        const int start = span.start.column - 1;
        if (start >= text.size()) continue;
        setFormat(start, std::min<int>(span.length, text.size() - start), formatFor(span.category));
    }
}

} // namespace awaitscope
