#include "SourceEditor.h"

#include "RustHighlighter.h"

#include <QFontDatabase>
#include <QPaintEvent>
#include <QPainter>
#include <QTextBlock>

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
        if (dy) m_gutter->scroll(0, dy);
        else m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
    });
    connect(this, &QPlainTextEdit::cursorPositionChanged, this,
            [this] { emit cursorMovedTo(cursorPosition()); });
    updateGutterGeometry();
}

void SourceEditor::setSnapshot(std::shared_ptr<const Snapshot> snapshot) {
    m_snapshot = std::move(snapshot);
    m_markers.clear();
    for (const FutureInfo& f : m_snapshot->futures) {
        for (const State& s : f.states) {
            if (!s.awaitKeyword) continue;
            bool notSend = false;
            for (const SavedField& field : s.fields) notSend = notSend || field.send == Verdict::No;
            Marker& m = m_markers[s.awaitKeyword->line];
            const QString label = QStringLiteral("S") + QString::fromStdString(s.name.substr(7));
            m.label = m.label.isEmpty() ? label : m.label + "," + label;
            m.notSend = m.notSend || notSend;
        }
    }
    m_highlighter->setSpans(m_snapshot->highlights);
    updateErrorUnderlines();
    updateGutterGeometry();
    m_gutter->update();
}

void SourceEditor::updateErrorUnderlines() {
    QList<QTextEdit::ExtraSelection> selections;
    for (const ParseError& e : m_snapshot->parseErrors) {
        QTextEdit::ExtraSelection sel;
        QTextBlock block = document()->findBlockByNumber(e.position.line - 1);
        if (!block.isValid()) continue;
        sel.cursor = QTextCursor(block);
        sel.cursor.setPosition(block.position() + std::min(e.position.column - 1, std::max(0, block.length() - 1)));
        sel.cursor.movePosition(QTextCursor::EndOfWord, QTextCursor::KeepAnchor);
        if (!sel.cursor.hasSelection()) sel.cursor.movePosition(QTextCursor::Right, QTextCursor::KeepAnchor);
        sel.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        sel.format.setUnderlineColor(Qt::red);
        sel.format.setToolTip(QString::fromStdString(e.message));
        selections.append(sel);
    }
    setExtraSelections(selections);
}

void SourceEditor::goTo(TextPosition position) {
    QTextBlock block = document()->findBlockByNumber(position.line - 1);
    if (!block.isValid()) return;
    QTextCursor cursor(block);
    cursor.setPosition(block.position() + std::clamp(position.column - 1, 0, std::max(0, block.length() - 1)));
    setTextCursor(cursor);
    centerCursor();
}

TextPosition SourceEditor::cursorPosition() const {
    const QTextCursor c = textCursor();
    return {c.blockNumber() + 1, c.positionInBlock() + 1};
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
    const int numberWidth = fontMetrics().horizontalAdvance(QLatin1Char('9')) *
                            QString::number(std::max(1, blockCount())).size();
    while (block.isValid() && top <= event->rect().bottom()) {
        const int line = block.blockNumber() + 1;
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(4, top, numberWidth, lineHeight, Qt::AlignRight, QString::number(line));
        const auto it = m_markers.constFind(line);
        if (it != m_markers.constEnd()) {
            const QRect badge(numberWidth + 10, top + 1, m_gutter->width() - numberWidth - 14, lineHeight - 2);
            painter.setBrush(it->notSend ? QColor("#c62828") : QColor("#2e7d32"));
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
