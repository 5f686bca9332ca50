// The string tables of assets/strings, compiled in (see cmake/embed_strings.cmake).
#pragma once
#include <span>
#include <string_view>

namespace kompilasi {

struct EmbeddedStrings {
  std::string_view lang;   // "id" or "en"
  std::string_view file;   // "rules.id.json"
  std::string_view json;
};
std::span<const EmbeddedStrings> embedded_strings();

}  // namespace kompilasi
