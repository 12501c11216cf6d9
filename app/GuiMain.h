#pragma once

namespace awaitscope {
/// Starts the window; explains and exits with 2 where no display is available.
int runGui(int argc, char** argv);
} // namespace awaitscope
