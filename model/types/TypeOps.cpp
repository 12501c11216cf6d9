#include "TypeOps.h"

namespace awaitscope {

namespace {

// Every key appends to one string: a key built from its arguments' keys copied a type
// nested n deep O(n^2) bytes.
void appendKey(std::string& out, const TypePtr& t);

void appendKeys(std::string& out, const std::vector<TypePtr>& types) {
    for (size_t i = 0; i < types.size(); ++i) {
        if (i) out += ',';
        appendKey(out, types[i]);
    }
}

void appendBoundsKey(std::string& out, const std::vector<TraitBound>& bounds) {
    for (const TraitBound& b : bounds) {
        out += "+" + b.path + "<";
        appendKeys(out, b.args);
        for (const auto& [name, t] : b.assoc) {
            out += ";" + name + "=";
            appendKey(out, t);
        }
        out += '>';
    }
}

// `open`, the arguments' keys, `close`.
void appendWrapped(std::string& out, const std::string& open, const std::vector<TypePtr>& args, const char* close) {
    out += open;
    appendKeys(out, args);
    out += close;
}

void appendKey(std::string& out, const TypePtr& t) {
    if (!t) {
        out += '?';
        return;
    }
    switch (t->kind) {
    case TypeKind::Unknown: out += '?'; return;
    case TypeKind::Never: out += '!'; return;
    case TypeKind::Primitive: out += t->path; return;
    case TypeKind::Str: out += "str"; return;
    case TypeKind::Adt: appendWrapped(out, t->path + "<", t->args, ">"); return;
    case TypeKind::Ref:
        out += t->isMut ? "&mut " : "&";
        appendKey(out, t->args.at(0));
        return;
    case TypeKind::RawPtr:
        out += t->isMut ? "*mut " : "*const ";
        appendKey(out, t->args.at(0));
        return;
    case TypeKind::Slice:
        out += '[';
        appendKey(out, t->args.at(0));
        out += ']';
        return;
    case TypeKind::Array:
        out += '[';
        appendKey(out, t->args.at(0));
        out += ";" + t->arrayLength + "]";
        return;
    case TypeKind::Tuple: appendWrapped(out, "(", t->args, ")"); return;
    case TypeKind::Param:
        out += "$" + t->path;
        if (t->declaredInScope) out += '!';
        if (!t->bounds.empty()) {
            out += ':';
            appendBoundsKey(out, t->bounds);
        }
        return;
    case TypeKind::Projection:
        out += '<';
        appendKey(out, t->args.at(0));
        out += " as " + (t->bounds.empty() ? "" : t->bounds[0].path) + ">::" + t->path;
        if (t->declaredInScope) out += '!'; // rigid: its bounds are all it has
        return;
    case TypeKind::DynTrait:
        out += "dyn";
        appendBoundsKey(out, t->bounds);
        return;
    case TypeKind::ImplTrait:
        out += "impl";
        if (!t->definitionFile.empty()) out += "@" + t->definitionFile + ":" + std::to_string(t->definitionByte);
        if (!t->traitPath.empty()) { // a trait's `-> impl Trait` through a bound: its Self decides
            out += "@" + t->traitPath + "/";
            for (const TypePtr& a : t->genericArgs) appendKey(out, a);
        }
        appendBoundsKey(out, t->bounds);
        return;
    case TypeKind::FnPtr:
        appendWrapped(out, "fn(", t->args, ")->");
        appendKey(out, t->output);
        return;
    case TypeKind::Closure: appendWrapped(out, "closure#" + t->path + "(", t->args, ")"); return;
    case TypeKind::Future:
        appendWrapped(out, "future#" + std::to_string(t->futureIndex) + (t->outsideItsScope ? "~(" : "("), t->args,
                      ")");
        return;
    case TypeKind::LibraryFuture:
        appendWrapped(out, "libfuture#" + t->path + "(", t->args, ")");
        if (!t->traitPath.empty()) appendWrapped(out, "/", t->genericArgs, ""); // the `Self` picking the impl
        return;
    }
    out += '?';
}

} // namespace

std::string typeKey(const TypePtr& t) {
    std::string out;
    appendKey(out, t);
    return out;
}

bool sameType(const TypePtr& a, const TypePtr& b) {
    return typeKey(a) == typeKey(b);
}

TypePtr withArgs(const TypePtr& type, std::vector<TypePtr> args) {
    auto copy = std::make_shared<Type>(*type);
    copy->args = std::move(args);
    return copy;
}

TraitBound substitute(const TraitBound& bound, const Substitution& subst) {
    TraitBound out = bound;
    for (auto& a : out.args) a = substitute(a, subst);
    for (auto& [name, t] : out.assoc) t = substitute(t, subst);
    return out;
}

TypePtr substitute(const TypePtr& type, const Substitution& subst) {
    if (!type || subst.empty()) return type;
    if (type->kind == TypeKind::Param || (type->kind == TypeKind::ImplTrait && !type->path.empty())) {
        auto it = subst.find(type->path);
        if (it != subst.end() && it->second) return it->second;
        if (type->kind == TypeKind::Param) return type;
    }
    if (type->args.empty() && type->bounds.empty() && !type->output && type->genericArgs.empty()) return type;
    auto copy = std::make_shared<Type>(*type);
    bool changed = false;
    for (auto* list : {&copy->args, &copy->genericArgs})
        for (auto& a : *list) {
            TypePtr s = substitute(a, subst);
            changed |= s != a;
            a = s;
        }
    for (auto& b : copy->bounds) b = substitute(b, subst), changed = true;
    if (copy->output) {
        TypePtr s = substitute(copy->output, subst);
        changed |= s != copy->output;
        copy->output = s;
    }
    return changed ? copy : type;
}

bool unify(const TypePtr& pattern, const TypePtr& concrete, const std::set<std::string>& vars, Substitution& subst) {
    if (!pattern || !concrete) return true;
    if (pattern->kind == TypeKind::Param && vars.count(pattern->path)) {
        auto it = subst.find(pattern->path);
        if (it == subst.end() || !it->second || isUnknown(it->second)) {
            subst[pattern->path] = concrete;
            return true;
        }
        return isUnknown(concrete) || sameType(it->second, concrete);
    }
    if (isUnknown(pattern) || isUnknown(concrete)) return true;
    // Projections and impl-trait patterns cannot be matched structurally: accept.
    if (pattern->kind == TypeKind::Projection || pattern->kind == TypeKind::ImplTrait) return true;
    if (pattern->kind != concrete->kind) return false;
    if (pattern->kind == TypeKind::Param) return pattern->path == concrete->path;
    if (pattern->path != concrete->path || pattern->isMut != concrete->isMut) return false;
    if (pattern->kind == TypeKind::DynTrait) return typeKey(pattern) == typeKey(concrete);
    if (pattern->args.size() != concrete->args.size()) return false;
    for (size_t i = 0; i < pattern->args.size(); ++i)
        if (!unify(pattern->args[i], concrete->args[i], vars, subst)) return false;
    if (pattern->output && concrete->output) return unify(pattern->output, concrete->output, vars, subst);
    return true;
}

namespace {

/// Erasing leaves the type's own lifetimes as they are: only `'_` and `'static` are written.
bool ownLifetimesErased(const Type& t) {
    for (const std::string& l : t.lifetimes)
        if (l != "'static" && l != "'_") return false;
    if (t.kind == TypeKind::Ref && !t.lifetimes.empty() && t.lifetimes[0] != "'static") return false;
    return t.lifetimeBound.empty() || t.lifetimeBound == "'static";
}

} // namespace

TypePtr eraseLifetimes(const TypePtr& type) {
    if (!type) return type;
    // Copy on change: a type with nothing to erase is returned as is, and a copy shares every
    // part that erasing leaves unchanged. Types are immutable once made, so sharing is safe;
    // copying every node of every signature's types at each call kept about 4 of the 98 MB
    // at the peak of 1,000 generated fns. A leaf's identity matters besides: an unsuffixed
    // literal's `{integer}` is a variable whose identity is the object (IntegerInference),
    // and `*rc` on an `Rc<{integer}>` must give that same variable for a later use to pin it.
    std::shared_ptr<Type> copy; // made at the first change
    auto edit = [&]() -> Type& {
        if (!copy) copy = std::make_shared<Type>(*type);
        return *copy;
    };
    auto eraseInto = [&](const TypePtr& part, auto&& target) {
        if (TypePtr erased = eraseLifetimes(part); erased != part) target(edit()) = std::move(erased);
    };
    if (!ownLifetimesErased(*type)) {
        Type& c = edit();
        for (auto& l : c.lifetimes)
            if (l != "'static") l = "'_";
        if (c.kind == TypeKind::Ref && (c.lifetimes.empty() || c.lifetimes[0] != "'static")) c.lifetimes.clear();
        if (c.lifetimeBound != "'static") c.lifetimeBound.clear();
    }
    for (size_t i = 0; i < type->args.size(); ++i)
        eraseInto(type->args[i], [i](Type& c) -> TypePtr& { return c.args[i]; });
    if (type->output) eraseInto(type->output, [](Type& c) -> TypePtr& { return c.output; });
    for (size_t b = 0; b < type->bounds.size(); ++b) {
        const TraitBound& bound = type->bounds[b];
        for (size_t i = 0; i < bound.args.size(); ++i)
            eraseInto(bound.args[i], [b, i](Type& c) -> TypePtr& { return c.bounds[b].args[i]; });
        for (size_t i = 0; i < bound.assoc.size(); ++i)
            eraseInto(bound.assoc[i].second, [b, i](Type& c) -> TypePtr& { return c.bounds[b].assoc[i].second; });
    }
    if (copy) return copy;
    return type;
}

TypePtr substituteLifetimes(const TypePtr& type, const std::map<std::string, std::string>& map) {
    if (!type || map.empty()) return type;
    auto copy = std::make_shared<Type>(*type);
    auto rename = [&](std::string& l) {
        if (auto it = map.find(l); it != map.end()) l = it->second;
    };
    for (auto& l : copy->lifetimes) rename(l);
    if (copy->kind == TypeKind::Ref && !copy->lifetimes.empty() && copy->lifetimes[0] == "'_") copy->lifetimes.clear();
    rename(copy->lifetimeBound);
    if (copy->lifetimeBound == "'_") copy->lifetimeBound.clear();
    for (auto& a : copy->args) a = substituteLifetimes(a, map);
    if (copy->output) copy->output = substituteLifetimes(copy->output, map);
    for (auto& b : copy->bounds) {
        for (auto& a : b.args) a = substituteLifetimes(a, map);
        for (auto& [name, t] : b.assoc) t = substituteLifetimes(t, map);
    }
    return copy;
}

bool containsParam(const TypePtr& t) {
    if (!t) return false;
    if (t->kind == TypeKind::Param || t->kind == TypeKind::Projection) return true;
    for (const auto& a : t->args)
        if (containsParam(a)) return true;
    for (const TraitBound& b : t->bounds) // `dyn Future<Output = Self::Output>`
        for (const auto& [name, assoc] : b.assoc)
            if (containsParam(assoc)) return true;
    return t->output && containsParam(t->output);
}

bool containsFuture(const TypePtr& t) {
    if (!t) return false;
    if (t->kind == TypeKind::Future || t->kind == TypeKind::LibraryFuture) return true;
    for (const TypePtr& a : t->args)
        if (containsFuture(a)) return true;
    return false;
}

std::string implParamName(const SyntaxNode& implTrait) {
    return "impl@" + std::to_string(implTrait.startByte());
}

} // namespace awaitscope
