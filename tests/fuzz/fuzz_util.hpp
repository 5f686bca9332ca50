// Shared by the libFuzzer targets: each target defines fuzz_one(input); this file gives it
// the input as text and swallows the one exception a reader may throw (InputError:
// unusable input, shown to the user). Anything else escaping is a bug, and libFuzzer
// reports it as a crash.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "registry/input_error.hpp"

void fuzz_one(std::string_view input);

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  try {
    fuzz_one(std::string_view(reinterpret_cast<const char*>(data), size));
  } catch (const kompilasi::InputError&) {
  }
  return 0;
}
