# Run by foresight_discover_tests after a build: lists the test cases of TEST_EXECUTABLE and
# writes one add_test/set_tests_properties pair per case to CTEST_FILE.
execute_process(
  COMMAND "${TEST_EXECUTABLE}" --list-test-cases --no-version
  OUTPUT_VARIABLE output
  RESULT_VARIABLE result
  WORKING_DIRECTORY "${TEST_WORKING_DIR}")
if(NOT result EQUAL 0)
  message(FATAL_ERROR "listing the tests of ${TEST_EXECUTABLE} failed (${result}):\n${output}")
endif()
string(REPLACE "," ";" labels "${TEST_LABELS}")
# Walk the output line by line with string(FIND): a CMake list would mangle names that contain
# ';' or unbalanced brackets (e.g. "lies in [0, 1)").
set(script "")
string(APPEND output "\n")
while(NOT output STREQUAL "")
  string(FIND "${output}" "\n" eol)
  string(SUBSTRING "${output}" 0 ${eol} name)
  math(EXPR next "${eol} + 1")
  string(SUBSTRING "${output}" ${next} -1 output)
  string(REGEX REPLACE "\r$" "" name "${name}")
  if(name STREQUAL "" OR name MATCHES "^=+$" OR name MATCHES "^\\[doctest\\]")
    continue()
  endif()
  # doctest filters are comma-separated wildcard patterns: escape commas.
  string(REPLACE "," "\\," filter "${name}")
  string(APPEND script
    "add_test([==[${TEST_PREFIX}${name}]==] [==[${TEST_EXECUTABLE}]==] [==[--test-case=${filter}]==])\n"
    "set_tests_properties([==[${TEST_PREFIX}${name}]==] PROPERTIES WORKING_DIRECTORY [==[${TEST_WORKING_DIR}]==] "
    "LABELS [==[${labels}]==] SKIP_REGULAR_EXPRESSION FORESIGHT_SKIPPED)\n")
endwhile()
file(WRITE "${CTEST_FILE}" "${script}")
