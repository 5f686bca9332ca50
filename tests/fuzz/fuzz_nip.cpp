// NIP: a parsed NIP prints back as the same 18 digits and parses again to itself.
#include "fuzz_util.hpp"
#include "registry/normalize.hpp"

void fuzz_one(std::string_view input) {
  if (const auto nip = kompilasi::parse_nip(input)) {
    const std::string digits = kompilasi::format_nip(*nip);
    if (digits.size() != 18 || kompilasi::parse_nip(digits) != nip) __builtin_trap();
  }
}
