# Translations: provider-console_<lang>.ts → .qm, embedded under :/i18n.
# One catalogue per language for both programs: lupdate scans the sources of
# every library of the core and the widgets, the program's, and the
# sandbox's (provider-sandbox embeds its own .qm of the same catalogue, see
# sandbox/CMakeLists.txt). One catalogue, because a refresh of the whole
# tree (`lupdate app ui sandbox -ts translations/*.ts`) must leave every
# catalogue as complete as the targets' refresh does; a catalogue per
# program would take in the other program's strings unfinished.
# `cmake --build build --target update_translations` refreshes the .ts files
# in the source tree.
set(pc_translatable_sources)
foreach(library pc_net pc_records pc_connections pc_keychain pc_models pc_index pc_overview pc_journal pc_editing pc_actions pc_ui provider-console
        pc_sandbox provider-sandbox)
    get_target_property(sources ${library} SOURCES)
    get_target_property(folder ${library} SOURCE_DIR)
    foreach(source ${sources})
        if(source MATCHES "\\.(cpp|h)$")
            list(APPEND pc_translatable_sources ${folder}/${source})
        endif()
    endforeach()
endforeach()
qt_add_translations(provider-console
    TS_FILES
        ${PROJECT_SOURCE_DIR}/translations/provider-console_nl.ts
        ${PROJECT_SOURCE_DIR}/translations/provider-console_de.ts
    SOURCES ${pc_translatable_sources}
    RESOURCE_PREFIX /i18n
    LUPDATE_OPTIONS -no-obsolete -locations none)

# English: "%n row(s)" becomes "1 row" and "2 rows". The catalogue holds every
# message (the others as their own source text, filled by
# scripts/english-plurals), so a refresh of the whole tree finds it as
# complete as the target's does; lrelease drops those identical ones
# (-removeidentical), so the .qm carries the plural forms only. An object library, so the catalogue and the code installing it
# reach the program and every test alike (see englishplurals.cpp).
add_custom_target(pc_english_plurals)
# The program's include paths, so lupdate finds the class declarations and
# names contexts as Qt does at run time (pc::RecordView, not RecordView).
set_target_properties(pc_english_plurals PROPERTIES
    INCLUDE_DIRECTORIES "$<TARGET_PROPERTY:provider-console,INCLUDE_DIRECTORIES>")
qt_add_lupdate(pc_english_plurals
    TS_FILES ${PROJECT_SOURCE_DIR}/translations/provider-console_en.ts
    SOURCES ${pc_translatable_sources}
    OPTIONS -no-obsolete -locations none)
qt_add_lrelease(pc_english_plurals
    TS_FILES ${PROJECT_SOURCE_DIR}/translations/provider-console_en.ts
    OPTIONS -removeidentical
    QM_FILES_OUTPUT_VARIABLE pc_english_plurals_qm)
add_library(pc_plurals OBJECT ${PROJECT_SOURCE_DIR}/translations/englishplurals.cpp)
add_library(pc::plurals ALIAS pc_plurals)
target_link_libraries(pc_plurals PRIVATE pc::project_settings Qt6::Core)
qt_add_resources(pc_plurals pc_english_plurals_resource
    PREFIX /plurals
    BASE ${CMAKE_CURRENT_BINARY_DIR}
    FILES ${pc_english_plurals_qm})
target_link_libraries(provider-console PRIVATE pc::plurals)
# A refresh leaves new plural messages unfinished; their English forms follow
# from the source ("%n row(s)"), so the refresh writes them at once.
find_package(Python3 COMPONENTS Interpreter)
if(Python3_FOUND)
    add_custom_command(TARGET pc_english_plurals_lupdate POST_BUILD
        COMMAND Python3::Interpreter ${PROJECT_SOURCE_DIR}/scripts/english-plurals
        VERBATIM)
endif()
