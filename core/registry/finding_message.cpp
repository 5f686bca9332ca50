#include "finding_message.hpp"

namespace kompilasi {
namespace {

std::string key(Rule r, std::string_view part) {
  std::string k = "rule.";
  k += rule_id(r);
  k += '.';
  k += part;
  return k;
}

}  // namespace

std::string finding_message(const Finding& f, Lang lang) {
  std::string_view variant = "message";
  std::string_view detail = f.detail;
  if (f.rule == Rule::UNIT_TIDAK_DIKENAL && !f.detail.empty())
    variant = f.detail == "siklus" ? "message_siklus" : "message_ganda";
  std::string sex_word;
  if (f.rule == Rule::NIP_KELAMIN_BEDA && (f.detail == "L" || f.detail == "P")) {
    sex_word = tr(lang, key(f.rule, f.detail));
    detail = sex_word;
  }
  const std::string row = std::to_string(f.row), first = std::to_string(f.first_row);
  return trf(lang, key(f.rule, variant),
             {{"value", f.value}, {"column", f.column}, {"row", row}, {"first_row", first}, {"detail", detail},
              {"table", spec(f.table).name}, {"source", f.source}});
}

std::string_view rule_title(Rule r, Lang lang) { return tr(lang, key(r, "title")); }
std::string_view rule_help(Rule r, Lang lang) { return tr(lang, key(r, "help")); }

std::string_view severity_label(Severity s, Lang lang) {
  std::string k = "severity.";
  k += severity_name(s);
  return tr(lang, k);
}

}  // namespace kompilasi
