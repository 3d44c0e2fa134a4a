# The test build_revision: runs cmake/BuildRevision.cmake as the build does
# and checks the header it writes.
#   cmake -DSOURCE_DIR=<repository> -DWORK_DIR=<scratch folder> -P buildrevision_test.cmake
set(script ${SOURCE_DIR}/cmake/BuildRevision.cmake)
set(template ${SOURCE_DIR}/app/program/buildrevision.h.in)
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR}/not-a-checkout)

function(revision_written source revision result)
    set(header ${WORK_DIR}/buildrevision.h)
    file(REMOVE ${header})
    execute_process(COMMAND ${CMAKE_COMMAND} -DSOURCE_DIR=${source} -DTEMPLATE=${template}
        -DOUTPUT=${header} -DREVISION=${revision} -P ${script} RESULT_VARIABLE status)
    if(NOT status EQUAL 0)
        message(FATAL_ERROR "BuildRevision.cmake failed for ${source}")
    endif()
    file(STRINGS ${header} line REGEX "^#define PC_GIT_REVISION ")
    string(REGEX REPLACE "^#define PC_GIT_REVISION \"(.*)\"$" "\\1" written "${line}")
    set(${result} "${written}" PARENT_SCOPE)
endfunction()

function(expect what actual expected)
    if(NOT actual STREQUAL expected)
        message(FATAL_ERROR "${what}: \"${actual}\", expected \"${expected}\"")
    endif()
    message(STATUS "${what}: \"${actual}\"")
endfunction()

# A folder that is no git checkout (inside the build folder, which may itself
# lie inside the repository's checkout: its revision must not be taken).
revision_written(${WORK_DIR}/not-a-checkout "" outside)
expect("outside a checkout" "${outside}" "")

# A revision given by the build (a source tarball's).
revision_written(${WORK_DIR}/not-a-checkout "v0.1.0-tarball" given)
expect("given" "${given}" "v0.1.0-tarball")

# The repository itself: what git describes, when it is a checkout.
find_program(git git)
if(git)
    execute_process(COMMAND ${git} -C ${SOURCE_DIR} rev-parse --show-toplevel
        OUTPUT_VARIABLE toplevel RESULT_VARIABLE status OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
endif()
if(git AND status EQUAL 0)
    revision_written(${SOURCE_DIR} "" checkout)
    execute_process(COMMAND ${git} -C ${SOURCE_DIR} describe --always --dirty
        OUTPUT_VARIABLE described OUTPUT_STRIP_TRAILING_WHITESPACE)
    expect("in the checkout" "${checkout}" "${described}")
    if(NOT checkout MATCHES "^[0-9a-zA-Z.+_-]+$")
        message(FATAL_ERROR "not a revision: \"${checkout}\"")
    endif()
else()
    message(STATUS "the sources are no git checkout: only the cases without one were checked")
endif()
