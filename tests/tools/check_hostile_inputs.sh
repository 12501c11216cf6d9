#!/usr/bin/env bash
# The robustness check of issue 18: generates the hostile inputs
# (tests/tools/gen_hostile_inputs.py, plus a 3.9 MB file of scripts/gen-async-file's
# realistic async code) and runs `analyze` on each, plus every file of any extra
# directories given (e.g. fuzzer findings kept outside the project). Each run must end
# with exit 0 (analysed) or 2 (refused with a message), never a signal, within 20 s.
# Prints one line per input (exit code, wall time, CPU time (user + system: what a loaded
# machine does not inflate), peak memory, start of stderr); exits 1 if any run failed.
#
#   tests/tools/check_hostile_inputs.sh [BINARY] [EXTRA_DIR...]
#
# ROBUST_CHECK_SECONDS (default 20) changes the bound, e.g. to see the whole time a run
# takes on a machine loaded by other work.
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
binary="${1:-$here/../../build/cli/awaitscope-cli}"
shift || true
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 "$here/gen_hostile_inputs.py" "$work/generated" || exit 1
# ~620 bytes per fn: 6,300 fns are 3.9 MB, just under the 4 MB input limit.
python3 "$here/../../scripts/gen-async-file" 6300 >"$work/generated/generated_async_fns_3_9_mb.rs" || exit 1
limit="${ROBUST_CHECK_SECONDS:-20}"
failed=0
printf '%-36s %5s %8s %8s %8s  %-6s %s\n' input exit "wall s" "CPU s" "peak MB" verdict stderr
for file in "$work"/generated/* $(for d in "$@"; do find "$d" -type f; done); do
  /usr/bin/time -f '%e %U %S %M' -o "$work/time" \
    timeout -s KILL "$limit" "$binary" analyze "$file" --no-project --format json >"$work/out" 2>"$work/err"
  code=$?
  read -r seconds user system kilobytes < <(tail -n1 "$work/time")
  verdict=ok
  if [ $code -ne 0 ] && [ $code -ne 2 ]; then verdict=FAIL; failed=1; fi
  [ $code -eq 137 ] && verdict="FAIL (killed after $limit s)"
  printf '%-36s %5d %8.2f %8.2f %8d  %-6s %s\n' "$(basename "$file")" "$code" "$seconds" \
    "$(echo "$user + $system" | bc)" "$((kilobytes / 1024))" \
    "$verdict" "$(head -c 80 "$work/err" | tr '\n' ' ')"
done
exit $failed
