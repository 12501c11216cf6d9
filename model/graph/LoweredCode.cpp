#include "graph/LoweredCode.h"

#include "graph/GraphText.h"

#include <cctype>
#include <map>

namespace awaitscope {

namespace {

bool isSuspend(const State& s) {
    return s.name.rfind("Suspend", 0) == 0;
}

// Field names in one variant must differ: a shadowed `value` saved twice, or an argument
// saved both as upvar and as local, get a numeric suffix.
std::string uniqueName(const std::string& base, std::map<std::string, int>& used) {
    const int n = used[base]++;
    return n == 0 ? base : base + "_" + std::to_string(n);
}

std::string memberName(const SavedField& f, int& temporaries) {
    if (f.kind == FieldKind::Awaitee) return "__awaitee";
    if (f.name && *f.name == "self") return "__self"; // a method's receiver: `self` is no field name
    if (f.name) return *f.name;
    return "__temp" + std::to_string(temporaries++);
}

std::string memberComment(const SavedField& f) {
    std::string comment = fieldKindName(f.kind);
    if (f.expr) comment += " `" + *f.expr + "`";
    if (!f.why.empty()) comment += ": " + f.why;
    if (f.send == Verdict::No) comment += " (!Send)";
    return oneLine(comment, 160);
}

std::string awaitAt(const State& s) {
    return s.awaitKeyword ? "the await at " + positionText(*s.awaitKeyword) : "its await";
}

// Text inside a `todo!("..")` format string: quotes and backslashes escaped, braces doubled.
std::string formatLiteral(const std::string& text) {
    std::string out;
    for (char c : text) {
        if (c == '"' || c == '\\') out += '\\';
        if (c == '{' || c == '}') out += c;
        out += c;
    }
    return out;
}

bool isIdentifierChar(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '\'';
}

} // namespace

LoweredCode::LoweredCode(const FutureInfo& future) : m_future(future), m_types(future.standalone) {
    m_result.states.resize(future.states.size());
    for (size_t i = 0; i < future.states.size(); ++i) m_result.states[i].state = static_cast<int>(i);
}

LoweredCodeText LoweredCode::build(const FutureInfo& future) {
    LoweredCode code(future);
    // The enum and impl first, into m_body: writing them finds the generic parameters the
    // header lists. Line numbers are counted from the header's end, then shifted.
    code.writeEnum();
    code.line("");
    code.writeImpl();
    const std::string body = std::move(code.m_result.text);
    const int bodyLines = code.m_lines;
    code.m_result.text.clear();
    code.m_lines = 0;
    code.writeHeader();
    for (LoweredCodeLines& l : code.m_result.states) {
        l.variantFirst += code.m_lines;
        l.variantLast += code.m_lines;
        l.armFirst += code.m_lines;
        l.armLast += code.m_lines;
    }
    code.m_result.text += body;
    code.m_lines += bodyLines;
    return std::move(code.m_result);
}

std::string LoweredCode::enumName(const FutureInfo& future) {
    std::string name;
    bool upper = true;
    for (char c : future.name) {
        if (!std::isalnum(static_cast<unsigned char>(c))) {
            upper = true;
            continue;
        }
        name += upper ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c;
        upper = false;
    }
    if (name.empty() || std::isdigit(static_cast<unsigned char>(name[0]))) name = "Async" + name;
    return name + "Future";
}

void LoweredCode::line(const std::string& text) {
    m_result.text += text + "\n";
    ++m_lines;
}

std::string LoweredCode::typeOf(const SavedField& f) {
    if (!f.standaloneType.empty()) return f.standaloneType;
    // No standalone spelling: a parameter stands for the printed type (or for "unknown").
    const std::string standsFor = f.type ? *f.type : "a type Awaitscope cannot resolve";
    for (size_t i = 0; i < m_types.params.size(); ++i)
        if (m_types.params[i] == standsFor) return "T" + std::to_string(i);
    m_types.params.push_back(standsFor);
    return "T" + std::to_string(m_types.params.size() - 1);
}

bool LoweredCode::mentioned(const std::string& token) const {
    for (const std::string& type : m_memberTypes)
        for (size_t at = type.find(token); at != std::string::npos; at = type.find(token, at + 1)) {
            const size_t end = at + token.size();
            const bool before = at > 0 && isIdentifierChar(type[at - 1]) && token[0] != '\'';
            const bool after = end < type.size() && isIdentifierChar(type[end]);
            if (!before && !after) return true;
        }
    return false;
}

std::string LoweredCode::generics() const {
    std::vector<std::string> names;
    if (m_types.borrows || mentioned("'a")) names.push_back("'a");
    for (size_t i = 0; i < m_types.params.size(); ++i) names.push_back("T" + std::to_string(i));
    if (names.empty()) return "";
    std::string out = "<";
    for (size_t i = 0; i < names.size(); ++i) out += (i ? ", " : "") + names[i];
    return out + ">";
}

void LoweredCode::writeHeader() {
    line("// The state machine rustc builds for " + futureKindName(m_future.kind) + " `" + oneLine(m_future.name) +
         "` (" + positionText(m_future.position) + "),");
    line("// written out as Rust that compiles: a variant per state holding what it keeps, and a");
    line("// `poll` that moves between the states. The user's code itself is left as `todo!()`.");
    if (!m_types.params.empty()) line("// Types only the analysed crate (or an extern crate) can name are parameters:");
    for (size_t i = 0; i < m_types.params.size(); ++i)
        line("//   T" + std::to_string(i) + " = " + oneLine(m_types.params[i], 120));
    for (const std::string& path : m_types.uses) line("use " + path + ";");
    line("");
}

void LoweredCode::writeEnum() {
    // Members first (into a scratch text), so the enum's generics are known before its line.
    std::string header = "#[allow(dead_code)]";
    line(header);
    const int enumLine = m_lines + 1;
    line("enum " + enumName(m_future) + " {");
    for (size_t i = 0; i < m_future.states.size(); ++i) writeVariant(static_cast<int>(i));
    // Generic parameters only the Output names still have to appear in the enum.
    const std::string output = m_types.output.empty() ? "()" : m_types.output;
    bool outputOnly = m_types.borrows && !mentioned("'a");
    for (size_t i = 0; i < m_types.params.size(); ++i) outputOnly = outputOnly || !mentioned("T" + std::to_string(i));
    if (outputOnly) {
        line("    /// Not a state: names the parameters only `Output` uses.");
        line("    #[doc(hidden)]");
        line("    __Output(std::marker::PhantomData<fn() -> " + output + ">),");
    }
    line("}");
    // Now that every member is written, give the enum its parameters.
    const std::string head = "enum " + enumName(m_future) + " {";
    size_t at = 0;
    for (int l = 1; l < enumLine; ++l) at = m_result.text.find('\n', at) + 1;
    m_result.text.replace(at, head.size(), "enum " + enumName(m_future) + generics() + " {");
}

void LoweredCode::writeVariant(int index) {
    const State& state = m_future.states[index];
    LoweredCodeLines& lines = m_result.states[index];
    lines.variantFirst = m_lines + 1;
    if (index == 0)
        line("    /// Created, not polled yet: holds what it captured.");
    else if (state.awaitKeyword)
        line("    /// Suspended at " + awaitAt(state) + ".");
    else if (state.name == "Returned")
        line("    /// Finished: the output was returned; polling again panics.");
    else if (state.name == "Panicked")
        line("    /// A poll panicked; polling again panics.");
    const std::vector<const SavedField*> members = m_future.heldIn(index);
    if (members.empty()) {
        line("    " + state.name + ",");
    } else {
        line("    " + state.name + " {");
        std::map<std::string, int> used;
        int temporaries = 0;
        for (const SavedField* f : members) {
            const std::string type = typeOf(*f);
            m_memberTypes.push_back(type);
            line("        " + uniqueName(memberName(*f, temporaries), used) + ": " + type + ", // " +
                 memberComment(*f));
        }
        line("    },");
    }
    lines.variantLast = m_lines;
}

void LoweredCode::writeImpl() {
    const std::string name = enumName(m_future) + generics();
    line("impl" + generics() + " std::future::Future for " + name + " {");
    line("    type Output = " + (m_types.output.empty() ? "()" : m_types.output) + ";");
    line("");
    line("    fn poll(self: std::pin::Pin<&mut Self>, _cx: &mut std::task::Context<'_>) -> "
         "std::task::Poll<Self::Output> {");
    line("        match &*self {");
    for (size_t i = 0; i < m_future.states.size(); ++i) writeArm(static_cast<int>(i));
    if (m_result.text.find("__Output(") != std::string::npos) line("            Self::__Output(_) => unreachable!(),");
    line("        }");
    line("    }");
    line("}");
}

void LoweredCode::writeArm(int index) {
    const State& state = m_future.states[index];
    LoweredCodeLines& lines = m_result.states[index];
    lines.armFirst = m_lines + 1;
    const bool holds = !m_future.heldIn(index).empty();
    const std::string pattern = "            Self::" + state.name + (holds ? " { .. }" : "");
    if (state.name == "Returned") {
        line(pattern + " => panic!(\"`async fn` resumed after completion\"),");
    } else if (state.name == "Panicked") {
        line(pattern + " => panic!(\"`async fn` resumed after panicking\"),");
    } else {
        line(pattern + " => {");
        if (isSuspend(state)) {
            line("                // Poll __awaitee: Pending stays in " + state.name + " and returns Poll::Pending.");
            line("                // Ready resumes after " + awaitAt(state) + ", then:");
        } else {
            line("                // The first poll runs the body from its start, then:");
        }
        writeMoves(index);
        line("                // A panic on the way leaves the future Panicked.");
        const std::string from = isSuspend(state) ? awaitAt(state) : "its start";
        line("                todo!(\"the code of `" + formatLiteral(oneLine(m_future.name)) + "` from " + from +
             "\")");
        line("            }");
    }
    lines.armLast = m_lines;
}

void LoweredCode::writeMoves(int index) {
    // Where this poll can stop, from the control flow (FutureInfo::transitions); without it,
    // the next await in source order.
    std::vector<int> targets;
    for (const Transition& t : m_future.transitions)
        if (t.from == index) targets.push_back(t.to);
    if (m_future.transitions.empty()) targets.push_back(index + 1);
    for (int to : targets) {
        if (to < 0 || to >= static_cast<int>(m_future.states.size())) continue;
        const State& next = m_future.states[to];
        if (isSuspend(next))
            line("                // - run to " + awaitAt(next) + ": become " + next.name +
                 (to <= index ? " (again, around a loop)" : "") + ", return Poll::Pending");
        else
            line("                // - run to the end: become Returned, return Poll::Ready(output)");
    }
}

} // namespace awaitscope
