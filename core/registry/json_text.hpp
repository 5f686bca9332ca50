// JSON text written by hand where a DOM would cost too much (a workspace of millions of
// rows, `validate --json` with hundreds of thousands of findings). Strings are escaped the
// way nlohmann::json::dump escapes them (non-ASCII kept as UTF-8, \u00XX in lowercase), so
// hand-written and dumped parts of one file look alike.
#pragma once
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace kompilasi {

void append_json_string(std::string& out, std::string_view s);
// The escaped text alone, without the quotes (a string written in pieces).
void append_json_escaped(std::string& out, std::string_view s);
// A value on one line, with ", " and ": " between items: {"a": 1, "b": [2, 3]}.
void append_json_compact(std::string& out, const nlohmann::ordered_json& v);
// A value dumped with two-space indentation, every line after the first indented by `indent`
// more spaces (a value nested in hand-written text).
void append_json_indented(std::string& out, const nlohmann::ordered_json& v, int indent);

}  // namespace kompilasi
