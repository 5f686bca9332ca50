#include "normalize.hpp"

namespace kompilasi {

std::optional<std::uint64_t> parse_nip(std::string_view s) {
  s = trim(s);
  std::uint64_t v = 0;
  int digits = 0;
  for (char c : s) {
    if (c >= '0' && c <= '9') {
      if (++digits > 18) return std::nullopt;
      v = v * 10 + static_cast<std::uint64_t>(c - '0');
    } else if (c != ' ' && c != '.' && c != '-') {
      return std::nullopt;
    }
  }
  if (digits != 18) return std::nullopt;
  return v;
}

std::string format_nip(std::uint64_t nip) {
  std::string out(18, '0');
  for (int i = 17; i >= 0 && nip; --i, nip /= 10) out[static_cast<std::size_t>(i)] = static_cast<char>('0' + nip % 10);
  return out;
}

}  // namespace kompilasi
