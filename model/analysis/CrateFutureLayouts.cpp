#include "analysis/CrateFutureLayouts.h"

#include "hir/AsyncItemCollector.h"
#include "lowering/BodyLowerer.h"
#include "lowering/FileLowering.h"
#include "macros/BodyMacroExpander.h"
#include "project/CrateModel.h"
#include "syntax/MacroArguments.h"
#include "types/CrateScope.h"
#include "types/TypeContext.h"
#include "types/TypeOps.h"

#include <algorithm>
#include <cctype>
#include <string_view>

namespace awaitscope {

// Everything the lowering of one file refers to, kept alive together.
struct CrateFutureLayouts::LoweredFile {
    std::unique_ptr<CrateExpansion> expansion;
    std::unique_ptr<MacroArguments> macros;
    std::unique_ptr<BodyMacroExpander> expander;
    std::vector<AsyncItem> items;
    std::unique_ptr<TypeContext> types;
    std::unique_ptr<LoweringEnvironment> env;
    std::unique_ptr<FileLowering> lowering;
    std::unique_ptr<FutureLayouts> layouts;
};

CrateFutureLayouts::CrateFutureLayouts(const CrateModel& crate, Edition edition) : m_crate(crate), m_edition(edition) {}

CrateFutureLayouts::~CrateFutureLayouts() = default;

namespace {

/// The path the index gives a module of crate `crateName` ("" for the analysed crate):
/// a dependency's modules start with its name (ItemCollector::collectCrate).
std::string indexModulePath(const std::string& crateName, const std::string& modulePath) {
    if (crateName.empty() || modulePath.empty()) return crateName.empty() ? modulePath : crateName;
    return crateName + "::" + modulePath;
}

} // namespace

// A dependency's file is lowered as its own crate reads it: with its expansion (its cfg,
// its features, its macros) and its module path inside the index, so `crate::` is the
// dependency's root. rustc lays a dependency's async fn out the same way when the crate
// awaits it: the callee's coroutine is stored inline (rustc_ty_utils/src/layout.rs).
CrateFutureLayouts::LoweredFile* CrateFutureLayouts::lowered(const std::string& path) const {
    if (auto it = m_files.find(path); it != m_files.end()) return it->second.get();
    auto& slot = m_files[path];
    const CrateModel::SourceOwner owner = m_crate.ownerOf(path);
    const CrateFile* file = owner.file;
    if (!file || !file->tree) return nullptr; // the prelude's: not lowered here
    const std::string modulePath = indexModulePath(owner.crateName, file->modulePath);
    auto out = std::make_unique<LoweredFile>();
    out->expansion = std::make_unique<CrateExpansion>(owner.expansion->cfg());
    out->expansion->expandFile(*file->tree, file->modulePath, *owner.expansion);
    out->macros = std::make_unique<MacroArguments>(file->tree->file());
    // Body macros expanded as the analysed file's are (analysis/Analyzer.cpp).
    const CrateExpansion* expansion = out->expansion.get();
    out->expander = std::make_unique<BodyMacroExpander>(
        file->tree->root(),
        [expansion, module = file->modulePath](const std::vector<std::string>& segments, const SyntaxNode&) {
            return expansion->macroFor(segments, module);
        },
        BodyLowerer::describesByHand);
    out->macros->setExpansions(out->expander.get());
    AsyncItemCollector collector(*out->macros, out->expansion.get());
    collector.setCrateModule(modulePath);
    out->items = collector.collect(file->tree->root());
    const CrateScope scope{m_crate.index(), out->expansion.get(), modulePath, file->path, owner.crateName};
    out->types = std::make_unique<TypeContext>(*file->tree, *out->macros, scope);
    // A body is lowered with the edition of the crate that wrote it: rustc asks the span's
    // edition (rustc_hir_typeck/src/upvar.rs, `enable_precise_capture`: a closure of a 2018
    // dependency captures whole variables even when the crate awaiting it is 2021).
    const Edition edition = parseEdition(owner.edition).value_or(m_edition);
    out->env =
        std::make_unique<LoweringEnvironment>(LoweringEnvironment{*out->types, *out->macros, edition, {}, {}, {}});
    out->lowering = std::make_unique<FileLowering>(*out->env, out->items);
    out->layouts = std::make_unique<FutureLayouts>(*out->types, out->lowering->futures(), this);
    slot = std::move(out);
    return slot.get();
}

std::optional<Layout> CrateFutureLayouts::layoutOf(const Type& future) const {
    if (future.definitionFile.empty()) return std::nullopt;
    const auto key = std::make_pair(future.definitionFile, future.definitionByte);
    if (!m_inProgress.insert(key).second) return std::nullopt; // a cycle: rustc needs a Box there too
    std::optional<Layout> out;
    if (LoweredFile* file = lowered(future.definitionFile)) {
        const auto& futures = file->lowering->futures();
        for (size_t i = 0; i < futures.size(); ++i) {
            const AsyncItem* item = futures[i].item;
            if (!item || item->kind != FutureKind::AsyncFn || item->node.startByte() != future.definitionByte) continue;
            Substitution generics;
            for (size_t g = 0; g < future.genericNames.size() && g < future.genericArgs.size(); ++g)
                generics[future.genericNames[g]] = future.genericArgs[g];
            if (const FutureLayout* l = file->layouts->of(static_cast<int>(i), generics)) out = l->result.layout;
            break;
        }
    }
    m_inProgress.erase(key);
    return out;
}

} // namespace awaitscope

