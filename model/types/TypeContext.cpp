#include "TypeContext.h"

#include "hir/AsyncItemCollector.h"
#include "syntax/AncestorIndex.h"
#include "syntax/AncestorPath.h"
#include "syntax/SyntaxTree.h"
#include "types/CrateScope.h"
#include "types/ItemCollector.h"
#include "types/ItemLowering.h"
#include "types/MethodLookup.h"
#include "types/PreludeIndex.h"
#include "types/TraitQuery.h"
#include "types/TypeLowering.h"
#include "types/TypeOps.h"
#include "types/TypePrinter.h"
#include "types/UseResolver.h"

namespace awaitscope {

namespace {

// `fn f() -> impl Future<Output = T> { ..; async move { .. } }`: the async block that is the
// body's tail is the opaque type's hidden type, so a call of `f` is that block's future and
// auto traits leak through it (rustc_trait_selection/src/traits/select/
// candidate_assembly.rs, `assemble_candidates_from_auto_impls`: an opaque type's auto-trait
// goal is proved on its hidden type). Returns the fn, or a null node.
SyntaxNode opaqueFnReturning(const AsyncItem& future) {
    if (future.kind != FutureKind::AsyncBlock) return {};
    SyntaxNode tailNode = future.node;
    SyntaxNode body = tailNode.parent();
    // tree-sitter wraps a block-like tail expression in an expression_statement without `;`
    if (body && body.is(SyntaxKind::ExpressionStatement) && !body.hasChildToken(SyntaxKind::Semicolon))
        tailNode = body, body = body.parent();
    const SyntaxNode fn = body ? body.parent() : SyntaxNode();
    if (!fn || !body.is(SyntaxKind::Block) || !fn.is(SyntaxKind::FunctionItem) || fn.field(SyntaxField::Body) != body)
        return {};
    SyntaxNode returned = fn.field(SyntaxField::ReturnType); // `impl A + Send` nests as bounded_type(impl A, Send)
    while (returned && returned.is(SyntaxKind::BoundedType)) returned = returned.namedChildren().front();
    if (!returned || !returned.is(SyntaxKind::AbstractType)) return {};
    const SyntaxNode modifiers = fn.childOfKind(SyntaxKind::FunctionModifiers);
    if (modifiers && modifiers.text().find("async") != std::string_view::npos) return {};
    SyntaxNode tail;
    for (const SyntaxNode& c : body.namedChildren())
        if (!c.is(SyntaxKind::LineComment) && !c.is(SyntaxKind::BlockComment)) tail = c;
    return tail == tailNode ? fn : SyntaxNode();
}

} // namespace

TypeContext::TypeContext(const SyntaxTree& file, MacroArguments& macros) : TypeContext(file, macros, CrateScope{}) {}

TypeContext::TypeContext(const SyntaxTree& file, MacroArguments& macros, const CrateScope& crate)
    : TypeContext(file, macros, crate, AsyncItemCollector(macros, crate.expansion).collect(file.root())) {}

TypeContext::TypeContext(const SyntaxTree& file, MacroArguments&, const CrateScope& crate,
                         const std::vector<AsyncItem>& futures)
    : m_modulePath(crate.modulePath) {
    auto index = std::make_shared<ItemIndex>(crate.crateIndex ? crate.crateIndex : PreludeIndex::get());
    std::map<uint32_t, int> futureByFn;
    for (size_t i = 0; i < futures.size(); ++i) {
        m_futureNames.push_back(futures[i].name);
        if (futures[i].kind == FutureKind::AsyncFn) futureByFn[futures[i].node.startByte()] = static_cast<int>(i);
        if (const SyntaxNode fn = opaqueFnReturning(futures[i])) futureByFn[fn.startByte()] = static_cast<int>(i);
    }
    if (!crate.diskPath.empty()) index->shadowSource(crate.diskPath);
    ItemCollector collector(*index, crate.expansion);
    collector.collectBodies();
    collector.collectModuleFile(crate.modulePath, file.root(), crate.crateName);
    for (const auto& b : collector.blockModules()) m_blockScopes.push_back({b.file, b.start, b.end, b.modulePath});
    UseResolver(*index).resolveAll();
    ItemLowering lowering(*index, futureByFn);
    lowering.setCrateContext(&file.file(), crate.expansion);
    lowering.lowerAll();
    m_items = index;
    m_query = std::make_unique<TraitQuery>(*m_items);
    m_lowering = std::make_unique<TypeLowering>(*m_items, [](const AliasDef& a) { return a.target; });
    m_printer = std::make_unique<TypePrinter>(*m_items, TypePrinter::cratesUsedBy(file.file().text()));
    m_methods = std::make_unique<MethodLookup>(
        *m_query, [this](const TypePtr& t, bool* overloaded) { return derefTarget(t, overloaded); });
    m_scopeItems = file.itemScopes(); // from measureNesting's walk, in an analysis
    if (!m_scopeItems) m_scopeItems = std::make_shared<AncestorIndex>(file.root(), AncestorIndex::itemScopeKinds());
}

TypeContext::~TypeContext() = default;

std::string TypeContext::futureName(int futureIndex) const {
    return futureIndex >= 0 && futureIndex < static_cast<int>(m_futureNames.size()) ? m_futureNames[futureIndex]
                                                                                    : std::string();
}

std::vector<SyntaxNode> TypeContext::functionItems() const {
    return m_scopeItems->nodesOfKind(SyntaxKind::FunctionItem);
}

Scope TypeContext::scopeAt(const SyntaxNode& node) const {
    Scope scope;
    scope.modulePath = m_modulePath;
    // Only these kinds of ancestor matter; the index finds them without walking the
    // node's depth (nested async blocks ask once per block).
    const auto items = m_scopeItems->ancestorsOf(node);
    for (const SyntaxNode& n : items ? *items : pathFromRoot(node)) {
        if (n.is(SyntaxKind::ModItem)) {
            const std::string name(n.field(SyntaxField::Name).text());
            scope.modulePath = scope.modulePath.empty() ? name : scope.modulePath + "::" + name;
        } else if (n.is(SyntaxKind::ImplItem) || n.is(SyntaxKind::FunctionItem) || n.is(SyntaxKind::TraitItem)) {
            GenericsDef g;
            TypeLowering::declareGenerics(n.field(SyntaxField::TypeParameters), g);
            scope.generics.insert(scope.generics.end(), g.types.begin(), g.types.end());
            LowerEnv env = envFor(scope);
            m_lowering->lowerGenericBounds(n.field(SyntaxField::TypeParameters), n.childOfKind(SyntaxKind::WhereClause),
                                           env, g);
            for (const auto& [subject, bound] : g.bounds) scope.genericBounds.push_back({print(subject), bound});
            if (n.is(SyntaxKind::ImplItem))
                scope.selfType = m_lowering->lower(n.field(SyntaxField::Type), envFor(scope));
            if (n.is(SyntaxKind::TraitItem)) scope.selfType = paramType("Self");
        }
    }
    // The innermost block declaring items around the node (blocks nest, outer ones first).
    for (const BlockScope& b : m_blockScopes)
        if (b.file == node.file() && b.start <= node.startByte() && node.startByte() < b.end)
            scope.modulePath = b.modulePath;
    return scope;
}

Scope TypeContext::scopeInBlock(Scope scope, const SyntaxNode& block) const {
    for (const BlockScope& b : m_blockScopes)
        if (b.file == block.file() && b.start == block.startByte() && b.end == block.endByte())
            scope.modulePath = b.modulePath;
    return scope;
}

LowerEnv TypeContext::envFor(const Scope& scope) const {
    LowerEnv env;
    env.module = m_items->module(scope.modulePath);
    if (!env.module) env.module = m_items->module("");
    env.generics = scope.generics;
    env.selfType = scope.selfType && scope.selfType->kind == TypeKind::Param ? nullptr : scope.selfType;
    for (const auto& [subject, bound] : scope.genericBounds)
        if (subject.find(':') == std::string::npos && subject.find('<') == std::string::npos)
            env.bounds.push_back({paramType(subject), bound});
    return env;
}

TypePtr TypeContext::resolveType(const SyntaxNode& typeNode, const Scope& scope) const {
    return m_lowering->lower(typeNode, envFor(scope));
}

TypePtr TypeContext::resolveTypePath(const std::string& path, const Scope& scope) const {
    std::vector<std::string> segs;
    for (size_t start = 0;;) {
        const size_t pos = path.find("::", start);
        segs.push_back(path.substr(start, pos - start));
        if (pos == std::string::npos) break;
        start = pos + 2;
    }
    LowerEnv env = envFor(scope);
    env.missingArgsAsParams = true;
    TypePtr t = m_lowering->resolvePath(segs, SyntaxNode(), env);
    if (isUnknown(t) && segs.size() > 1) {
        // `Command::Get { .. }`: a struct-like variant's literal is of its enum's type
        // (rustc_hir_typeck expr.rs, check_struct_path resolves the path to the variant).
        const std::string variant = segs.back();
        segs.pop_back();
        TypePtr owner = m_lowering->resolvePath(segs, SyntaxNode(), env);
        const AdtDef* adt = owner && owner->kind == TypeKind::Adt ? m_items->adt(owner->path) : nullptr;
        if (adt && adt->kind == AdtKind::Enum)
            for (const VariantDef& v : adt->variants)
                if (v.name == variant) return owner;
    }
    return isUnknown(t) ? nullptr : t;
}

// Once per module: scanning a module's names per method call made the analysis quadratic
// (the crate root of a large file names every item).
const std::set<std::string>& TypeContext::traitsNamedIn(const ModuleDef* module) const {
    std::lock_guard<std::mutex> lock(m_traitsMutex);
    auto [it, added] = m_traitsByModule.try_emplace(module);
    if (added && module)
        for (const auto& [name, ref] : module->types)
            if (ref.kind == ItemKind::Trait) it->second.insert(ref.trait->path);
    return it->second;
}

std::set<std::string> TypeContext::traitsInScope(const Scope& scope) const {
    std::set<std::string> out = traitsNamedIn(m_items->preludeModule());
    // A block's traits and those of the blocks and the module around it.
    for (const ModuleDef* m = envFor(scope).module; m; m = m->isBlock ? m->parent : nullptr) {
        const std::set<std::string>& local = traitsNamedIn(m);
        out.insert(local.begin(), local.end());
    }
    for (const auto& [subject, bound] : scope.genericBounds) out.insert(bound.path);
    out.insert(traits::Iterator); // blanket-implemented and ubiquitous (also via the prelude)
    return out;
}

std::optional<MethodResolution> TypeContext::resolveMethod(const TypePtr& receiver, const std::string& name,
                                                           const Scope& scope) const {
    if (isUnknown(receiver)) return std::nullopt;
    const LowerEnv env = envFor(scope);
    auto r = m_methods->lookup(receiver, name, traitsInScope(scope), &env.bounds);
    if (r) {
        r->signature.returnType = eraseLifetimes(r->signature.returnType);
        for (auto& p : r->signature.params) p = eraseLifetimes(p);
    }
    return r;
}

TypePtr TypeContext::normalize(const TypePtr& type, const Scope* scope) const {
    if (!scope) return m_query->normalize(type);
    const LowerEnv env = envFor(*scope);
    return m_query->normalize(type, &env.bounds);
}

std::vector<std::pair<std::string, TypePtr>> TypeContext::fieldsOf(const TypePtr& adt) const {
    return m_query->fields(adt);
}

bool TypeContext::isEmptyEnum(const TypePtr& type) const {
    if (!type || type->kind != TypeKind::Adt) return false;
    const AdtDef* adt = m_items->adt(type->path);
    return adt && adt->kind == AdtKind::Enum && adt->variants.empty();
}

TypePtr TypeContext::withSignatureObjectLifetimes(const TypePtr& type) const {
    if (!type) return type;
    auto copy = std::make_shared<Type>(*type);
    if (copy->kind == TypeKind::DynTrait && copy->lifetimeBound.empty()) copy->lifetimeBound = "'static";
    // Behind a reference the object lifetime is the reference's, which rustc erases.
    if (copy->kind == TypeKind::Ref) return copy;
    for (auto& a : copy->args) a = withSignatureObjectLifetimes(a);
    return copy;
}

std::string TypeContext::print(const TypePtr& type) const {
    return m_printer->print(type);
}

} // namespace awaitscope
