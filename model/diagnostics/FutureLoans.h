#pragma once
// A future made by calling an async fn or method with a borrow of a local holds that
// borrow until the future is awaited (moved into the `.await`) or dropped. NLL keeps
// the loan alive at every point from which the future may still be used - awaited,
// passed on, or dropped at its scope's end (a coroutine's destructor may touch what it
// borrows). Moving the borrowed local there is E0505, assigning it E0506, borrowing it
// mutably under a shared loan E0502 (rustc_borrowck, check_access_for_conflict).
//
// FutureLoans finds, in one body, every `let fut = call(&x, ..)` / `x.method()` future
// and the first conflicting access to `x` while the loan is alive, on the CFG the
// lowering built (Init / Move / Borrow / Drop of each local, as rustc's MIR has them).

#include "diagnostics/LocalBorrow.h"
#include "lowering/LoweredBody.h"

#include <optional>
#include <string>
#include <vector>

namespace awaitscope {

class SyntaxTree;

struct LoanConflict {
    std::string rustcCode;   // E0505 | E0506 | E0502
    std::string place;       // the borrowed local, as rustc names it
    std::string futureLocal; // the binding that holds the future
    TextRange conflict;      // the move / assignment / mutable borrow
    TextPosition borrow;     // the `&x` (or receiver) that made the future's loan
    TextPosition laterUse;   // the future's next use after the conflict
    const CallSite* call = nullptr;
    int argument = -1; // which argument borrowed (-1: the receiver)
};

class FutureLoans {
  public:
    FutureLoans(const SyntaxTree& tree, const LoweredBody& body) : m_tree(tree), m_body(body) {}
    std::vector<LoanConflict> conflicts() const;

  private:
    struct Loan {
        LocalBorrow borrow;
        bool mutableBorrow = false;
        int argument = -1;
    };
    struct Point {
        int block = 0;
        size_t instr = 0;
    };
    std::vector<Loan> loansOf(const CallSite& call) const;
    int futureHolder(const CallSite& call, std::string& name) const;
    int localNamed(const std::string& name, TextPosition before) const;
    std::optional<LoanConflict> firstConflict(const CallSite& call, const Loan& loan, int future, int borrowed) const;
    std::vector<char> loanActive(int future) const; // per block entry: the future may hold the loan
    std::vector<char> futureLive(int future) const; // per block exit: the future may be used later
    std::optional<TextPosition> nextUse(Point from, int future) const;
    std::string conflictKind(const Instr& instr, const Loan& loan) const;
    TextRange conflictRange(const Instr& instr, const std::string& code, const std::string& local) const;

    const SyntaxTree& m_tree;
    const LoweredBody& m_body;
};

} // namespace awaitscope
