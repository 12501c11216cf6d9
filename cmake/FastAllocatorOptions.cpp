// mimalloc's options for the executables that link it (cmake/FastAllocator.cmake adds this
// file to each). Why: about a third of an analysis's CPU time on this VM was first touch of
// fresh memory, one page fault per 4 KiB page (26,000 faults for the 1,000-fn file's
// 106 MiB peak, 151,000 for the 3.9 MB file's), because mimalloc commits a thread's first
// segments piece by piece and never asks for transparent huge pages. With large OS pages
// (madvise(MADV_HUGEPAGE) on its segments; the kernel's THP mode "madvise" honours it) and
// every segment committed at once, the same runs take ~450 and ~650 faults: CPU time
// 1.41 -> 0.79 s and 9.0 -> 5.9 s, for a peak 5-12% higher (memory is touched 2 MiB at a
// time). A MIMALLOC_* variable in the environment still decides, as mimalloc documents.
#include <mimalloc.h>

#include <cstdlib>

namespace {

void setUnlessInEnvironment(const char* variable, mi_option_t option, long value) {
    if (std::getenv(variable) == nullptr) mi_option_set(option, value);
}

// Runs before main(), after mimalloc's own initialisation (a shared library the executable
// depends on is initialised first); only segments allocated from here on see the options.
const bool kTuned = [] {
    setUnlessInEnvironment("MIMALLOC_LARGE_OS_PAGES", mi_option_large_os_pages, 1);
    setUnlessInEnvironment("MIMALLOC_EAGER_COMMIT_DELAY", mi_option_eager_commit_delay, 0);
    return true;
}();

} // namespace
