#!/usr/bin/env bash
# Regenerate tests/data/send/*.expected.json from the real compiler.
#
#   tests/tools/regenerate_send_expected.sh [NAME ...]
#
# For every tests/data/send/NAME.rs (or only the NAMEs given), runs the rustc
# oracle and merges its Send/Sync errors into NAME.expected.json with
# tests/tools/oracle_send_to_expected.py.
# The oracle is ../shared/tools/rustc-oracle/rustc-oracle relative to the
# repository root; ORACLE=... overrides it.
# Edition 2021, unless the file's first line contains `// edition: 2024`.
set -u

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
oracle="${ORACLE:-$root/../shared/tools/rustc-oracle/rustc-oracle}"
converter="$root/tests/tools/oracle_send_to_expected.py"
dir="$root/tests/data/send"

if [ ! -x "$oracle" ]; then
    echo "oracle not found or not executable: $oracle (set ORACLE=...)" >&2
    exit 2
fi

if [ "$#" -gt 0 ]; then
    files=()
    for name in "$@"; do files+=("$dir/$(basename "$name" .rs).rs"); done
else
    files=("$dir"/*.rs)
fi

failed=0
count=0
json="$(mktemp)"
trap 'rm -f "$json"' EXIT
for rs in "${files[@]}"; do
    [ -e "$rs" ] || { echo "FAIL $rs: no such file" >&2; failed=$((failed + 1)); continue; }
    name="$(basename "$rs" .rs)"
    edition=2021
    if head -n 1 "$rs" | grep -q '// *edition: *2024'; then
        edition=2024
    fi
    if ! "$oracle" -q --edition "$edition" "$rs" >"$json"; then
        echo "FAIL $name: the oracle failed" >&2
        failed=$((failed + 1))
    elif ! python3 "$converter" "$json" -o "$dir/$name.expected.json"; then
        echo "FAIL $name: conversion failed" >&2
        failed=$((failed + 1))
    else
        count=$((count + 1))
    fi
done

echo "$count expected file(s) written in $dir, $failed failure(s)"
[ "$failed" -eq 0 ]
