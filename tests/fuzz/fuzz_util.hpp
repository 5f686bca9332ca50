// Shared by the libFuzzer targets: the input as text, and the one exception a reader may
// throw (InputError: unusable input, shown to the user). Anything else escaping is a bug,
// and libFuzzer reports it as a crash.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "registry/input_error.hpp"

#define KOMPILASI_FUZZ_TARGET(body)                                            \
  extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) { \
    const std::string_view input(reinterpret_cast<const char*>(data), size);  \
    try {                                                                      \
      body                                                                     \
    } catch (const kompilasi::InputError&) {                                   \
    }                                                                          \
    return 0;                                                                  \
  }
