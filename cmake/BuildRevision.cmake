# The git revision the programs are built from, written into a header:
#   cmake -DSOURCE_DIR=… -DTEMPLATE=….h.in -DOUTPUT=….h [-DREVISION=…] -P BuildRevision.cmake
# app/program/CMakeLists.txt runs it on every build (a custom target), so the
# header follows a commit, a checkout or an edit (-dirty) without a configure;
# configure_file() rewrites it only when the text changes, so an unchanged
# revision recompiles nothing. REVISION (the cache variable PC_GIT_REVISION)
# is for builds from a source tarball that know their revision; without it
# and outside a git checkout of SOURCE_DIR itself the revision is empty, and
# the program says "unknown".
foreach(required SOURCE_DIR TEMPLATE OUTPUT)
    if(NOT DEFINED ${required})
        message(FATAL_ERROR "BuildRevision.cmake needs -D${required}=…")
    endif()
endforeach()

set(PC_GIT_REVISION "${REVISION}")
if(PC_GIT_REVISION STREQUAL "")
    find_program(pc_git git)
    if(pc_git)
        # Only SOURCE_DIR's own repository: a tarball unpacked inside some
        # other checkout must not report that checkout's revision.
        execute_process(COMMAND ${pc_git} -C ${SOURCE_DIR} rev-parse --show-toplevel
            OUTPUT_VARIABLE toplevel RESULT_VARIABLE status
            OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
        if(status EQUAL 0)
            file(REAL_PATH "${toplevel}" toplevel)
            file(REAL_PATH "${SOURCE_DIR}" source)
        endif()
        if(status EQUAL 0 AND toplevel STREQUAL source)
            execute_process(COMMAND ${pc_git} -C ${SOURCE_DIR} describe --always --dirty
                OUTPUT_VARIABLE PC_GIT_REVISION RESULT_VARIABLE status
                OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
            if(NOT status EQUAL 0)
                set(PC_GIT_REVISION "")
            endif()
        endif()
    endif()
endif()
configure_file(${TEMPLATE} ${OUTPUT} @ONLY)
