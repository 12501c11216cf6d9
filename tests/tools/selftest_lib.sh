# Shared by the checkers' self-tests (sourced): a scratch folder `$work`, removed on exit,
# and `expect pass|fail WHAT`, which runs the command in the array `checker_command` and
# counts each answer that differs from the one expected in `failures`.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0

expect() { # expect pass|fail WHAT
  if "${checker_command[@]}" > "$work/out" 2>&1; then got=pass; else got=fail; fi
  if [ "$got" = "$1" ]; then echo "ok: $2"; else
    echo "WRONG: $2 gave $got"; cat "$work/out"; failures=$((failures + 1)); fi
}
