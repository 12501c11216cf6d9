#!/usr/bin/env bash
# Fails when BINARY links a Qt library (as ldd resolves it) or cannot be inspected.
# Usage: check_no_qt.sh BINARY
set -uo pipefail
binary="$1"
if ! libraries=$(ldd "$binary" 2>&1); then
  echo "ldd could not read $binary: $libraries"
  exit 1
fi
if qt=$(grep -i 'libqt' <<<"$libraries"); then
  echo "$binary links Qt:"
  echo "$qt"
  exit 1
fi
echo "$binary links no Qt library ($(wc -l <<<"$libraries") libraries)"
