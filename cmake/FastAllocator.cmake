# mimalloc in place of glibc's malloc for the executables that analyse code: the passes
# allocate many small strings, vectors and tree-sitter subtrees, and glibc's malloc/free
# were ~20% of the instructions of an analysis (callgrind, 1,000 generated fns: 4,702 M
# with glibc, 4,022 M with mimalloc; reports byte-identical). Linking the shared library
# interposes malloc/free/new/delete for the whole process, tree-sitter included.
#
# Off in sanitizer and fuzz builds (ASan and TSan bring their own allocator) and where
# Debian's libmimalloc-dev is not installed (scripts/install-deps installs it): then the
# executables use glibc's malloc as before, with the same results.
if(NOT AWAITSCOPE_SANITIZE AND NOT AWAITSCOPE_SANITIZE_THREAD AND NOT AWAITSCOPE_FUZZ)
  find_package(mimalloc 2.0 QUIET)
endif()
if(TARGET mimalloc)
  message(STATUS "Allocator: mimalloc")
else()
  message(STATUS "Allocator: the C library's malloc (a sanitizer or fuzz build, or libmimalloc-dev missing)")
endif()

# Links mimalloc into an executable. --no-as-needed keeps the library even though no
# symbol of it is named (the linker would otherwise drop it and nothing would change).
function(awaitscope_allocator target)
  if(TARGET mimalloc)
    target_link_options(${target} PRIVATE "LINKER:--no-as-needed")
    target_link_libraries(${target} PRIVATE mimalloc)
    # Huge pages and eager commit: page faults were a third of the CPU time (see the file).
    target_sources(${target} PRIVATE "${PROJECT_SOURCE_DIR}/cmake/FastAllocatorOptions.cpp")
  endif()
endfunction()
