// Internals shared by the report's source files (not part of the library's interface).
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "report_html.hpp"

namespace kompilasi::report_detail {

struct Ctx {
  const Compilation& c;
  const Validation& v;
  const Metrics& m;
  Lang lang;
  std::string& out;

  std::string t(std::string_view key) const { return std::string(tr(lang, key)); }
  std::string_view unit_code(std::size_t u) const;
  std::string_view unit_name(std::size_t u) const;
  std::string unit_label(std::size_t u) const;  // "Dinas Pendidikan (1.01)"
  // Units in tree order (each parent followed by its sub-units) with their depth.
  std::vector<std::pair<std::size_t, int>> unit_tree() const;
};

// A table cell's text: neutralised like the other exports, then escaped.
std::string cell(std::string_view text);
std::string_view platform_label(Platform p);  // "Instagram", "TikTok", …

void write_style(Ctx& x);
void write_units(Ctx& x);
void write_campaign(Ctx& x);
void write_tanpa_akun(Ctx& x);
void write_validation(Ctx& x);

}  // namespace kompilasi::report_detail
