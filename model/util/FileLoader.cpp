#include "util/FileLoader.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>

namespace awaitscope {

namespace {

/// Length of the well-formed UTF-8 sequence at `i`, or 0 when it is ill-formed: the
/// Unicode standard's table 3-7 (no overlong forms, no surrogates D800-DFFF, nothing
/// above U+10FFFF, so lead bytes C0, C1 and F5-FF never occur).
size_t wellFormedLength(const std::string& s, size_t i) {
    const auto byte = [&](size_t k) { return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0u; };
    const unsigned lead = byte(0);
    if (lead < 0x80) return 1;
    const auto within = [&](size_t k, unsigned low, unsigned high) { return byte(k) >= low && byte(k) <= high; };
    if (lead >= 0xC2 && lead <= 0xDF) return within(1, 0x80, 0xBF) ? 2 : 0;
    if (lead >= 0xE0 && lead <= 0xEF) {
        const unsigned low = lead == 0xE0 ? 0xA0 : 0x80, high = lead == 0xED ? 0x9F : 0xBF;
        return within(1, low, high) && within(2, 0x80, 0xBF) ? 3 : 0;
    }
    if (lead >= 0xF0 && lead <= 0xF4) {
        const unsigned low = lead == 0xF0 ? 0x90 : 0x80, high = lead == 0xF4 ? 0x8F : 0xBF;
        return within(1, low, high) && within(2, 0x80, 0xBF) && within(3, 0x80, 0xBF) ? 4 : 0;
    }
    return 0;
}

/// "line L, column C" of byte `offset`, the column counted in characters before it.
std::string lineAndColumn(const std::string& s, size_t offset) {
    size_t line = 1, column = 1;
    for (size_t i = 0; i < offset;) {
        if (s[i] == '\n') {
            ++line;
            column = 1;
            ++i;
            continue;
        }
        ++column;
        i += std::max<size_t>(1, wellFormedLength(s, i));
    }
    return "line " + std::to_string(line) + ", column " + std::to_string(column);
}

std::string megabytes(size_t bytes) {
    std::ostringstream out;
    out.precision(1);
    out << std::fixed << static_cast<double>(bytes) / (1024.0 * 1024.0) << " MB";
    return out.str();
}

} // namespace

size_t firstInvalidUtf8(const std::string& text) {
    for (size_t i = 0; i < text.size();) {
        const size_t length = wellFormedLength(text, i);
        if (length == 0) return i;
        i += length;
    }
    return std::string::npos;
}

std::string checkSourceText(const std::string& text) {
    if (text.size() > kMaxSourceBytes)
        return "the file is " + megabytes(text.size()) + "; Awaitscope analyses files up to " +
               megabytes(kMaxSourceBytes);
    if (text.find('\0') != std::string::npos) return "the file looks binary (it contains NUL bytes)";
    const size_t bad = firstInvalidUtf8(text);
    if (bad != std::string::npos)
        return "the file is not valid UTF-8, as Rust source must be (first bad byte at " + lineAndColumn(text, bad) +
               ")";
    return "";
}

LoadedFile loadSourceFile(const std::string& path) {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) return {"", "cannot read " + path + ": it is a directory"};
    std::ifstream in(path, std::ios::binary);
    if (!in) return {"", "cannot read " + path + ": " + std::strerror(errno)};
    const auto size = std::filesystem::file_size(path, ec);
    if (!ec && size > kMaxSourceBytes)
        return {"", "cannot analyse " + path + ": the file is " + megabytes(size) +
                        "; Awaitscope analyses files up to " + megabytes(kMaxSourceBytes)};
    std::ostringstream buffer;
    buffer << in.rdbuf();
    std::string text = buffer.str();
    const std::string problem = checkSourceText(text);
    if (!problem.empty()) return {"", "cannot analyse " + path + ": " + problem};
    return {std::move(text), ""};
}

std::string writeFileAtomically(const std::string& path, const std::string& data) {
    namespace fs = std::filesystem;
    const fs::path target(path);
    const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
    std::string tmpl = (dir / ("." + target.filename().string() + ".XXXXXX")).string();
    const int fd = mkstemp(tmpl.data());
    if (fd < 0) return "cannot write " + path + ": " + std::strerror(errno);
    size_t written = 0;
    while (written < data.size()) {
        const ssize_t n = ::write(fd, data.data() + written, data.size() - written);
        if (n < 0) {
            const std::string reason = std::strerror(errno);
            ::close(fd);
            std::remove(tmpl.c_str());
            return "cannot write " + path + ": " + reason;
        }
        written += static_cast<size_t>(n);
    }
    const bool synced = ::fsync(fd) == 0;
    const int closeResult = ::close(fd);
    if (!synced || closeResult != 0) {
        const std::string reason = std::strerror(errno);
        std::remove(tmpl.c_str());
        return "cannot write " + path + ": " + reason;
    }
    ::chmod(tmpl.c_str(), 0644);
    if (std::rename(tmpl.c_str(), path.c_str()) != 0) {
        const std::string reason = std::strerror(errno);
        std::remove(tmpl.c_str());
        return "cannot write " + path + ": " + reason;
    }
    return "";
}

} // namespace awaitscope
