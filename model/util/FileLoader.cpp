#include "util/FileLoader.h"

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

bool isValidUtf8(const std::string& s) {
    size_t i = 0;
    while (i < s.size()) {
        const auto c = static_cast<unsigned char>(s[i]);
        int extra = c < 0x80 ? 0 : (c >> 5) == 0x6 ? 1 : (c >> 4) == 0xE ? 2 : (c >> 3) == 0x1E ? 3 : -1;
        if (extra < 0 || i + extra >= s.size()) return false;
        for (int k = 1; k <= extra; ++k)
            if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
        i += extra + 1;
    }
    return true;
}

std::string megabytes(size_t bytes) {
    std::ostringstream out;
    out.precision(1);
    out << std::fixed << static_cast<double>(bytes) / (1024.0 * 1024.0) << " MB";
    return out.str();
}

} // namespace

std::string checkSourceText(const std::string& text) {
    if (text.size() > kMaxSourceBytes)
        return "the file is " + megabytes(text.size()) + "; Awaitscope analyses files up to " +
               megabytes(kMaxSourceBytes);
    if (text.find('\0') != std::string::npos) return "the file looks binary (it contains NUL bytes)";
    if (!isValidUtf8(text)) return "the file is not valid UTF-8, as Rust source must be";
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
