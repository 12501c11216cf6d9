#include "SourceEditor.h"

#include "HoverText.h"
#include "RustHighlighter.h"
#include "TextPositions.h"
#include "VerdictStyle.h"

#include <QFontDatabase>
#include <QPaintEvent>
#include <QPainter>
#include <QTextBlock>
#include <QToolTip>

namespace awaitscope {

namespace {

class Gutter : public QWidget {
  public:
    explicit Gutter(SourceEditor* editor) : QWidget(editor), m_editor(editor) {}
    QSize sizeHint() const override { return {m_editor->gutterWidth(), 0}; }

  protected:
    void paintEvent(QPaintEvent* event) override { m_editor->paintGutter(event); }

  private:
    SourceEditor* m_editor;
};

} // namespace

SourceEditor::SourceEditor(QWidget* parent) : QPlainTextEdit(parent) {
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTabStopDistance(fontMetrics().horizontalAdvance(' ') * 4);
    m_gutter = new Gutter(this);
    m_highlighter = new RustHighlighter(document());
    connect(this, &QPlainTextEdit::blockCountChanged, this, [this] { updateGutterGeometry(); });
    connect(this, &QPlainTextEdit::updateRequest, this, [this](const QRect& rect, int dy) {
        if (dy)
            m_gutter->scroll(0, dy);
        else
            m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
    });
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, [this] { emit cursorMovedTo(cursorPosition()); });
    updateGutterGeometry();
}

void SourceEditor::setSnapshot(std::shared_ptr<const Snapshot> snapshot) {
    m_snapshot = std::move(snapshot);
    rebuildMarkers();
    m_highlighter->setSpans(m_snapshot->highlights);
    updateExtraSelections();
    updateGutterGeometry();
    m_gutter->update();
}

void SourceEditor::rebuildMarkers() {
    m_markers.clear();
    for (const FutureInfo& f : m_snapshot->futures) {
        for (const State& s : f.states) {
            if (!s.awaitKeyword) continue;
            Marker& m = m_markers[s.awaitKeyword->line];
            for (const SavedField& field : s.fields) m.send = m.send && field.send;
            for (const SavedField& upvar : f.upvars) m.send = m.send && upvar.send;
            const QString label = QStringLiteral("S") + QString::fromStdString(s.name.substr(7));
            m.label = m.label.isEmpty() ? label : m.label + "," + label;
        }
    }
}

void SourceEditor::setCurrentAwait(std::optional<TextPosition> keyword) {
    if (keyword == m_currentAwait) return;
    m_currentAwait = keyword;
    updateExtraSelections();
}

QTextEdit::ExtraSelection SourceEditor::underline(TextRange range, const QColor& colour, const QString& tip) const {
    QTextEdit::ExtraSelection sel;
    sel.cursor = QTextCursor(document());
    sel.cursor.setPosition(std::max(0, documentOffset(document(), range.start)));
    const int end = documentOffset(document(), range.end);
    if (end > sel.cursor.position())
        sel.cursor.setPosition(end, QTextCursor::KeepAnchor);
    else
        sel.cursor.movePosition(QTextCursor::EndOfWord, QTextCursor::KeepAnchor);
    if (!sel.cursor.hasSelection()) sel.cursor.movePosition(QTextCursor::Right, QTextCursor::KeepAnchor);
    sel.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    sel.format.setUnderlineColor(colour);
    sel.format.setToolTip(tip);
    return sel;
}

