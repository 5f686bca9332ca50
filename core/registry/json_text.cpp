#include "json_text.hpp"

namespace kompilasi {

void append_json_string(std::string& out, std::string_view s) {
  static constexpr char kHex[] = "0123456789abcdef";
  out += '"';
  std::size_t run = 0;  // start of the pending stretch that needs no escape
  for (std::size_t i = 0; i < s.size(); ++i) {
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
  out += '"';
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
