#include "ProjectTreeModel.h"

#include <QFont>
#include <filesystem>
#include <map>

namespace awaitscope {

namespace {

QStandardItem* countItem(int count, bool known) {
    auto* item = new QStandardItem(known ? QString::number(count) : QString());
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    item->setEditable(false);
    return item;
}

/// "tcp" for net/tcp.rs; the file too where it is not named after the module: "net (mod.rs)",
/// "platform (linux_impl.rs)", "crate (lib.rs)". The whole path is the row's tooltip.
QString moduleLabel(const std::string& module, const std::string& path) {
    const std::string name = module.empty() ? "crate" : module.substr(module.rfind(':') + 1);
    const std::filesystem::path file(path);
    if (!module.empty() && file.stem() == name) return QString::fromStdString(name);
    return QString::fromStdString(name + " (" + file.filename().string() + ")");
}

/// "net::tcp" -> "net"; "net" -> "" (the crate root).
std::string parentModule(const std::string& module) {
    const size_t cut = module.rfind("::");
    return cut == std::string::npos ? "" : module.substr(0, cut);
}

} // namespace

ProjectTreeModel::ProjectTreeModel(QObject* parent) : QStandardItemModel(parent) {
    setHorizontalHeaderLabels({tr("Module"), tr("Futures"), tr("Not Send")});
}

void ProjectTreeModel::show(const CargoWorkspace& workspace, int package, int target, const CrateSurvey* survey) {
    removeRows(0, rowCount());
    for (size_t p = 0; p < workspace.members.size(); ++p) {
        const CargoPackage& member = workspace.members[p];
        auto* packageItem = new QStandardItem(
            QStringLiteral("%1 %2").arg(QString::fromStdString(member.name), QString::fromStdString(member.version)));
        packageItem->setEditable(false);
        packageItem->setData(static_cast<int>(p), PackageRole);
        packageItem->setToolTip(QString::fromStdString(member.manifestPath));
        for (size_t t = 0; t < member.targets.size(); ++t) {
            const bool active = static_cast<int>(p) == package && static_cast<int>(t) == target;
            QList<QStandardItem*> row = targetRow(member.targets[t], static_cast<int>(p), static_cast<int>(t), active);
            if (active && survey) {
                const auto [futures, notSend] = addModules(row.front(), *survey);
                row[FuturesColumn]->setText(QString::number(futures));
                row[NotSendColumn]->setText(QString::number(notSend));
                row.front()->setData(notSend, NotSendRole);
            }
            packageItem->appendRow(row);
        }
        appendRow({packageItem, countItem(0, false), countItem(0, false)});
    }
}

QList<QStandardItem*> ProjectTreeModel::targetRow(const CargoTarget& target, int package, int index, bool active) {
    auto* item = new QStandardItem(
        QStringLiteral("%1 %2").arg(QString::fromStdString(target.kind), QString::fromStdString(target.name)));
    item->setEditable(false);
    item->setData(QString::fromStdString(target.rootFile), PathRole);
    item->setData(package, PackageRole);
    item->setData(index, TargetRole);
    item->setToolTip(active
                         ? tr("Surveyed: %1").arg(QString::fromStdString(target.rootFile))
                         : tr("%1 (double-click to survey this target)").arg(QString::fromStdString(target.rootFile)));
    if (active) {
        QFont bold = item->font();
        bold.setBold(true);
        item->setFont(bold);
    }
    return {item, countItem(0, false), countItem(0, false)};
}

std::pair<int, int> ProjectTreeModel::addModules(QStandardItem* targetItem, const CrateSurvey& survey) {
    // Files come in module-tree order, so a module's parent file is already placed; an
    // inline module between them (`mod a { mod b; }`) has no file: its files go higher up.
    std::map<std::string, QStandardItem*> byModule;
    int futures = 0, notSend = 0;
    for (const FileSurvey& file : survey.files) {
        std::string module = file.module == "crate" ? "" : file.module.substr(7);
        auto* item = new QStandardItem(moduleLabel(module, file.path));
        item->setEditable(false);
        item->setData(QString::fromStdString(file.path), PathRole);
        item->setData(file.notSend, NotSendRole);
        item->setToolTip(QString::fromStdString(file.error.empty() ? file.path : file.path + ": " + file.error));
        QStandardItem* parent = targetItem;
        for (std::string up = module; !module.empty() && parent == targetItem;) {
            up = parentModule(up);
            if (auto it = byModule.find(up); it != byModule.end()) parent = it->second;
            if (up.empty()) break;
        }
        parent->appendRow(
            {item, countItem(file.futures, file.error.empty()), countItem(file.notSend, file.error.empty())});
        byModule[module] = item;
        futures += file.futures, notSend += file.notSend;
    }
    return {futures, notSend};
}

ProblemFilter::ProblemFilter(QObject* parent) : QSortFilterProxyModel(parent) {
    setRecursiveFilteringEnabled(true); // a file that passes keeps its modules and target
}

void ProblemFilter::setOnlyProblems(bool only) {
    m_only = only;
    invalidateFilter();
}

bool ProblemFilter::filterAcceptsRow(int row, const QModelIndex& parent) const {
    if (!m_only) return true;
    const QModelIndex index = sourceModel()->index(row, 0, parent);
    // Files only: a target's total would keep every file under it.
    return !index.data(ProjectTreeModel::TargetRole).isValid() && index.data(ProjectTreeModel::NotSendRole).toInt() > 0;
}

} // namespace awaitscope
