#include "export/JsonWriter.h"

#include <nlohmann/json.hpp>

namespace awaitscope {

void JsonWriter::begin(char open) {
    m_out += open;
    m_hasMembers.push_back(false);
}

void JsonWriter::end(char close) {
    const bool any = m_hasMembers.back();
    m_hasMembers.pop_back();
    if (any) newLine(m_depth + static_cast<int>(m_hasMembers.size()));
    m_out += close;
}

void JsonWriter::separate() {
    if (m_hasMembers.back()) m_out += ',';
    m_hasMembers.back() = true;
    newLine(m_depth + static_cast<int>(m_hasMembers.size()));
}

void JsonWriter::newLine(int depth) {
    m_out += '\n';
    m_out.append(static_cast<size_t>(2 * depth), ' ');
}

void JsonWriter::key(std::string_view name) {
    separate();
    value(name);
    m_out += ": ";
}

void JsonWriter::value(std::string_view text) {
    // Printable ASCII but the quote and the backslash is written as it is; anything else
    // (control characters, UTF-8, which nlohmann checks and refuses when invalid) is left
    // to nlohmann's own escaping, so both agree on every string.
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x20 || byte >= 0x80 || c == '"' || c == '\\') {
            m_out += nlohmann::json(std::string(text)).dump();
            return;
        }
    }
    m_out += '"';
    m_out += text;
    m_out += '"';
}

} // namespace awaitscope
