#pragma once
// The configuration a crate is compiled with: the target's cfg set (`rustc --print cfg`,
// or the host's defaults when rustc is absent) plus the enabled features, and the
// evaluation of `#[cfg(...)]` predicates against it (rustc: rustc_attr cfg_matches).

#include "macros/TokenTree.h"

#include <set>
#include <string>
#include <utility>
#include <vector>

namespace awaitscope {

class CfgSet {
  public:
    /// The host's cfg set from `rustc --print cfg`, or the defaults of x86_64 Linux when
    /// rustc cannot be run. rustc is run once per process, when a predicate first names a
    /// cfg (a file with no #[cfg] never starts it: ~0.1 s of CPU, a tenth of analysing
    /// 1,000 generated fns).
    static CfgSet host();
    /// Names and name="value" pairs, one per line, as `rustc --print cfg` prints them.
    static CfgSet fromPrintCfg(const std::string& text);

    void enableFeature(const std::string& feature) { m_pairs.insert({"feature", feature}); }
    void set(const std::string& name) { m_names.insert(name); }

    /// `unix`, `all(feature = "rt", not(loom))` as the tokens inside cfg( .. ).
    bool evaluate(const TokenStream& predicate) const;
    /// The text inside an attribute: `cfg(unix)` -> its truth; anything else is true.
    bool attributeAllows(const std::string& attributeText) const;
    /// The same for an attribute's tokens.
    bool allows(const TokenStream& attribute) const;
    /// Whether an attribute's tokens are `cfg( .. )`.
    static bool isCfg(const TokenStream& attribute);

  private:
    bool evaluateOne(const TokenStream& tokens, size_t& i) const;
    bool hasName(const std::string& name) const;
    bool hasPair(const std::string& name, const std::string& value) const;
    /// The host's set read lazily (`rustc --print cfg` once per process).
    static const CfgSet& hostPrinted();

    bool m_host = false; ///< also holds what hostPrinted() holds
    std::set<std::string> m_names;
    std::set<std::pair<std::string, std::string>> m_pairs;
};

/// The string inside a literal token: "\"rt\"" -> "rt".
std::string unquote(const std::string& literal);

} // namespace awaitscope
