#include "lowering/StandaloneTypeWriter.h"

#include "types/TypeContext.h"
#include "types/TypePrinter.h"

#include <algorithm>
#include <cctype>
#include <set>

namespace awaitscope {

namespace {

bool isNumber(const std::string& s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isdigit(c); });
}

} // namespace

std::string StandaloneTypeWriter::parameter(const std::string& standsFor) {
    // One parameter per distinct type: two fields of one type share it.
    for (size_t i = 0; i < m_out.params.size(); ++i)
        if (m_out.params[i] == standsFor) return "T" + std::to_string(i);
    m_out.params.push_back(standsFor);
    return "T" + std::to_string(m_out.params.size() - 1);
}

std::string StandaloneTypeWriter::nameOf(const std::string& stdPath) {
    // The types of std's prelude (library/std/src/prelude/mod.rs, rust_2021) are in scope
    // without a `use`.
    static const std::set<std::string> prelude{"std::boxed::Box", "std::option::Option", "std::result::Result",
                                               "std::string::String", "std::vec::Vec"};
    const size_t at = stdPath.rfind("::");
    const std::string last = at == std::string::npos ? stdPath : stdPath.substr(at + 2);
    const auto [it, inserted] = m_shortNames.emplace(last, stdPath);
    if (!inserted && it->second != stdPath) return stdPath; // the short name is taken
    if (inserted && !prelude.count(stdPath)) m_out.uses.push_back(stdPath);
    return last;
}

std::string StandaloneTypeWriter::lifetime(const std::string& written) {
    if (written == "'static") return written;
    m_out.borrows = true;
    return "'a";
}

std::string StandaloneTypeWriter::write(const TypePtr& type) {
    if (!type || containsUnknown(type)) return parameter("a type Awaitscope cannot resolve");
    return writeKnown(*type);
}

std::string StandaloneTypeWriter::writeList(const std::vector<TypePtr>& types) {
    std::string out;
    for (size_t i = 0; i < types.size(); ++i) out += (i ? ", " : "") + writeKnown(*types[i]);
    return out;
}

std::string StandaloneTypeWriter::writeAdt(const Type& t) {
    const auto path = m_types.printer().stdPath(t.path);
    if (!path) return parameter(m_types.print(std::make_shared<const Type>(t)));
    std::vector<std::string> parts;
    for (const std::string& l : t.lifetimes) parts.push_back(lifetime(l));
    for (const TypePtr& a : m_types.printer().writtenArgs(t)) parts.push_back(writeKnown(*a));
    std::string out = nameOf(*path);
    if (parts.empty()) return out;
    out += "<";
    for (size_t i = 0; i < parts.size(); ++i) out += (i ? ", " : "") + parts[i];
    return out + ">";
}

std::string StandaloneTypeWriter::writeKnown(const Type& t) {
    switch (t.kind) {
    case TypeKind::Primitive:
        if (std::all_of(t.path.begin(), t.path.end(), [](unsigned char c) { return std::isalnum(c) || c == '_'; }))
            return t.path;
        break; // `{integer}` and the like are not Rust
    case TypeKind::Str: return "str";
    case TypeKind::Adt: return writeAdt(t);
    case TypeKind::Ref: {
        const std::string l = lifetime(t.lifetimes.empty() ? "" : t.lifetimes[0]);
        return "&" + l + " " + (t.isMut ? "mut " : "") + writeKnown(*t.args.at(0));
    }
    case TypeKind::RawPtr: return std::string(t.isMut ? "*mut " : "*const ") + writeKnown(*t.args.at(0));
    case TypeKind::Slice: return "[" + writeKnown(*t.args.at(0)) + "]";
    case TypeKind::Array:
        if (isNumber(t.arrayLength)) return "[" + writeKnown(*t.args.at(0)) + "; " + t.arrayLength + "]";
        break;
    case TypeKind::Tuple: return "(" + writeList(t.args) + (t.args.size() == 1 ? ",)" : ")");
    default: break;
    }
    // Futures, closures, `dyn`/`impl` types, projections, generic parameters and `!`:
    // nothing outside the analysed crate can write them.
    return parameter(m_types.print(std::make_shared<const Type>(t)));
}

StandaloneTypes StandaloneTypeWriter::result(const TypePtr& output) {
    m_out.output = write(output);
    return m_out;
}

} // namespace awaitscope
