# What `cmake --install` lays out, the way cmark and libcurl do:
#   bin/dipgraph, lib/libdipgraph.so.* and .a, include/dipgraph.h and
#   dipgraph_version.h, lib/pkgconfig/libdipgraph.pc,
#   lib/cmake/dipgraph/ (find_package(dipgraph)), share/dipgraph/data,
#   the man page and the shell completions.
include(CMakePackageConfigHelpers)

install(TARGETS dipgraph-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(TARGETS dipgraph dipgraph_static EXPORT dipgraphTargets
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
  INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(FILES ${CMAKE_SOURCE_DIR}/src/dipgraph.h ${CMAKE_BINARY_DIR}/include/dipgraph_version.h
  DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(FILES ${DG_DATA_FILES} DESTINATION ${CMAKE_INSTALL_DATADIR}/dipgraph/data)
# The country-name aliases are compiled into the library (cmake/gen_names.cmake);
# the list is installed as their documented source (docs/names.md).
install(FILES ${CMAKE_SOURCE_DIR}/data/names/aliases.yaml DESTINATION ${CMAKE_INSTALL_DATADIR}/dipgraph/names)

# pkg-config: the static library's dependencies go in Libs.private/Requires.private.
configure_file(${CMAKE_SOURCE_DIR}/cmake/libdipgraph.pc.in
               ${CMAKE_BINARY_DIR}/libdipgraph.pc @ONLY)
install(FILES ${CMAKE_BINARY_DIR}/libdipgraph.pc DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)

# CMake: find_package(dipgraph) gives dipgraph::dipgraph (shared) and
# dipgraph::dipgraph_static.
set(DG_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/dipgraph)
install(EXPORT dipgraphTargets NAMESPACE dipgraph:: DESTINATION ${DG_CMAKE_DIR})
configure_package_config_file(${CMAKE_SOURCE_DIR}/cmake/dipgraphConfig.cmake.in
  ${CMAKE_BINARY_DIR}/dipgraphConfig.cmake INSTALL_DESTINATION ${DG_CMAKE_DIR})
write_basic_package_version_file(${CMAKE_BINARY_DIR}/dipgraphConfigVersion.cmake
  COMPATIBILITY SameMinorVersion)
install(FILES ${CMAKE_BINARY_DIR}/dipgraphConfig.cmake
  ${CMAKE_BINARY_DIR}/dipgraphConfigVersion.cmake DESTINATION ${DG_CMAKE_DIR})

# The man page and completions are written by the tool itself from its
# one table of subcommands and options (src/cli/tool_opts.c, written out
# by tool_doc.c and tool_complete.c), so they cannot drift from --help.
set(DG_GEN_DOCS dipgraph.1 dipgraph.bash _dipgraph)
set(DG_GEN_WHAT man bash zsh)
set(DG_GEN_OUT "")
foreach(f w IN ZIP_LISTS DG_GEN_DOCS DG_GEN_WHAT)
  add_custom_command(OUTPUT ${CMAKE_BINARY_DIR}/${f}
    COMMAND dipgraph-cli help --generate ${w} > ${CMAKE_BINARY_DIR}/${f}
    DEPENDS dipgraph-cli COMMENT "Generating ${f}")
  list(APPEND DG_GEN_OUT ${CMAKE_BINARY_DIR}/${f})
endforeach()
add_custom_target(dipgraph-docs ALL DEPENDS ${DG_GEN_OUT})
install(FILES ${CMAKE_BINARY_DIR}/dipgraph.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${CMAKE_BINARY_DIR}/dipgraph.bash DESTINATION
  ${CMAKE_INSTALL_DATADIR}/bash-completion/completions RENAME dipgraph)
install(FILES ${CMAKE_BINARY_DIR}/_dipgraph DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions)
