#pragma once
// A small panel shown over a view while its layout runs: a busy bar and a Cancel button.
// It appears only after a short delay, so quick layouts do not flicker.

#include <QFrame>
#include <QTimer>

class QLabel;
class QPushButton;

namespace awaitscope {

class BusyOverlay : public QFrame {
    Q_OBJECT
  public:
    explicit BusyOverlay(QWidget* parent);
    /// Shows the panel after `delayMs` unless stop() comes first.
    void start(const QString& message, int delayMs = 200);
    void stop();
    QPushButton* cancelButton() const { return m_cancel; }
    /// Keeps the panel centred on its parent.
    void reposition();

  signals:
    void cancelRequested();

  private:
    QLabel* m_label = nullptr;
    QPushButton* m_cancel = nullptr;
    QTimer m_delay;
};

} // namespace awaitscope
