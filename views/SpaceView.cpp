#include "SpaceView.h"

#include <algorithm>

#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace awaitscope {

namespace {

constexpr int kBarColumn = 2;
constexpr int kShareRole = Qt::UserRole + 1; // the value's bytes / the future's bytes

// Draws the bytes as a number, right-aligned in a column of its own, and beside it a bar
// whose length is the value's share of the future: the number never sits on the bar.
class BarDelegate : public QStyledItemDelegate {
  public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override {
        QStyleOptionViewItem background = option;
        initStyleOption(&background, index);
        background.text.clear(); // the selection / hover background only
        const QWidget* widget = option.widget;
        QStyle* style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

        const int numberWidth = option.fontMetrics.horizontalAdvance(QStringLiteral("000,000,000"));
        // The number's own column, clipped to the cell when the cell is narrower.
        QRect numberRect = option.rect.adjusted(2, 0, 0, 0);
        numberRect.setWidth(std::min(numberWidth, numberRect.width()));
        const bool selected = option.state & QStyle::State_Selected;
        painter->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        painter->drawText(numberRect, Qt::AlignRight | Qt::AlignVCenter, index.data(Qt::DisplayRole).toString());

        const double share = index.data(kShareRole).toDouble();
        QRect bar = option.rect.adjusted(numberRect.width() + 10, 3, -2, -3);
        if (share > 0 && bar.width() > 0) {
            bar.setWidth(std::max(2, static_cast<int>(bar.width() * std::min(share, 1.0))));
            painter->fillRect(bar, option.palette.color(QPalette::Highlight).lighter(140));
        }
    }
};

} // namespace

SpaceView::SpaceView(QWidget* parent) : QWidget(parent) {
    setObjectName("SpaceView");
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    auto* exportButton = new QPushButton(tr("Export…"), this);
    exportButton->setToolTip(tr("Save the breakdown as CSV, or the view as a PNG image"));
    connect(exportButton, &QPushButton::clicked, this, &SpaceView::exportInteractively);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName("SpaceTree");
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("Saved value"), tr("Kept in"), tr("Bytes")});
    m_tree->setItemDelegateForColumn(kBarColumn, new BarDelegate(m_tree));
    m_tree->header()->setStretchLastSection(true);
    auto* top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(exportButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_tree, 1);
    rebuild();
}

void SpaceView::setSnapshot(std::shared_ptr<const Snapshot> snapshot) {
    m_snapshot = std::move(snapshot);
    if (!m_snapshot || m_future >= static_cast<int>(m_snapshot->futures.size())) m_future = -1;
    rebuild();
}

void SpaceView::showFuture(int future) {
    if (future == m_future) return;
    m_future = future;
    rebuild();
}

void SpaceView::addItems(QTreeWidgetItem* parent, const std::vector<SpaceItem>& items) {
    const double whole = m_breakdown.size.value_or(0);
    for (const SpaceItem& i : items) {
        auto* item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
        item->setText(0, QString::fromStdString(i.label));
        item->setText(1, QString::fromStdString(i.states));
        item->setText(kBarColumn, QLocale().toString(static_cast<qlonglong>(i.bytes)));
        item->setData(kBarColumn, kShareRole, whole > 0 ? i.bytes / whole : 0.0);
        item->setToolTip(0, QString::fromStdString(i.label));
        addItems(item, i.inside);
    }
}

void SpaceView::rebuild() {
    m_tree->clear();
    m_breakdown = {};
    if (!m_snapshot || m_future < 0) {
        m_title->setText(tr("Select a future to see what takes its space."));
        return;
    }
    m_breakdown = breakdownOf(m_snapshot->futures, static_cast<size_t>(m_future));
    const QString name = QString::fromStdString(m_breakdown.future);
    m_title->setText(m_breakdown.size
                         ? tr("<b>%1</b>: %2 bytes, aligned to %3 (as rustc lays it out)")
                               .arg(name, QLocale().toString(static_cast<qlonglong>(*m_breakdown.size)))
                               .arg(m_breakdown.align.value_or(1))
                         : tr("<b>%1</b>: size unknown (some saved value's layout is not known)").arg(name));
    if (m_breakdown.unknown > 0)
        m_title->setText(m_title->text() + tr("; %n value(s) of unknown size", "", m_breakdown.unknown));
    addItems(nullptr, m_breakdown.items);
    m_tree->resizeColumnToContents(0);
    m_tree->resizeColumnToContents(1);
}

bool SpaceView::exportTo(const QString& path) {
    if (path.endsWith(".csv", Qt::CaseInsensitive)) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) return false;
        return file.write(QByteArray::fromStdString(breakdownCsv(m_breakdown))) >= 0;
    }
    return grab().save(path, "PNG");
}

void SpaceView::exportInteractively() {
    const QString path = QFileDialog::getSaveFileName(this, tr("Export what takes the space"),
                                                      QString::fromStdString(m_breakdown.future) + "-space.csv",
                                                      tr("CSV (*.csv);;PNG image (*.png)"));
    if (!path.isEmpty() && !exportTo(path)) m_title->setText(tr("Could not write %1").arg(path));
}

} // namespace awaitscope
