#include "CfgSet.h"

#include "util/ProcessRunner.h"

namespace awaitscope {

std::string unquote(const std::string& literal) {
    const size_t open = literal.find('"');
    const size_t close = literal.rfind('"');
    if (open == std::string::npos || close <= open) return literal;
    return literal.substr(open + 1, close - open - 1);
}

CfgSet CfgSet::fromPrintCfg(const std::string& text) {
    CfgSet set;
    size_t start = 0;
    while (start < text.size()) {
        size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        const std::string line = text.substr(start, end - start);
        start = end + 1;
        const size_t eq = line.find('=');
        if (line.empty()) continue;
        if (eq == std::string::npos)
            set.m_names.insert(line);
        else
            set.m_pairs.insert({line.substr(0, eq), unquote(line.substr(eq + 1))});
    }
    return set;
}

CfgSet CfgSet::host() {
    CfgSet set;
    set.m_host = true;
    return set;
}

const CfgSet& CfgSet::hostPrinted() {
    static const CfgSet cached = [] {
        ProcessRequest request;
        request.argv = {"rustc", "--print", "cfg"};
        const ProcessResult r = runProcess(request);
        if (r.exitedNormally() && r.exitCode == 0 && !r.out.empty()) return fromPrintCfg(r.out);
        // rustc 1.95 on x86_64-unknown-linux-gnu, as `rustc --print cfg` prints it.
        return fromPrintCfg("debug_assertions\npanic=\"unwind\"\ntarget_arch=\"x86_64\"\n"
                            "target_endian=\"little\"\ntarget_env=\"gnu\"\ntarget_family=\"unix\"\n"
                            "target_has_atomic=\"8\"\ntarget_has_atomic=\"16\"\ntarget_has_atomic=\"32\"\n"
                            "target_has_atomic=\"64\"\ntarget_has_atomic=\"ptr\"\ntarget_os=\"linux\"\n"
                            "target_pointer_width=\"64\"\ntarget_vendor=\"unknown\"\nunix\n");
    }();
    return cached;
}

bool CfgSet::evaluate(const TokenStream& predicate) const {
    size_t i = 0;
    return evaluateOne(predicate, i);
}

bool CfgSet::evaluateOne(const TokenStream& t, size_t& i) const {
    if (i >= t.size() || t[i].kind != TokenKind::Ident) return false;
    const std::string name = t[i++].text;
    if (i < t.size() && t[i].isGroup('(') && (name == "all" || name == "any" || name == "not")) {
        const TokenStream& args = t[i++].children;
        std::vector<bool> values;
        for (size_t j = 0; j < args.size();) {
            values.push_back(evaluateOne(args, j));
            while (j < args.size() && !args[j].isPunct(",")) ++j; // skip what could not be read
            if (j < args.size()) ++j;
        }
        if (name == "not") return values.size() == 1 && !values[0];
        bool all = true, any = false;
        for (bool v : values) all &= v, any |= v;
        return name == "all" ? all : any;
    }
    // cfg(true) / cfg(false), stable since 1.88 (rustc_attr_parsing cfg.rs, a boolean literal).
    if (name == "true" || name == "false") return name == "true";
    if (i + 1 < t.size() && t[i].isPunct("=") && t[i + 1].kind == TokenKind::Literal) {
        const std::string value = unquote(t[i + 1].text);
        i += 2;
        return hasPair(name, value);
    }
    return hasName(name); // test, doc, loom, docsrs, tokio_unstable: not set
}

bool CfgSet::hasName(const std::string& name) const {
    return m_names.count(name) > 0 || (m_host && hostPrinted().hasName(name));
}

bool CfgSet::hasPair(const std::string& name, const std::string& value) const {
    return m_pairs.count({name, value}) > 0 || (m_host && hostPrinted().hasPair(name, value));
}

bool CfgSet::attributeAllows(const std::string& attributeText) const {
    return allows(lexTokens(attributeText));
}

bool CfgSet::allows(const TokenStream& attribute) const {
    return !isCfg(attribute) || evaluate(attribute[1].children);
}

bool CfgSet::isCfg(const TokenStream& attribute) {
    return attribute.size() >= 2 && attribute[0].isIdent("cfg") && attribute[1].isGroup('(');
}

} // namespace awaitscope
