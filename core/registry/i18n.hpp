// String tables. All user-facing text lives in assets/strings/*.<lang>.json (flat objects of
// key → text with {name} placeholders), embedded into the binary at build time, so the
// command line, the app and the report render the same words.
#pragma once
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>

namespace kompilasi {

enum class Lang { id, en };

// The text for key in lang; falls back to Indonesian, then to the key itself. The view is of
// storage that lives as long as the program (a missing key is copied), whatever key points to.
std::string_view tr(Lang lang, std::string_view key);

// tr() with {name} placeholders replaced by the given values.
std::string trf(Lang lang, std::string_view key,
                std::initializer_list<std::pair<std::string_view, std::string_view>> params);

}  // namespace kompilasi
