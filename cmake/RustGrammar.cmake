# The Rust grammar for tree-sitter, fetched from the npm registry (never committed).
#
# Debian 12's libtree-sitter 0.20.7 loads grammars of ABI 13-14: tree-sitter-rust 0.23.3
# is ABI 14 (0.24 is ABI 15 and fails to load), so the version is pinned, and so is the
# tarball's SHA-512 (npm's integrity field, in hex). `npm pack` runs no install scripts.

set(RUST_GRAMMAR_VERSION 0.23.3)
set(RUST_GRAMMAR_SHA512
    b8b7592752b6e84b894c1309973d65b53960ee72720184e17e8b9782281fe62c4a39ab0e2f9c0dad10a9b964ec97aac370a9592bd517f9a9e714ba8ffe4721c1)
set(RUST_GRAMMAR_DIR ${CMAKE_BINARY_DIR}/_grammar)
set(RUST_GRAMMAR_TGZ ${RUST_GRAMMAR_DIR}/tree-sitter-rust-${RUST_GRAMMAR_VERSION}.tgz)
set(RUST_GRAMMAR_SRC ${RUST_GRAMMAR_DIR}/package/src)

if(NOT EXISTS ${RUST_GRAMMAR_SRC}/parser.c)
  file(MAKE_DIRECTORY ${RUST_GRAMMAR_DIR})
  if(NOT EXISTS ${RUST_GRAMMAR_TGZ})
    find_program(NPM npm REQUIRED)
    message(STATUS "Fetching tree-sitter-rust ${RUST_GRAMMAR_VERSION} from the npm registry")
    execute_process(
      COMMAND ${NPM} pack tree-sitter-rust@${RUST_GRAMMAR_VERSION} --ignore-scripts --silent
              --pack-destination ${RUST_GRAMMAR_DIR}
      WORKING_DIRECTORY ${RUST_GRAMMAR_DIR}
      RESULT_VARIABLE npm_result)
    if(NOT npm_result EQUAL 0 OR NOT EXISTS ${RUST_GRAMMAR_TGZ})
      message(FATAL_ERROR "npm pack tree-sitter-rust@${RUST_GRAMMAR_VERSION} failed")
    endif()
  endif()
  file(SHA512 ${RUST_GRAMMAR_TGZ} actual_sha512)
  if(NOT actual_sha512 STREQUAL RUST_GRAMMAR_SHA512)
    file(REMOVE ${RUST_GRAMMAR_TGZ})
    message(FATAL_ERROR "tree-sitter-rust tarball does not match its pinned SHA-512")
  endif()
  file(ARCHIVE_EXTRACT INPUT ${RUST_GRAMMAR_TGZ} DESTINATION ${RUST_GRAMMAR_DIR}
       PATTERNS package/src)
endif()

add_library(rust_grammar STATIC ${RUST_GRAMMAR_SRC}/parser.c ${RUST_GRAMMAR_SRC}/scanner.c)
# The generated parser is not our code: it builds against its own header, without -Werror.
target_include_directories(rust_grammar PRIVATE ${RUST_GRAMMAR_SRC})
target_compile_options(rust_grammar PRIVATE -w)
set_target_properties(rust_grammar PROPERTIES POSITION_INDEPENDENT_CODE ON)
