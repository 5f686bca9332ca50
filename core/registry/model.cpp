#include "model.hpp"

namespace kompilasi {

int Table::find_column(std::string_view name) const {
  for (std::size_t i = 0; i < columns.size(); ++i)
    if (columns[i] == name) return static_cast<int>(i);
  return -1;
}

int Table::add_column(std::string name) {
  const std::size_t old_width = width(), n = rows();
  std::vector<std::uint32_t> wider;
  wider.reserve(n * (old_width + 1));
  for (std::size_t r = 0; r < n; ++r) {
    wider.insert(wider.end(), cells.begin() + r * old_width, cells.begin() + (r + 1) * old_width);
    wider.push_back(0);
  }
  cells.swap(wider);
  columns.push_back(std::move(name));
  return static_cast<int>(old_width);
}

Compilation::Compilation() {
  for (TableId t : kAllTables) {
    Table& tab = table(t);
    tab.id = t;
    for (const auto& c : spec(t).columns) tab.columns.emplace_back(c.name);
  }
}

std::uint32_t Compilation::cell_id(TableId t, std::size_t c, std::string_view text) {
  const auto cols = spec(t).columns;
  return c < cols.size() && cols[c].distinct ? pool.append(text) : pool.intern(text);
}

std::size_t Compilation::add_row(TableId t, std::initializer_list<std::string_view> values, std::uint32_t source_row) {
  Table& tab = table(t);
  const std::size_t row = tab.rows();
  std::size_t i = 0;
  for (std::string_view v : values) {
    if (i == tab.width()) break;
    tab.cells.push_back(cell_id(t, i, v));
    ++i;
  }
  for (; i < tab.width(); ++i) tab.cells.push_back(0);
  tab.source_row.push_back(source_row ? source_row : static_cast<std::uint32_t>(row + 1));
  if (!tab.sumber.empty()) tab.sumber.push_back(0);
  return row;
}

std::size_t Compilation::row_count() const {
  std::size_t n = 0;
  for (const auto& t : tables) n += t.rows();
  return n;
}

}  // namespace kompilasi
