# Runtime assets copied into the build folder at build time, beside the programs:
#   <build>/assets/fonts/NotoSans-{Regular,Bold}.ttf, NotoSansMath-Regular.ttf (the arrows
#                                                     and ≤ ≥ NotoSans lacks) from Debian's
#                                                     fonts-noto-core (core/ui/fonts.hpp)
#   <build>/assets/sample/                            the sample compilation of assets/sample
# The browser build packs <build>/assets (and assets/sample) into its preloaded file system.
set(KOMPILASI_FONT_DIR /usr/share/fonts/truetype/noto CACHE PATH "Where fonts-noto-core puts NotoSans")
set(KOMPILASI_ASSETS ${CMAKE_BINARY_DIR}/assets)
set(font_outputs "")
foreach(font NotoSans-Regular NotoSans-Bold NotoSansMath-Regular)
  set(src ${KOMPILASI_FONT_DIR}/${font}.ttf)
  if(NOT EXISTS ${src})
    message(FATAL_ERROR "${src} missing: install fonts-noto-core (make setup)")
  endif()
  set(dst ${KOMPILASI_ASSETS}/fonts/${font}.ttf)
  add_custom_command(OUTPUT ${dst}
    COMMAND ${CMAKE_COMMAND} -E copy_if_different ${src} ${dst}
    DEPENDS ${src} COMMENT "Copying ${font}.ttf")
  list(APPEND font_outputs ${dst})
endforeach()
# The sample is a CSV bundle (the files directly in assets/sample) opened on first start.
file(GLOB_RECURSE KOMPILASI_SAMPLE_FILES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/assets/sample/*)
file(GLOB KOMPILASI_SAMPLE_BUNDLE CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/assets/sample/*.csv)
set(sample_stamp ${KOMPILASI_ASSETS}/sample.stamp)
add_custom_command(OUTPUT ${sample_stamp}
  COMMAND ${CMAKE_COMMAND} -E rm -rf ${KOMPILASI_ASSETS}/sample
  COMMAND ${CMAKE_COMMAND} -E copy_directory ${CMAKE_SOURCE_DIR}/assets/sample ${KOMPILASI_ASSETS}/sample
  COMMAND ${CMAKE_COMMAND} -E touch ${sample_stamp}
  DEPENDS ${KOMPILASI_SAMPLE_FILES} COMMENT "Copying the sample compilation")
if(NOT KOMPILASI_SAMPLE_FILES)
  set(sample_stamp "")
endif()
add_custom_target(app_assets DEPENDS ${font_outputs} ${sample_stamp})
