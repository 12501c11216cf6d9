#!/usr/bin/env bash
# No decision on a printed type (issue 11): the fixes, diagnostics, views and exporters
# decide by the Type (its kind, an ADT's canonical path `std::rc::Rc`) or by a call's
# resolved callee path, never by matching the text a type prints as (`"Rc<"`, `"Cell<isize>"`),
# which changes with the crates a file loads and never shows an alias or a `use ... as`.
# Reads the sources of model/, views/, app/ and cli/ and names every line that compares or
# searches printed type text. Not read: model/types/TypePrinter.* (it makes that text) and
# model/compiler/ (it parses rustc's own printed output, which is all rustc gives).
# Usage: check_type_text.sh SOURCE_ROOT
set -uo pipefail
root="${1:?usage: check_type_text.sh SOURCE_ROOT}"
cd "$root" || exit 2

# 1. a printed generic type's beginning searched for: find("Cell<"), startsWith(t, "Rc<")
literal_prefix='(find|rfind|starts_with|startsWith|contains|compare|indexOf)\([^;]*("[A-Za-z_][A-Za-z0-9_:]*<"|\+[[:space:]]*"<")'
# 2. a type's text compared with a literal: l.type == "Cell<isize>", *c.type != "bool"
compared='(\.|->)type\)?[[:space:]]*(==|!=)[[:space:]]*"|"[[:space:]]*(==|!=)[[:space:]]*\*?[A-Za-z_]+(\.|->)type\b'
# 3. a type's text searched: l.type.find(..), c.type->rfind(..), startsWith(*c.type, ..)
searched='(\.|->)type\)?(\.|->)(find|rfind|starts_with|compare|substr|contains)\(|startsWith\([[:space:]]*\*?[A-Za-z_]+(\.|->)type\b'
# 4. a literal that is a whole printed generic type: == "Rc<i32>"
whole='(==|!=)[[:space:]]*"[A-Z][A-Za-z0-9_]*<[^"]*>"'
# 5. two types' texts compared: node.type == leaf.type (sameType compares the types)
both='(\.|->)type[[:space:]]*(==|!=)[[:space:]]*\*?[A-Za-z_]+(\.|->)type\b'
# 6. two types printed to be compared: print(a) == print(b)
printed='print\([^()]*(\([^()]*\))?[^()]*\)[[:space:]]*(==|!=)[[:space:]]*[A-Za-z_.>-]*print\('

found=0
while IFS= read -r file; do
  case "$file" in
    model/types/TypePrinter.*|model/compiler/*) continue ;;
  esac
  if grep -nE "$literal_prefix|$compared|$searched|$whole|$both|$printed" "$file" | grep -vE '^[0-9]+:[[:space:]]*//' > /tmp/type_text_hits.$$; then
    while IFS= read -r hit; do
      echo "$file:$hit"
      found=1
    done < /tmp/type_text_hits.$$
  fi
done < <(find model views app cli -name '*.cpp' -o -name '*.h' 2>/dev/null | sort)
rm -f /tmp/type_text_hits.$$
if [ "$found" -ne 0 ]; then
  echo "error: the lines above decide by a type's printed text; decide by the Type instead"
  echo "       (diagnostics/TypeMatch.h: isAdt(type, \"std::rc::Rc\"), containsAdtIn(type, \"std::cell\"))"
  exit 1
fi
echo "no decision on printed type text"
