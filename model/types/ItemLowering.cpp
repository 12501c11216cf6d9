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
            if (b.is(SyntaxKind::Lifetime) && b.text() == "'static")
                out.bounds.push_back({subject, TraitBound{"'static", {}, {}}});
    };
    for (const SyntaxNode& p : typeParams.namedChildren())
        if (p.is(SyntaxKind::TypeParameter) && p.field(SyntaxField::Bounds))
            add(paramType(std::string(p.field(SyntaxField::Name).text())), p.field(SyntaxField::Bounds));
    for (const SyntaxNode& pred : whereClause.namedChildren())
        if (pred.is(SyntaxKind::WherePredicate))
            add(m_lowering.lower(pred.field(SyntaxField::Left), env), pred.field(SyntaxField::Bounds));
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
        TypeLowering::declareGenerics(alias.node.field(SyntaxField::TypeParameters), alias.generics);
    alias.target = m_lowering.lower(alias.node.field(SyntaxField::Type), envFor(alias.module, alias.generics));
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
    for (ConstDef* constant : m_index.ownConsts())
        constant->type = m_lowering.lower(constant->node.field(SyntaxField::Type), envFor(constant->module, {}));
    m_index.finish();
}

void ItemLowering::lowerAdtGenerics(AdtDef& adt) const {
    TypeLowering::declareGenerics(adt.node.field(SyntaxField::TypeParameters), adt.generics);
    LowerEnv env = envFor(adt.module, adt.generics);
    for (const SyntaxNode& d : adt.generics.defaultNodes)
        adt.generics.defaults.push_back(d ? m_lowering.lower(d, env) : nullptr);
}

void ItemLowering::lowerAdtFields(AdtDef& adt) const {
    LowerEnv env = envFor(adt.module, adt.generics);
    m_lowering.lowerGenericBounds(adt.node.field(SyntaxField::TypeParameters),
                                  adt.node.childOfKind(SyntaxKind::WhereClause), env, adt.generics);
    for (FieldDef& f : adt.fields) f.type = m_lowering.lower(f.typeNode, env);
    for (VariantDef& v : adt.variants)
        for (FieldDef& f : v.fields) f.type = m_lowering.lower(f.typeNode, env);
}

void ItemLowering::lowerTrait(TraitDef& trait) const {
    const SyntaxNode node = trait.node;
    TypeLowering::declareGenerics(node.field(SyntaxField::TypeParameters), trait.generics);
    const SyntaxNode body = node.field(SyntaxField::Body);
    for (const SyntaxNode& item : body.namedChildren())
        if ((item.is(SyntaxKind::AssociatedType) || item.is(SyntaxKind::TypeItem)) && isActive(item))
            trait.assocTypes.emplace_back(item.field(SyntaxField::Name).text());
    LowerEnv env = envFor(trait.module, trait.generics);
    env.selfTrait = trait.path;
    m_lowering.lowerGenericBounds(node.field(SyntaxField::TypeParameters), node.childOfKind(SyntaxKind::WhereClause),
                                  env, trait.generics);
    std::vector<std::pair<TypePtr, TraitBound>> supers;
    m_lowering.addBounds(paramType("Self"), node.field(SyntaxField::Bounds), env, supers);
    for (auto& [subject, bound] : supers) trait.supertraits.push_back(bound);
    env.bounds = trait.generics.bounds;
    for (const SyntaxNode& item : body.namedChildren())
        if ((item.is(SyntaxKind::FunctionSignatureItem) || item.is(SyntaxKind::FunctionItem)) && isActive(item))
            trait.methods.push_back(lowerFn(item, env, trait.path, trait.name));
}

void ItemLowering::lowerImpl(ImplDef& impl) const {
    const SyntaxNode node = impl.node;
    TypeLowering::declareGenerics(node.field(SyntaxField::TypeParameters), impl.generics);
    LowerEnv env = envFor(impl.module, impl.generics);
    m_lowering.lowerGenericBounds(node.field(SyntaxField::TypeParameters), node.childOfKind(SyntaxKind::WhereClause),
                                  env, impl.generics);
    env.bounds = impl.generics.bounds;
    impl.selfType = m_lowering.lower(node.field(SyntaxField::Type), env);
    if (const SyntaxNode trait = node.field(SyntaxField::Trait)) {
        impl.hasTrait = true;
        impl.negative = node.hasChildToken(SyntaxKind::Bang);
        if (auto b = m_lowering.lowerBound(trait, env)) impl.trait = *b;
    }
    env.selfType = impl.selfType;
    env.selfTrait = impl.trait.path;
    for (const SyntaxNode& item : node.field(SyntaxField::Body).namedChildren())
        if (item.is(SyntaxKind::TypeItem) && isActive(item))
            impl.assocTypes[std::string(item.field(SyntaxField::Name).text())] =
                m_lowering.lower(item.field(SyntaxField::Type), env);
    const std::string owner = impl.selfType->kind == TypeKind::Adt ? impl.selfType->path : typeKey(impl.selfType);
    std::string ownerName = owner.substr(owner.rfind("::") == std::string::npos ? 0 : owner.rfind("::") + 2);
    for (const SyntaxNode& item : node.field(SyntaxField::Body).namedChildren())
        if ((item.is(SyntaxKind::FunctionSignatureItem) || item.is(SyntaxKind::FunctionItem)) && isActive(item))
            impl.methods.push_back(lowerFn(item, env, owner, ownerName));
}

