#include "ui/finding_index.hpp"

#include "registry/normalize.hpp"

namespace kompilasi::ui {

void FindingIndex::Build(const Compilation& c, const Validation& v) {
  by_severity = {};
  for (const TableId t : kAllTables) {
    const std::size_t i = index(t), rows = c.table(t).rows();
    row_start[i].assign(rows + 1, 0);
    worst[i].assign(rows, kNone);
  }
  for (const Finding& f : v.findings) {
    ++by_severity[static_cast<std::size_t>(f.severity)];
    const std::size_t i = index(f.table);
    if (f.table_row == kNoRow || f.table_row >= worst[i].size()) continue;
    ++row_start[i][f.table_row + 1];
    std::int8_t& w = worst[i][f.table_row];
    if (w == kNone || static_cast<std::int8_t>(f.severity) < w) w = static_cast<std::int8_t>(f.severity);
  }
  for (std::size_t i = 0; i < kTableCount; ++i) {
    for (std::size_t r = 1; r < row_start[i].size(); ++r) row_start[i][r] += row_start[i][r - 1];
    by_row[i].assign(row_start[i].back(), 0);
  }
  std::array<std::vector<std::uint32_t>, kTableCount> fill;
  for (std::size_t i = 0; i < kTableCount; ++i) fill[i].assign(row_start[i].begin(), row_start[i].end() - 1);
  for (std::uint32_t k = 0; k < v.findings.size(); ++k) {
    const Finding& f = v.findings[k];
    const std::size_t i = index(f.table);
    if (f.table_row == kNoRow || f.table_row >= worst[i].size()) continue;
    by_row[i][fill[i][f.table_row]++] = k;
  }
}

std::span<const std::uint32_t> FindingIndex::Row(TableId t, std::size_t row) const {
  const std::size_t i = index(t);
  if (row + 1 >= row_start[i].size()) return {};
  return std::span<const std::uint32_t>(by_row[i]).subspan(row_start[i][row], row_start[i][row + 1] - row_start[i][row]);
}

bool FindingOnColumn(const Finding& f, const Table& t, std::size_t column) {
  if (column >= t.columns.size()) return false;
  if (f.column == t.columns[column]) return true;
  return fold_header(f.column) == fold_header(t.columns[column]);
}

}  // namespace kompilasi::ui
