# Fails when a core source includes a Gui or Widgets header, or ui/ code is included from a core.
set(violations "")
foreach(core IN ITEMS models forms sync)
  file(GLOB_RECURSE sources "${SOURCE_DIR}/${core}/*.h" "${SOURCE_DIR}/${core}/*.cpp")
  foreach(source IN LISTS sources)
    file(STRINGS "${source}" includes REGEX "^#include [<\"](QtGui|QtWidgets|QWidget|QApplication|QGuiApplication|QPixmap|QImage|QColor|QFont|QValidator|ui/)")
    if(includes)
      list(APPEND violations "${source}: ${includes}")
    endif()
  endforeach()
endforeach()
if(violations)
  string(REPLACE ";" "\n" report "${violations}")
  message(FATAL_ERROR "Core libraries include Gui/Widgets headers:\n${report}")
endif()
message(STATUS "layers ok")

# Translations: a local `tr()` wrapper around QCoreApplication::translate makes lupdate file its
# strings under another context than the one looked up at run time, so they never translate.
# Call QCoreApplication::translate("Context", …) or a QObject's tr() directly.
file(GLOB_RECURSE all_sources "${SOURCE_DIR}/models/*.cpp" "${SOURCE_DIR}/ui/*.cpp" "${SOURCE_DIR}/app/*.cpp"
     "${SOURCE_DIR}/forms/*.cpp" "${SOURCE_DIR}/sync/*.cpp")
set(wrappers "")
foreach(source IN LISTS all_sources)
  file(STRINGS "${source}" found REGEX "^QString tr\\(const char")
  if(found)
    list(APPEND wrappers "${source}")
  endif()
endforeach()
if(wrappers)
  string(REPLACE ";" "\n" report "${wrappers}")
  message(FATAL_ERROR "Local tr() wrappers (strings lupdate files under the wrong context):\n${report}")
endif()
