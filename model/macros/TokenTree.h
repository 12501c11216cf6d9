#pragma once
// Rust token trees as macro_rules! and attributes see them: identifiers, lifetimes,
// literals, punctuation (multi-character operators as one token) and delimited groups.
// rustc: rustc_lexer + rustc_parse::lexer::tokentrees.

#include <string>
#include <string_view>
#include <vector>

namespace awaitscope {

enum class TokenKind { Ident, Lifetime, Literal, Punct, Group };

struct TokenTree {
    TokenKind kind = TokenKind::Punct;
    std::string text;                // the token; for a Group its opening delimiter "(", "[", "{"
    std::vector<TokenTree> children; // a Group's contents

    bool isPunct(std::string_view p) const { return kind == TokenKind::Punct && text == p; }
    bool isIdent(std::string_view i) const { return kind == TokenKind::Ident && text == i; }
    bool isGroup(char open) const { return kind == TokenKind::Group && !text.empty() && text[0] == open; }
};

using TokenStream = std::vector<TokenTree>;

/// Lexes source text into token trees; comments are dropped, an unbalanced closing
/// delimiter ends the stream, an unclosed group is closed at the end.
TokenStream lexTokens(std::string_view text);

/// Source text for the tokens, spaced so that it lexes back to the same tokens.
std::string tokensToText(const TokenStream& tokens);

} // namespace awaitscope
