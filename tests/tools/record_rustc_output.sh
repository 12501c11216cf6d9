#!/usr/bin/env bash
# Records what rustc itself prints for the parser tests in tests/data/rustc: for each
# NAME.rs given, NAME.type-sizes.txt (the print-type-size lines of the async types only,
# from -Zprint-type-sizes on stdout) and NAME.diagnostics.jsonl (--error-format=json on
# stderr). The compiler call is the oracle's (../shared/tools/rustc-oracle), against the
# dependency rlibs the oracle built (run it once first).
set -euo pipefail
deps=$(ls -d "${XDG_CACHE_HOME:-$HOME/.cache}"/rustc-oracle/deps-* | head -1)
externs=()
for crate in futures parking_lot tokio; do
  externs+=(--extern "$crate=$(python3 -c "import json,sys;print(json.load(open(sys.argv[1]))['externs'][sys.argv[2]])" "$deps/oracle-manifest.json" "$crate")")
done
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for file in "$@"; do
  dir=$(dirname "$file"); base=$(basename "$file" .rs)
  crate_type=lib; emit=()
  grep -qE '^(pub )?(async )?fn main' "$file" && crate_type=bin && emit=(--emit=obj)
  (cd "$dir" && RUSTC_BOOTSTRAP=1 rustc --edition 2021 --crate-type "$crate_type" --crate-name check_input \
     --error-format=json -Zprint-type-sizes -Clink-dead-code "${emit[@]}" "${externs[@]}" \
     -L "dependency=$deps/target/debug/deps" "$base.rs" -o "$out/$base.out" \
     >"$out/$base.stdout" 2>"$dir/$base.diagnostics.jsonl") || true
  # Only the async types' blocks: a type line starting with `{async` and its indented lines.
  awk '/^print-type-size type:/ { keep = ($0 ~ /type: `\{async /) } keep' "$out/$base.stdout" >"$dir/$base.type-sizes.txt"
  echo "$file: $(wc -l <"$dir/$base.type-sizes.txt") layout lines, $(wc -l <"$dir/$base.diagnostics.jsonl") diagnostics"
done
