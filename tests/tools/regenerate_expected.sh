#!/usr/bin/env bash
# Regenerate the expected files of a corpus from the real compiler.
#
#   tests/tools/regenerate_expected.sh [CORPUS_DIR]     (default: tests/data/lowering)
#
# For every CORPUS_DIR/NAME.rs, runs the rustc oracle on it and converts its JSON
# into CORPUS_DIR/NAME.expected.json. The mode follows the directory's name
# (lowering -> --lowering, send -> --send); MODE=... overrides it.
# The oracle is ../shared/tools/rustc-oracle/rustc-oracle relative to the
# repository root; ORACLE=... overrides it.
# Edition 2021, unless the file's first line contains `// edition: 2024`.
set -u

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
oracle="${ORACLE:-$root/../shared/tools/rustc-oracle/rustc-oracle}"
converter="$root/tests/tools/oracle_to_expected.py"
dir="${1:-$root/tests/data/lowering}"
dir="$(cd "$dir" && pwd)" || exit 2

if [ -z "${MODE:-}" ]; then
    case "$(basename "$dir")" in
        lowering) MODE=lowering ;;
        send) MODE=send ;;
        *) echo "cannot tell the mode of $dir; set MODE=lowering|send" >&2; exit 2 ;;
    esac
fi
if [ ! -x "$oracle" ]; then
    echo "oracle not found or not executable: $oracle (set ORACLE=...)" >&2
    exit 2
fi

failed=0
count=0
for rs in "$dir"/*.rs; do
    [ -e "$rs" ] || continue
    name="$(basename "$rs" .rs)"
    edition=2021
    if head -n 1 "$rs" | grep -q '// *edition: *2024'; then
        edition=2024
    fi
    json="$(mktemp)"
    if ! "$oracle" -q --edition "$edition" "$rs" >"$json"; then
        echo "FAIL $name: the oracle failed" >&2
        failed=$((failed + 1))
    elif ! python3 "$converter" "--$MODE" "$json" -o "$dir/$name.expected.json"; then
        echo "FAIL $name" >&2
        failed=$((failed + 1))
    else
        count=$((count + 1))
    fi
    rm -f "$json"
done

for exp in "$dir"/*.expected.json; do
    [ -e "$exp" ] || continue
    [ -e "${exp%.expected.json}.rs" ] || echo "warning: $(basename "$exp") has no .rs file" >&2
done

echo "$count expected file(s) written in $dir, $failed failure(s)"
[ "$failed" -eq 0 ]
