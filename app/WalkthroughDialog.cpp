#include "WalkthroughDialog.h"

#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace awaitscope {

WalkthroughDialog::WalkthroughDialog(QWidget* parent) : QDialog(parent) {
    setObjectName("WalkthroughDialog");
    setWindowTitle(tr("Awaitscope walk-through"));
    auto* browser = new QTextBrowser(this);
    browser->setHtml(text());
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(browser);
    layout->addWidget(buttons);
    resize(560, 520);
}

QString WalkthroughDialog::text() {
    return tr(
        "<h3>What an async fn becomes</h3>"
        "<p>rustc turns every <code>async fn</code>, <code>async</code> block and closure into a state machine: "
        "<b>Unresumed</b> (created, not yet polled), one <b>Suspend</b> state per <code>.await</code>, then "
        "<b>Returned</b> and <b>Panicked</b>. Each Suspend state stores the values that must survive the await.</p>"
        "<h3>Follow one await</h3><ol>"
        "<li>Open <i>Samples &gt; RefCell guard held across an await</i>.</li>"
        "<li>Each <code>.await</code> has a gutter badge <b>S0</b>, <b>S1</b>…: red when that state holds a value "
        "that is not Send. Press <b>F8</b> / <b>Shift+F8</b> to jump between awaits.</li>"
        "<li>With the cursor on an await, the <i>State machine</i> graph, the <i>Fields</i> table, the outline "
        "and the <i>Lowered code</i> all show that state. Click a node or a field row in the graph to go back.</li>"
        "<li>Hover a binding in the editor: its type, Send/Sync, and the states that save it, with the reason.</li>"
        "</ol><h3>Why is my future not Send?</h3><ol>"
        "<li>Press <b>F4</b> for the next problem. The <i>Problems</i> dock lists each error with its causes and "
        "fixes; <i>Why not Send</i> draws the path from the spawn down to the leaf type.</li>"
        "<li>Select a fix and press <b>Apply fix</b>: the source changes in one step (Ctrl+Z undoes it) and the "
        "analysis follows.</li></ol>"
        "<h3>Edit freely</h3><p>The analysis re-runs as you type. While the text does not parse, the last good "
        "analysis stays on screen and the syntax error is underlined. The <i>Edition</i> selector switches the "
        "temporary-lifetime rules between 2021 and 2024 and a note above the graph says what changed (try "
        "<i>Samples &gt; Editions 2021 and 2024 end temporaries at different times</i>). Ctrl+wheel or "
        "Ctrl+= / Ctrl+- zoom the graph from anywhere in the window, drag pans, Ctrl+0 fits; the legend under "
        "it and the tooltips on its badges say what the colours mean. <i>Copy as Rust</i> copies the lowered "
        "code, which rustc accepts.</p>");
}

} // namespace awaitscope
