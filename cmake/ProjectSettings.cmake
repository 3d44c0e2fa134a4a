# One INTERFACE target that every project target links: the language standard,
# the warning set and the strict Qt defines live here and nowhere else.
add_library(pc_project_settings INTERFACE)
add_library(pc::project_settings ALIAS pc_project_settings)

target_compile_features(pc_project_settings INTERFACE cxx_std_20)
target_compile_options(pc_project_settings INTERFACE
    -Wall -Wextra -Wpedantic
    -Wnon-virtual-dtor -Woverloaded-virtual -Wcast-align -Wformat=2)
if(PC_WERROR)
    target_compile_options(pc_project_settings INTERFACE -Werror)
endif()
target_compile_definitions(pc_project_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    PC_VERSION="${PROJECT_VERSION}")

# pc_test_pch(TARGET): TARGET compiles with the Qt headers the tests include
# most, parsed once per folder of tests (PC_TEST_PCH), not once per test: CI
# compiles a hundred test programs from scratch, and a test's file spent a
# quarter of its compile time reading these. One header per folder, because
# Qt Test defines the folder's paths (QT_TESTCASE_BUILDDIR and _SOURCEDIR)
# and clang refuses a precompiled header where a definition differs. Only
# headers of Qt Core, Network, Gui and Widgets, none of Qt Test: those read
# QT_GUI_LIB and QT_WIDGETS_LIB (QTEST_MAIN makes a QApplication only for a
# test that links Qt Widgets), which differ from test to test. The include
# folders of those modules, without their definitions, let a compiler that
# sets the precompiled header aside read the headers themselves.
option(PC_TEST_PCH "Compile the tests with one precompiled header of Qt's per folder" ON)
function(pc_test_pch target)
    if(NOT PC_TEST_PCH)
        return()
    endif()
    set(qt_includes
        $<TARGET_PROPERTY:Qt6::Widgets,INTERFACE_INCLUDE_DIRECTORIES>
        $<TARGET_PROPERTY:Qt6::Network,INTERFACE_INCLUDE_DIRECTORIES>)
    file(RELATIVE_PATH folder ${PROJECT_SOURCE_DIR} ${CMAKE_CURRENT_SOURCE_DIR})
    string(MAKE_C_IDENTIFIER "pc_test_pch_${folder}" pch)
    if(NOT TARGET ${pch})
        set(source ${CMAKE_CURRENT_BINARY_DIR}/${pch}.cpp)
        file(CONFIGURE OUTPUT ${source} CONTENT "// The object of the tests' precompiled header (pc_test_pch).\n")
        add_library(${pch} OBJECT ${source})
        target_link_libraries(${pch} PRIVATE pc::project_settings Qt6::Test)
        target_include_directories(${pch} SYSTEM PRIVATE ${qt_includes})
        target_precompile_headers(${pch} PRIVATE
            <QApplication> <QAction> <QComboBox> <QHeaderView> <QLabel> <QLineEdit> <QPushButton> <QTableView>
            <QDir> <QFile> <QJsonArray> <QJsonDocument> <QJsonObject> <QRegularExpression> <QSettings>
            <QStandardPaths> <QTemporaryDir> <QTimer> <QUrl>
            <QNetworkAccessManager> <QNetworkReply> <QTcpServer> <QTcpSocket>)
    endif()
    target_include_directories(${target} SYSTEM PRIVATE ${qt_includes})
    target_precompile_headers(${target} REUSE_FROM ${pch})
endfunction()

# pc_add_test(NAME tst_foo SOURCES tst_foo.cpp LIBS pc_core [GUI])
# One Qt Test executable per test class, registered with CTest. GUI tests run
# on the offscreen platform so no display is needed.
function(pc_add_test)
    cmake_parse_arguments(T "GUI" "NAME;TIMEOUT" "SOURCES;LIBS" ${ARGN})
    qt_add_executable(${T_NAME} ${T_SOURCES})
    # pc::plurals: the English plural forms, so a test reads "1 row" as a user does.
    target_link_libraries(${T_NAME} PRIVATE pc::project_settings Qt6::Test pc::plurals ${T_LIBS})
    pc_test_pch(${T_NAME})
    add_test(NAME ${T_NAME} COMMAND ${T_NAME})
    # The limit catches a hang, not slowness: CI runs the suite sanitized
    # (several times slower) on two shared cores, where a GUI suite that takes
    # 40 s here took more than 120 s.
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 300)
    endif()
    if(PC_SANITIZE AND T_TIMEOUT LESS 600)
        set(T_TIMEOUT 600)
    endif()
    set(env "QT_QPA_PLATFORM=offscreen" "LANG=C.UTF-8")
    set_tests_properties(${T_NAME} PROPERTIES TIMEOUT ${T_TIMEOUT} ENVIRONMENT "${env}"
        SKIP_REGULAR_EXPRESSION "SKIP   :")
