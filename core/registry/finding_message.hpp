// A finding's words, in Indonesian or English, from assets/strings/rules.*.json: the CLI,
// the app and the report all render findings through these, so they say the same thing.
//   rule.<ID>.title    short name (table headings, filters)
//   rule.<ID>.message  what is wrong with this cell and what to do, with the finding's
//                      parameters {value} {column} {row} {first_row} {detail} {table} {source}
//   rule.<ID>.help     the rule explained (tooltips)
#pragma once
#include <string>
#include <string_view>

#include "finding.hpp"
#include "i18n.hpp"

namespace kompilasi {

std::string finding_message(const Finding& f, Lang lang);
std::string_view rule_title(Rule r, Lang lang);
std::string_view rule_help(Rule r, Lang lang);
std::string_view severity_label(Severity s, Lang lang);  // "galat", "peringatan", "info"

}  // namespace kompilasi
