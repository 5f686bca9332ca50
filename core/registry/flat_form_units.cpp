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

std::vector<int> UnitMatcher::find(std::string_view text) const {
  text = trim(text);
  if (text.empty()) return {};
  // An exact code wins over everything (a code is what a unit is known by).
  if (auto it = exact_code_.find(std::string(text)); it != exact_code_.end()) return it->second;
  std::vector<int> found;
  for (const std::string& key : {fold_header(text), unit_name_key(text)}) {
    if (auto it = folded_.find(key); it != folded_.end())
      for (int r : it->second)
        if (std::find(found.begin(), found.end(), r) == found.end()) found.push_back(r);
  }
  return found;
}

UnitMatcher::Match UnitMatcher::match(std::string_view cell) const {
  Match m;
  std::vector<int> found = find(cell);
  if (found.empty()) {
    // A choice list that gives code and name: "1.02.01 - Dinas Kesehatan",
    // "Dinas Kesehatan (1.02.01)", "1.02.01 Dinas Kesehatan". The parts that name units must
    // agree on one ("4.02.01.01 - Bagian Umum" is the one Bagian Umum with that code).
    cell = trim(cell);
    std::vector<std::string_view> parts;
    if (const auto open = cell.find('('); open != std::string_view::npos && cell.back() == ')') {
      parts = {cell.substr(0, open), cell.substr(open + 1, cell.size() - open - 2)};
    } else if (const auto dash = cell.find(" - "); dash != std::string_view::npos) {
      parts = {cell.substr(0, dash), cell.substr(dash + 3)};
    } else if (const auto space = cell.find(' ');
               space != std::string_view::npos && cell.substr(0, space).find_first_of("0123456789") == 0) {
      parts = {cell.substr(0, space), cell.substr(space + 1)};
    }
    std::vector<int> common, all;
    bool first = true;
    for (std::string_view part : parts) {
      const std::vector<int> p = find(part);
      if (p.empty()) continue;
      if (first) common = p;
      else std::erase_if(common, [&p](int r) { return std::find(p.begin(), p.end(), r) == p.end(); });
      first = false;
      for (int r : p)
        if (std::find(all.begin(), all.end(), r) == all.end()) all.push_back(r);
    }
    found = common.empty() ? std::move(all) : std::move(common);
  }
  if (found.size() == 1) m.row = found.front();
  else {
    std::sort(found.begin(), found.end());
    m.candidates = std::move(found);
  }
  return m;
}

}  // namespace kompilasi
