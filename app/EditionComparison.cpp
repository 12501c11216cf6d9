#include "EditionComparison.h"

#include "graph/GraphText.h"

#include <QObject>
#include <QStringList>

namespace awaitscope {

namespace {

QString edition(const Snapshot& s) {
    return QString::fromStdString(editionName(s.edition));
}

QString sendText(Verdict v) {
    return v == Verdict::Yes  ? QStringLiteral("Send")
           : v == Verdict::No ? QStringLiteral("!Send")
                              : QStringLiteral("Send?");
}

QStringList names(const State& state) {
    QStringList out;
    for (const SavedField& f : state.fields) out << QString::fromStdString(fieldKindName(f.kind) + " " + fieldName(f));
    return out;
}

// "Suspend0 of `measured` no longer keeps temporary `cell.borrow()`".
void compareStates(const FutureInfo& old, const FutureInfo& now, QStringList& changes) {
    if (old.states.size() != now.states.size()) {
        changes << QObject::tr("`%1` has %2 states instead of %3")
                       .arg(QString::fromStdString(now.name))
                       .arg(now.states.size())
                       .arg(old.states.size());
        return;
    }
    for (size_t s = 0; s < now.states.size(); ++s) {
        const QStringList was = names(old.states[s]), is = names(now.states[s]);
        const QString where = QString::fromStdString(now.states[s].name + " of `" + now.name + "`");
        for (const QString& f : was)
            if (!is.contains(f)) changes << QObject::tr("%1 no longer keeps %2").arg(where, f);
        for (const QString& f : is)
            if (!was.contains(f)) changes << QObject::tr("%1 now keeps %2").arg(where, f);
    }
    if (old.send != now.send)
        changes << QObject::tr("`%1` is %2 (was %3)")
                       .arg(QString::fromStdString(now.name), sendText(now.send), sendText(old.send));
}

} // namespace

QString editionChangeNote(const Snapshot& before, const Snapshot& after) {
    QStringList changes;
    for (const FutureInfo& now : after.futures)
        if (const FutureInfo* old = before.findFuture(now.name)) compareStates(*old, now, changes);
    const QString head = QObject::tr("Edition %1 (was %2): ").arg(edition(after), edition(before));
    if (changes.isEmpty())
        return head + QObject::tr("no await keeps anything different in this file. The editions differ only where "
                                  "an `if let` scrutinee's or a block tail's temporary lives across an await.");
    return head + changes.join(QStringLiteral("; ")) + QLatin1Char('.');
}

} // namespace awaitscope
