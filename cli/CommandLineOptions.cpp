#include "CommandLineOptions.h"

#include <charconv>

namespace awaitscope {

namespace {

// `--diagnostic 2`, `--fix 1`: numbers from 1, as the report lists them.
bool parseIndex(const std::string& text, int& out) {
    auto [p, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
    return ec == std::errc() && p == text.data() + text.size() && out >= 1;
}

bool parseNumber(const std::string& text, double& out) {
    try {
        size_t used = 0;
        out = std::stod(text, &used);
        return used == text.size();
    } catch (...) {
        return false;
    }
}

// Applies one `--name value` option; returns an error message or "".
std::string applyOption(CommandLineOptions& o, const std::string& name, const std::string& value) {
    if (name == "--edition") {
        auto edition = parseEdition(value);
        if (!edition) return "unknown edition '" + value + "' (2015, 2018, 2021 or 2024)";
        o.edition = *edition;
        o.editionGiven = true;
    } else if (name == "--features" && (o.verb == "analyze" || o.verb == "analyze-crate")) {
        for (size_t start = 0; start <= value.size();) {
            size_t end = value.find_first_of(", ", start);
            if (end == std::string::npos) end = value.size();
            if (end > start) o.features.push_back(value.substr(start, end - start));
            start = end + 1;
        }
    } else if (name == "--jobs" && o.verb == "analyze-crate") {
        if (!parseIndex(value, o.jobs)) return "--jobs takes a number from 1";
    } else if (name == "--deny" && o.verb == "analyze-crate") {
        if (value != "not-send") return "--deny takes not-send";
        o.deny = value;
    } else if (name == "--format") {
        o.format = value;
    } else if (name == "--future" && o.verb == "export") {
        o.future = value;
    } else if (name == "--view" && o.verb == "export") {
        if (value != "states" && value != "path" && value != "code")
            return "unknown view '" + value + "' (states, path or code)";
        o.view = value;
    } else if (name == "--diagnostic" && (o.verb == "export" || o.verb == "fix")) {
        int n = 0;
        if (!parseIndex(value, n)) return "--diagnostic takes a number from 1";
        o.diagnostic = n;
    } else if (name == "--fix" && o.verb == "fix") {
        int n = 0;
        if (!parseIndex(value, n)) return "--fix takes a number from 1";
        o.fix = n;
    } else if (name == "--toolchain" && o.verb == "analyze") {
        if (value != "nightly" && value != "stable") return "unknown toolchain '" + value + "' (nightly or stable)";
        o.toolchain = value;
    } else if (name == "--scale" && o.verb == "export") {
        if (!parseNumber(value, o.scale) || o.scale <= 0 || o.scale > 16)
            return "--scale takes a number above 0 and at most 16";
    } else if (name == "--large-future-bytes") {
        int n = 0;
        if (!parseIndex(value, n)) return "--large-future-bytes takes a number of bytes from 1";
        o.largeFutureBytes = n;
    } else if ((name == "-o" || name == "--output") && (o.verb == "export" || o.verb == "fix")) {
        o.output = value;
    } else {
        return "unknown option '" + name + "' for " + o.verb;
    }
    return "";
}

std::string checkComplete(const CommandLineOptions& o) {
    if (o.file.empty()) return o.verb + (o.verb == "analyze-crate" ? " needs a PATH" : " needs a FILE.rs");
    if (o.verb == "analyze" && o.format.empty()) return "";
    if (o.verb == "analyze-crate" && o.format != "text" && o.format != "json")
        return "unknown format '" + o.format + "' for analyze-crate (text, json)";
    if (o.verb == "export") {
        if (o.format.empty()) return "export needs --format svg|png|pdf|dot";
        if (o.format != "svg" && o.format != "png" && o.format != "pdf" && o.format != "dot")
            return "unknown format '" + o.format + "' for export (svg, png, pdf, dot)";
        if (o.output.empty()) return "export needs -o OUT";
    }
    if (o.verb == "fix") {
        if (!o.diagnostic || !o.fix) return "fix needs --diagnostic N and --fix M";
        if (o.output.empty()) return "fix needs -o OUT";
    }
    return "";
}

} // namespace

ParsedOptions parseCommandLine(const std::vector<std::string>& args) {
    ParsedOptions result;
    CommandLineOptions& o = result.options;
    if (args.empty()) return {o, "no command given"};
    const std::string& verb = args.front();
    if (verb == "--help" || verb == "-h")
        o.verb = "help";
    else if (verb == "--version")
        o.verb = "version";
    else if (verb == "analyze" || verb == "analyze-crate" || verb == "export" || verb == "fix")
        o.verb = verb;
    else
        return {o, "unknown command or option '" + verb + "'"};
    if (o.verb == "help" || o.verb == "version") return result;

    for (size_t i = 1; i < args.size(); ++i) {
        const std::string& word = args[i];
        if (word == "--help" || word == "-h") {
            o.verb = "help";
            return result;
        }
        if (word == "--rustc" && o.verb == "analyze") {
            o.rustc = true;
        } else if (word == "--no-project" && o.verb == "analyze") {
            o.noProject = true;
        } else if (word == "--no-cache" && o.verb == "analyze-crate") {
            o.noCache = true;
        } else if (word == "--no-default-features" && (o.verb == "analyze" || o.verb == "analyze-crate")) {
            o.noDefaultFeatures = true;
        } else if (!word.empty() && word[0] == '-' && word != "-") {
            if (i + 1 >= args.size()) return {o, "option '" + word + "' needs a value"};
            const std::string error = applyOption(o, word, args[++i]);
            if (!error.empty()) return {o, error};
        } else if (o.file.empty()) {
            o.file = word;
        } else {
            return {o, "unexpected argument '" + word + "'"};
        }
    }
    if (o.verb == "analyze" && o.format.empty()) o.format = "json";
    if (o.verb == "analyze-crate" && o.format.empty()) o.format = "text";
    result.error = checkComplete(o);
    return result;
}

} // namespace awaitscope
