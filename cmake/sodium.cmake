# libsodium for the anonymised export (HMAC-SHA-256 and Argon2id, core/registry/keyed_hash.hpp).
# Natively: Debian's libsodium-dev through pkg-config. In the browser: the C files those two
# need (plus what sodium_init() touches), compiled from Debian's source package that
# scripts/setup.sh unpacks into third_party/src, with the portable code paths only (no SIMD,
# no assembly: the HAVE_* feature macros stay undefined). Target: third_party_sodium.
if(TARGET third_party_sodium)
  return()
endif()
if(NOT EMSCRIPTEN)
  find_package(PkgConfig REQUIRED)
  pkg_check_modules(SODIUM REQUIRED IMPORTED_TARGET libsodium)
  add_library(third_party_sodium INTERFACE)
  target_link_libraries(third_party_sodium INTERFACE PkgConfig::SODIUM)
  return()
endif()

set(_sodium_dir ${KOMPILASI_THIRD_PARTY}/libsodium-1.0.18/src/libsodium)
if(NOT EXISTS ${_sodium_dir}/crypto_auth/hmacsha256/auth_hmacsha256.c)
  message(FATAL_ERROR "libsodium sources missing under ${KOMPILASI_THIRD_PARTY}: run scripts/setup.sh")
endif()
# version.h is made by libsodium's configure; the same substitutions here.
set(VERSION 1.0.18)
set(SODIUM_LIBRARY_VERSION_MAJOR 10)
set(SODIUM_LIBRARY_VERSION_MINOR 3)
set(SODIUM_LIBRARY_MINIMAL_DEF "")
set(_sodium_gen ${CMAKE_BINARY_DIR}/sodium-include/sodium)
configure_file(${_sodium_dir}/include/sodium/version.h.in ${_sodium_gen}/version.h @ONLY)

set(_s ${_sodium_dir})
file(GLOB _sodium_sources
  # what we call: HMAC-SHA-256 over SHA-256, Argon2id over BLAKE2b
  ${_s}/crypto_auth/hmacsha256/*.c ${_s}/crypto_hash/sha256/*.c ${_s}/crypto_hash/sha256/cp/*.c
  ${_s}/crypto_pwhash/*.c ${_s}/crypto_pwhash/argon2/*.c ${_s}/crypto_generichash/blake2b/ref/*.c ${_s}/crypto_verify/sodium/*.c
  # sodium_init(): runtime features, allocator, random bytes (the browser's crypto.getRandomValues)
  # and the implementation pickers it calls
  ${_s}/sodium/core.c ${_s}/sodium/runtime.c ${_s}/sodium/utils.c ${_s}/sodium/codecs.c
  ${_s}/randombytes/randombytes.c
  ${_s}/crypto_onetimeauth/poly1305/*.c ${_s}/crypto_onetimeauth/poly1305/donna/*.c
  ${_s}/crypto_scalarmult/curve25519/*.c ${_s}/crypto_scalarmult/curve25519/ref10/*.c
  ${_s}/crypto_core/ed25519/ref10/*.c
  ${_s}/crypto_stream/chacha20/*.c ${_s}/crypto_stream/chacha20/ref/*.c
  ${_s}/crypto_stream/salsa20/*.c ${_s}/crypto_stream/salsa20/ref/*.c)
add_library(third_party_sodium STATIC ${_sodium_sources})
# <sodium/version.h> for sodium.h, "version.h" for libsodium's own files
target_include_directories(third_party_sodium SYSTEM PUBLIC ${CMAKE_BINARY_DIR}/sodium-include ${_sodium_gen} ${_s}/include ${_s}/include/sodium)
target_include_directories(third_party_sodium PRIVATE ${_s}/include/sodium/private)
target_compile_definitions(third_party_sodium PUBLIC SODIUM_STATIC PRIVATE CONFIGURED=1 NATIVE_LITTLE_ENDIAN=1)
target_compile_options(third_party_sodium PRIVATE -w)
