#include "ItemLowering.h"

#include "types/LayoutAttribute.h"

#include "types/TypeOps.h"

namespace awaitscope {

ItemLowering::ItemLowering(ItemIndex& index, std::map<uint32_t, int> futureByFn)
    : m_index(index), m_lowering(index, [this](const AliasDef& a) { return aliasTarget(a); }),
      m_futureByFn(std::move(futureByFn)) {}

void ItemLowering::addStaticBounds(const SyntaxNode& typeParams, const SyntaxNode& whereClause, const LowerEnv& env,
                                   GenericsDef& out) const {
    // `F: Future + Send + 'static` -> (F, TraitBound{"'static"}): the one lifetime bound a
    // diagnostic needs (tokio::spawn's not-static errors). Other lifetimes stay dropped.
    auto add = [&](const TypePtr& subject, const SyntaxNode& bounds) {
        for (const SyntaxNode& b : bounds.namedChildren())
            if (b.is("lifetime") && b.text() == "'static")
                out.bounds.push_back({subject, TraitBound{"'static", {}, {}}});
    };
    for (const SyntaxNode& p : typeParams.namedChildren())
        if (p.is("type_parameter") && p.field("bounds"))
            add(paramType(std::string(p.field("name").text())), p.field("bounds"));
    for (const SyntaxNode& pred : whereClause.namedChildren())
        if (pred.is("where_predicate")) add(m_lowering.lower(pred.field("left"), env), pred.field("bounds"));
}

LowerEnv ItemLowering::envFor(const ModuleDef* module, const GenericsDef& generics) const {
    LowerEnv env;
    env.module = module;
    env.generics = generics.types;
    env.bounds = generics.bounds;
    return env;
}

TypePtr ItemLowering::aliasTarget(const AliasDef& constAlias) const {
    // Aliases are lowered on first use, so that one alias may name another declared later.
    auto& alias = const_cast<AliasDef&>(constAlias);
    if (alias.target || alias.lowering) return alias.target;
    alias.lowering = true;
    if (alias.generics.types.empty() && alias.generics.lifetimes.empty())
        TypeLowering::declareGenerics(alias.node.field("type_parameters"), alias.generics);
    alias.target = m_lowering.lower(alias.node.field("type"), envFor(alias.module, alias.generics));
    alias.lowering = false;
    return alias.target;
}

void ItemLowering::lowerAll() {
    for (AdtDef* adt : m_index.ownAdts()) lowerAdtGenerics(*adt);
    for (AliasDef* alias : m_index.ownAliases()) aliasTarget(*alias);
    for (AdtDef* adt : m_index.ownAdts()) lowerAdtFields(*adt);
    for (TraitDef* trait : m_index.ownTraits()) lowerTrait(*trait);
    for (ImplDef* impl : m_index.ownImpls()) lowerImpl(*impl);
    for (FnDef* fn : m_index.ownFns()) {
        FnDef lowered = lowerFn(fn->node, envFor(fn->module, {}), fn->module->path, "");
        lowered.module = fn->module;
        *fn = std::move(lowered);
    }
    m_index.finish();
}

void ItemLowering::lowerAdtGenerics(AdtDef& adt) const {
    TypeLowering::declareGenerics(adt.node.field("type_parameters"), adt.generics);
    LowerEnv env = envFor(adt.module, adt.generics);
    for (const SyntaxNode& d : adt.generics.defaultNodes)
        adt.generics.defaults.push_back(d ? m_lowering.lower(d, env) : nullptr);
}

void ItemLowering::lowerAdtFields(AdtDef& adt) const {
    LowerEnv env = envFor(adt.module, adt.generics);
    m_lowering.lowerGenericBounds(adt.node.field("type_parameters"), adt.node.childOfKind("where_clause"), env,
                                  adt.generics);
    for (FieldDef& f : adt.fields) f.type = m_lowering.lower(f.typeNode, env);
    for (VariantDef& v : adt.variants)
        for (FieldDef& f : v.fields) f.type = m_lowering.lower(f.typeNode, env);
}

void ItemLowering::lowerTrait(TraitDef& trait) const {
    const SyntaxNode node = trait.node;
    TypeLowering::declareGenerics(node.field("type_parameters"), trait.generics);
    const SyntaxNode body = node.field("body");
    for (const SyntaxNode& item : body.namedChildren())
        if ((item.is("associated_type") || item.is("type_item")) && isActive(item))
            trait.assocTypes.emplace_back(item.field("name").text());
    LowerEnv env = envFor(trait.module, trait.generics);
    env.selfTrait = trait.path;
    m_lowering.lowerGenericBounds(node.field("type_parameters"), node.childOfKind("where_clause"), env, trait.generics);
    std::vector<std::pair<TypePtr, TraitBound>> supers;
    m_lowering.addBounds(paramType("Self"), node.field("bounds"), env, supers);
    for (auto& [subject, bound] : supers) trait.supertraits.push_back(bound);
    env.bounds = trait.generics.bounds;
    for (const SyntaxNode& item : body.namedChildren())
        if ((item.is("function_signature_item") || item.is("function_item")) && isActive(item))
            trait.methods.push_back(lowerFn(item, env, trait.path, trait.name));
}

void ItemLowering::lowerImpl(ImplDef& impl) const {
    const SyntaxNode node = impl.node;
    TypeLowering::declareGenerics(node.field("type_parameters"), impl.generics);
    LowerEnv env = envFor(impl.module, impl.generics);
    m_lowering.lowerGenericBounds(node.field("type_parameters"), node.childOfKind("where_clause"), env, impl.generics);
    env.bounds = impl.generics.bounds;
    impl.selfType = m_lowering.lower(node.field("type"), env);
    if (const SyntaxNode trait = node.field("trait")) {
        impl.hasTrait = true;
        impl.negative = node.hasChildToken("!");
        if (auto b = m_lowering.lowerBound(trait, env)) impl.trait = *b;
    }
    env.selfType = impl.selfType;
    env.selfTrait = impl.trait.path;
    for (const SyntaxNode& item : node.field("body").namedChildren())
        if (item.is("type_item") && isActive(item))
            impl.assocTypes[std::string(item.field("name").text())] = m_lowering.lower(item.field("type"), env);
    const std::string owner = impl.selfType->kind == TypeKind::Adt ? impl.selfType->path : typeKey(impl.selfType);
    std::string ownerName = owner.substr(owner.rfind("::") == std::string::npos ? 0 : owner.rfind("::") + 2);
    for (const SyntaxNode& item : node.field("body").namedChildren())
        if ((item.is("function_signature_item") || item.is("function_item")) && isActive(item))
            impl.methods.push_back(lowerFn(item, env, owner, ownerName));
}

void ItemLowering::lowerSelfParameter(const SyntaxNode& param, const LowerEnv& env, FnDef& fn) const {
    const TypePtr self = env.selfType ? env.selfType : paramType("Self");
    if (param.is("self_parameter")) {
        const bool isRef = param.hasChildToken("&");
        const bool isMut = param.hasChildToken("mutable_specifier");
        fn.selfKind = !isRef ? SelfKind::Value : isMut ? SelfKind::RefMut : SelfKind::Ref;
        fn.selfParamType = isRef ? refType(self, isMut) : self;
    } else { // `self: Pin<&mut Self>`, `self: Arc<Self>`
        fn.selfKind = SelfKind::Value;
        fn.selfParamType = m_lowering.lower(param.field("type"), env);
    }
}

FnDef ItemLowering::lowerFn(const SyntaxNode& node, const LowerEnv& outer, const std::string& ownerPath,
                            const std::string& ownerName) const {
    FnDef fn;
    fn.node = node;
    fn.name = std::string(node.field("name").text());
    fn.path = ownerPath.empty() ? fn.name : ownerPath + "::" + fn.name;
    fn.displayName = ownerName.empty() ? fn.path : ownerName + "::" + fn.name;
    fn.module = outer.module;
    const SyntaxNode modifiers = node.childOfKind("function_modifiers");
    fn.isAsync = modifiers && modifiers.text().find("async") != std::string_view::npos;
    fn.hasBody = !node.field("body").isNull();
    fn.futureLayout = layoutAttribute(node);
    // An impl whose members include an item macro is parsed again from its expanded text
    // (CrateExpansion::withMemberMacrosExpanded): its fns are in another SourceFile of the
    // same path, at the same bytes, and are still the analysed file's futures.
    if (auto it = m_futureByFn.find(node.startByte());
        it != m_futureByFn.end() && (!m_analysedFile || node.file()->path() == m_analysedFile->path()))
        fn.futureIndex = it->second;
    TypeLowering::declareGenerics(node.field("type_parameters"), fn.generics);
    LowerEnv env = outer;
    env.generics.insert(env.generics.end(), fn.generics.types.begin(), fn.generics.types.end());
    m_lowering.lowerGenericBounds(node.field("type_parameters"), node.childOfKind("where_clause"), env, fn.generics);
    env.bounds.insert(env.bounds.end(), fn.generics.bounds.begin(), fn.generics.bounds.end());
    // Only the signature carries `'static` (not the body's env): callers ask whether a
    // future argument must be 'static, and no trait query should see a lifetime as a trait.
    addStaticBounds(node.field("type_parameters"), node.childOfKind("where_clause"), env, fn.generics);
    for (const SyntaxNode& p : node.field("parameters").namedChildren()) {
        if (p.is("self_parameter") || (p.is("parameter") && p.field("pattern").is("self"))) {
            lowerSelfParameter(p, env, fn);
        } else if (p.is("parameter")) {
            fn.params.push_back(m_lowering.lower(p.field("type"), env));
            fn.paramNames.emplace_back(p.field("pattern").text());
        }
    }
    const SyntaxNode ret = node.field("return_type");
    fn.returnType = ret ? m_lowering.lower(ret, env) : unitType();
    return fn;
}

} // namespace awaitscope
