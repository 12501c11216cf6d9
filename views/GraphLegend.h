#pragma once
// A one-line key under a graph: what the badge colours and the node borders mean. Each
// entry's tooltip says it in full (the same words as a badge's own tooltip).

#include <QWidget>

namespace awaitscope {

class GraphLegend : public QWidget {
    Q_OBJECT
  public:
    explicit GraphLegend(QWidget* parent = nullptr);

  protected:
    void changeEvent(QEvent* event) override;

  private:
    void rebuild();
};

} // namespace awaitscope
