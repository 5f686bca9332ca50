# What every build of this project's code shares, the app's (CMakeLists.txt) and the XLSX
# tests' in the browser's runtime (tests/xlsx/wasm): C++20, Release unless told otherwise,
# where the unpacked Debian sources are, the header-only Debian libraries, and exceptions
# under Emscripten.
set(CMAKE_CXX_STANDARD 20)
set(CMAKE_CXX_STANDARD_REQUIRED ON)
set(CMAKE_CXX_EXTENSIONS OFF)
if(NOT CMAKE_BUILD_TYPE)
  set(CMAKE_BUILD_TYPE Release)
endif()

get_filename_component(KOMPILASI_ROOT ${CMAKE_CURRENT_LIST_DIR}/.. ABSOLUTE)
set(KOMPILASI_THIRD_PARTY ${KOMPILASI_ROOT}/third_party/src CACHE PATH "Unpacked Debian source packages (scripts/setup.sh)")

# Header-only Debian libraries, exposed through a folder of their own so that an
# Emscripten build never sees /usr/include (it would pull in glibc's headers).
set(KOMPILASI_HEADERS ${CMAKE_BINARY_DIR}/system-headers)
file(MAKE_DIRECTORY ${KOMPILASI_HEADERS})
foreach(dir nlohmann doctest)
  if(EXISTS /usr/include/${dir} AND NOT EXISTS ${KOMPILASI_HEADERS}/${dir})
    file(CREATE_LINK /usr/include/${dir} ${KOMPILASI_HEADERS}/${dir} SYMBOLIC)
  endif()
endforeach()

# GCC 12's -Wrestrict warns falsely inside libstdc++'s string operations once they are inlined
# ("text" + std::string&&, assign; GCC bug 105329, fixed in 13): seven files printed it.
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
  add_compile_options(-Wno-restrict)
endif()

# Readers report unusable input by throwing InputError; Emscripten catches exceptions only
# when everything is compiled and linked with -fexceptions (else a throw aborts the app).
if(EMSCRIPTEN)
  add_compile_options(-fexceptions)
  add_link_options(-fexceptions)
endif()