namespace awaitscope {

namespace {

bool isIdentifierByte(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
}

/// Whether `text` calls or names `name` as a path's last segment (`name(`, `name::<`,
/// `.name(`): the files worth lowering to find the instances of fn `name`.
bool mentionsCall(std::string_view text, const std::string& name) {
    for (size_t at = text.find(name); at != std::string_view::npos; at = text.find(name, at + 1)) {
        const size_t after = at + name.size();
        const bool wordStart = at == 0 || !isIdentifierByte(text[at - 1]);
        if (wordStart && (text.compare(after, 1, "(") == 0 || text.compare(after, 3, "::<") == 0)) return true;
    }
    return false;
}

/// The names `name` is imported under in `text` (`use a::name as other;`, also inside a
/// `{..}` group): a call through such a name never writes `name(`.
void addRenames(std::string_view text, const std::string& name, std::vector<std::string>& names) {
    for (size_t at = text.find(name); at != std::string_view::npos; at = text.find(name, at + 1)) {
        size_t next = at + name.size();
        if ((at > 0 && isIdentifierByte(text[at - 1])) || (next < text.size() && isIdentifierByte(text[next])))
            continue;
        auto skipSpace = [&] {
            const size_t start = next;
            while (next < text.size() && std::isspace(static_cast<unsigned char>(text[next]))) ++next;
            return next > start;
        };
        if (!skipSpace() || text.compare(next, 2, "as") != 0) continue;
        next += 2;
        if (!skipSpace()) continue;
        const size_t start = next;
        while (next < text.size() && isIdentifierByte(text[next])) ++next;
        std::string alias(text.substr(start, next - start));
        if (!alias.empty() && alias != "_" && std::find(names.begin(), names.end(), alias) == names.end())
            names.push_back(std::move(alias));
    }
}

} // namespace

void CrateFutureLayouts::addInstance(const TypePtr& future, const std::string& path, uint32_t byte,
                                     std::vector<Substitution>& out) {
    if (!future || future->kind != TypeKind::LibraryFuture || future->definitionFile != path ||
        future->definitionByte != byte || future->genericArgs.empty())
        return;
    Substitution generics;
    for (size_t g = 0; g < future->genericNames.size() && g < future->genericArgs.size(); ++g) {
        const TypePtr& arg = future->genericArgs[g];
        if (!arg || containsUnknown(arg) || containsParam(arg)) return; // made inside generic code
        generics[future->genericNames[g]] = arg;
    }
    out.push_back(std::move(generics));
}

// rustc lays out a generic async fn once per instance the crate makes (rustc_monomorphize
// collects them from the crate's non-generic code). The instances here are the futures of
// the fn that the crate's other files await or call with concrete generic arguments.
std::vector<Substitution> CrateFutureLayouts::instancesOf(const AsyncItem& item) const {
    std::vector<Substitution> out;
    if (!item.node || !item.node.file()) return out;
    const CrateFile* self = m_crate.expansion().fileOf(item.node.file()->path());
    const std::string name(item.node.field(SyntaxField::Name).text());
    if (!self || name.empty()) return out;
    std::vector<std::string> names{name};
    for (const CrateFile& f : m_crate.expansion().files())
        if (f.tree) addRenames(f.tree->file().text(), name, names);
    auto callsAny = [&](std::string_view text) {
        return std::any_of(names.begin(), names.end(), [&](const std::string& n) { return mentionsCall(text, n); });
    };
    for (const CrateFile& f : m_crate.expansion().files()) {
        if (f.path == self->path || !f.tree || !callsAny(f.tree->file().text())) continue;
        const LoweredFile* file = lowered(f.path);
        if (!file) continue;
        for (const LoweredFuture& future : file->lowering->futures()) {
            for (const Awaitee& a : future.body.awaitees) addInstance(a.type, self->path, item.node.startByte(), out);
            for (const CallSite& c : future.body.calls)
                addInstance(c.instantiation.returnType, self->path, item.node.startByte(), out);
        }
        for (const LoweredBody& body : file->lowering->plainBodies())
            for (const CallSite& c : body.calls)
                addInstance(c.instantiation.returnType, self->path, item.node.startByte(), out);
    }
    return out;
}

} // namespace awaitscope
