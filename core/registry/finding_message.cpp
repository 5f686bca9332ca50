#include "finding_message.hpp"

#include <charconv>

#include "json_text.hpp"

namespace kompilasi {
namespace {

std::string key(Rule r, std::string_view part) {
  std::string k = "rule.";
  k += rule_id(r);
  k += '.';
  k += part;
  return k;
}

constexpr std::string_view kVariantKeys[] = {"message", "message_siklus", "message_ganda", "message_anonim"};

}  // namespace

std::string finding_message(const Finding& f, Lang lang) {
  std::string_view variant = "message";
  std::string_view detail = f.detail();
  if (f.rule == Rule::UNIT_TIDAK_DIKENAL && !f.detail().empty())
    variant = f.detail() == "siklus" ? "message_siklus" : "message_ganda";
  if (f.detail() == "anonim") variant = "message_anonim";  // of a pseudonym (anonymize.hpp)
  std::string sex_word;
  if (f.rule == Rule::NIP_KELAMIN_BEDA && (f.detail() == "L" || f.detail() == "P")) {
    sex_word = tr(lang, key(f.rule, f.detail()));
    detail = sex_word;
  }
  const std::string row = std::to_string(f.row), first = std::to_string(f.first_row);
  return trf(lang, key(f.rule, variant),
             {{"value", f.value()}, {"column", f.column()}, {"row", row}, {"first_row", first}, {"detail", detail},
              {"table", spec(f.table).name}, {"source", f.source()}});
}

std::string_view rule_title(Rule r, Lang lang) { return tr(lang, key(r, "title")); }
std::string_view rule_help(Rule r, Lang lang) { return tr(lang, key(r, "help")); }

std::string_view severity_label(Severity s, Lang lang) {
  std::string k = "severity.";
  k += severity_name(s);
  return tr(lang, k);
}

FindingMessages::FindingMessages(Lang lang)
    : sex_l_(tr(lang, key(Rule::NIP_KELAMIN_BEDA, "L"))), sex_p_(tr(lang, key(Rule::NIP_KELAMIN_BEDA, "P"))) {
  static constexpr std::pair<std::string_view, Param> kNames[] = {
      {"value", Param::value}, {"column", Param::column}, {"row", Param::row},     {"first_row", Param::first_row},
      {"detail", Param::detail}, {"table", Param::table}, {"source", Param::source}};
  for (std::size_t r = 0; r < kRuleCount; ++r)
    for (int v = 0; v < kVariants; ++v) {
      // the same reading of {name} as trf(): a known name is replaced, anything else is text
      const std::string_view text = tr(lang, key(static_cast<Rule>(r), kVariantKeys[v]));
      auto& parts = parts_[r][static_cast<std::size_t>(v)];
      std::string literal;
      const auto flush = [&] {
        if (literal.empty()) return;
        Part p;
        append_json_escaped(p.json, literal);
        p.text = std::move(literal);
        literal.clear();
        parts.push_back(std::move(p));
      };
      for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '{') {
          const std::size_t close = text.find('}', i);
          if (close != std::string_view::npos) {
            const std::string_view name = text.substr(i + 1, close - i - 1);
            bool known = false;
            for (const auto& [n, param] : kNames)
              if (n == name) {
                flush();
                Part p;
                p.param = param;
                parts.push_back(std::move(p));
                known = true;
                break;
              }
            if (known) { i = close; continue; }
          }
        }
        literal += text[i];
      }
      flush();
    }
}

template <bool Json>
void FindingMessages::write(std::string& out, const Finding& f) const {
  int variant = kMessage;
  std::string_view detail = f.detail();
  if (f.rule == Rule::UNIT_TIDAK_DIKENAL && !f.detail().empty()) variant = f.detail() == "siklus" ? kSiklus : kGanda;
  if (f.detail() == "anonim") variant = kAnonim;
  if (f.rule == Rule::NIP_KELAMIN_BEDA && (f.detail() == "L" || f.detail() == "P")) detail = f.detail() == "L" ? sex_l_ : sex_p_;
  const auto put = [&](std::string_view s) {
    if constexpr (Json) append_json_escaped(out, s);
    else out += s;
  };
  const auto number = [&](std::uint32_t n) {
    char buf[16];
    const auto end = std::to_chars(buf, buf + sizeof buf, n).ptr;
    out.append(buf, end);
  };
  for (const Part& p : parts_[static_cast<std::size_t>(f.rule)][static_cast<std::size_t>(variant)]) {
    switch (p.param) {
      case Param::text: out += Json ? p.json : p.text; break;
      case Param::value: put(f.value()); break;
      case Param::column: put(f.column()); break;
      case Param::row: number(f.row); break;
      case Param::first_row: number(f.first_row); break;
      case Param::detail: put(detail); break;
      case Param::table: put(spec(f.table).name); break;
      case Param::source: put(f.source()); break;
    }
  }
}

void FindingMessages::append(std::string& out, const Finding& f) const { write<false>(out, f); }

void FindingMessages::append_json(std::string& out, const Finding& f) const {
  out += '"';
  write<true>(out, f);
  out += '"';
}

}  // namespace kompilasi