endfunction()

# Sanitizers for the whole build (every library, the program and every test),
# so code built on Qt is checked wherever it runs: scripts/sanitize uses it.
# PC_FUZZ (top-level CMakeLists.txt) turns the same sanitizers on, plus
# libFuzzer's coverage instrumentation where the fuzzers look
# (pc_fuzz_coverage, below).
option(PC_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
if(PC_SANITIZE OR PC_FUZZ)
    set(pc_sanitizer_flags -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    add_compile_options(${pc_sanitizer_flags})
    add_link_options(${pc_sanitizer_flags})
endif()
# Clang links with lld where it is installed (scripts/install-deps puts it
# beside clang): a sanitized test program links in 1.5 s instead of 8 s with
# the default linker, and the suite has a hundred of them.
find_program(PC_LLD ld.lld)
if(CMAKE_CXX_COMPILER_ID MATCHES "Clang" AND PC_LLD AND NOT APPLE AND NOT WIN32)
    add_link_options(-fuse-ld=lld)
endif()
if(PC_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "PC_FUZZ needs clang (libFuzzer): configure with -DCMAKE_CXX_COMPILER=clang++")
    endif()
endif()

# pc_fuzz_coverage(TARGET): libFuzzer's coverage instrumentation on TARGET
# when PC_FUZZ is on: only on the code the fuzzers (fuzz/) exercise, the
# transport and the records. CI runs the whole test suite in the build that
# also holds the fuzzers (.ci/run); instrumenting every library and test there
# made the suite spend 15 to 30 % more CPU time on comparisons that nothing
# reads, and the build longer too.
function(pc_fuzz_coverage target)
    if(PC_FUZZ)
        target_compile_options(${target} PRIVATE -fsanitize=fuzzer-no-link)
    endif()
endfunction()

# Hardening, as Debian builds its packages (dpkg-buildflags): position-
# independent executables, a stack protector, fortified libc calls and a
# read-only relocation table bound at start. For every target, in every build
# type but _FORTIFY_SOURCE, which needs an optimised build (glibc warns
# without one) and is left out of the sanitizers' builds (ASan intercepts the
# same calls).
set(CMAKE_POSITION_INDEPENDENT_CODE ON)
include(CheckPIESupported)
check_pie_supported()
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang" AND NOT WIN32 AND NOT APPLE)
    add_compile_options(-fstack-protector-strong)
    if(NOT PC_SANITIZE AND NOT PC_FUZZ)
        add_compile_options("$<$<CONFIG:Release,RelWithDebInfo,MinSizeRel>:-U_FORTIFY_SOURCE;-D_FORTIFY_SOURCE=2>")
    endif()
    add_link_options(LINKER:-z,relro LINKER:-z,now)
endif()

# pc_expose(TARGET FOLDER): TARGET's public include root holds FOLDER and
# nothing else (a link to it under build/include/TARGET/), so code includes
# "app/net/apiclient.h" by its path from the repository root, yet a header is
# found only through a target that links the one exposing it. That is what
# enforces the layers of docs/architecture.md: a file in app/net/ that
# includes "app/records/domain.h" does not compile, because pc_net does not
# link pc_records. The repository root itself is never an include directory.
function(pc_expose target folder)
    set(root ${PROJECT_BINARY_DIR}/include/${target})
    set(link ${root}/${folder})
    get_filename_component(parent ${link} DIRECTORY)
    file(MAKE_DIRECTORY ${parent})
    if(NOT IS_SYMLINK ${link})
        file(CREATE_LINK ${PROJECT_SOURCE_DIR}/${folder} ${link} SYMBOLIC)
    endif()
    get_target_property(type ${target} TYPE)
    if(type STREQUAL "INTERFACE_LIBRARY")
        target_include_directories(${target} INTERFACE ${root})
    else()
        target_include_directories(${target} PUBLIC ${root})
    endif()
endfunction()
