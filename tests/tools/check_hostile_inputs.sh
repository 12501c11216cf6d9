#!/usr/bin/env bash
# The robustness check of issue 18: generates the hostile inputs
# (tests/tools/gen_hostile_inputs.py) and runs `awaitscope analyze` on each, plus every
# file of any extra directories given (e.g. fuzzer findings kept outside the project).
# Each run must end with exit 0 (analysed) or 2 (refused with a message), never a signal,
# within 20 s. Prints one line per input; exits 1 if any run failed the check.
#
#   tests/tools/check_hostile_inputs.sh [BINARY] [EXTRA_DIR...]
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
binary="${1:-$here/../../build/app/awaitscope}"
shift || true
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 "$here/gen_hostile_inputs.py" "$work/generated" || exit 1
failed=0
for file in "$work"/generated/* $(for d in "$@"; do find "$d" -type f; done); do
  started=$(date +%s.%N)
  timeout -s KILL 20 "$binary" analyze "$file" --format json >"$work/out" 2>"$work/err"
  code=$?
  seconds=$(echo "$(date +%s.%N) - $started" | bc)
  verdict=ok
  if [ $code -ne 0 ] && [ $code -ne 2 ]; then verdict=FAIL; failed=1; fi
  [ $code -eq 137 ] && verdict="FAIL (killed after 20 s)"
  printf '%-36s exit %3d %6.2f s  %-6s %s\n' "$(basename "$file")" "$code" "$seconds" "$verdict" \
    "$(head -c 110 "$work/err" | tr '\n' ' ')"
done
exit $failed
