#include "text_encoding.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>

#include "input_error.hpp"

namespace kompilasi {
namespace {

// WHATWG index-windows-1252 for 0x80..0x9F (0xA0..0xFF are U+00A0..U+00FF).
constexpr std::uint16_t kCp1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};


std::string utf16_to_utf8(std::string_view bytes, bool little, std::string_view file) {
  if (bytes.size() % 2) throw InputError("utf16_invalid", std::string(file));
  std::string out;
  out.reserve(bytes.size());
  const auto unit = [&](std::size_t i) -> std::uint32_t {
    const auto a = static_cast<unsigned char>(bytes[i]), b = static_cast<unsigned char>(bytes[i + 1]);
    return little ? (a | (b << 8)) : ((a << 8) | b);
  };
  for (std::size_t i = 0; i < bytes.size(); i += 2) {
    std::uint32_t cp = unit(i);
    if (cp >= 0xD800 && cp <= 0xDBFF) {
      if (i + 3 >= bytes.size()) throw InputError("utf16_invalid", std::string(file));
      const std::uint32_t lo = unit(i + 2);
      if (lo < 0xDC00 || lo > 0xDFFF) throw InputError("utf16_invalid", std::string(file));
      cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
      i += 2;
    } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
      throw InputError("utf16_invalid", std::string(file));
    }
    append_utf8(out, cp);
  }
  return out;
}

}  // namespace

void append_utf8(std::string& out, std::uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

bool valid_utf8(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const auto* end = p + s.size();
  while (p < end) {
    // ASCII runs, eight bytes at a time: most of a CSV file.
    while (end - p >= 8) {
      std::uint64_t w;
      std::memcpy(&w, p, 8);
      if (w & 0x8080808080808080ull) break;
      p += 8;
    }
    if (p == end) break;
    const unsigned char c = *p;
    if (c < 0x80) { ++p; continue; }
    int n;
    std::uint32_t cp;
    if (c >= 0xC2 && c <= 0xDF) { n = 1; cp = c & 0x1F; }
    else if (c >= 0xE0 && c <= 0xEF) { n = 2; cp = c & 0x0F; }
    else if (c >= 0xF0 && c <= 0xF4) { n = 3; cp = c & 0x07; }
    else return false;
    if (end - p <= n) return false;
    for (int k = 1; k <= n; ++k) {
      if ((p[k] & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (p[k] & 0x3F);
    }
    if ((n == 2 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) || (n == 3 && (cp < 0x10000 || cp > 0x10FFFF)))
      return false;
    p += n + 1;
  }
  return true;
}

std::string windows1252_to_utf8(std::string_view s) {
  std::string out;
  out.reserve(s.size() + s.size() / 8);
  for (const char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    if (c < 0x80) out += ch;
    else if (c < 0xA0) append_utf8(out, kCp1252High[c - 0x80]);
    else append_utf8(out, c);
  }
  return out;
}

DecodedText decode_text(std::string_view bytes, std::string_view file) {
  TextDecoder d(bytes, file);
  d.step(SIZE_MAX);
  return d.take();
}

bool TextDecoder::step(std::size_t bytes) {
  if (done_) return true;
  if (!started_) {
    started_ = true;
    const bool le = bytes_.starts_with("\xFF\xFE"), be = bytes_.starts_with("\xFE\xFF");
    if (le || be) {
      d_.owned = true;
      d_.encoding = le ? TextEncoding::utf16le : TextEncoding::utf16be;
      d_.storage = utf16_to_utf8(bytes_.substr(2), le, file_);
      return done_ = true;
    }
    if (bytes_.starts_with("\xEF\xBB\xBF")) {
      bytes_.remove_prefix(3);
      d_.encoding = TextEncoding::utf8_bom;
    }
  }
  // A slice ends before a byte that starts a character, so that no character is cut in two:
  // the body is well-formed UTF-8 exactly when every slice is.
  std::size_t end = bytes_.size() - checked_ <= bytes ? bytes_.size() : checked_ + std::max<std::size_t>(bytes, 4);
  while (end < bytes_.size() && (static_cast<unsigned char>(bytes_[end]) & 0xC0) == 0x80 && end > checked_ + 1) --end;
  if (valid_utf8(bytes_.substr(checked_, end - checked_))) {
    checked_ = end;
    if (checked_ < bytes_.size()) return false;
    d_.view = bytes_;
    return done_ = true;
  }
  d_.owned = true;
  d_.encoding = TextEncoding::windows1252;
  d_.storage = windows1252_to_utf8(bytes_);
  return done_ = true;
}

}  // namespace kompilasi
