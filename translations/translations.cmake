# Translations: provider-console_<lang>.ts → .qm, embedded under :/i18n.
# lupdate scans the core and the widgets as well as main.cpp (by default it
# would only scan the executable's own sources). `cmake --build build --target
# update_translations` refreshes the .ts files in the source tree.
file(GLOB pc_translatable_sources CONFIGURE_DEPENDS
    ${PROJECT_SOURCE_DIR}/app/*.cpp ${PROJECT_SOURCE_DIR}/app/*.h
    ${PROJECT_SOURCE_DIR}/ui/*.cpp ${PROJECT_SOURCE_DIR}/ui/*.h)
qt_add_translations(provider-console
    TS_FILES
        ${PROJECT_SOURCE_DIR}/translations/provider-console_nl.ts
        ${PROJECT_SOURCE_DIR}/translations/provider-console_de.ts
    SOURCES ${pc_translatable_sources}
    RESOURCE_PREFIX /i18n
    LUPDATE_OPTIONS -no-obsolete -locations none)
