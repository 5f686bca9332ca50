#include "normalize.hpp"

namespace kompilasi {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
constexpr std::int64_t kMaxFollowers = 1'000'000'000'000'000LL;  // far above any real count

// Multiplier of a suffix (case-insensitive), 0 when s is not one.
std::int64_t suffix_multiplier(std::string_view s) {
  if (iequals_ascii(s, "rb") || iequals_ascii(s, "ribu") || iequals_ascii(s, "k")) return 1000;
  if (iequals_ascii(s, "jt") || iequals_ascii(s, "juta") || iequals_ascii(s, "m")) return 1000000;
  return 0;
}

}  // namespace

Followers parse_followers(std::string_view s) {
  s = trim(s);
  if (s.empty() || s == "-") return {};
  const Followers invalid{Followers::invalid, 0};
  std::size_t i = 0;
  std::int64_t whole = 0;
  int nd = 0;
  while (i < s.size() && is_digit(s[i])) {
    if (++nd > 15) return invalid;
    whole = whole * 10 + (s[i++] - '0');
  }
  if (nd == 0) return invalid;
  if (i == s.size()) return {Followers::value, whole};

  // "1.234.567" / "1,234": every separator followed by exactly three digits, one separator kind
  if (nd <= 3 && (s[i] == '.' || s[i] == ',')) {
    const char sep = s[i];
    std::size_t j = i;
    std::int64_t v = whole;
    bool grouped = true;
    while (j < s.size()) {
      if (s[j] != sep || s.size() - j < 4 || !is_digit(s[j + 1]) || !is_digit(s[j + 2]) || !is_digit(s[j + 3])) {
        grouped = false;
        break;
      }
      v = v * 1000 + (s[j + 1] - '0') * 100 + (s[j + 2] - '0') * 10 + (s[j + 3] - '0');
      if (v > kMaxFollowers) return invalid;
      j += 4;
    }
    if (grouped) return {Followers::value, v};
  }

  // "1,2 rb", "1.25jt", "2M": optional decimal part, optional spaces, a suffix
  std::int64_t frac = 0, scale = 1;
  if (s[i] == '.' || s[i] == ',') {
    ++i;
    int nf = 0;
    while (i < s.size() && is_digit(s[i])) {
      if (++nf > 9) return invalid;
      frac = frac * 10 + (s[i++] - '0');
      scale *= 10;
    }
    if (nf == 0) return invalid;
  }
  const std::string_view rest = trim(s.substr(i));
  const std::int64_t mult = suffix_multiplier(rest);
  if (!mult) return invalid;
  if ((frac * mult) % scale) return invalid;  // "1,2345 rb" is not a whole number of people
  if (whole > kMaxFollowers / mult) return invalid;  // would overflow (found by fuzz_followers)
  const std::int64_t v = whole * mult + frac * mult / scale;
  if (v > kMaxFollowers) return invalid;
  return {Followers::value, v};
}

}  // namespace kompilasi
