#include "flat_form_units.hpp"

#include <algorithm>

#include "normalize.hpp"

namespace kompilasi {
namespace {

bool is_alnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// "kec" at a word start and not followed by a letter or digit ("Kec.", "Kec ", "KEC.").
bool abbreviation_at(std::string_view s, std::size_t i, std::string_view abbr) {
  if (i > 0 && is_alnum(s[i - 1])) return false;
  if (s.size() - i < abbr.size()) return false;
  for (std::size_t k = 0; k < abbr.size(); ++k)
    if (lower(s[i + k]) != abbr[k]) return false;
  return i + abbr.size() == s.size() || !is_alnum(s[i + abbr.size()]);
}

void add(std::unordered_map<std::string, std::vector<int>>& m, std::string key, int row) {
  if (key.empty()) return;
  auto& rows = m[std::move(key)];
  if (std::find(rows.begin(), rows.end(), row) == rows.end()) rows.push_back(row);
}

}  // namespace

std::string unit_name_key(std::string_view name) {
  std::string expanded;
  expanded.reserve(name.size() + 8);
  for (std::size_t i = 0; i < name.size();) {
    if (abbreviation_at(name, i, "kec")) { expanded += "kecamatan"; i += 3; continue; }
    if (abbreviation_at(name, i, "kel")) { expanded += "kelurahan"; i += 3; continue; }
    expanded += name[i++];
  }
  return fold_header(expanded);
}

UnitMatcher::UnitMatcher(const Compilation& units) {
  const Table& t = units.table(TableId::unit);
  for (std::size_t r = 0; r < t.rows(); ++r) {
    const auto code = trim(units.text(TableId::unit, r, col::unit::kode_unit));
    const int row = static_cast<int>(r);
    if (!code.empty()) exact_code_[std::string(code)].push_back(row);
    add(folded_, fold_header(code), row);
    add(folded_, unit_name_key(units.text(TableId::unit, r, col::unit::nama_unit)), row);
  }
}

UnitMatcher::Match UnitMatcher::match(std::string_view cell) const {
  Match m;
  cell = trim(cell);
  if (cell.empty()) return m;
  // An exact code wins over everything (a code is what a unit is known by).
  if (auto it = exact_code_.find(std::string(cell)); it != exact_code_.end()) {
    if (it->second.size() == 1) m.row = it->second.front();
    else m.candidates = it->second;
    return m;
  }
  std::vector<int> found;
  for (const std::string& key : {fold_header(cell), unit_name_key(cell)}) {
    if (auto it = folded_.find(key); it != folded_.end())
      for (int r : it->second)
        if (std::find(found.begin(), found.end(), r) == found.end()) found.push_back(r);
  }
  if (found.size() == 1) m.row = found.front();
  else {
    std::sort(found.begin(), found.end());
    m.candidates = std::move(found);
  }
  return m;
}

}  // namespace kompilasi
