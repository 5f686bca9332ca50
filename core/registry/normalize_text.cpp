#include "normalize.hpp"

namespace kompilasi {
namespace {

bool is_space_at(std::string_view s, std::size_t i, std::size_t& len) {
  const unsigned char c = static_cast<unsigned char>(s[i]);
  if (c == ' ' || (c >= '\t' && c <= '\r')) { len = 1; return true; }
  // NBSP in UTF-8 (C2 A0), which spreadsheets paste around numbers and codes
  if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) { len = 2; return true; }
  return false;
}

// Could this byte start or end trimmable space? (0xC2 / 0xA0: the two bytes of NBSP)
bool edge_space(char ch) {
  const unsigned char c = static_cast<unsigned char>(ch);
  return c <= ' ' || c == 0xC2 || c == 0xA0;
}

}  // namespace

std::string_view trim(std::string_view s) {
  if (s.empty() || (!edge_space(s.front()) && !edge_space(s.back()))) return s;  // the usual cell
  std::size_t len = 0;
  while (!s.empty() && is_space_at(s, 0, len)) s.remove_prefix(len);
  while (!s.empty()) {
    const unsigned char c = static_cast<unsigned char>(s.back());
    if (c == ' ' || (c >= '\t' && c <= '\r')) { s.remove_suffix(1); continue; }
    if (c == 0xA0 && s.size() >= 2 && static_cast<unsigned char>(s[s.size() - 2]) == 0xC2) { s.remove_suffix(2); continue; }
    break;
  }
  return s;
}

std::string fold_header(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char ch : s) {
    const unsigned char c = static_cast<unsigned char>(ch);
    if (c >= 'A' && c <= 'Z') out += static_cast<char>(c + 32);
    else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80) out += ch;
  }
  return out;
}

std::string_view fold_short(std::string_view s, char (&buf)[kFoldShort]) {
  std::size_t n = 0;
  for (char ch : s) {
    const unsigned char c = static_cast<unsigned char>(ch);
    char out;
    if (c >= 'A' && c <= 'Z') out = static_cast<char>(c + 32);
    else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80) out = ch;
    else continue;
    if (n == kFoldShort) return {};
    buf[n++] = out;
  }
  return {buf, n};
}

bool iequals_ascii(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x + 32);
    if (y >= 'A' && y <= 'Z') y = static_cast<char>(y + 32);
    if (x != y) return false;
  }
  return true;
}

}  // namespace kompilasi
