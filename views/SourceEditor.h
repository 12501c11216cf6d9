#pragma once
// The Rust source editor: a QPlainTextEdit with a gutter that shows line numbers and, on
// each await, the state it suspends into (S0, S1, ...), red when that state holds a value
// that is not Send. Syntax errors and diagnostics are underlined; hovering shows them, and
// on a binding its type, Send/Sync and the states that save it.

#include "data/Snapshot.h"

#include <QPlainTextEdit>
#include <memory>
#include <optional>

namespace awaitscope {

class RustHighlighter;

class SourceEditor : public QPlainTextEdit {
    Q_OBJECT
  public:
    explicit SourceEditor(QWidget* parent = nullptr);

    void setSnapshot(std::shared_ptr<const Snapshot> snapshot);
    /// Moves the cursor to a 1-based line and character column.
    void goTo(TextPosition position);
    TextPosition cursorPosition() const;
    /// Marks the line of the selected await (none: no mark).
    void setCurrentAwait(std::optional<TextPosition> keyword);
    /// The tooltip text at a position (what hovering there shows).
    QString hoverTextAt(TextPosition position) const;

    int gutterWidth() const;
    void paintGutter(QPaintEvent* event);

  signals:
    void cursorMovedTo(awaitscope::TextPosition position);

  protected:
    void resizeEvent(QResizeEvent* event) override;
    bool event(QEvent* event) override;

  private:
    struct Marker {
        QString label;
        Verdict send = Verdict::Yes; // of everything the state(s) on this line hold, upvars included
    };
    void updateGutterGeometry();
    void updateExtraSelections();
    void rebuildMarkers();
    QTextEdit::ExtraSelection underline(TextRange range, const QColor& colour, const QString& tip) const;

    QWidget* m_gutter = nullptr;
    RustHighlighter* m_highlighter = nullptr;
    std::shared_ptr<const Snapshot> m_snapshot;
    QHash<int, Marker> m_markers; // by 1-based line
    std::optional<TextPosition> m_currentAwait;
};

} // namespace awaitscope
