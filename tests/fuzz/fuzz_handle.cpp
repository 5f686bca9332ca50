// Handles and profile URLs: any text normalises without a crash, and a comparison key is
// its own key.
#include "fuzz_util.hpp"
#include "registry/normalize.hpp"

void fuzz_one(std::string_view input) {
  const kompilasi::Handle h = kompilasi::normalize_handle(input);
  (void)kompilasi::url_platform(input);
  for (int p = 0; p < kompilasi::kPlatformCount; ++p) {
    const auto platform = static_cast<kompilasi::Platform>(p);
    if (kompilasi::handle_valid(platform, h.handle)) {
      const std::string key = kompilasi::handle_key(platform, h.handle);
      if (kompilasi::handle_key(platform, key) != key) __builtin_trap();
    }
  }
}