void ItemLowering::lowerSelfParameter(const SyntaxNode& param, const LowerEnv& env, FnDef& fn) const {
    const TypePtr self = env.selfType ? env.selfType : paramType("Self");
    if (param.is(SyntaxKind::SelfParameter)) {
        const bool isRef = param.hasChildToken(SyntaxKind::Amp);
        const bool isMut = param.hasChildToken(SyntaxKind::MutableSpecifier);
        fn.selfKind = !isRef ? SelfKind::Value : isMut ? SelfKind::RefMut : SelfKind::Ref;
        fn.selfParamType = isRef ? refType(self, isMut) : self;
    } else { // `self: Pin<&mut Self>`, `self: Arc<Self>`
        fn.selfKind = SelfKind::Value;
        fn.selfParamType = m_lowering.lower(param.field(SyntaxField::Type), env);
    }
}

FnDef ItemLowering::lowerFn(const SyntaxNode& node, const LowerEnv& outer, const std::string& ownerPath,
                            const std::string& ownerName) const {
    FnDef fn;
    fn.node = node;
    fn.name = std::string(node.field(SyntaxField::Name).text());
    fn.path = ownerPath.empty() ? fn.name : ownerPath + "::" + fn.name;
    fn.displayName = ownerName.empty() ? fn.path : ownerName + "::" + fn.name;
    fn.module = outer.module;
    const SyntaxNode modifiers = node.childOfKind(SyntaxKind::FunctionModifiers);
    fn.isAsync = modifiers && modifiers.text().find("async") != std::string_view::npos;
    fn.hasBody = !node.field(SyntaxField::Body).isNull();
    fn.futureLayout = layoutAttribute(node);
    // An impl whose members include an item macro is parsed again from its expanded text
    // (CrateExpansion::withMemberMacrosExpanded): its fns are in another SourceFile of the
    // same path, at the same bytes, and are still the analysed file's futures.
    if (auto it = m_futureByFn.find(node.startByte());
        it != m_futureByFn.end() && (!m_analysedFile || node.file()->path() == m_analysedFile->path()))
        fn.futureIndex = it->second;
    TypeLowering::declareGenerics(node.field(SyntaxField::TypeParameters), fn.generics);
    LowerEnv env = outer;
    env.generics.insert(env.generics.end(), fn.generics.types.begin(), fn.generics.types.end());
    m_lowering.lowerGenericBounds(node.field(SyntaxField::TypeParameters), node.childOfKind(SyntaxKind::WhereClause),
                                  env, fn.generics);
    env.bounds.insert(env.bounds.end(), fn.generics.bounds.begin(), fn.generics.bounds.end());
    // Only the signature carries `'static` (not the body's env): callers ask whether a
    // future argument must be 'static, and no trait query should see a lifetime as a trait.
    addStaticBounds(node.field(SyntaxField::TypeParameters), node.childOfKind(SyntaxKind::WhereClause), env,
                    fn.generics);
    for (const SyntaxNode& p : node.field(SyntaxField::Parameters).namedChildren()) {
        if (p.is(SyntaxKind::SelfParameter) ||
            (p.is(SyntaxKind::Parameter) && p.field(SyntaxField::Pattern).is(SyntaxKind::Self))) {
            lowerSelfParameter(p, env, fn);
        } else if (p.is(SyntaxKind::Parameter)) {
            fn.params.push_back(m_lowering.lower(p.field(SyntaxField::Type), env));
            fn.paramNames.emplace_back(p.field(SyntaxField::Pattern).text());
        }
    }
    const SyntaxNode ret = node.field(SyntaxField::ReturnType);
    fn.returnType = ret ? m_lowering.lower(ret, env) : unitType();
    return fn;
}

} // namespace awaitscope
