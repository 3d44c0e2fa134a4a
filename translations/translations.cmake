# Translations: provider-console_<lang>.ts → .qm, embedded under :/i18n.
# lupdate scans the sources of every library of the core and the widgets as
# well as the program's (by default it would only scan the executable's own).
# `cmake --build build --target update_translations` refreshes the .ts files
# in the source tree.
set(pc_translatable_sources)
foreach(library pc_net pc_records pc_connections pc_models pc_index pc_journal pc_editing pc_actions pc_ui provider-console)
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
