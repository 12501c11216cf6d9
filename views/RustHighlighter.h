#pragma once
// Colours the editor from the analysis' highlight spans (computed from the syntax tree).

#include "syntax/HighlightSpan.h"

#include <QHash>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>
#include <vector>

namespace awaitscope {

class RustHighlighter : public QSyntaxHighlighter {
    Q_OBJECT
  public:
    explicit RustHighlighter(QTextDocument* document);
    void setSpans(const std::vector<HighlightSpan>& spans);

  protected:
    void highlightBlock(const QString& text) override;

  private:
    QTextCharFormat formatFor(HighlightCategory category) const;
    QHash<int, std::vector<HighlightSpan>> m_spansByLine;
};

} // namespace awaitscope
