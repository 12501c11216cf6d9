#!/usr/bin/env bash
# Checks the include rules between layers, reading the sources:
#   - model/ FOLDER includes only "LOWER/Header.h" of folders at or below it in LAYERS
#     (lowest first, as model/CMakeLists.txt lists them), or "Header.h" of its own folder;
#   - model/ includes no Qt header and nothing of views/ or app/;
#   - views/ includes nothing of app/;
#   - cli/ (awaitscope-cli) includes no Qt header and nothing of views/ or app/;
#   - every .cpp under model/FOLDER is listed in model/FOLDER/CMakeLists.txt;
#   - no two files under model/ share a name: two ProcessRunner.h in two layers once
#     declared two different `ProcessResult` structs, an ODR violation that corrupted
#     memory in a binary linking both (found by AddressSanitizer).
# Usage: check_layers.sh SOURCE_DIR LAYER...   Prints each violation; exit 1 if any.
set -uo pipefail
root="$1"; shift
layers=("$@")
declare -A rank
for i in "${!layers[@]}"; do rank[${layers[$i]}]=$i; done
failures=0
fail() { echo "$1"; failures=$((failures + 1)); }

for dir in "$root"/model/*/; do
  folder=$(basename "$dir")
  [ -n "${rank[$folder]+x}" ] || fail "model/$folder: not in the layer list of model/CMakeLists.txt"
done

# includes FILE: each quoted or angled include as "LINE<TAB>TARGET<TAB>KIND"
includes() {
  grep -n -E '^[[:space:]]*#[[:space:]]*include[[:space:]]*[<"]' "$1" |
    sed -E 's/^([0-9]+):[[:space:]]*#[[:space:]]*include[[:space:]]*([<"])([^>"]*)[>"].*/\1\t\3\t\2/'
}

check_model_file() {
  local file=$1 folder=$2 line target kind
  while IFS=$'\t' read -r line target kind; do
    local where="${file#"$root"/}:$line: #include $target"
    if [ "$kind" = "<" ]; then
      [[ "$target" =~ ^Q[A-Za-z]*(/|$) || "$target" =~ ^qt ]] && fail "$where: Qt in model/"
      continue
    fi
    if [[ "$target" != */* ]]; then
      [ -f "$root/model/$folder/$target" ] || fail "$where: not a header of model/$folder"
      continue
    fi
    local top=${target%%/*}
    if [ "$top" = views ] || [ "$top" = app ]; then fail "$where: model/ includes $top/"; continue; fi
    if [ -z "${rank[$top]+x}" ]; then fail "$where: not a model/ layer"; continue; fi
    [ "${rank[$top]}" -le "${rank[$folder]}" ] ||
      fail "$where: upward include ($folder is below $top)"
  done < <(includes "$file")
}

for dir in "$root"/model/*/; do
  folder=$(basename "$dir")
  [ -n "${rank[$folder]+x}" ] || continue
  for file in "$dir"*.h "$dir"*.cpp; do
    [ -f "$file" ] || continue
    check_model_file "$file" "$folder"
    if [[ "$file" == *.cpp ]] && ! grep -qw "$(basename "$file")" "$dir/CMakeLists.txt" 2>/dev/null; then
      fail "${file#"$root"/}: not listed in model/$folder/CMakeLists.txt"
    fi
  done
done

while read -r name; do
  fail "model/: more than one file named $name ($(cd "$root" && find model -name "$name" | sort | tr '\n' ' '))"
done < <(find "$root"/model -name '*.h' -o -name '*.cpp' | xargs -n1 basename | sort | uniq -d)

# views/ includes its own headers and the model's by plain name; one of app/ is a violation.
for file in "$root"/views/*.h "$root"/views/*.cpp; do
  [ -f "$file" ] || continue
  while IFS=$'\t' read -r line target kind; do
    [ "$kind" = '"' ] || continue
    where="${file#"$root"/}:$line: #include $target"
    [[ "$target" == app/* ]] && { fail "$where: views/ includes app/"; continue; }
    if [ -f "$root/app/$target" ] && [ ! -f "$root/views/$target" ]; then
      fail "$where: views/ includes app/"
    fi
  done < <(includes "$file")
done

# cli/ is built into the Qt-free awaitscope-cli: the model and its own headers only.
for file in "$root"/cli/*.h "$root"/cli/*.cpp; do
  [ -f "$file" ] || continue
  while IFS=$'\t' read -r line target kind; do
    where="${file#"$root"/}:$line: #include $target"
    if [ "$kind" = "<" ]; then
      [[ "$target" =~ ^Q[A-Za-z]*(/|$) || "$target" =~ ^qt ]] && fail "$where: Qt in cli/"
      continue
    fi
    [ -f "$root/cli/$target" ] && continue
    if [[ "$target" == views/* || "$target" == app/* ]] || [ -f "$root/views/$target" ] || [ -f "$root/app/$target" ]; then
      fail "$where: cli/ includes views/ or app/"
    fi
  done < <(includes "$file")
done

if [ "$failures" -gt 0 ]; then
  echo "$failures include rule(s) broken"
  exit 1
fi
echo "layers: every include points down (${layers[*]})"
