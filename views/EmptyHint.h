#pragma once
// A grey sentence in the middle of an empty item view (a table or a tree) that says what
// the view would show and what to do next. It asks `text` again whenever the model
// changes and hides itself when the text is empty.

#include <QLabel>
#include <functional>

class QAbstractItemView;

namespace awaitscope {

class EmptyHint : public QLabel {
    Q_OBJECT
  public:
    EmptyHint(QAbstractItemView* view, std::function<QString()> text);
    void refresh();

  protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

  private:
    QAbstractItemView* m_view;
    std::function<QString()> m_text;
};

} // namespace awaitscope
