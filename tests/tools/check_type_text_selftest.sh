#!/usr/bin/env bash
# Shows that check_type_text.sh can fail: a miniature tree that decides by types passes,
# and each way of deciding by a type's printed text is reported.
set -uo pipefail
. "$(dirname "$0")/selftest_lib.sh"
checker_command=("$(dirname "$0")/check_type_text.sh" "$work/t")

make_tree() {
  rm -rf "$work/t"; mkdir -p "$work/t/model/diagnostics" "$work/t/model/types" "$work/t/model/compiler" "$work/t/views"
  printf 'bool rc(const Leaf& l) { return isAdt(l.ty, "std::rc::Rc"); }\n' > "$work/t/model/diagnostics/Fix.cpp"
  printf 'std::string p() { return name + "<" + args + ">"; }\n' > "$work/t/model/types/TypePrinter.cpp"
  printf 'bool flag(const Field& f) { return f.type == "bool"; }\n' > "$work/t/model/compiler/Rustc.cpp"
  printf 'QString t(const Leaf& l) { return QString::fromStdString(l.type); }\n' > "$work/t/views/View.cpp"
}

add() { echo "$1" >> "$work/t/model/diagnostics/Fix.cpp"; }

make_tree; expect pass "decisions on the Type; the printer and rustc's own text not read"
make_tree; add 'if (l->type.rfind("Rc<", 0) != 0) return;'; expect fail "a printed prefix searched"
make_tree; add 'if (l.type.find("Cell<") != std::string::npos) return;'; expect fail "a printed part searched"
make_tree; add 'return startsWith(*c.type, "RefMut<");'; expect fail "startsWith on a type"
make_tree; add 'return startsWith(type, "std::sync::" + g + "<");'; expect fail "a built prefix"
make_tree; add 'return l.type == "Cell<isize>";'; expect fail "a type compared with a literal"
make_tree; add 'return a.type == b.type;'; expect fail "two printed types compared"
make_tree; add 'if (types.print(subject) == types.print(call.receiverType)) return;'; expect fail "two types printed to compare"
make_tree; echo 'bool x = t.contains("Rc<");' >> "$work/t/views/View.cpp"; expect fail "views/ too"
[ "$failures" -eq 0 ]
