#include "ItemCollector.h"

#include "types/LayoutAttribute.h"
#include "types/PathResolver.h"

#include "syntax/PreorderWalk.h"

#include <string_view>

namespace awaitscope {

std::vector<std::string> pathSegments(const SyntaxNode& path) {
    if (path.isNull()) return {};
    const SyntaxKind kind = path.kind();
    if (kind == SyntaxKind::ScopedIdentifier || kind == SyntaxKind::ScopedTypeIdentifier) {
        const SyntaxNode prefix = path.field(SyntaxField::Path);
        std::vector<std::string> out = pathSegments(prefix);
        if (prefix.isNull() && path.childCount() > 0 && path.child(0).is(SyntaxKind::ColonColon)) out.push_back("::");
        out.emplace_back(path.field(SyntaxField::Name).text());
        return out;
    }
    return {std::string(path.text())};
}

bool isPublicItem(const SyntaxNode& item) {
    const SyntaxNode vis = item.childOfKind(SyntaxKind::VisibilityModifier);
    return vis && vis.text() == "pub"; // pub(crate) is not visible to other crates
}

const ModuleDef* restrictedVisibility(const SyntaxNode& item, const ModuleDef* module) {
    const SyntaxNode vis = item.childOfKind(SyntaxKind::VisibilityModifier);
    if (!vis) return nullptr;
    std::string text;
    for (char c : vis.text())
        if (c != ' ' && c != '\t' && c != '\n') text += c;
    if (text == "pub(super)") return module->parent ? module->parent : module;
    if (text == "pub(crate)" || text == "crate" || text.rfind("pub(in", 0) == 0) {
        // pub(in path) names a module the collector may not have reached yet: the crate
        // root bounds it from above.
        while (module->parent) module = module->parent;
        return module;
    }
    return nullptr; // pub, pub(self)
}

std::string ItemCollector::itemPath(const ModuleDef* module, const std::string& name) {
    return module->path.empty() ? name : module->path + "::" + name;
}

namespace {

/// A new item definition named after its syntax node, placed in `module`.
template <class Def> std::unique_ptr<Def> declared(ModuleDef* module, const SyntaxNode& item) {
    auto def = std::make_unique<Def>();
    def->name = std::string(item.field(SyntaxField::Name).text());
    def->path = ItemCollector::itemPath(module, def->name);
    def->module = module;
    def->node = item;
    return def;
}

/// Makes `name` resolve to `ref` in one of the module's namespaces, and records who else
/// sees it: everyone if pub, a module and its descendants if restricted.
void publish(ModuleDef* module, std::map<std::string, ItemRef>& names, const std::string& name, ItemRef ref,
             const SyntaxNode& item) {
    names[name] = ref;
    if (isPublicItem(item)) module->publicNames.insert(name);
    if (const ModuleDef* within = restrictedVisibility(item, module)) module->visibleWithin[name] = within;
}

} // namespace

void ItemCollector::collectCrate(const std::string& crate, const SyntaxNode& root) {
    auto module = std::make_unique<ModuleDef>();
    module->crate = crate;
    module->path = crate;
    module->name = crate;
    collectItems(m_index.addModule(std::move(module)), root);
}

void ItemCollector::collectModuleFile(const std::string& modulePath, const SyntaxNode& root, const std::string& crate) {
    if (modulePath == crate) { // a crate root: `crate::` paths start there
        collectCrate(crate, root);
        return;
    }
    const size_t cut = modulePath.rfind("::");
    auto module = std::make_unique<ModuleDef>();
    module->crate = crate;
    module->path = modulePath;
    module->name = cut == std::string::npos ? modulePath : modulePath.substr(cut + 2);
    module->parent = m_index.module(cut == std::string::npos ? "" : modulePath.substr(0, cut));
    collectItems(m_index.addModule(std::move(module)), root);
}

void ItemCollector::collectItems(ModuleDef* module, const SyntaxNode& body) {
    const std::vector<SyntaxNode>* expanded = m_expansion ? m_expansion->itemsOf(body) : nullptr;
    collectItemList(module, expanded ? *expanded : body.namedChildren());
}

void ItemCollector::collectItemList(ModuleDef* module, const std::vector<SyntaxNode>& items) {
    Attributes attrs;
    for (const SyntaxNode& item : items) {
        if (item.is(SyntaxKind::AttributeItem)) {
            readAttribute(item, attrs);
            continue;
        }
        if (item.is(SyntaxKind::LineComment) || item.is(SyntaxKind::BlockComment)) continue;
        collectItem(module, item, attrs);
        attrs = Attributes{};
    }
}

void ItemCollector::readAttribute(const SyntaxNode& attrItem, Attributes& attrs) {
    const SyntaxNode attr = attrItem.childOfKind(SyntaxKind::Attribute);
    const std::string text(attr.text());
    if (text.rfind("derive", 0) == 0) {
        for (const SyntaxNode& tok : attr.field(SyntaxField::Arguments).namedChildren())
            if (tok.is(SyntaxKind::Identifier)) attrs.derives.emplace(tok.text());
    } else if (text.rfind("lang", 0) == 0) {
        const auto q = text.find('"');
        if (q != std::string::npos) attrs.lang = text.substr(q + 1, text.rfind('"') - q - 1);
    } else if (text == "awaitscope::auto_trait") {
        attrs.autoTrait = true;
    }
}

void ItemCollector::collectItem(ModuleDef* module, const SyntaxNode& item, Attributes& attrs) {
    const SyntaxKind kind = item.kind();
    if (kind == SyntaxKind::ModItem) {
        collectModule(module, item);
    } else if (kind == SyntaxKind::StructItem || kind == SyntaxKind::EnumItem || kind == SyntaxKind::UnionItem) {
        collectAdt(module, item, attrs);
    } else if (kind == SyntaxKind::TypeItem) {
        collectAlias(module, item);
    } else if (kind == SyntaxKind::TraitItem) {
        collectTrait(module, item, attrs);
        collectMemberBodies(module, item);
    } else if (kind == SyntaxKind::FunctionItem || kind == SyntaxKind::FunctionSignatureItem) {
        collectFn(module, item);
    } else if (kind == SyntaxKind::ImplItem) {
        auto impl = std::make_unique<ImplDef>();
        impl->module = module;
        impl->node = item;
        m_index.addImpl(std::move(impl));
        collectMemberBodies(module, item);
    } else if (kind == SyntaxKind::ConstItem || kind == SyntaxKind::StaticItem) {
        collectConst(module, item);
    } else if (kind == SyntaxKind::UseDeclaration) {
        collectUse(module, item.field(SyntaxField::Argument), {}, isPublicItem(item),
                   restrictedVisibility(item, module));
    }
}

void ItemCollector::collectModule(ModuleDef* parent, const SyntaxNode& item) {
    auto module = std::make_unique<ModuleDef>();
    module->crate = parent->crate;
    module->name = std::string(item.field(SyntaxField::Name).text());
    module->path = itemPath(parent, module->name);
    module->parent = parent;
    module->isPublic = isPublicItem(item);
    const SyntaxNode body = item.field(SyntaxField::Body);
    const std::vector<SyntaxNode>* fileItems = m_expansion && !body ? m_expansion->itemsOf(item) : nullptr;
    if (!body && !fileItems) {
        // `mod x;` of a file analysed inside its crate: the crate's index has x already.
        if (const ModuleDef* known = m_index.module(module->path); known && known->crate == module->crate) {
            publish(parent, parent->types, module->name, moduleRef(known), item);
            return;
        }
    }
    ModuleDef* added = m_index.addModule(std::move(module));
    ItemRef ref{ItemKind::Module};
    ref.module = added;
    publish(parent, parent->types, added->name, ref, item);
    if (body)
        collectItems(added, body);
    else if (fileItems)
        collectItemList(added, *fileItems);
}

void ItemCollector::collectAdt(ModuleDef* module, const SyntaxNode& item, const Attributes& attrs) {
    auto adt = declared<AdtDef>(module, item);
    adt->kind = item.is(SyntaxKind::EnumItem)    ? AdtKind::Enum
                : item.is(SyntaxKind::UnionItem) ? AdtKind::Union
                                                 : AdtKind::Struct;
    adt->isPublic = isPublicItem(item);
    adt->lang = attrs.lang;
    adt->derives = attrs.derives;
    adt->fixedLayout = layoutAttribute(item);
    const SyntaxNode body = item.field(SyntaxField::Body);
    adt->isTupleStruct = body.is(SyntaxKind::OrderedFieldDeclarationList);
    adt->isUnitStruct = adt->kind == AdtKind::Struct && body.isNull();
    if (adt->kind == AdtKind::Enum) {
        for (const SyntaxNode& v : body.namedChildren()) {
            if (!v.is(SyntaxKind::EnumVariant)) continue;
            VariantDef variant;
            variant.name = std::string(v.field(SyntaxField::Name).text());
            variant.isTuple = v.field(SyntaxField::Body).is(SyntaxKind::OrderedFieldDeclarationList);
            variant.fields = fieldNodes(v.field(SyntaxField::Body));
            adt->variants.push_back(std::move(variant));
        }
    } else {
        adt->fields = fieldNodes(body);
    }
    ItemRef ref{ItemKind::Adt};
    ref.adt = m_index.addAdt(std::move(adt));
    publish(module, module->types, ref.adt->name, ref, item);
    if (ref.adt->isTupleStruct || ref.adt->isUnitStruct) module->values[ref.adt->name] = ref;
}

std::vector<FieldDef> ItemCollector::fieldNodes(const SyntaxNode& body) {
    std::vector<FieldDef> out;
    if (body.is(SyntaxKind::FieldDeclarationList)) {
        for (const SyntaxNode& f : body.namedChildren())
            if (f.is(SyntaxKind::FieldDeclaration))
                out.push_back({std::string(f.field(SyntaxField::Name).text()), nullptr, f.field(SyntaxField::Type)});
    } else if (body.is(SyntaxKind::OrderedFieldDeclarationList)) {
        // Tuple fields: every named child that is not an attribute or visibility is a type.
        for (const SyntaxNode& f : body.namedChildren()) {
            if (f.is(SyntaxKind::VisibilityModifier) || f.is(SyntaxKind::AttributeItem) ||
                f.is(SyntaxKind::LineComment) || f.is(SyntaxKind::BlockComment))
                continue;
            out.push_back({std::to_string(out.size()), nullptr, f});
        }
    }
    return out;
}

void ItemCollector::collectAlias(ModuleDef* module, const SyntaxNode& item) {
    ItemRef ref{ItemKind::Alias};
    ref.alias = m_index.addAlias(declared<AliasDef>(module, item));
    publish(module, module->types, ref.alias->name, ref, item);
}

void ItemCollector::collectTrait(ModuleDef* module, const SyntaxNode& item, const Attributes& attrs) {
    auto trait = declared<TraitDef>(module, item);
    trait->isAuto = attrs.autoTrait;
    ItemRef ref{ItemKind::Trait};
    ref.trait = m_index.addTrait(std::move(trait));
    publish(module, module->types, ref.trait->name, ref, item);
}

void ItemCollector::collectFn(ModuleDef* module, const SyntaxNode& item) {
    auto fn = declared<FnDef>(module, item);
    fn->displayName = fn->path;
    ItemRef ref{ItemKind::Fn};
    ref.fn = m_index.addFn(std::move(fn));
    publish(module, module->values, ref.fn->name, ref, item);
    collectBodyItems(module, item.field(SyntaxField::Body));
}

void ItemCollector::collectConst(ModuleDef* module, const SyntaxNode& item) {
    auto constant = declared<ConstDef>(module, item);
    constant->isStatic = item.is(SyntaxKind::StaticItem);
    ItemRef ref{ItemKind::Const};
    ref.constant = m_index.addConst(std::move(constant));
    publish(module, module->values, ref.constant->name, ref, item);
}

void ItemCollector::collectMemberBodies(ModuleDef* module, const SyntaxNode& implOrTrait) {
    if (!m_bodies) return;
    for (const SyntaxNode& member : implOrTrait.field(SyntaxField::Body).namedChildren())
        if (member.is(SyntaxKind::FunctionItem) && (!m_expansion || m_expansion->isActive(member)))
            collectBodyItems(module, member.field(SyntaxField::Body));
}

namespace {

// The items a block can declare that the index records.
bool isCollectedItem(const SyntaxNode& n) {
    static const std::set<SyntaxKind> kinds{SyntaxKind::StructItem,     SyntaxKind::EnumItem,
                                            SyntaxKind::UnionItem,      SyntaxKind::TypeItem,
                                            SyntaxKind::TraitItem,      SyntaxKind::FunctionItem,
                                            SyntaxKind::ImplItem,       SyntaxKind::ModItem,
                                            SyntaxKind::UseDeclaration, SyntaxKind::FunctionSignatureItem,
                                            SyntaxKind::ConstItem,      SyntaxKind::StaticItem};
    return kinds.count(n.kind()) > 0;
}

bool declaresItems(const SyntaxNode& block) {
    for (const SyntaxNode& c : block.namedChildren())
        if (isCollectedItem(c)) return true;
    return false;
}

/// Whether `text` holds one of the keywords that start an item isCollectedItem names, as a
/// word of its own (in code, a comment or a string alike): a body without one declares
/// none, and its walk is skipped. Most bodies declare nothing.
bool mayDeclareItems(std::string_view text) {
    static const std::set<std::string_view> keywords{"struct", "enum", "union", "type",  "trait", "fn",
                                                     "impl",   "mod",  "use",   "const", "static"};
    // ASCII only: a byte of a non-ASCII character ends a word, which can only find more.
    auto isWordByte = [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    };
    for (size_t i = 0; i < text.size();) {
        if (!isWordByte(text[i])) {
            ++i;
            continue;
        }
        size_t end = i;
        while (end < text.size() && isWordByte(text[end])) ++end;
        if (end - i <= 6 && keywords.count(text.substr(i, end - i))) return true;
        i = end;
    }
    return false;
}

} // namespace

// A block that declares items gets an anonymous module, the enclosing block's or the fn's
// module its parent (rustc_resolve build_reduced_graph.rs, build_reduced_graph_for_block:
// block_needs_anonymous_module). Nested fns' bodies are collected with their own items.
void ItemCollector::collectBodyItems(ModuleDef* module, const SyntaxNode& body) {
    if (!m_bodies || !body || !mayDeclareItems(body.text())) return;
    std::vector<std::pair<uint32_t, ModuleDef*>> open; // enclosing block modules: end byte, module
    walkPreorderPruned(body.raw(), [&](TSNode raw) {
        const SyntaxNode n(raw, body.file());
        while (!open.empty() && n.startByte() >= open.back().first) open.pop_back();
        if (isCollectedItem(n)) return false; // its block's module has it
        if (!n.is(SyntaxKind::Block) || !declaresItems(n)) return true;
        ModuleDef* block = addBlockModule(open.empty() ? module : open.back().second, n);
        collectItemList(block, n.namedChildren());
        open.push_back({n.endByte(), block});
        return true;
    });
}

ModuleDef* ItemCollector::addBlockModule(ModuleDef* parent, const SyntaxNode& block) {
    auto module = std::make_unique<ModuleDef>();
    module->crate = parent->crate;
    module->name = "{block#" + std::to_string(m_blocks.size()) + "}";
    module->path = itemPath(parent, module->name);
    module->parent = parent;
    module->isBlock = true;
    m_blocks.push_back({block.file(), block.startByte(), block.endByte(), module->path});
    return m_index.addModule(std::move(module));
}

// `use Trait as _` binds no name a path can spell; it only brings the trait into scope for
// method calls, and a glob re-exports it (async-std's prelude: `pub use WriteExt as _;`).
// rustc keeps each such import apart (rustc_resolve: an underscore ident gets a fresh
// `BindingKey::disambiguator`), so here each gets a key of its own that no source can
// write and no other module's import can collide with.
std::string ItemCollector::bindingName(const ModuleDef* module, std::string_view alias) {
    if (alias != "_") return std::string(alias);
    return "_#" + module->path + "#" + std::to_string(module->uses.size());
}

void ItemCollector::collectUse(ModuleDef* module, const SyntaxNode& arg, std::vector<std::string> prefix, bool isPublic,
                               const ModuleDef* within) {
    if (arg.isNull()) return;
    const SyntaxKind kind = arg.kind();
    if (kind == SyntaxKind::UseWildcard) {
        const auto named = arg.namedChildren();
        if (!named.empty())
            for (auto& s : pathSegments(named[0])) prefix.push_back(s);
        module->uses.push_back({prefix, "", true, isPublic, within});
    } else if (kind == SyntaxKind::ScopedUseList) {
        for (auto& s : pathSegments(arg.field(SyntaxField::Path))) prefix.push_back(s);
        for (const SyntaxNode& c : arg.field(SyntaxField::List).namedChildren())
            collectUse(module, c, prefix, isPublic, within);
    } else if (kind == SyntaxKind::UseList) {
        for (const SyntaxNode& c : arg.namedChildren()) collectUse(module, c, prefix, isPublic, within);
    } else if (kind == SyntaxKind::UseAsClause) {
        // `{self as y}` in a list names the list's prefix itself.
        for (auto& s : pathSegments(arg.field(SyntaxField::Path)))
            if (s != "self" || prefix.empty()) prefix.push_back(s);
        module->uses.push_back(
            {prefix, bindingName(module, arg.field(SyntaxField::Alias).text()), false, isPublic, within});
    } else if (kind == SyntaxKind::Self) {
        if (!prefix.empty()) module->uses.push_back({prefix, prefix.back(), false, isPublic, within});
    } else {
        for (auto& s : pathSegments(arg)) prefix.push_back(s);
        if (!prefix.empty() && prefix.back() != "::")
            module->uses.push_back({prefix, prefix.back(), false, isPublic, within});
    }
}

} // namespace awaitscope
