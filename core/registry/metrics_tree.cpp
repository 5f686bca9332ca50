// The unit tree of the metrics: one entry per kode_unit, parents through `induk`, and the
// flat chain / member lists the roll-up walks.
#include <algorithm>
#include <string_view>
#include <unordered_map>

#include "metrics_detail.hpp"

namespace kompilasi::metrics_detail {

UnitTree build_unit_tree(const Compilation& c, const Validation& v, Metrics& m) {
  const Table& table = c.table(TableId::unit);
  const std::size_t rows = table.rows();
  UnitTree t;
  t.unit_of_row.assign(rows, -1);
  std::unordered_map<std::string_view, std::int32_t> by_code;
  by_code.reserve(rows);
  for (std::size_t r = 0; r < rows; ++r) {
    const std::string_view code = trim(c.text(TableId::unit, r, col::unit::kode_unit));
    if (code.empty()) continue;
    const auto [it, fresh] = by_code.emplace(code, static_cast<std::int32_t>(m.units.size()));
    if (fresh) {
      UnitMetrics u;
      u.unit_row = static_cast<std::uint32_t>(r);
      m.units.push_back(u);
    }
    t.unit_of_row[r] = it->second;
  }
  const std::size_t n = m.units.size();
  for (std::size_t u = 0; u < n; ++u) {
    const std::int32_t parent = unit_index(t, v.norm.unit_parent[m.units[u].unit_row]);
    m.units[u].parent = parent == static_cast<std::int32_t>(u) ? -1 : parent;
  }

  // chain(u): walk up until the top or a unit already met on this walk (an induk cycle).
  std::vector<std::uint32_t> met(n, 0);
  t.chain_start.reserve(n + 1);
  for (std::size_t u = 0; u < n; ++u) {
    t.chain_start.push_back(static_cast<std::uint32_t>(t.chain.size()));
    const auto stamp = static_cast<std::uint32_t>(u + 1);
    for (std::int32_t w = static_cast<std::int32_t>(u); w >= 0 && met[w] != stamp; w = m.units[w].parent) {
      met[w] = stamp;
      t.chain.push_back(static_cast<std::uint32_t>(w));
    }
  }
  t.chain_start.push_back(static_cast<std::uint32_t>(t.chain.size()));

  // members(w): every u whose chain holds w, in unit order.
  t.member_start.assign(n + 1, 0);
  for (std::uint32_t w : t.chain) ++t.member_start[w + 1];
  for (std::size_t w = 0; w < n; ++w) t.member_start[w + 1] += t.member_start[w];
  t.members.resize(t.chain.size());
  std::vector<std::uint32_t> fill(t.member_start.begin(), t.member_start.end() - 1);
  for (std::size_t u = 0; u < n; ++u)
    for (std::uint32_t i = t.chain_start[u]; i < t.chain_start[u + 1]; ++i)
      t.members[fill[t.chain[i]]++] = static_cast<std::uint32_t>(u);
  return t;
}

std::optional<double> median(std::int64_t* first, std::int64_t* last) {
  const std::ptrdiff_t n = last - first;
  if (n == 0) return std::nullopt;
  std::int64_t* mid = first + n / 2;
  std::nth_element(first, mid, last);
  if (n % 2) return static_cast<double>(*mid);
  const std::int64_t lower = *std::max_element(first, mid);
  return (static_cast<double>(lower) + static_cast<double>(*mid)) / 2.0;
}

}  // namespace kompilasi::metrics_detail
