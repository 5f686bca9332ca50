# Runtime assets copied into the build folder at build time, beside the programs:
#   <build>/assets/fonts/NotoSans-{Regular,Bold}.ttf  from Debian's fonts-noto-core
# The browser build packs <build>/assets (and assets/sample) into its preloaded file system.
set(KOMPILASI_FONT_DIR /usr/share/fonts/truetype/noto CACHE PATH "Where fonts-noto-core puts NotoSans")
set(KOMPILASI_ASSETS ${CMAKE_BINARY_DIR}/assets)
set(font_outputs "")
foreach(face Regular Bold)
  set(src ${KOMPILASI_FONT_DIR}/NotoSans-${face}.ttf)
  if(NOT EXISTS ${src})
    message(FATAL_ERROR "${src} missing: install fonts-noto-core (make setup)")
  endif()
  set(dst ${KOMPILASI_ASSETS}/fonts/NotoSans-${face}.ttf)
  add_custom_command(OUTPUT ${dst}
    COMMAND ${CMAKE_COMMAND} -E copy_if_different ${src} ${dst}
    DEPENDS ${src} COMMENT "Copying NotoSans-${face}.ttf")
  list(APPEND font_outputs ${dst})
endforeach()
add_custom_target(app_assets DEPENDS ${font_outputs})
