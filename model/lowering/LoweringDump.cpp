#include "lowering/LoweringDump.h"

#include "lowering/Dataflow.h"

#include <sstream>

namespace awaitscope {

namespace {

const char* opName(Op op) {
    switch (op) {
    case Op::StorageLive: return "StorageLive";
    case Op::StorageDead: return "StorageDead";
    case Op::Init: return "Init";
    case Op::Use: return "Use";
    case Op::Move: return "Move";
    case Op::Borrow: return "Borrow";
    case Op::Drop: return "Drop";
    case Op::PartialMove: return "PartialMove";
    case Op::Suspend: return "Suspend";
    case Op::Unwind: return "Unwind";
    }
    return "?";
}

const char* kindName(LocalKind kind) {
    switch (kind) {
    case LocalKind::Binding: return "let";
    case LocalKind::Argument: return "arg";
    case LocalKind::Temporary: return "temp";
    case LocalKind::Iterator: return "iter";
    case LocalKind::CapturedValue: return "captured";
    }
    return "?";
}

const char* reasonName(SaveReason reason) {
    switch (reason) {
    case SaveReason::UsedLater: return "used later";
    case SaveReason::DroppedLater: return "dropped later";
    case SaveReason::Borrowed: return "borrowed";
    }
    return "?";
}

// `_3 guard` or `_4 (lock())`: the index the CFG uses and what the reader recognises.
std::string localName(const LoweredBody& body, int index) {
    if (index < 0 || index >= static_cast<int>(body.locals.size())) return "_" + std::to_string(index) + " ?";
    const Local& l = body.locals[index];
    return "_" + std::to_string(index) + " " + (l.name.empty() ? "(" + l.expr.value_or("") + ")" : l.name);
}

std::string typeText(const TypePtr& type, const TypeContext& types) {
    return type ? types.print(type) : std::string("unknown");
}

class FutureDump {
  public:
    FutureDump(const LoweredFuture& future, const TypeContext& types, std::ostream& out)
        : m_future(future), m_body(future.body), m_types(types), m_out(out) {}

    void write() {
        const AsyncItem& item = *m_future.item;
        m_out << "future " << item.name << " (" << futureKindName(item.kind) << ") at " << toString(item.position)
              << "\n";
        writeUpvars();
        writeLocals();
        writeDropFlags();
        writeBlocks();
        writeSuspensions();
    }

  private:
    void writeUpvars() {
        for (const Upvar& u : m_body.upvars)
            m_out << "  upvar " << u.name << ": " << typeText(u.type, m_types)
                  << (u.byReference ? " (by reference)" : "") << " @" << toString(u.position) << "\n";
    }

    void writeLocals() {
        for (size_t i = 0; i < m_body.locals.size(); ++i) {
            const Local& l = m_body.locals[i];
            m_out << "  " << kindName(l.kind) << " " << localName(m_body, static_cast<int>(i)) << ": "
                  << typeText(l.type, m_types) << " @" << toString(l.position) << "\n";
        }
    }

    std::vector<char> needsDrop() const {
        std::vector<char> out(m_body.locals.size());
        // As FileLowering decides it: an unresolved type may have a destructor.
        for (size_t l = 0; l < out.size(); ++l) out[l] = m_types.needsDrop(m_body.locals[l].type) != Verdict::No;
        return out;
    }

    void writeDropFlags() {
        const int n = static_cast<int>(m_body.locals.size());
        const std::vector<char> flags = Dataflow(m_body.cfg, n, needsDrop()).dropFlags();
        std::string names;
        for (int l = 0; l < n; ++l)
            if (flags[l]) names += (names.empty() ? "" : ", ") + localName(m_body, l);
        m_out << "  drop flags: " << (names.empty() ? "none" : names) << "\n";
    }

    void writeBlocks() {
        const auto& blocks = m_body.cfg.blocks();
        for (size_t b = 0; b < blocks.size(); ++b) {
            m_out << "  bb" << b << ":\n";
            for (const Instr& in : blocks[b].instrs) writeInstr(in);
            if (blocks[b].successors.empty()) continue;
            m_out << "    ->";
            for (int s : blocks[b].successors) m_out << " bb" << s;
            m_out << "\n";
        }
    }

    void writeInstr(const Instr& in) {
        m_out << "    " << opName(in.op) << " ";
        if (in.op == Op::Suspend)
            m_out << in.suspension;
        else if (in.op == Op::Unwind)
            writeUnwind(in);
        else
            m_out << localName(m_body, in.local);
        m_out << " @" << toString(in.at) << "\n";
    }

    // `Unwind (drop _2 x) to _1 y, _0 z`: what the cleanup path drops, in drop order.
    void writeUnwind(const Instr& in) {
        m_out << (in.local < 0 ? std::string("(call)") : "(drop " + localName(m_body, in.local) + ")") << " to";
        const std::vector<int>& scope = m_body.cfg.unwindScope(in.unwindScope);
        if (m_needsDrop.empty()) m_needsDrop = needsDrop();
        std::string names;
        for (auto it = scope.rbegin(); it != scope.rend(); ++it)
            if (*it >= 0 && m_needsDrop[*it]) names += (names.empty() ? " " : ", ") + localName(m_body, *it);
        m_out << (names.empty() ? " nothing" : names);
    }

    void writeSuspensions() {
        for (size_t s = 0; s < m_future.savedLocals.size(); ++s) {
            m_out << "  Suspend" << s;
            if (s < m_body.awaitees.size() && m_body.awaitees[s].type)
                m_out << " awaits `" << m_body.awaitees[s].expr << "`: " << typeText(m_body.awaitees[s].type, m_types);
            m_out << "\n";
            for (const SavedLocal& saved : m_future.savedLocals[s])
                m_out << "    saves " << localName(m_body, saved.local) << " (" << reasonName(saved.reason) << ")\n";
        }
    }

    const LoweredFuture& m_future;
    const LoweredBody& m_body;
    const TypeContext& m_types;
    std::ostream& m_out;
    std::vector<char> m_needsDrop; // by local, computed on first use
};

} // namespace

std::string LoweringDump::write(const FileLowering& lowering, const TypeContext& types) {
    std::ostringstream out;
    for (const LoweredFuture& future : lowering.futures()) {
        if (!future.item) continue;
        if (out.tellp() > 0) out << "\n";
        FutureDump(future, types, out).write();
    }
    return out.str();
}

} // namespace awaitscope
