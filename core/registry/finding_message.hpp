// A finding's words, in Indonesian or English, from assets/strings/rules.*.json: the CLI,
// the app and the report all render findings through these, so they say the same thing.
//   rule.<ID>.title    short name (table headings, filters)
//   rule.<ID>.message  what is wrong with this cell and what to do, with the finding's
//                      parameters {value} {column} {row} {first_row} {detail} {table} {source}
//   rule.<ID>.help     the rule explained (tooltips)
//
// For many findings (`validate --json` of a million rows) FindingMessages splits every
// message template into text and placeholders once and appends the words straight into the
// caller's buffer, already JSON-escaped when asked; the text is finding_message()'s, byte for byte.
#pragma once
#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "finding.hpp"
#include "i18n.hpp"

namespace kompilasi {

std::string finding_message(const Finding& f, Lang lang);
std::string_view rule_title(Rule r, Lang lang);
std::string_view rule_help(Rule r, Lang lang);
std::string_view severity_label(Severity s, Lang lang);  // "galat", "peringatan", "info"

class FindingMessages {
 public:
  explicit FindingMessages(Lang lang);
  void append(std::string& out, const Finding& f) const;       // finding_message(f, lang)
  void append_json(std::string& out, const Finding& f) const;  // the same as a JSON string, quotes included

 private:
  enum class Param : std::uint8_t { text, value, column, row, first_row, detail, table, source };
  struct Part {
    Param param = Param::text;
    std::string text, json;  // Param::text: the literal, plain and JSON-escaped
  };
  enum Variant { kMessage, kSiklus, kGanda, kAnonim, kVariants };
  template <bool Json>
  void write(std::string& out, const Finding& f) const;

  std::array<std::array<std::vector<Part>, kVariants>, kRuleCount> parts_;
  std::string sex_l_, sex_p_;  // NIP_KELAMIN_BEDA's {detail} for "L" and "P"
};

}  // namespace kompilasi
