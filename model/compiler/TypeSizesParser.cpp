#include "compiler/TypeSizesParser.h"

#include <algorithm>
#include <regex>
#include <sstream>

namespace awaitscope {

namespace {

// The line forms of rustc_session/src/code_stats.rs (print_type_sizes). Compiled on first
// use, not when the process starts: std::regex compiles slowly, and most runs (an analysis
// without rustc) never read rustc's type sizes.
struct LinePatterns {
    std::regex typeLine{R"(^print-type-size type: `(.*)`: (\d+) bytes, alignment: (\d+) bytes$)"};
    std::regex discriminant{R"(^print-type-size\s+discriminant: (\d+) bytes$)"};
    std::regex variant{R"(^print-type-size\s+variant `(.*)`: (\d+) bytes$)"};
    std::regex padding{R"(^print-type-size\s+padding: (\d+) bytes$)"};
    std::regex endPadding{R"(^print-type-size\s+end padding: (\d+) bytes$)"};
    std::regex field{R"(^print-type-size\s+(field|upvar|local) `(.*?)`: (\d+) bytes)"
                     R"((?:, offset: (\d+) bytes)?(?:, alignment: (\d+) bytes)?(?:, type: (.*))?$)"};
    std::regex asyncFn{R"(^\{async (?:gen )?fn body of (.*)\(\)\}$)"};
    std::regex asyncSpan{R"(^\{async (?:gen )?(block|closure body|closure)@(.*):(\d+):(\d+): (\d+):(\d+)\}$)"};
};

const LinePatterns& patterns() {
    static const LinePatterns compiled;
    return compiled;
}

// rustc's variant order: Unresumed, Suspend0..N, Returned, Panicked (it prints by size).
std::pair<int, long> variantRank(const std::string& name) {
    if (name == "Unresumed") return {0, 0};
    if (name.rfind("Suspend", 0) == 0) return {1, std::atol(name.c_str() + 7)};
    return {2, name == "Returned" ? 0 : name == "Panicked" ? 1 : 2};
}

// The type being read. rustc prints an offset only where fields overlap; elsewhere a field
// starts where the previous one (or a padding line) ended, so the offsets are replayed.
struct Reader {
    TypeSizesParse result;
    RustcLayout current;
    bool inCoroutine = false;
    bool inType = false;
    RustcVariant* variant = nullptr;
    long nextOffset = 0;

    void finish() {
        if (inCoroutine) {
            std::stable_sort(current.variants.begin(), current.variants.end(),
                             [](const auto& a, const auto& b) { return variantRank(a.name) < variantRank(b.name); });
            result.layouts.push_back(std::move(current));
        }
        current = RustcLayout{};
        inCoroutine = false;
        variant = nullptr;
    }

    void startType(const std::smatch& m) {
        finish();
        inType = true;
        ++result.typeCount;
        current.type = m[1];
        current.size = std::stol(m[2]);
        current.align = std::stol(m[3]);
        inCoroutine = describeCoroutineType(current.type, current);
        nextOffset = 0;
    }

    void addField(const std::smatch& m) {
        RustcField f;
        f.kind = m[1];
        f.name = m[2];
        f.size = std::stol(m[3]);
        f.offset = m[4].matched ? std::stol(m[4]) : nextOffset;
        if (m[5].matched) f.align = std::stol(m[5]);
        if (m[6].matched) f.type = m[6];
        nextOffset = f.offset + f.size;
        if (variant) variant->fields.push_back(std::move(f));
    }

    void read(const std::string& line) {
        std::smatch m;
        const bool typeLine = line.rfind("print-type-size type:", 0) == 0;
        if (typeLine && std::regex_match(line, m, patterns().typeLine)) return startType(m);
        if (!inType) return result.unexpected.push_back(line);
        if (!inCoroutine) return; // a struct or enum: only counted
        if (std::regex_match(line, m, patterns().discriminant)) {
            current.discriminantSize = std::stol(m[1]);
        } else if (std::regex_match(line, m, patterns().variant)) {
            current.variants.push_back({m[1], std::stol(m[2]), {}});
            variant = &current.variants.back();
            nextOffset = current.discriminantSize.value_or(0);
        } else if (std::regex_match(line, m, patterns().padding)) {
            nextOffset += std::stol(m[1]);
        } else if (std::regex_match(line, m, patterns().field)) {
            addField(m);
        } else if (!std::regex_match(line, m, patterns().endPadding)) {
            result.unexpected.push_back(line);
        }
    }
};

} // namespace

bool describeCoroutineType(const std::string& type, RustcLayout& layout) {
    std::smatch m;
    if (std::regex_match(type, m, patterns().asyncFn)) {
        layout.kind = RustcCoroutineKind::AsyncFn;
        layout.path = m[1];
        return true;
    }
    if (!std::regex_match(type, m, patterns().asyncSpan)) return false;
    layout.kind = m[1] == "block" ? RustcCoroutineKind::AsyncBlock : RustcCoroutineKind::AsyncClosure;
    layout.path = m[2];
    layout.line = std::stoi(m[3]);
    layout.column = std::stoi(m[4]);
    layout.endLine = std::stoi(m[5]);
    layout.endColumn = std::stoi(m[6]);
    return true;
}

TypeSizesParse parseTypeSizes(const std::string& output) {
    Reader reader;
    std::istringstream in(output);
    std::string line;
    while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.rfind("print-type-size", 0) == 0) reader.read(line);
    }
    reader.finish();
    return std::move(reader.result);
}

} // namespace awaitscope
