#!/usr/bin/env bash
# Shows that check_layers.sh can fail: a clean miniature tree passes, and each broken rule
# (upward include, Qt in model/, views/ including app/, unlisted source, a file name
# used twice) is reported.
set -uo pipefail
. "$(dirname "$0")/selftest_lib.sh"
checker_command=("$(dirname "$0")/check_layers.sh" "$work/t" low high)

make_tree() {
  rm -rf "$work/t"; mkdir -p "$work/t/model/low" "$work/t/model/high" "$work/t/views" "$work/t/app"
  printf '#pragma once\n#include <vector>\n' > "$work/t/model/low/Low.h"
  printf '#include "Low.h"\n' > "$work/t/model/low/Low.cpp"
  printf '#pragma once\n#include "low/Low.h"\n' > "$work/t/model/high/High.h"
  printf '#include "high/High.h"\n' > "$work/t/model/high/High.cpp"
  echo 'awaitscope_layer(low SOURCES Low.cpp Low.h)' > "$work/t/model/low/CMakeLists.txt"
  echo 'awaitscope_layer(high SOURCES High.cpp High.h)' > "$work/t/model/high/CMakeLists.txt"
  printf '#include "View.h"\n#include "high/High.h"\n#include <QWidget>\n' > "$work/t/views/View.cpp"
  printf '#pragma once\n' > "$work/t/views/View.h"
  printf '#pragma once\n' > "$work/t/app/Window.h"
  mkdir -p "$work/t/cli"; printf '#include "high/High.h"\n#include <string>\n' > "$work/t/cli/Command.cpp"
}

make_tree; expect pass "a tree whose includes point down"
make_tree; echo '#include "high/High.h"' >> "$work/t/model/low/Low.h"; expect fail "upward include"
make_tree; echo '#include <QString>' >> "$work/t/model/high/High.cpp"; expect fail "Qt in model/"
make_tree; echo '#include "Window.h"' >> "$work/t/views/View.cpp"; expect fail "views/ including app/"
make_tree; echo '#include "views/View.h"' >> "$work/t/model/high/High.h"; expect fail "model/ including views/"
make_tree; echo '#include <QCoreApplication>' >> "$work/t/cli/Command.cpp"; expect fail "Qt in cli/"
make_tree; echo '#include "View.h"' >> "$work/t/cli/Command.cpp"; expect fail "cli/ including views/"
make_tree; touch "$work/t/model/high/Extra.cpp"; expect fail "a source missing from CMakeLists.txt"
make_tree; mkdir "$work/t/model/stray"; expect fail "a folder outside the layer list"
make_tree; cp "$work/t/model/low/Low.h" "$work/t/model/high/Low.h"; expect fail "two files of one name in two layers"
[ "$failures" -eq 0 ]
