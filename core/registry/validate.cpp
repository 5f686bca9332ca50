// validate(): runs the table checks in dependency order (a table's references need the
// keys of the tables before it), then merges the reader's findings, sorts and counts.
#include <algorithm>
#include <exception>
#ifndef __EMSCRIPTEN__
#include <thread>
#endif

#include "validate_context.hpp"
#include "anonymize.hpp"

namespace kompilasi {
namespace detail {

void Ctx::mark_blank_ids() {
  const std::size_t n = c.pool.size();
  blank_bits.assign((n + 63) / 64, 0);
  for (std::size_t id = 0; id < n; ++id) {
    const std::string_view s = c.pool.view(static_cast<std::uint32_t>(id));
    const bool blank = s.empty() || ((static_cast<unsigned char>(s[0]) <= ' ' || static_cast<unsigned char>(s[0]) == 0xC2) &&
                                     trim(s).empty());
    if (blank) blank_bits[id >> 6] |= std::uint64_t{1} << (id & 63);
  }
}

std::uint32_t Ctx::canon_text(std::string_view trimmed) {
  if (trimmed.empty()) return 0;
  const std::uint32_t id = c.pool.find(trimmed);
  if (id != UINT32_MAX) return id;
  return kOwnKey | own_keys->intern(trimmed);
}

std::uint32_t Ctx::canon_cell(std::uint32_t id) {
  const std::string_view s = c.pool.view(id);
  if (s.empty()) return 0;
  const std::string_view t = trim(s);
  return t.size() == s.size() ? id : canon_text(t);
}

std::int8_t Ctx::platform(std::uint32_t id) {
  return platform_cache.get(id, [&]() -> std::int8_t {
    const auto p = parse_platform(c.pool.view(id));
    return p ? static_cast<std::int8_t>(*p) : -1;
  });
}

std::int32_t Ctx::date(std::uint32_t id) {
  return date_cache.get(id, [&]() -> std::int32_t {
    const std::string_view s = c.pool.view(id);
    if (trim(s).empty()) return kNone;
    const auto d = parse_date(s);
    return d ? days_from_civil(*d) : kBadDate;
  });
}

std::uint32_t Ctx::unit_row(std::uint32_t id) {
  return unit_cache.get(id, [&] { return unit_by_code.find(canon_cell(id)); });
}

std::uint32_t Ctx::konten_row(std::uint32_t id) {
  return konten_cache.get(id, [&] { return konten_by_id.find(canon_cell(id)); });
}

std::uint32_t Ctx::pegawai_row(std::uint32_t cell, std::uint64_t nip) const {
  const auto& by_cell = pegawai_index->by_cell;
  if (cell < by_cell.size() && by_cell[cell] != kNoIndex) return by_cell[cell];
  return pegawai_index->by_nip.find(nip);
}

void Ctx::add(Rule rule, Severity sev, TableId t, std::size_t row, std::uint8_t col, std::string_view value,
              std::uint32_t first_row, std::string detail) {
  Finding f;
  f.rule = rule;
  f.severity = sev;
  f.table = t;
  f.row = src_row(t, row);
  f.table_row = static_cast<std::uint32_t>(row);
  f.column = c.table(t).columns[col];
  f.value = value;
  f.first_row = first_row;
  f.detail = std::move(detail);
  sort_keys.push_back((std::uint64_t(index(t)) << 56) | (std::uint64_t(f.row) << 16) | (std::uint64_t(col) << 8));
  found.push_back(std::move(f));
  if (sev == Severity::error) v.row_error[index(t)][row] = 1;
}

std::uint64_t check_nip_reference(Ctx& x, TableId t, std::size_t r, std::uint8_t col, std::uint32_t& row) {
  row = kNoIndex;
  const std::uint32_t id = x.c.table(t).id_at(r, col);
  const auto& by_cell = x.pegawai_index->by_cell;
  if (id < by_cell.size() && by_cell[id] != kNoIndex) {
    row = by_cell[id];
    return x.v.norm.pegawai_nip[row];
  }
  if (x.blank(id)) return 0;
  const auto nip = nip_value(x, x.text(id));
  if (!nip) {
    x.add(Rule::NIP_FORMAT, Severity::error, t, r, col, x.text(id), 0, x.anon ? "anonim" : "");
    return 0;
  }
  row = x.pegawai_index->by_nip.find(*nip);
  if (row == kNoIndex)
    x.add(Rule::REFERENSI_PEGAWAI, Severity::error, t, r, col, x.text(id), 0,
          x.anon ? std::string(trim(x.text(id))) : format_nip(*nip));
  return *nip;
}

std::optional<std::uint64_t> nip_value(const Ctx& x, std::string_view cell, std::uint32_t* carried) {
  if (!x.anon) return parse_nip(cell);
  const auto p = parse_nip_pseudonym(cell);
  if (!p) return std::nullopt;
  if (carried) *carried = p->carried;
  return p->key;
}

std::int32_t check_date(Ctx& x, TableId t, std::size_t r, std::uint8_t col) {
  const std::uint32_t id = x.c.table(t).id_at(r, col);
  if (id == 0) return kNone;
  const std::int32_t d = x.date(id);
  if (d == kBadDate) {
    x.add(Rule::TANGGAL_FORMAT, Severity::error, t, r, col, x.text(id));
    return kNone;
  }
  return d;
}

std::uint32_t check_required(Ctx& x, TableId t, std::size_t r) {
  const auto& cols = x.required[index(t)];
  const std::uint32_t* row = x.c.table(t).cells.data() + r * x.c.table(t).width();
  std::uint32_t empty = 0;
  for (std::uint8_t col : cols) {
    if (!x.blank(row[col])) continue;
    empty |= 1u << col;
    x.add(Rule::WAJIB_KOSONG, Severity::error, t, r, col, {});
  }
  return empty;
}

namespace {

// Sort position of a reader's finding: its column among the table's columns, unknown
// columns (KOLOM_DIABAIKAN) after them.
std::uint64_t import_sort_key(const Compilation& c, const Finding& f) {
  const Table& t = c.table(f.table);
  int col = t.find_column(f.column);
  if (col < 0) col = column_index(f.table, f.column);
  const std::uint64_t ci = col < 0 ? 255 : static_cast<std::uint64_t>(std::min(col, 254));
  return (std::uint64_t(index(f.table)) << 56) | (std::uint64_t(f.row) << 16) | (ci << 8);
}

// Runs side on a second thread while main runs here when parallel (and threads exist: the
// browser build has none), else one after the other. An exception of either is rethrown.
template <class Side, class Main>
void run_beside(Side&& side, bool parallel, Main&& main) {
#ifndef __EMSCRIPTEN__
  if (parallel) {
    std::exception_ptr side_error;
    std::thread t([&] {
      try {
        side();
      } catch (...) {
        side_error = std::current_exception();
      }
    });
    try {
      main();
    } catch (...) {
      t.join();
      throw;
    }
    t.join();
    if (side_error) std::rethrow_exception(side_error);
    return;
  }
#endif
  (void)parallel;
  main();
  side();
}

constexpr std::size_t kParallelRows = 1 << 15;  // below this a thread costs more than it saves

}  // namespace
}  // namespace detail

Validation validate(const Compilation& c, std::vector<Finding> import_findings) {
  using namespace detail;
  Validation v;
  for (TableId t : kAllTables) v.row_error[index(t)].assign(c.table(t).rows(), 0);
  Ctx x(c, v);
  x.anon = is_anonymised(c);
  x.mark_blank_ids();
  for (TableId t : kAllTables) {
    const auto& cols = spec(t).columns;
    for (std::size_t i = 0; i < cols.size(); ++i)
      if (cols[i].required) x.required[index(t)].push_back(static_cast<std::uint8_t>(i));
  }
  if (!c.tanggal_kompilasi.empty()) x.at = parse_date(c.tanggal_kompilasi);

  check_unit(x);
  check_pegawai(x);
  check_akun_resmi(x);
  check_konten(x);
  // akun (then pegawai without an account) and laporan need only what is built so far and
  // write different tables' findings and arrays: natively they run on two threads.
  std::vector<Finding> found = std::move(x.found);
  std::vector<std::uint64_t> sort_keys = std::move(x.sort_keys);
  x.found.clear();
  x.sort_keys.clear();
  Ctx y = x;  // laporan's: its own findings and caches, and its own keys past those made so far (the pegawai index shared)
  StringPool laporan_keys;
  for (std::uint32_t id = 1; id < v.norm.keys.size(); ++id) laporan_keys.intern(v.norm.keys.view(id));
  y.own_keys = &laporan_keys;
  run_beside([&] { check_laporan(y); }, c.table(TableId::laporan).rows() >= kParallelRows, [&] {
    check_akun(x);
    check_pegawai_tanpa_akun(x);
  });
  // One buffer of the final size: appending part after part to a growing one would, while
  // it moves, hold a million findings twice.
  const std::size_t total = found.size() + x.found.size() + y.found.size() + import_findings.size();
  found.reserve(total);
  sort_keys.reserve(total);
  for (Ctx* part : {&x, &y}) {
    found.insert(found.end(), std::make_move_iterator(part->found.begin()), std::make_move_iterator(part->found.end()));
    sort_keys.insert(sort_keys.end(), part->sort_keys.begin(), part->sort_keys.end());
    part->found = {};
    part->sort_keys = {};
  }
  v.findings = std::move(found);

  for (Finding& f : import_findings) {
    sort_keys.push_back(import_sort_key(c, f));
    auto& errs = v.row_error[index(f.table)];
    if (f.severity == Severity::error && f.table_row != kNoRow && f.table_row < errs.size()) errs[f.table_row] = 1;
    v.findings.push_back(std::move(f));
  }

  // Stable order: (table, row, column), then the order the checks found them in.
  std::vector<std::pair<std::uint64_t, std::uint32_t>> order(v.findings.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = {sort_keys[i], static_cast<std::uint32_t>(i)};
  std::sort(order.begin(), order.end());
  // Permuted in place, cycle by cycle: a second vector of a million findings would double
  // their memory at the peak.
  for (std::size_t k = 0; k < order.size(); ++k) {
    if (order[k].second == k) continue;
    Finding held = std::move(v.findings[k]);
    std::size_t at = k;
    while (order[at].second != k) {
      const std::size_t from = order[at].second;
      v.findings[at] = std::move(v.findings[from]);
      order[at].second = static_cast<std::uint32_t>(at);
      at = from;
    }
    v.findings[at] = std::move(held);
    order[at].second = static_cast<std::uint32_t>(at);
  }
  for (const Finding& f : v.findings) ++v.counts[static_cast<std::size_t>(f.rule)];
  return v;
}

}  // namespace kompilasi
