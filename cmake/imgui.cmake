# Dear ImGui 1.86 with its GLFW and OpenGL3 backends, built from Debian's source package
# (unpacked by scripts/setup.sh into third_party/src) so that the desktop and the browser
# app run the very same ImGui. Defines the static library `imgui`.
set(IMGUI_DIR ${KOMPILASI_THIRD_PARTY}/imgui-1.86)
if(NOT EXISTS ${IMGUI_DIR}/imgui.cpp)
  message(FATAL_ERROR "ImGui sources missing in ${IMGUI_DIR}: run scripts/setup.sh (make setup)")
endif()
add_library(imgui STATIC
  ${IMGUI_DIR}/imgui.cpp ${IMGUI_DIR}/imgui_draw.cpp ${IMGUI_DIR}/imgui_tables.cpp
  ${IMGUI_DIR}/imgui_widgets.cpp ${IMGUI_DIR}/imgui_demo.cpp
  ${IMGUI_DIR}/backends/imgui_impl_glfw.cpp ${IMGUI_DIR}/backends/imgui_impl_opengl3.cpp)
target_include_directories(imgui SYSTEM PUBLIC ${IMGUI_DIR} ${IMGUI_DIR}/backends)
# No imgui.ini next to the program: window layout is not part of the workspace.
target_compile_definitions(imgui PUBLIC IMGUI_DISABLE_OBSOLETE_FUNCTIONS)
if(EMSCRIPTEN)
  # Emscripten's built-in GLFW 3 and WebGL2 (OpenGL ES 3), linked in: nothing to download.
  target_link_options(imgui PUBLIC -sUSE_GLFW=3 -sUSE_WEBGL2=1 -sFULL_ES3=1)
else()
  find_package(glfw3 3.3 REQUIRED)
  find_package(OpenGL REQUIRED)
  target_link_libraries(imgui PUBLIC glfw OpenGL::GL ${CMAKE_DL_LIBS})
endif()
# ImGui 1.86 mixes enum types in bit operations, deprecated in C++20: not our code to change.
target_compile_options(imgui PRIVATE -Wno-deprecated-enum-enum-conversion)
# Its OpenGL loader stores 54 function pointers through a 53-entry array (a union over a
# struct): UBSan's bounds check would stop the desktop app at start. Not our code either.
if(KOMPILASI_SANITIZE)
  set_source_files_properties(${IMGUI_DIR}/backends/imgui_impl_opengl3.cpp PROPERTIES COMPILE_OPTIONS -fno-sanitize=bounds)
endif()
