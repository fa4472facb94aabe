# SPDX-License-Identifier: MIT
# The user-interface translations: translations/streamlens_<lang>.ts are compiled to .qm at
# build time and embedded in streamlens_ui's resources under :/i18n, so the binary runs
# translated straight from the build directory. `cmake --build <dir> --target
# update_translations` runs lupdate over the ui and core sources to pick up new strings;
# the test tst_ui_translation fails while any entry is unfinished.
function(streamlens_add_translations target)
    file(GLOB_RECURSE sources CONFIGURE_DEPENDS
        ${PROJECT_SOURCE_DIR}/ui/*.cpp ${PROJECT_SOURCE_DIR}/ui/*.h
        ${PROJECT_SOURCE_DIR}/core/*.cpp ${PROJECT_SOURCE_DIR}/core/*.h)
    qt_add_translations(${target}
        TS_FILES
            ${PROJECT_SOURCE_DIR}/translations/streamlens_de.ts
            ${PROJECT_SOURCE_DIR}/translations/streamlens_en.ts
        SOURCES ${sources}
        INCLUDE_DIRECTORIES ${PROJECT_SOURCE_DIR}/ui ${PROJECT_SOURCE_DIR}/core
        RESOURCE_PREFIX /i18n
        LUPDATE_OPTIONS -no-obsolete -locations none)
endfunction()
