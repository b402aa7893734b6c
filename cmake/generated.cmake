# Sources made at build time: the ISO 3166 table, read from Debian's
# iso-codes (never typed by hand), and the version header.
set(DG_ISO_DIR "/usr/share/iso-codes/json" CACHE PATH "iso-codes JSON folder")
set(DG_ISO_C ${CMAKE_BINARY_DIR}/iso_table.c)
add_custom_command(
  OUTPUT ${DG_ISO_C}
  COMMAND ${CMAKE_COMMAND} -DISO_DIR=${DG_ISO_DIR} -DOUT=${DG_ISO_C}
          -P ${CMAKE_SOURCE_DIR}/cmake/gen_iso.cmake
  DEPENDS ${CMAKE_SOURCE_DIR}/cmake/gen_iso.cmake
          ${DG_ISO_DIR}/iso_3166-1.json ${DG_ISO_DIR}/iso_3166-3.json
  COMMENT "Generating the ISO 3166 table from iso-codes")
# Format 1.1's language codes (ISO 639-1), from the same iso-codes.
set(DG_ISO639_C ${CMAKE_BINARY_DIR}/iso639_table.c)
add_custom_command(
  OUTPUT ${DG_ISO639_C}
  COMMAND ${CMAKE_COMMAND} -DISO_DIR=${DG_ISO_DIR} -DOUT=${DG_ISO639_C}
          -P ${CMAKE_SOURCE_DIR}/cmake/gen_iso639.cmake
  DEPENDS ${CMAKE_SOURCE_DIR}/cmake/gen_iso639.cmake ${DG_ISO_DIR}/iso_639-2.json
  COMMENT "Generating the ISO 639-1 table from iso-codes")
# The name index's alias list (data/names/aliases.yaml), compiled in so
# that no run-time file can go missing, and where iso-codes' translations
# of country names are (gettext catalogs iso_3166-1.mo, iso_3166-3.mo).
set(DG_ISO_LOCALE_DIR "/usr/share/locale" CACHE PATH "iso-codes gettext catalogs folder")
set(DG_NAMES_C ${CMAKE_BINARY_DIR}/names_table.c)
add_custom_command(
  OUTPUT ${DG_NAMES_C}
  COMMAND ${CMAKE_COMMAND} -DALIASES=${CMAKE_SOURCE_DIR}/data/names/aliases.yaml
          -DLOCALE_DIR=${DG_ISO_LOCALE_DIR} -DOUT=${DG_NAMES_C}
          -P ${CMAKE_SOURCE_DIR}/cmake/gen_names.cmake
  DEPENDS ${CMAKE_SOURCE_DIR}/cmake/gen_names.cmake ${CMAKE_SOURCE_DIR}/data/names/aliases.yaml
  COMMENT "Compiling the country-name aliases")
set(DG_GENERATED_SOURCES ${DG_ISO_C} ${DG_ISO639_C} ${DG_NAMES_C})

configure_file(${CMAKE_SOURCE_DIR}/cmake/dipgraph_version.h.in
               ${CMAKE_BINARY_DIR}/include/dipgraph_version.h @ONLY)
