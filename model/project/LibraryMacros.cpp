#include "LibraryMacros.h"

#include "project/LocalRegistry.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;

namespace awaitscope {

namespace {

bool isMacroExport(const TokenTree& attributeGroup) {
    return attributeGroup.isGroup('[') && attributeGroup.children.size() == 1 &&
           attributeGroup.children[0].isIdent("macro_export");
}

// Walks one token level (and the braces of modules and item macros inside it): a
// `macro_rules! name { .. }` preceded by `#[macro_export]` among its attributes.
void collect(const TokenStream& tokens, const std::string& text, const std::string& crateName,
             std::vector<MacroRules>& out) {
    bool exported = false;
    for (size_t i = 0; i < tokens.size(); ++i) {
        const TokenTree& t = tokens[i];
        if (t.isPunct("#") && i + 1 < tokens.size() && tokens[i + 1].isGroup('[')) {
            exported |= isMacroExport(tokens[++i]);
            continue;
        }
        const bool definition = t.isIdent("macro_rules") && i + 3 < tokens.size() && tokens[i + 1].isPunct("!") &&
                                tokens[i + 2].kind == TokenKind::Ident && tokens[i + 3].kind == TokenKind::Group;
        if (definition && exported && t.offset >= 0 && tokens[i + 3].closeOffset > t.offset) {
            const size_t begin = static_cast<size_t>(t.offset);
            const size_t end = static_cast<size_t>(tokens[i + 3].closeOffset) + 1;
            if (auto rules = MacroRules::parse(std::string_view(text).substr(begin, end - begin), crateName))
                out.push_back(std::move(*rules));
        }
        if (definition) {
            i += 3;
        } else if (t.isGroup('{')) {
            collect(t.children, text, crateName, out); // `mod m { .. }`, `cfg_macros! { .. }`
        }
        exported = false;
    }
}

std::string readFile(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

} // namespace

std::vector<MacroRules> exportedMacros(const std::string& crateName, const std::string& text) {
    std::vector<MacroRules> out;
    if (text.find("macro_export") == std::string::npos) return out;
    collect(lexTokens(text, 0), text, crateName, out);
    return out;
}

std::map<std::string, MacroRules> exportedMacrosIn(const std::string& crateName, const std::string& sourceDir) {
    std::error_code ec;
    std::vector<fs::path> files;
    for (auto it = fs::recursive_directory_iterator(fs::path(sourceDir), ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec))
        if (it->is_regular_file(ec) && it->path().extension() == ".rs") files.push_back(it->path());
    std::sort(files.begin(), files.end()); // the same order on every machine
    std::map<std::string, MacroRules> out;
    for (const fs::path& file : files)
        for (MacroRules& rules : exportedMacros(crateName, readFile(file)))
            out.insert_or_assign(rules.name(), std::move(rules));
    return out;
}

size_t loadExportedMacros(const std::string& crateName, const std::string& crateDir, MacroExpander& expander) {
    std::map<std::string, MacroRules> macros = exportedMacrosIn(crateName, (fs::path(crateDir) / "src").string());
    for (auto& [name, rules] : macros) expander.define(std::move(rules));
    return macros.size();
}

std::optional<std::string> installedCrateSources(const std::string& package) {
    return findInLocalRegistry(package, "*", localRegistryRoots(""));
}

} // namespace awaitscope
