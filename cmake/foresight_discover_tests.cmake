# foresight_discover_tests(<target> PREFIX <prefix> LABELS <labels...>)
#
# Registers every doctest TEST_CASE of <target> as its own ctest test, with the given labels and
# a SKIP_REGULAR_EXPRESSION on "FORESIGHT_SKIPPED" (printed by tests whose optional data is
# absent). Discovery runs after each build of <target>, as doctest's own module does; this
# version also handles test names containing ';' and always emits valid properties.
set(_foresight_discover_script ${CMAKE_CURRENT_LIST_DIR}/foresight_discover_tests_run.cmake)

function(foresight_discover_tests target)
  cmake_parse_arguments(ARG "" "PREFIX" "LABELS" ${ARGN})
  set(ctest_file "${CMAKE_CURRENT_BINARY_DIR}/${target}_tests.cmake")
  set(include_file "${CMAKE_CURRENT_BINARY_DIR}/${target}_include.cmake")
  string(REPLACE ";" "," labels "${ARG_LABELS}")
  add_custom_command(TARGET ${target} POST_BUILD
    BYPRODUCTS "${ctest_file}"
    COMMAND "${CMAKE_COMMAND}"
            -D "TEST_EXECUTABLE=$<TARGET_FILE:${target}>"
            -D "TEST_WORKING_DIR=${CMAKE_CURRENT_BINARY_DIR}"
            -D "TEST_PREFIX=${ARG_PREFIX}"
            -D "TEST_LABELS=${labels}"
            -D "CTEST_FILE=${ctest_file}"
            -P "${_foresight_discover_script}"
    VERBATIM)
  file(WRITE "${include_file}"
    "if(EXISTS \"${ctest_file}\")\n"
    "  include(\"${ctest_file}\")\n"
    "else()\n"
    "  add_test(${target}_NOT_BUILT ${target}_NOT_BUILT)\n"
    "endif()\n")
  set_property(DIRECTORY APPEND PROPERTY TEST_INCLUDE_FILES "${include_file}")
endfunction()
