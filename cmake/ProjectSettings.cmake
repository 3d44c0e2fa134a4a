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

# pc_add_test(NAME tst_foo SOURCES tst_foo.cpp LIBS pc_core [GUI])
# One Qt Test executable per test class, registered with CTest. GUI tests run
# on the offscreen platform so no display is needed.
function(pc_add_test)
    cmake_parse_arguments(T "GUI" "NAME;TIMEOUT" "SOURCES;LIBS" ${ARGN})
    qt_add_executable(${T_NAME} ${T_SOURCES})
    target_link_libraries(${T_NAME} PRIVATE pc::project_settings Qt6::Test ${T_LIBS})
    add_test(NAME ${T_NAME} COMMAND ${T_NAME})
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 120)
    endif()
    set(env "QT_QPA_PLATFORM=offscreen" "LANG=C.UTF-8")
    set_tests_properties(${T_NAME} PROPERTIES TIMEOUT ${T_TIMEOUT} ENVIRONMENT "${env}"
        SKIP_REGULAR_EXPRESSION "SKIP   :")
endfunction()