void SourceEditor::updateExtraSelections() {
    QList<QTextEdit::ExtraSelection> selections;
    // The selected await's line first, so the squiggles draw over it.
    if (m_currentAwait && document()->findBlockByNumber(m_currentAwait->line - 1).isValid()) {
        QTextEdit::ExtraSelection line;
        line.cursor = QTextCursor(document()->findBlockByNumber(m_currentAwait->line - 1));
        line.format.setBackground(blend(palette().color(QPalette::Base), palette().color(QPalette::Highlight), 0.18));
        line.format.setProperty(QTextFormat::FullWidthSelection, true);
        selections.append(line);
    }
    if (m_snapshot) {
        const QColor error = verdictColor(Verdict::No, palette());
        const QColor warning = verdictColor(Verdict::Unknown, palette());
        for (const Diagnostic& d : m_snapshot->diagnostics)
            selections.append(
                underline(d.range, d.severity == "error" ? error : warning, QString::fromStdString(d.message)));
        for (const ParseError& e : m_snapshot->parseErrors)
            selections.append(underline({e.position, e.position}, error, QString::fromStdString(e.message)));
    }
    setExtraSelections(selections);
}

QString SourceEditor::hoverTextAt(TextPosition position) const {
    if (!m_snapshot) return {};
    QTextCursor cursor(document());
    const int offset = documentOffset(document(), position);
    if (offset < 0) return {};
    cursor.setPosition(offset);
    cursor.select(QTextCursor::WordUnderCursor);
    return hoverText(*m_snapshot, position, cursor.selectedText());
}

bool SourceEditor::event(QEvent* event) {
    if (event->type() != QEvent::ToolTip) return QPlainTextEdit::event(event);
    auto* help = static_cast<QHelpEvent*>(event);
    const QPoint inViewport = viewport()->mapFrom(this, help->pos());
    const QString text = hoverTextAt(textPositionOf(cursorForPosition(inViewport)));
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(help->globalPos(), text, this);
    return true;
}

void SourceEditor::goTo(TextPosition position) {
    const int offset = documentOffset(document(), position);
    if (offset < 0) return;
    QTextCursor cursor(document());
    cursor.setPosition(offset);
    setTextCursor(cursor);
    centerCursor();
}

TextPosition SourceEditor::cursorPosition() const {
    return textPositionOf(textCursor());
}

int SourceEditor::gutterWidth() const {
    const int digits = QString::number(std::max(1, blockCount())).size();
    return 12 + fontMetrics().horizontalAdvance(QLatin1Char('9')) * (digits + 6);
}

void SourceEditor::updateGutterGeometry() {
    setViewportMargins(gutterWidth(), 0, 0, 0);
    const QRect cr = contentsRect();
    m_gutter->setGeometry(QRect(cr.left(), cr.top(), gutterWidth(), cr.height()));
}

void SourceEditor::resizeEvent(QResizeEvent* event) {
    QPlainTextEdit::resizeEvent(event);
    updateGutterGeometry();
}

void SourceEditor::paintGutter(QPaintEvent* event) {
    QPainter painter(m_gutter);
    painter.fillRect(event->rect(), palette().color(QPalette::AlternateBase));
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    const int lineHeight = fontMetrics().height();
    const int numberWidth =
        fontMetrics().horizontalAdvance(QLatin1Char('9')) * QString::number(std::max(1, blockCount())).size();
    while (block.isValid() && top <= event->rect().bottom()) {
        const int line = block.blockNumber() + 1;
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(4, top, numberWidth, lineHeight, Qt::AlignRight, QString::number(line));
        const auto it = m_markers.constFind(line);
        if (it != m_markers.constEnd()) {
            const QRect badge(numberWidth + 10, top + 1, m_gutter->width() - numberWidth - 14, lineHeight - 2);
            // Badges keep their light-theme colours: white text on them reads on any palette.
            // Amber where a type is unknown: the tool does not round "unknown" to Send.
            painter.setBrush(it->send == Verdict::No        ? QColor("#c62828")
                             : it->send == Verdict::Unknown ? QColor("#a15c00")
                                                            : QColor("#2e7d32"));
            painter.setPen(Qt::NoPen);
            painter.drawRoundedRect(badge, 4, 4);
            painter.setPen(Qt::white);
            painter.drawText(badge, Qt::AlignCenter, it->label);
        }
        top += qRound(blockBoundingRect(block).height());
        block = block.next();
    }
}

} // namespace awaitscope
