#include "PartialParse.h"

#include "RustLanguage.h"

namespace awaitscope {

namespace {

// tree-sitter counts columns in bytes from the line start. An expansion's text has no
// lines of its own that nodes answer from (its positions are mapped): one row will do.
TSPoint pointOf(const SourceFile& file, uint32_t byte) {
    if (file.origin()) return {0, byte};
    const TextPosition position = file.positionOf(byte);
    const uint32_t lineStart = file.byteOffsetOf({position.line, 1});
    return {static_cast<uint32_t>(position.line - 1), byte - lineStart};
}

TSPoint pointAfter(TSPoint point, std::string_view text) {
    for (char c : text) {
        if (c == '\n')
            point = {point.row + 1, 0};
        else
            ++point.column;
    }
    return point;
}

// One parser per thread, kept: a new one allocates its lexer and stacks, and a file has
// thousands of macro invocations. Each parse sets its own included ranges.
class ThreadParser {
  public:
    ThreadParser() : m_parser(ts_parser_new()) { ts_parser_set_language(m_parser, rustLanguage()); }
    ~ThreadParser() { ts_parser_delete(m_parser); }
    ThreadParser(const ThreadParser&) = delete;
    ThreadParser& operator=(const ThreadParser&) = delete;
    TSParser* get() { return m_parser; }

  private:
    TSParser* m_parser;
};

} // namespace

PartialParse::PartialParse(const SourceFile& file, std::vector<Piece> pieces)
    : m_file(file), m_pieces(std::move(pieces)) {
    std::vector<TSRange> ranges;
    for (const Piece& piece : m_pieces) {
        const bool inText = file.origin() || piece.startByte < file.text().size();
        const TSPoint start = inText ? pointOf(file, piece.startByte) : TSPoint{0, 0};
        const uint32_t end = piece.startByte + static_cast<uint32_t>(piece.text.size());
        ranges.push_back({start, pointAfter(start, piece.text), piece.startByte, end});
    }
    thread_local ThreadParser threadParser;
    TSParser* parser = threadParser.get();
    if (ts_parser_set_included_ranges(parser, ranges.data(), static_cast<uint32_t>(ranges.size())))
        m_tree = ts_parser_parse(parser, nullptr, TSInput{this, &PartialParse::read, TSInputEncodingUTF8});
}

PartialParse::~PartialParse() {
    if (m_tree) ts_tree_delete(m_tree);
}

SyntaxNode PartialParse::root() const {
    return m_tree ? SyntaxNode(ts_tree_root_node(m_tree), &m_file) : SyntaxNode();
}

// tree-sitter reads only inside the included ranges; a read at a piece's end or in a gap
// gets the bytes up to that piece's end, or nothing (end of input) past the last piece.
const char* PartialParse::read(void* payload, uint32_t byteIndex, TSPoint, uint32_t* bytesRead) {
    const auto* self = static_cast<const PartialParse*>(payload);
    for (const Piece& piece : self->m_pieces) {
        const uint32_t end = piece.startByte + static_cast<uint32_t>(piece.text.size());
        if (byteIndex >= piece.startByte && byteIndex < end) {
            *bytesRead = end - byteIndex;
            return piece.text.data() + (byteIndex - piece.startByte);
        }
    }
    *bytesRead = 0;
    return "";
}

} // namespace awaitscope
