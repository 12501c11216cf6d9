# Writes a C++ source that embeds the prelude files (resources/prelude/*.rs), so the
# binary never reads the source tree at run time. Invoked by model/types/CMakeLists.txt as
#   cmake -DOUTPUT=<file.cpp> -DINPUTS=<a.rs;b.rs> -P prelude_embed.cmake
set(body "")
foreach(input IN LISTS INPUTS)
  get_filename_component(name "${input}" NAME_WE)
  file(READ "${input}" text)
  string(APPEND body "    {\"${name}\", R\"prelude_rs(${text})prelude_rs\"},\n")
endforeach()
file(WRITE "${OUTPUT}.tmp"
  "// Generated from resources/prelude/*.rs by model/types/prelude_embed.cmake. Do not edit.\n"
  "#include \"types/PreludeSources.h\"\n\n"
  "namespace awaitscope {\n\n"
  "const std::vector<PreludeSource>& preludeSources() {\n"
  "    static const std::vector<PreludeSource> sources = {\n${body}    };\n"
  "    return sources;\n}\n\n"
  "} // namespace awaitscope\n")
# Only touch the output when it changed, so an unrelated reconfigure rebuilds nothing.
execute_process(COMMAND ${CMAKE_COMMAND} -E copy_if_different "${OUTPUT}.tmp" "${OUTPUT}")
file(REMOVE "${OUTPUT}.tmp")
