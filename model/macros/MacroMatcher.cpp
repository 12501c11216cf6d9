#include "MacroMatcher.h"

#include <functional>

namespace awaitscope {

std::vector<MatcherElement> compileMatcher(const TokenStream& pattern) {
    std::vector<MatcherElement> out;
    for (size_t i = 0; i < pattern.size(); ++i) {
        const TokenTree& t = pattern[i];
        MatcherElement e;
        if (t.isPunct("$") && i + 1 < pattern.size() && pattern[i + 1].kind == TokenKind::Ident) {
            e.kind = MatcherElement::Kind::Variable;
            e.name = pattern[++i].text;
            if (i + 2 < pattern.size() && pattern[i + 1].isPunct(":")) {
                e.fragment = pattern[i + 2].text;
                i += 2;
            }
        } else if (t.isPunct("$") && i + 1 < pattern.size() && pattern[i + 1].isGroup('(')) {
            e.kind = MatcherElement::Kind::Repetition;
            e.children = compileMatcher(pattern[++i].children);
            auto isOp = [&](size_t j) {
                return j < pattern.size() &&
                       (pattern[j].isPunct("*") || pattern[j].isPunct("+") || pattern[j].isPunct("?"));
            };
            if (!isOp(i + 1) && isOp(i + 2)) e.separator = pattern[++i];
            if (isOp(i + 1)) e.op = pattern[++i].text[0];
        } else if (t.kind == TokenKind::Group) {
            e.kind = MatcherElement::Kind::Group;
            e.token = t;
            e.token.children.clear();
            e.children = compileMatcher(t.children);
        } else {
            e.token = t;
        }
        out.push_back(std::move(e));
    }
    return out;
}

namespace {

bool sameToken(const TokenTree& a, const TokenTree& b) {
    return a.kind == b.kind && a.text == b.text;
}

void collectNames(const std::vector<MatcherElement>& elements, std::vector<std::string>& out) {
    for (const MatcherElement& e : elements) {
        if (e.kind == MatcherElement::Kind::Variable) out.push_back(e.name);
        collectNames(e.children, out);
    }
}

class Matcher {
  public:
    Matcher() = default;
    using Continuation = std::function<bool(size_t, MatchBindings&)>;

    // Matches elements[at..] against tokens[pos..], then the continuation.
    bool match(const std::vector<MatcherElement>& elements, size_t at, const TokenStream& tokens, size_t pos,
               MatchBindings& bindings, const Continuation& next) {
        if (++m_steps > kBudget) return false;
        if (at == elements.size()) return next(pos, bindings);
        const MatcherElement& e = elements[at];
        auto rest = [&](size_t p, MatchBindings& b) { return match(elements, at + 1, tokens, p, b, next); };
        switch (e.kind) {
        case MatcherElement::Kind::Token:
            return pos < tokens.size() && sameToken(tokens[pos], e.token) && rest(pos + 1, bindings);
        case MatcherElement::Kind::Group: {
            if (pos >= tokens.size() || tokens[pos].kind != TokenKind::Group || tokens[pos].text != e.token.text)
                return false;
            const TokenStream& inner = tokens[pos].children;
            return match(e.children, 0, inner, 0, bindings,
                         [&](size_t p, MatchBindings& b) { return p == inner.size() && rest(pos + 1, b); });
        }
        case MatcherElement::Kind::Variable: {
            const int length = fragmentLength(e.fragment, tokens, pos);
            if (length < 0) return false;
            MatchBindings saved = bindings;
            bindings[e.name] = {
                e.fragment, TokenStream(tokens.begin() + pos, tokens.begin() + pos + length), false, {}};
            if (rest(pos + length, bindings)) return true;
            bindings = std::move(saved);
            return false;
        }
        case MatcherElement::Kind::Repetition: {
            std::vector<MatchBindings> iterations;
            return repeat(e, tokens, pos, iterations, bindings, rest);
        }
        }
        return false;
    }

  private:
    // Greedy: one more iteration first, then stop here.
    bool repeat(const MatcherElement& e, const TokenStream& tokens, size_t pos, std::vector<MatchBindings>& iterations,
                MatchBindings& bindings, const Continuation& rest) {
        const bool mayStop = e.op != '+' || !iterations.empty();
        const bool mayGo = e.op != '?' || iterations.empty();
        if (mayGo) {
            size_t start = pos;
            if (!iterations.empty() && e.separator) {
                if (start >= tokens.size() || !sameToken(tokens[start], *e.separator)) goto stop;
                ++start;
            }
            MatchBindings one;
            const bool more = match(e.children, 0, tokens, start, one, [&](size_t p, MatchBindings& b) {
                if (p == pos) return false; // an empty iteration would repeat forever
                iterations.push_back(b);
                if (repeat(e, tokens, p, iterations, bindings, rest)) return true;
                iterations.pop_back();
                return false;
            });
            if (more) return true;
        }
    stop:
        if (!mayStop) return false;
        MatchBindings saved = bindings;
        std::vector<std::string> names;
        collectNames(e.children, names);
        for (const std::string& name : names) {
            MatchBinding b;
            b.isRepetition = true;
            for (MatchBindings& it : iterations) b.repeats.push_back(it[name]);
            bindings[name] = std::move(b);
        }
        if (rest(pos, bindings)) return true;
        bindings = std::move(saved);
        return false;
    }

    static constexpr long kBudget = 200000;
    long m_steps = 0;
};

} // namespace

std::optional<MatchBindings> matchMacro(const std::vector<MatcherElement>& matcher, const TokenStream& input) {
    Matcher m;
    MatchBindings bindings;
    MatchBindings result;
    const bool ok = m.match(matcher, 0, input, 0, bindings, [&](size_t p, MatchBindings& b) {
        if (p != input.size()) return false;
        result = b;
        return true;
    });
    if (!ok) return std::nullopt;
    return result;
}

} // namespace awaitscope
