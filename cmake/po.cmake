# dipgraph's own words in other languages (po/README.md): every
# po/LL.po listed in po/LINGUAS is compiled with msgfmt (Debian's gettext)
# to BUILD/locale/LL/LC_MESSAGES/dipgraph.mo, where the library finds it in
# a build tree, and installed to share/locale/LL/LC_MESSAGES/dipgraph.mo.
#
# Targets not built by default:
#   dipgraph-pot        po/dipgraph.pot from the sources (xgettext)
#   dipgraph-po-update  every po/LL.po merged with it (msgmerge)
find_program(DG_MSGFMT msgfmt)
if(NOT DG_MSGFMT)
  message(FATAL_ERROR "msgfmt not found: install Debian's gettext package")
endif()
find_program(DG_XGETTEXT xgettext)
find_program(DG_MSGMERGE msgmerge)

file(STRINGS ${CMAKE_SOURCE_DIR}/po/LINGUAS DG_LINGUAS REGEX "^[a-z]")
set(DG_MO_FILES "")
foreach(ll IN LISTS DG_LINGUAS)
  set(mo ${CMAKE_BINARY_DIR}/locale/${ll}/LC_MESSAGES/dipgraph.mo)
  add_custom_command(OUTPUT ${mo}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/locale/${ll}/LC_MESSAGES
    # --check: formats that disagree with the msgid's, a bad header
    COMMAND ${DG_MSGFMT} --check -o ${mo} ${CMAKE_SOURCE_DIR}/po/${ll}.po
    DEPENDS ${CMAKE_SOURCE_DIR}/po/${ll}.po
    COMMENT "Compiling the ${ll} translation")
  list(APPEND DG_MO_FILES ${mo})
  install(FILES ${mo} DESTINATION ${CMAKE_INSTALL_LOCALEDIR}/${ll}/LC_MESSAGES)
endforeach()
add_custom_target(dipgraph-po ALL DEPENDS ${DG_MO_FILES})
add_dependencies(dipgraph_objects dipgraph-po)

# Where the library looks (src/tr.c): the installed folder, then this
# build tree's, so that tests and programs run from the build tree find
# the catalogs without an install.
set_source_files_properties(${CMAKE_SOURCE_DIR}/src/tr.c PROPERTIES COMPILE_DEFINITIONS
  "DG_TR_LOCALE_DIR=\"${CMAKE_INSTALL_FULL_LOCALEDIR}\";DG_TR_BUILD_LOCALE_DIR=\"${CMAKE_BINARY_DIR}/locale\"")

# The sources whose words are translated: the views, the timeline, the
# query answers, and the library's translation helpers' keywords.
file(GLOB DG_PO_SOURCES RELATIVE ${CMAKE_SOURCE_DIR}
  ${CMAKE_SOURCE_DIR}/render/views/*.c ${CMAKE_SOURCE_DIR}/render/timeline/*.c
  ${CMAKE_SOURCE_DIR}/render/export/answer*.c ${CMAKE_SOURCE_DIR}/src/tr_words.c)
list(SORT DG_PO_SOURCES)
# xgettext's options, shared by the target and the test that po/dipgraph.pot
# is current (tests/po/check_po.sh).
set(DG_XGETTEXT_ARGS --language=C --from-code=UTF-8 --add-comments=TRANSLATORS:
    --keyword= --keyword=dg_tr:2 --keyword=dg_trc:2c,3 --keyword=dg_trn:2,3
    --keyword=N_ --keyword=NC_:1c,2 --keyword=NN_:1,2
    --flag=dg_tr:2:c-format --flag=dg_trn:2:c-format --flag=dg_trn:3:c-format
    --package-name=dipgraph --package-version=${PROJECT_VERSION}
    --sort-output --no-location --no-wrap)
if(DG_XGETTEXT)
  add_custom_target(dipgraph-pot
    COMMAND ${DG_XGETTEXT} ${DG_XGETTEXT_ARGS} -o po/dipgraph.pot ${DG_PO_SOURCES}
    WORKING_DIRECTORY ${CMAKE_SOURCE_DIR}
    COMMENT "Extracting po/dipgraph.pot")
endif()
if(DG_MSGMERGE)
  set(DG_PO_MERGE "")
  foreach(ll IN LISTS DG_LINGUAS)
    list(APPEND DG_PO_MERGE COMMAND ${DG_MSGMERGE} --quiet --update --backup=none --no-location
         ${CMAKE_SOURCE_DIR}/po/${ll}.po ${CMAKE_SOURCE_DIR}/po/dipgraph.pot)
  endforeach()
  add_custom_target(dipgraph-po-update ${DG_PO_MERGE} COMMENT "Merging po/dipgraph.pot")
endif()
