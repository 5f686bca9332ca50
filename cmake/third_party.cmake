# zlib, minizip (zlib's contrib/minizip) and pugixml, compiled from the Debian source
# packages that scripts/setup.sh unpacks into third_party/src. The native and the browser
# build compile the same sources (Debian's Emscripten has no zlib port, and an Emscripten
# build must never see /usr/include). Targets: third_party_zlib, third_party_minizip,
# third_party_pugixml; `registry` links them privately.
if(NOT DEFINED KOMPILASI_THIRD_PARTY)
  set(KOMPILASI_THIRD_PARTY ${CMAKE_CURRENT_LIST_DIR}/../third_party/src)
endif()
file(GLOB _zlib_dir LIST_DIRECTORIES true ${KOMPILASI_THIRD_PARTY}/zlib-1.2.13*)
set(_pugixml_dir ${KOMPILASI_THIRD_PARTY}/pugixml-1.13)
if(NOT _zlib_dir OR NOT EXISTS ${_zlib_dir}/contrib/minizip/unzip.c OR NOT EXISTS ${_pugixml_dir}/src/pugixml.cpp)
  message(FATAL_ERROR "zlib/minizip or pugixml sources missing under ${KOMPILASI_THIRD_PARTY}: run scripts/setup.sh")
endif()
list(GET _zlib_dir 0 _zlib_dir)

if(NOT TARGET third_party_zlib)
  # The library part of zlib only (no gz* file functions: we read bytes, not files).
  add_library(third_party_zlib STATIC
    ${_zlib_dir}/adler32.c ${_zlib_dir}/compress.c ${_zlib_dir}/crc32.c ${_zlib_dir}/deflate.c
    ${_zlib_dir}/inffast.c ${_zlib_dir}/inflate.c ${_zlib_dir}/inftrees.c ${_zlib_dir}/trees.c
    ${_zlib_dir}/uncompr.c ${_zlib_dir}/zutil.c)
  target_include_directories(third_party_zlib SYSTEM PUBLIC ${_zlib_dir})
  target_compile_options(third_party_zlib PRIVATE -w)
  set_target_properties(third_party_zlib PROPERTIES POSITION_INDEPENDENT_CODE ON)

  # minizip's unzip.c and zip.c work through ioapi callbacks; ours read and write memory.
  # No encryption support: a password-protected entry is refused.
  set(_mz ${_zlib_dir}/contrib/minizip)
  add_library(third_party_minizip STATIC ${_mz}/ioapi.c ${_mz}/unzip.c ${_mz}/zip.c)
  target_include_directories(third_party_minizip SYSTEM PUBLIC ${_mz})
  target_compile_definitions(third_party_minizip PUBLIC NOCRYPT NOUNCRYPT PRIVATE IOAPI_NO_64)
  target_compile_options(third_party_minizip PRIVATE -w)
  target_link_libraries(third_party_minizip PUBLIC third_party_zlib)
  set_target_properties(third_party_minizip PROPERTIES POSITION_INDEPENDENT_CODE ON)

  # pugixml never expands DTD entities; XPath is not needed.
  add_library(third_party_pugixml STATIC ${_pugixml_dir}/src/pugixml.cpp)
  target_include_directories(third_party_pugixml SYSTEM PUBLIC ${_pugixml_dir}/src)
  target_compile_definitions(third_party_pugixml PUBLIC PUGIXML_NO_XPATH)
  target_compile_options(third_party_pugixml PRIVATE -w)
  set_target_properties(third_party_pugixml PROPERTIES POSITION_INDEPENDENT_CODE ON)
endif()

# libsodium: its own file (pkg-config natively, Debian's source in the browser).
include(${CMAKE_CURRENT_LIST_DIR}/sodium.cmake)
