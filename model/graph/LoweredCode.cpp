#include "graph/LoweredCode.h"

#include "graph/GraphText.h"

#include <cctype>
#include <map>

namespace awaitscope {

namespace {

bool isSuspend(const State& s) { return s.name.rfind("Suspend", 0) == 0; }

std::string rustType(const SavedField& f) { return f.type ? *f.type : "_ /* unknown type */"; }

// Field names in one variant must differ: a shadowed `value` saved twice, or an argument
// saved both as upvar and as local, get a numeric suffix.
std::string uniqueName(const std::string& base, std::map<std::string, int>& used) {
    const int n = used[base]++;
    return n == 0 ? base : base + "_" + std::to_string(n);
}

std::string memberName(const SavedField& f, int& temporaries) {
    if (f.kind == FieldKind::Awaitee) return "__awaitee";
    if (f.name) return *f.name;
    return "__temp" + std::to_string(temporaries++);
}

std::string memberComment(const SavedField& f) {
    std::string comment = fieldKindName(f.kind);
    if (f.expr) comment += " `" + *f.expr + "`";
    if (!f.why.empty()) comment += ": " + f.why;
    if (f.send == Verdict::No) comment += " (!Send)";
    return comment;
}

std::string resumeAt(const State& s) {
    return s.awaitKeyword ? "the await at " + positionText(*s.awaitKeyword) : "its await";
}

} // namespace

LoweredCode::LoweredCode(const FutureInfo& future) : m_future(future) {
    m_result.states.resize(future.states.size());
    for (size_t i = 0; i < future.states.size(); ++i) m_result.states[i].state = static_cast<int>(i);
}

LoweredCodeText LoweredCode::build(const FutureInfo& future) {
    LoweredCode code(future);
    code.line("// The state machine rustc builds for " + futureKindName(future.kind) + " `" + future.name +
              "` (" + positionText(future.position) + "), written out by hand.");
    code.line("// Upvars (what it captures) are kept in every state until it returns.");
    code.writeEnum();
    code.line("");
    code.writeImpl();
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
    return name + "Future";
}

void LoweredCode::line(const std::string& text) {
    m_result.text += text + "\n";
    ++m_lines;
}

void LoweredCode::writeEnum() {
    line("enum " + enumName(m_future) + " {");
    for (size_t i = 0; i < m_future.states.size(); ++i) writeVariant(static_cast<int>(i));
    line("}");
}

void LoweredCode::writeVariant(int index) {
    const State& state = m_future.states[index];
    LoweredCodeLines& lines = m_result.states[index];
    lines.variantFirst = m_lines + 1;
    std::vector<const SavedField*> members;
    if (index == 0 || isSuspend(state))
        for (const SavedField& u : m_future.upvars) members.push_back(&u);
    for (const SavedField& f : state.fields) members.push_back(&f);
    if (state.awaitKeyword) line("    /// Suspended at " + resumeAt(state) + ".");
    if (members.empty()) {
        line("    " + state.name + ",");
    } else {
        line("    " + state.name + " {");
        std::map<std::string, int> used;
        int temporaries = 0;
        for (const SavedField* f : members)
            line("        " + uniqueName(memberName(*f, temporaries), used) + ": " + rustType(*f) + ", // " +
                 memberComment(*f));
        line("    },");
    }
    lines.variantLast = m_lines;
}

void LoweredCode::writeImpl() {
    line("impl Future for " + enumName(m_future) + " {");
    line("    type Output = /* what `" + m_future.name + "` returns */;");
    line("");
    line("    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {");
    line("        match *self {");
    for (size_t i = 0; i < m_future.states.size(); ++i) writeArm(static_cast<int>(i));
    line("        }");
    line("    }");
    line("}");
}

void LoweredCode::writeArm(int index) {
    const State& state = m_future.states[index];
    LoweredCodeLines& lines = m_result.states[index];
    lines.armFirst = m_lines + 1;
    const std::string pattern = "            " + state.name + (index == 0 || isSuspend(state) ? " { .. }" : "");
    if (state.name == "Returned") {
        line(pattern + " => panic!(\"`async fn` resumed after completion\"),");
    } else if (state.name == "Panicked") {
        line(pattern + " => panic!(\"`async fn` resumed after panicking\"),");
    } else {
        line(pattern + " => {");
        if (isSuspend(state)) {
            line("                // poll __awaitee; if it is Pending, stay in " + state.name + " and return Pending");
            line("                // Ready: resume after " + resumeAt(state));
        }
        line("                " + armComment(index));
        line("                // a panic on the way leaves the future Panicked");
        line("            }");
    }
    lines.armLast = m_lines;
}

std::string LoweredCode::armComment(int index) const {
    // Without control flow, the next await in source order is where this run stops.
    const int next = index + 1;
    if (next < static_cast<int>(m_future.states.size()) && isSuspend(m_future.states[next]))
        return "// run to " + resumeAt(m_future.states[next]) + ", become " + m_future.states[next].name +
               ", return Poll::Pending";
    return "// run to the end, become Returned, return Poll::Ready(output)";
}

} // namespace awaitscope
