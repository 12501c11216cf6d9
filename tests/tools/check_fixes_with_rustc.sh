#!/usr/bin/env bash
# Does rustc agree with the fixes Awaitscope offers? (dev-time; CTest does not run it)
#
#   tests/tools/check_fixes_with_rustc.sh [FILE.rs ...]
#
# For every diagnostic with fixes in samples/*.rs and tests/data/send/*.rs (or the FILEs
# given), applies each fix with `awaitscope fix` and compiles the result with the rustc
# oracle. A fix is ACCEPTED when rustc no longer reports the error at the diagnostic's
# site (a Send error for future-not-send; E0597/E0373/E0521 for not-static; E0505/E0506/
# E0502/E0499 for moved-while-borrowed; none for the large-future warning) and the fix
# adds no new error. One exception: rustc reports borrowck errors (E0597/E0373/E0521)
# only once a body type-checks, so a Send fix may *reveal* a not-'static error that was
# there all along; such errors are listed but do not reject the fix.
# Writes the summary to tests/data/fixes/rustc-check.txt (OUT=... overrides) and stdout.
# AWAITSCOPE=path/to/awaitscope (default build/cli/awaitscope-cli), ORACLE=... as elsewhere.
set -u

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
awaitscope="${AWAITSCOPE:-$root/build/cli/awaitscope-cli}"
oracle="${ORACLE:-$root/../shared/tools/rustc-oracle/rustc-oracle}"
out="${OUT:-$root/tests/data/fixes/rustc-check.txt}"
for tool in "$awaitscope" "$oracle"; do
    [ -x "$tool" ] || { echo "not found or not executable: $tool (set AWAITSCOPE=... / ORACLE=...)" >&2; exit 2; }
done

if [ "$#" -gt 0 ]; then files=("$@"); else files=("$root"/samples/*.rs "$root"/tests/data/send/*.rs); fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# judge ORIGINAL.json FIXED.json CODE LINE:COL NEWLINE:NEWCOL -> "ACCEPTED ..." | "REJECTED ..."
judge() {
    python3 - "$@" <<'PY'
import json, sys
from collections import Counter
orig, fixed = (json.load(open(p)) for p in sys.argv[1:3])
code, site, new_site = sys.argv[3], sys.argv[4], sys.argv[5]
STATIC = {"E0597", "E0373", "E0521"}
BORROW = {"E0505", "E0506", "E0502", "E0499"}
def at(span): return f"{span['line']}:{span['col']}"
def is_send(e): return "between threads safely" in e["message"]
def errors_at(report, where):
    if code == "not-static":
        return [e for e in report["errors"] if e["code"] in STATIC and at(e["primary"]) == where]
    if code == "moved-while-borrowed":
        return [e for e in report["errors"] if e["code"] in BORROW and at(e["primary"]) == where]
    if code == "large-future":  # a warning: the fix must compile and add no error
        return []
    return [e for e in report["send_sync_errors"] if at(e["call_site"]) == where]
def others(report): return Counter((e["code"], e["message"]) for e in report["errors"] if not is_send(e))
before = "rustc reported it" if errors_at(orig, site) else "rustc had no error there"
if errors_at(fixed, new_site):
    print(f"REJECTED (the error is still at {new_site}; {before})"); sys.exit()
added = others(fixed) - others(orig)
revealed = [f"{c}: {m}" for (c, m) in added if c in STATIC and code != "not-static"]
broken = [f"{c or 'error'}: {m}" for (c, m) in added if not (c in STATIC and code != "not-static")]
if broken:
    print(f"REJECTED (new errors: {'; '.join(broken)}; {before})"); sys.exit()
print(f"ACCEPTED ({before}" + (f"; revealed {'; '.join(revealed)}" if revealed else "") + ")")
PY
}

# fixes_of REPORT.json -> lines "N<TAB>M<TAB>CODE<TAB>LINE:COL<TAB>TITLE"
fixes_of() {
    python3 -c '
import json, sys
for n, d in enumerate(json.load(open(sys.argv[1]))["diagnostics"], 1):
    for m, f in enumerate(d.get("fixes", []), 1):
        print(n, m, d["code"], "%d:%d" % (d["line"], d["column"]), f["title"], sep="\t")' "$1"
}

offered=0
accepted=0
lines=()
for rs in "${files[@]}"; do
    name="$(basename "$rs")"
    rel="${rs#"$root"/}"
    edition=2021
    head -n 1 "$rs" | grep -q '// *edition: *2024' && edition=2024
    "$awaitscope" analyze "$rs" --edition "$edition" --format json > "$work/report.json" || { lines+=("FAIL $rel: analyze failed"); continue; }
    fixes_of "$work/report.json" > "$work/fixes.tsv"
    [ -s "$work/fixes.tsv" ] || continue
    "$oracle" -q --compact --edition "$edition" "$rs" > "$work/original.json" || { lines+=("FAIL $rel: oracle failed"); continue; }
    mkdir -p "$work/fixed"
    while IFS=$'\t' read -r n m code site title; do
        offered=$((offered + 1))
        message="$("$awaitscope" fix "$rs" --edition "$edition" --diagnostic "$n" --fix "$m" -o "$work/fixed/$name" 2>&1)"
        new_site="$(sed -n 's/.*the site is now at \([0-9]*:[0-9]*\).*/\1/p' <<< "$message")"
        if [ -z "$new_site" ]; then
            verdict="REJECTED (awaitscope fix failed: $message)"
        elif ! "$oracle" -q --compact --edition "$edition" "$work/fixed/$name" > "$work/fixed.json"; then
            verdict="REJECTED (the oracle failed on the fixed file)"
        else
            verdict="$(judge "$work/original.json" "$work/fixed.json" "$code" "$site" "$new_site")"
        fi
        [[ "$verdict" == ACCEPTED* ]] && accepted=$((accepted + 1))
        lines+=("$rel $site $code fix $m \"$title\": $verdict")
        echo "${lines[-1]}" >&2
    done < "$work/fixes.tsv"
done

{
    echo "# tests/tools/check_fixes_with_rustc.sh: every fix Awaitscope offers, applied and compiled by rustc"
    echo "# $("$oracle" -q --compact "$root/samples/refcell_guard.rs" | python3 -c 'import json,sys; print(json.load(sys.stdin)["rustc"]["version"])'), tokio 1.24.2"
    printf '%s\n' "${lines[@]}"
    echo "summary: $offered fixes offered, rustc accepts $accepted, rejects $((offered - accepted))"
} > "$work/summary.txt"
mkdir -p "$(dirname "$out")"
cp "$work/summary.txt" "$out"
cat "$out"
[ "$accepted" -eq "$offered" ]
