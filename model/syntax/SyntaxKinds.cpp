#include "SyntaxKind.h"
#include "SyntaxKindNames.h"

#include "RustLanguage.h"

#include <array>
#include <string>
#include <unordered_map>
#include <vector>

namespace awaitscope {

namespace {

constexpr std::array<std::string_view, size_t(SyntaxKind::Count)> kKindNames{
    "",
#define SYNTAX_KIND(enumerator, name) name,
#include "SyntaxKinds.def"
#undef SYNTAX_KIND
};

constexpr std::array<std::string_view, size_t(SyntaxField::Count)> kFieldNames{
#define SYNTAX_FIELD(enumerator, name) name,
#include "SyntaxKinds.def"
#undef SYNTAX_FIELD
};

/// Kinds by grammar symbol. A node's kind was its type's name, so a symbol maps by name:
/// every symbol of one name (an alias, a node and a token both called `block`) gets the
/// same enumerator, exactly as comparing ts_node_type with a string did.
std::vector<SyntaxKind> kindsBySymbol() {
    std::unordered_map<std::string_view, SyntaxKind> byName;
    for (size_t k = 1; k < kKindNames.size(); ++k) byName.emplace(kKindNames[k], SyntaxKind(k));
    const TSLanguage* language = rustLanguage();
    std::vector<SyntaxKind> kinds(ts_language_symbol_count(language), SyntaxKind::Unknown);
    for (TSSymbol s = 0; s < kinds.size(); ++s)
        if (const auto it = byName.find(ts_language_symbol_name(language, s)); it != byName.end())
            kinds[s] = it->second;
    return kinds;
}

std::array<TSFieldId, size_t(SyntaxField::Count)> fieldIds() {
    std::array<TSFieldId, size_t(SyntaxField::Count)> ids{};
    const TSLanguage* language = rustLanguage();
    for (size_t f = 0; f < ids.size(); ++f)
        ids[f] = ts_language_field_id_for_name(language, kFieldNames[f].data(), uint32_t(kFieldNames[f].size()));
    return ids;
}

} // namespace

SyntaxKind syntaxKindOfSymbol(uint16_t symbol) {
    static const std::vector<SyntaxKind> kinds = kindsBySymbol();
    if (symbol < kinds.size()) return kinds[symbol];
    // tree-sitter's error symbol lies outside the grammar's table (ts_builtin_sym_error).
    return symbol == TSSymbol(-1) ? SyntaxKind::Error : SyntaxKind::Unknown;
}

bool isItemKind(SyntaxKind kind) {
    static const std::array<bool, size_t(SyntaxKind::Count)> items = [] {
        std::array<bool, size_t(SyntaxKind::Count)> is{};
        for (size_t k = 0; k < is.size(); ++k) is[k] = kKindNames[k].ends_with("_item");
        return is;
    }();
    return items[size_t(kind)];
}

uint16_t syntaxFieldId(SyntaxField field) {
    static const std::array<TSFieldId, size_t(SyntaxField::Count)> ids = fieldIds();
    return ids[size_t(field)];
}

std::string_view syntaxKindName(SyntaxKind kind) {
    return kKindNames[size_t(kind)];
}

std::string_view syntaxFieldName(SyntaxField field) {
    return kFieldNames[size_t(field)];
}

} // namespace awaitscope
