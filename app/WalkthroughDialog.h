#pragma once
// Help > Walk-through: a short, non-modal tour of the window for a first visit.

#include <QDialog>

namespace awaitscope {

class WalkthroughDialog : public QDialog {
    Q_OBJECT
  public:
    explicit WalkthroughDialog(QWidget* parent = nullptr);
    static QString text();
};

} // namespace awaitscope
