#pragma once
// The future as rustc lowers it, written as Rust (an enum with one variant per state),
// read-only and highlighted with the editor's highlighter. The selected state's variant
// is marked and scrolled into view; clicking inside a variant selects that state.

#include <QPlainTextEdit>
#include <utility>
#include <vector>

namespace awaitscope {

class RustHighlighter;

class LoweredCodeView : public QPlainTextEdit {
    Q_OBJECT
  public:
    /// 1-based first and last line of each state's variant, by state index.
    using StateLines = std::vector<std::pair<int, int>>;

    explicit LoweredCodeView(QWidget* parent = nullptr);
    void setCode(const QString& text, StateLines stateLines);
    void clearCode(const QString& message);
    void setSelectedState(int state);
    int selectedState() const { return m_state; }
    /// The text of the marked variant (empty when none).
    QString selectedVariantText() const;
    int stateAtLine(int line) const;

  signals:
    void stateClicked(int state);

  protected:
    void mouseReleaseEvent(QMouseEvent* event) override;

  private:
    void updateMark();

    RustHighlighter* m_highlighter = nullptr;
    StateLines m_stateLines;
    int m_state = -1;
};

} // namespace awaitscope
