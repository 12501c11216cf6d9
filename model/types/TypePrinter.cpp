#include "TypePrinter.h"

#include "types/PreludeIndex.h"
#include "types/TypeLowering.h"
#include "types/TypeOps.h"

#include <deque>
#include <mutex>

namespace awaitscope {

namespace {

std::string simpleName(const std::string& path) {
    const auto pos = path.rfind("::");
    return pos == std::string::npos ? path : path.substr(pos + 2);
}

std::string canonicalOf(const ItemRef& ref) {
    switch (ref.kind) {
    case ItemKind::Adt: return ref.adt->path;
    case ItemKind::Trait: return ref.trait->path;
    case ItemKind::Alias: return ref.alias->path;
    default: return {};
    }
}

// Breadth first from the crate roots, so the first path found to an item is a shortest one.
std::shared_ptr<const VisibleNames> buildNames(const ItemIndex& index, const std::vector<std::string>& roots) {
    auto names = std::make_shared<VisibleNames>();
    std::deque<std::pair<const ModuleDef*, std::string>> queue;
    std::set<const ModuleDef*> seen;
    for (const std::string& r : roots)
        if (const ModuleDef* m = index.crateRoot(r)) queue.push_back({m, r}), seen.insert(m);
    while (!queue.empty()) {
        auto [module, path] = queue.front();
        queue.pop_front();
        for (const auto& [name, ref] : module->types) {
            if (!module->publicNames.count(name) || ref.kind == ItemKind::Alias) continue; // as rustc: no aliases
            if (ref.kind == ItemKind::Module) {
                names->owners[name].insert(ref.module->path);
                if (seen.insert(ref.module).second) queue.push_back({ref.module, path + "::" + name});
                continue;
            }
            const std::string canonical = canonicalOf(ref);
            if (canonical.empty()) continue;
            names->owners[name].insert(canonical);
            names->visiblePath.emplace(canonical, path + "::" + name);
            // An enum's variants are names too (futures' `MaybeDone::Future` makes the
            // trait `Future` ambiguous once futures is loaded).
            if (ref.kind == ItemKind::Adt)
                for (const VariantDef& v : ref.adt->variants) names->owners[v.name].insert(canonical + "::" + v.name);
        }
    }
    return names;
}

std::shared_ptr<const VisibleNames> namesFor(const std::set<std::string>& crates) {
    // Never destroyed: a background analysis may still be running when the process exits,
    // and ThreadSanitizer saw this map's exit-time destructor race with such a thread.
    static auto* mutex = new std::mutex;
    static auto* cache = new std::map<std::set<std::string>, std::shared_ptr<const VisibleNames>>;
    std::lock_guard<std::mutex> lock(*mutex);
    auto& entry = (*cache)[crates];
    if (!entry) {
        std::vector<std::string> roots{"std"};
        for (const char* c : {"tokio", "parking_lot", "futures"})
            if (crates.count(c)) roots.emplace_back(c);
        entry = buildNames(*PreludeIndex::get(), roots);
    }
    return entry;
}

bool isLocalItem(const ItemRef& ref, const ModuleDef* in) {
    switch (ref.kind) { // defined here, not imported by a `use`
    case ItemKind::Module: return ref.module->parent == in;
    case ItemKind::Adt: return ref.adt->module == in;
    case ItemKind::Trait: return ref.trait->module == in;
    case ItemKind::Alias: return ref.alias->module == in;
    default: return false;
    }
}

} // namespace

std::set<std::string> TypePrinter::cratesUsedBy(const std::string& text) {
    std::set<std::string> out;
    for (const char* c : {"tokio", "parking_lot", "futures"}) {
        const std::string name(c);
        for (auto pos = text.find(name); pos != std::string::npos; pos = text.find(name, pos + 1)) {
            const bool startsWord =
                pos == 0 || !(std::isalnum(static_cast<unsigned char>(text[pos - 1])) || text[pos - 1] == '_');
            if (startsWord && text.compare(pos + name.size(), 2, "::") == 0) {
                out.insert(name);
                break;
            }
        }
    }
    return out;
}

TypePrinter::TypePrinter(const ItemIndex& index, std::set<std::string> crates)
    : m_index(index), m_crates(std::move(crates)), m_names(namesFor(m_crates)) {
    // Every item of the local crate competes for a simple name, whatever its visibility.
    for (const ModuleDef* m : index.allModules()) {
        if (!m->crate.empty()) continue;
        for (const auto& [name, ref] : m->types)
            if (isLocalItem(ref, m)) m_localNames.insert(name);
    }
}

std::string TypePrinter::itemName(const std::string& canonical) const {
    auto it = m_names->visiblePath.find(canonical);
    if (it == m_names->visiblePath.end()) {
        const AdtDef* adt = m_index.adt(canonical);
        if (adt && adt->module && adt->module->crate.empty()) return adt->name; // the file's own
        return canonical;
    }
    const std::string name = simpleName(canonical);
    auto owners = m_names->owners.find(name);
    const bool unique = owners != m_names->owners.end() && owners->second.size() == 1 && !m_localNames.count(name);
    if (unique) return name;
    return it->second;
}

std::string TypePrinter::printList(const std::vector<TypePtr>& types) const {
    std::string out;
    printListTo(out, types);
    return out;
}

void TypePrinter::printListTo(std::string& out, const std::vector<TypePtr>& types) const {
    for (size_t i = 0; i < types.size(); ++i) {
        if (i) out += ", ";
        printTo(out, types[i]);
    }
}

void TypePrinter::printArgsTo(std::string& out, const std::vector<std::string>& lifetimes,
                              const std::vector<TypePtr>& args) const {
    if (lifetimes.empty() && args.empty()) return;
    out += '<';
    for (size_t i = 0; i < lifetimes.size(); ++i) out += (i ? ", " : "") + lifetimes[i];
    for (size_t i = 0; i < args.size(); ++i) {
        if (i || !lifetimes.empty()) out += ", ";
        printTo(out, args[i]);
    }
    out += '>';
}

std::optional<std::string> TypePrinter::stdPath(const std::string& canonical) const {
    auto it = m_names->visiblePath.find(canonical);
    if (it == m_names->visiblePath.end() || it->second.rfind("std::", 0) != 0) return std::nullopt;
    return it->second;
}

std::vector<TypePtr> TypePrinter::writtenArgs(const Type& t) const {
    std::vector<TypePtr> args = t.args;
    // rustc leaves out trailing arguments that equal their defaults (HashMap's S).
    if (const AdtDef* adt = m_index.adt(t.path)) {
        while (!args.empty()) {
            const size_t i = args.size() - 1;
            if (i >= adt->generics.defaults.size() || !adt->generics.defaults[i]) break;
            if (!sameType(adt->generics.defaults[i], args[i])) break;
            args.pop_back();
        }
    }
    return args;
}

std::string TypePrinter::printBound(const TraitBound& b) const {
    const std::string name = itemName(b.path);
    const bool fnSugar = b.path == traits::Fn || b.path == traits::FnMut || b.path == traits::FnOnce;
    if (fnSugar && b.args.size() == 1 && b.args[0]->kind == TypeKind::Tuple) {
        std::string out = name + "(" + printList(b.args[0]->args) + ")";
        for (const auto& [n, t] : b.assoc)
            if (n == "Output" && !(t->kind == TypeKind::Tuple && t->args.empty())) out += " -> " + print(t);
        return out;
    }
    std::vector<std::string> parts;
    for (const TypePtr& a : b.args) parts.push_back(print(a));
    for (const auto& [n, t] : b.assoc) parts.push_back(n + " = " + print(t));
    if (parts.empty()) return name;
    std::string out = name + "<";
    for (size_t i = 0; i < parts.size(); ++i) out += (i ? ", " : "") + parts[i];
    return out + ">";
}

std::string TypePrinter::printBounds(const Type& t) const {
    std::string out;
    for (size_t i = 0; i < t.bounds.size(); ++i) out += (i ? " + " : "") + printBound(t.bounds[i]);
    return out;
}

std::string TypePrinter::print(const TypePtr& type) const {
    std::string out;
    printTo(out, type);
    return out;
}

// Appends to one string: building each level's text from its arguments' texts copied a
// type nested n deep O(n^2) bytes, and the trait solver prints every level it visits.
void TypePrinter::printTo(std::string& out, const TypePtr& type) const {
    if (!type) {
        out += '_';
        return;
    }
    const Type& t = *type;
    switch (t.kind) {
    case TypeKind::Unknown: out += '_'; return;
    case TypeKind::Never: out += '!'; return;
    case TypeKind::Primitive:
    case TypeKind::Param: out += t.path; return;
    case TypeKind::Str: out += "str"; return;
    case TypeKind::Adt:
        out += itemName(t.path);
        printArgsTo(out, t.lifetimes, writtenArgs(t));
        return;
    case TypeKind::Ref:
        out += '&';
        if (!t.lifetimes.empty() && t.lifetimes[0] != "'_") out += t.lifetimes[0] + " ";
        if (t.isMut) out += "mut ";
        printTo(out, t.args.at(0));
        return;
    case TypeKind::RawPtr:
        out += t.isMut ? "*mut " : "*const ";
        printTo(out, t.args.at(0));
        return;
    case TypeKind::Slice:
        out += '[';
        printTo(out, t.args.at(0));
        out += ']';
        return;
    case TypeKind::Array:
        out += '[';
        printTo(out, t.args.at(0));
        out += "; " + t.arrayLength + "]";
        return;
    case TypeKind::Tuple:
        out += '(';
        printListTo(out, t.args);
        out += t.args.size() == 1 ? ",)" : ")";
        return;
    case TypeKind::Projection:
        out += '<';
        printTo(out, t.args.at(0));
        out += (t.bounds.empty() ? "" : " as " + printBound(t.bounds[0])) + ">::" + t.path;
        printArgsTo(out, t.lifetimes, {}); // a generic associated type's: `CallRefFuture<'_>`
        return;
    case TypeKind::DynTrait:
        if (!t.lifetimeBound.empty())
            out += "(dyn " + printBounds(t) + " + " + t.lifetimeBound + ")";
        else
            out += "dyn " + printBounds(t);
        return;
    case TypeKind::ImplTrait: out += "impl " + printBounds(t); return;
    case TypeKind::FnPtr:
        out += "fn(";
        printListTo(out, t.args);
        out += ')';
        if (t.output && !(t.output->kind == TypeKind::Tuple && t.output->args.empty())) {
            out += " -> ";
            printTo(out, t.output);
        }
        return;
    case TypeKind::Closure: out += "{closure}"; return;
    case TypeKind::Future:
    case TypeKind::LibraryFuture:
        out += "impl Future<Output = ";
        printTo(out, t.output);
        out += '>';
        return;
    }
    out += '_';
}

} // namespace awaitscope
