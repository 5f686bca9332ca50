# Instrumented builds of the whole tree (the tests and the command line run unchanged):
#   -DKOMPILASI_SANITIZE=ON  AddressSanitizer + UndefinedBehaviorSanitizer (make test-sanitize)
#   -DKOMPILASI_FUZZ=ON      the same plus libFuzzer coverage, and the tests/fuzz targets (make fuzz; clang only)
# UBSan does not recover: any undefined behaviour ends the process, so a test sees it fail.
option(KOMPILASI_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
option(KOMPILASI_FUZZ "Build the libFuzzer targets (clang)" OFF)
if(KOMPILASI_SANITIZE OR KOMPILASI_FUZZ)
  add_compile_options(-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
  add_link_options(-fsanitize=address,undefined)
endif()
if(KOMPILASI_FUZZ)
  add_compile_options(-g -fsanitize=fuzzer-no-link)
elseif(KOMPILASI_SANITIZE)
  # Cheap to build on a loaded CI machine: -O1 (what ASan is documented for) after the build
  # type's -O2/-O3, line tables only (all a sanitizer's stack trace needs), and libstdc++'s
  # bounds checks on operator[] and friends, which ASan alone misses inside a vector's capacity.
  if(CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    add_compile_options(-O1 -gline-tables-only)
  else()
    add_compile_options(-O1 -g1)
  endif()
  add_compile_definitions(_GLIBCXX_ASSERTIONS)
endif()
