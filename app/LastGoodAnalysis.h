#pragma once
// While the user types, most intermediate texts do not parse. A broken edit should not
// wipe the futures off the screen: when a new analysis has syntax errors AND found fewer
// futures than the last good one, the window keeps showing the last good futures (and
// their diagnostics) together with the new text's syntax errors and highlighting.

#include "data/Snapshot.h"

#include <memory>

namespace awaitscope {

class LastGoodAnalysis {
  public:
    /// What to show for a fresh analysis; remembers it when it is good.
    std::shared_ptr<const Snapshot> accept(std::shared_ptr<const Snapshot> fresh);
    /// True when the last accept() returned older futures than the text on screen.
    bool showingOlderFutures() const { return m_stale; }
    /// A different file: nothing carries over.
    void reset();

  private:
    std::shared_ptr<const Snapshot> m_good;
    bool m_stale = false;
};

} // namespace awaitscope
