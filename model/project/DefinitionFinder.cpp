#include "DefinitionFinder.h"

#include "project/CrateModel.h"
#include "types/PathResolver.h"

#include <cctype>
#include <filesystem>

namespace awaitscope {

namespace {

bool isNameChar(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || static_cast<unsigned char>(c) >= 0x80;
}

/// Where an item's name is written (its `name` field), else where the item starts.
std::optional<DefinitionSite> siteOf(const SyntaxNode& node, const std::string& item) {
    if (node.isNull() || !node.file()) return std::nullopt;
    const std::string& path = node.file()->path();
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) return std::nullopt; // the built-in prelude
    const SyntaxNode name = node.field(SyntaxField::Name);
    return DefinitionSite{path, (name.isNull() ? node : name).start(), item};
}

/// A module has no node of its own here: an out-of-line one is its file.
std::optional<DefinitionSite> moduleSite(const CrateModel& crate, const ModuleDef& module) {
    if (!module.crate.empty()) return std::nullopt;
    for (const CrateFile& f : crate.expansion().files())
        if (f.modulePath == module.path) return DefinitionSite{f.path, {1, 1}, "mod crate::" + module.path};
    return std::nullopt;
}

std::optional<DefinitionSite> siteOf(const CrateModel& crate, const ItemRef& ref) {
    switch (ref.kind) {
    case ItemKind::Module: return ref.module ? moduleSite(crate, *ref.module) : std::nullopt;
    case ItemKind::Adt: return siteOf(ref.adt->node, "type " + ref.adt->path);
    case ItemKind::Variant: return siteOf(ref.adt->node, "enum " + ref.adt->path);
    case ItemKind::Alias: return siteOf(ref.alias->node, "type alias " + ref.alias->path);
    case ItemKind::Trait: return siteOf(ref.trait->node, "trait " + ref.trait->path);
    case ItemKind::Fn: return siteOf(ref.fn->node, "fn " + ref.fn->path);
    case ItemKind::Const:
        return siteOf(ref.constant->node, (ref.constant->isStatic ? "static " : "const ") + ref.constant->path);
    default: return std::nullopt;
    }
}

/// `Type::name`: an inherent method (or associated fn) of a resolved type.
std::optional<DefinitionSite> associatedSite(const ItemIndex& index, const ItemRef& owner, const std::string& name) {
    if (owner.kind != ItemKind::Adt) return std::nullopt;
    for (const ImplDef* impl : index.inherentImpls(owner.adt->path))
        for (const FnDef& fn : impl->methods)
            if (fn.name == name) return siteOf(fn.node, "fn " + owner.adt->path + "::" + name);
    return std::nullopt;
}

} // namespace

std::vector<std::string> pathAtOffset(const std::string& text, size_t offset) {
    if (offset > text.size()) return {};
    size_t end = offset;
    while (end < text.size() && isNameChar(text[end])) ++end;
    size_t start = offset;
    // Leftwards over names and `::` (whitespace inside a path is rare enough to ignore).
    while (start > 0) {
        if (isNameChar(text[start - 1]))
            --start;
        else if (start >= 2 && text[start - 1] == ':' && text[start - 2] == ':')
            start -= 2;
        else
            break;
    }
    std::vector<std::string> segments;
    std::string current;
    for (size_t i = start; i < end; ++i) {
        if (text[i] == ':') {
            if (!current.empty())
                segments.push_back(current);
            else if (segments.empty())
                segments.push_back("::");
            current.clear();
            ++i;
        } else {
            current += text[i];
        }
    }
    if (current.empty() || std::isdigit(static_cast<unsigned char>(current[0]))) return {};
    segments.push_back(current);
    return segments;
}

std::optional<DefinitionSite> findDefinition(const CrateModel& crate, const std::string& modulePath,
                                             const std::string& text, size_t offset) {
    const std::vector<std::string> segments = pathAtOffset(text, offset);
    const auto index = crate.index();
    const ModuleDef* module = index ? index->module(modulePath) : nullptr;
    if (segments.empty() || !module) return std::nullopt;
    const PathResolver resolver(*index);
    // A call or a macro names a value; everything else is tried as a type first.
    for (Namespace ns : {Namespace::Type, Namespace::Value}) {
        const PathResolution found = resolver.resolve(module, segments, ns);
        if (!found.item) continue;
        if (found.consumed == segments.size()) {
            if (auto site = siteOf(crate, found.item)) return site;
        } else if (found.consumed + 1 == segments.size()) {
            if (auto site = associatedSite(*index, found.item, segments.back())) return site;
        }
    }
    return std::nullopt;
}

} // namespace awaitscope
