#include "json_text.hpp"

#include <cstdint>
#include <cstring>

namespace kompilasi {
namespace {

// Whether any of the 8 bytes at p is below 0x20, '"' or '\\' (bytes of 0x80 and over are
// UTF-8 and need none).
inline bool needs_escape(const char* p) {
  std::uint64_t w;
  std::memcpy(&w, p, 8);
  constexpr std::uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
  const auto zero_byte = [&](std::uint64_t x) { return (x - ones) & ~x & high; };
  const std::uint64_t control = (w - ones * 0x20) & ~w & high;  // bytes < 0x20 (exact for bytes < 0x80)
  return (control | zero_byte(w ^ (ones * '"')) | zero_byte(w ^ (ones * '\\'))) != 0;
}

}  // namespace

void append_json_string(std::string& out, std::string_view s) {
  out += '"';
  append_json_escaped(out, s);
  out += '"';
}

void append_json_escaped(std::string& out, std::string_view s) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::size_t run = 0;  // start of the pending stretch that needs no escape
  for (std::size_t i = 0; i < s.size(); ++i) {
    // eight bytes at a time while none is a control character, '"' or '\\' (the usual case)
    while (i + 8 <= s.size() && !needs_escape(s.data() + i)) i += 8;
    if (i >= s.size()) break;
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    out.append(s.data() + run, i - run);
    run = i + 1;
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        out += "\\u00";
        out += kHex[c >> 4];
        out += kHex[c & 15];
    }
  }
  out.append(s.data() + run, s.size() - run);
}

void append_json_compact(std::string& out, const nlohmann::ordered_json& v) {
  if (v.is_object()) {
    out += '{';
    bool first = true;
    for (const auto& [k, item] : v.items()) {
      if (!first) out += ", ";
      first = false;
      append_json_string(out, k);
      out += ": ";
      append_json_compact(out, item);
    }
    out += '}';
  } else if (v.is_array()) {
    out += '[';
    bool first = true;
    for (const auto& item : v) {
      if (!first) out += ", ";
      first = false;
      append_json_compact(out, item);
    }
    out += ']';
  } else if (v.is_string()) {
    append_json_string(out, v.get_ref<const std::string&>());
  } else {
    out += v.dump();
  }
}

void append_json_indented(std::string& out, const nlohmann::ordered_json& v, int indent) {
  const std::string text = v.dump(2);
  const std::string pad(static_cast<std::size_t>(indent), ' ');
  for (const char c : text) {
    out += c;
    if (c == '\n') out += pad;  // dump() escapes line breaks inside strings, so these are layout
  }
}

}  // namespace kompilasi
