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
    TokenTree() = default;
    TokenTree(TokenKind k, std::string t, std::vector<TokenTree> c = {})
        : kind(k), text(std::move(t)), children(std::move(c)) {}

    TokenKind kind = TokenKind::Punct;
    std::string text;                // the token; for a Group its opening delimiter "(", "[", "{"
    std::vector<TokenTree> children; // a Group's contents
    // Where the token stands in the source it was lexed from (a Group: its opening and
    // closing delimiter); -1 for tokens a macro's transcriber wrote, which have no place
    // in that source (rustc gives them the macro definition's span).
    long offset = -1;
    long closeOffset = -1;

    bool isPunct(std::string_view p) const { return kind == TokenKind::Punct && text == p; }
    bool isIdent(std::string_view i) const { return kind == TokenKind::Ident && text == i; }
    bool isGroup(char open) const { return kind == TokenKind::Group && !text.empty() && text[0] == open; }
};

using TokenStream = std::vector<TokenTree>;

/// Lexes source text into token trees; comments are dropped, an unbalanced closing
/// delimiter ends the stream, an unclosed group is closed at the end. With a `base`
/// (the text's byte offset in its file), every token records its offset in that file.
TokenStream lexTokens(std::string_view text, long base = -1);

/// Source text for the tokens, spaced so that it lexes back to the same tokens.
std::string tokensToText(const TokenStream& tokens);

} // namespace awaitscope
