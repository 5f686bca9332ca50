// validate(): runs the table checks in dependency order (a table's references need the
// keys of the tables before it), then merges the reader's findings, sorts and counts.
#include <algorithm>
#include <exception>
#include <optional>
#include <utility>
#ifndef __EMSCRIPTEN__
#include <thread>
#endif

#include "validate_context.hpp"
#include "anonymize.hpp"
#include "row_budget.hpp"

namespace kompilasi {
namespace detail {

void Ctx::mark_blank_ids(std::size_t from, std::size_t to) {
  for (std::size_t id = from; id < to; ++id) {
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
              std::uint32_t first_row, std::string_view detail) {
  Finding f(rule, sev, t, src_row(t, row), static_cast<std::uint32_t>(row), c.table(t).columns[col], value, first_row,
            detail);
  sort_keys.push_back((std::uint64_t(index(t)) << 56) | (std::uint64_t(f.row) << 16) | (std::uint64_t(col) << 8));
  found.push_back(std::move(f));
  if (sev == Severity::error) v.row_error[index(t)][row] = 1;
}

void Ctx::drop_indexes() {
  unit_by_code = FlatMap<std::uint64_t>{};
  pegawai_index.reset();
  release(pegawai_named, blank_bits);
  resmi_first = FirstByAccount();
  konten_by_id = FlatMap<std::uint64_t>{};
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
  int col = t.find_column(f.column());
  if (col < 0) col = column_index(f.table, f.column());
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

// Where a Validator is: the phases in order. Row phases run a range of rows (or pool ids, or
// findings) per step; the others run once.
enum class Phase {
  blank_ids, unit, unit_parents, pegawai, akun_resmi, konten,
  fork,                 // laporan's Ctx: a copy, with its own findings and keys
  akun, pegawai_tanpa_akun, laporan,
  gather_akun, gather_laporan, gather_import,  // every finding into one buffer, with its sort key
  order, sort, permute, count, done
};

// Rows of a sorted run before the runs are merged, when the sort is done in slices.
constexpr std::size_t kSortRun = 4096;

}  // namespace

struct ValidatorState {
  const Compilation& c;
  std::vector<Finding> import_findings;
  Validation v;
  Ctx x;
  std::optional<Ctx> y;  // laporan's (from Phase::fork on)
  StringPool laporan_keys;
  Phase phase = Phase::blank_ids;
  bool started = false;    // the phase's start ran
  std::size_t at = 0;      // the next row of a row phase
  std::vector<Finding> found;
  std::vector<std::uint64_t> sort_keys;
  std::vector<std::pair<std::uint64_t, std::uint32_t>> order, merged;
  std::size_t width = 0;   // sort: the length of the sorted runs being merged (0: runs not sorted yet)
  std::size_t left = 0, right = 0;  // sort: the cursors in the two runs being merged (right 0: none begun)
  bool in_cycle = false;   // permute: `held` waits for the end of the cycle through `cycle`
  std::size_t cycle = 0;
  Finding held;

  ValidatorState(const Compilation& comp, std::vector<Finding> imports)
      : c(comp), import_findings(std::move(imports)), x(comp, v) {}
};

namespace {

void next_phase(ValidatorState& s) { s.phase = static_cast<Phase>(static_cast<int>(s.phase) + 1); }

// Runs rows [s.at, n) of the phase, as far as budget goes (start once before the first row, finish
// once after the last); returns whether the phase is through and moves to the next one.
template <class Start, class Rows, class Finish>
bool run_rows(ValidatorState& s, std::size_t& budget, std::size_t n, Start&& start, Rows&& rows, Finish&& finish) {
  if (!s.started) {
    start();
    s.started = true;
  }
  const std::size_t end = take_rows(budget, s.at, n);
  if (end > s.at) rows(s.at, end);
  s.at = end;
  if (s.at < n) return false;
  finish();
  s.at = 0;
  s.started = false;
  next_phase(s);
  return true;
}

template <class Rows>
bool run_rows(ValidatorState& s, std::size_t& budget, std::size_t n, Rows&& rows) {
  return run_rows(s, budget, n, [] {}, std::forward<Rows>(rows), [] {});
}

// Moves part's findings [from, to) (and their sort keys) after those gathered so far.
void gather(ValidatorState& s, Ctx& part, std::size_t from, std::size_t to) {
  for (std::size_t i = from; i < to; ++i) {
    s.found.push_back(part.found.take(i));
    s.sort_keys.push_back(part.sort_keys[i]);
  }
}

// Sorts s.order within the budget: runs of kSortRun sorted, then merged pairwise pass after pass
// (s.merged holds the pass being written). The pairs are unique, so this is std::sort's order.
bool sort_slices(ValidatorState& s, std::size_t& budget) {
  auto& in = s.order;
  const std::size_t n = in.size();
  while (budget > 0 && s.width == 0) {
    if (s.at >= n) {
      s.width = kSortRun;
      s.at = 0;
      s.merged.resize(n);
      break;
    }
    const std::size_t end = std::min(n, s.at + kSortRun);
    std::sort(in.begin() + static_cast<std::ptrdiff_t>(s.at), in.begin() + static_cast<std::ptrdiff_t>(end));
    budget -= std::min(budget, end - s.at);
    s.at = end;
  }
  while (budget > 0 && s.width > 0 && s.width < n) {
    // Merging the runs [lo, mid) and [mid, hi) into merged[lo, hi); s.left, s.right: where each is.
    const std::size_t lo = s.at, mid = std::min(n, lo + s.width), hi = std::min(n, lo + 2 * s.width);
    if (s.right == 0) {  // a new pair of runs
      s.left = lo;
      s.right = mid;
    }
    std::size_t out = s.left + (s.right - mid);
    while (budget > 0 && out < hi) {
      if (s.right >= hi || (s.left < mid && in[s.left] < in[s.right])) s.merged[out++] = in[s.left++];
      else s.merged[out++] = in[s.right++];
      --budget;
    }
    if (out < hi) break;
    s.at = hi;
    s.left = s.right = 0;
    if (s.at >= n) {
      in.swap(s.merged);
      s.width *= 2;
      s.at = 0;
    }
  }
  if (s.width < n) return false;
  release(s.merged);
  return true;
}

// Puts v.findings in s.order's order in place, cycle by cycle, within the budget: a second
// vector of a million findings would double their memory at the peak.
bool permute(ValidatorState& s, std::size_t& budget) {
  auto& findings = s.v.findings;
  auto& order = s.order;
  while (budget > 0 && s.at < order.size()) {
    const std::size_t k = s.at;
    if (!s.in_cycle) {
      --budget;
      if (order[k].second == k) {
        ++s.at;
        continue;
      }
      s.held = std::move(findings[k]);
      s.cycle = k;
      s.in_cycle = true;
    }
    while (budget > 0 && order[s.cycle].second != k) {
      const std::size_t from = order[s.cycle].second;
      findings[s.cycle] = std::move(findings[from]);
      order[s.cycle].second = static_cast<std::uint32_t>(s.cycle);
      s.cycle = from;
      --budget;
    }
    if (order[s.cycle].second != k) break;
    findings[s.cycle] = std::move(s.held);
    order[s.cycle].second = static_cast<std::uint32_t>(s.cycle);
    s.in_cycle = false;
    ++s.at;
  }
  return s.at >= order.size();
}

}  // namespace
}  // namespace detail

Validator::Validator(const Compilation& c, std::vector<Finding> import_findings)
    : s_(std::make_unique<detail::ValidatorState>(c, std::move(import_findings))) {
  using namespace detail;
  Validation& v = s_->v;
  Ctx& x = s_->x;
  for (TableId t : kAllTables) v.row_error[index(t)].assign(c.table(t).rows(), 0);
  x.anon = is_anonymised(c);
  x.blank_bits.assign((c.pool.size() + 63) / 64, 0);
  for (TableId t : kAllTables) {
    const auto& cols = spec(t).columns;
    for (std::size_t i = 0; i < cols.size(); ++i)
      if (cols[i].required) x.required[index(t)].push_back(static_cast<std::uint8_t>(i));
  }
  if (!c.tanggal_kompilasi.empty()) x.at = parse_date(c.tanggal_kompilasi);
}

Validator::~Validator() = default;

bool Validator::step(std::size_t rows) {
  using namespace detail;
  ValidatorState& s = *s_;
  const Compilation& c = s.c;
  Ctx& x = s.x;
  const bool all = rows == kAllRows;
  std::size_t budget = rows;
  const auto table_rows = [&](TableId t) { return c.table(t).rows(); };
  while (budget > 0 && s.phase != Phase::done) {
    switch (s.phase) {
      case Phase::blank_ids:
        run_rows(s, budget, c.pool.size(), [&](std::size_t a, std::size_t b) { x.mark_blank_ids(a, b); });
        break;
      case Phase::unit:
        run_rows(s, budget, table_rows(TableId::unit), [&] { start_unit(x); },
                 [&](std::size_t a, std::size_t b) { check_unit(x, a, b); }, [] {});
        break;
      case Phase::unit_parents:
        run_rows(s, budget, table_rows(TableId::unit), [] {},
                 [&](std::size_t a, std::size_t b) { check_unit_parents(x, a, b); }, [&] { finish_unit(x); });
        break;
      case Phase::pegawai:
        run_rows(s, budget, table_rows(TableId::pegawai), [&] { start_pegawai(x); },
                 [&](std::size_t a, std::size_t b) { check_pegawai(x, a, b); }, [] {});
        break;
      case Phase::akun_resmi:
        run_rows(s, budget, table_rows(TableId::akun_resmi), [&] { start_akun_resmi(x); },
                 [&](std::size_t a, std::size_t b) { check_akun_resmi(x, a, b); }, [] {});
        break;
      case Phase::konten:
        run_rows(s, budget, table_rows(TableId::konten), [&] { start_konten(x); },
                 [&](std::size_t a, std::size_t b) { check_konten(x, a, b); }, [] {});
        break;
      case Phase::fork: {
        // akun (then pegawai without an account) and laporan need only what is built so far and
        // write different tables' findings and arrays: they may run on two threads.
        // y: a copy of x without the findings so far, which stay x's, before akun's.
        FoundFindings found = std::exchange(x.found, {});
        std::vector<std::uint64_t> sort_keys = std::exchange(x.sort_keys, {});
        s.y.emplace(x);  // its own findings and caches, and its own keys past those made so far (the pegawai index shared)
        x.found = std::move(found);
        x.sort_keys = std::move(sort_keys);
        for (std::uint32_t id = 1; id < s.v.norm.keys.size(); ++id) s.laporan_keys.intern(s.v.norm.keys.view(id));
        s.y->own_keys = &s.laporan_keys;
        next_phase(s);
        if (!all) break;
        Ctx& y = *s.y;
        const std::size_t laporan = table_rows(TableId::laporan);
        run_beside(
            [&] {
              start_laporan(y);
              check_laporan(y, 0, laporan);
              finish_laporan(y);
            },
            laporan >= kParallelRows,
            [&] {
              start_akun(x);
              check_akun(x, 0, table_rows(TableId::akun));
              finish_akun(x);
              check_pegawai_tanpa_akun(x, 0, table_rows(TableId::pegawai));
            });
        s.phase = Phase::gather_akun;
        break;
      }
      case Phase::akun:
        run_rows(s, budget, table_rows(TableId::akun), [&] { start_akun(x); },
                 [&](std::size_t a, std::size_t b) { check_akun(x, a, b); }, [&] { finish_akun(x); });
        break;
      case Phase::pegawai_tanpa_akun:
        run_rows(s, budget, table_rows(TableId::pegawai),
                 [&](std::size_t a, std::size_t b) { check_pegawai_tanpa_akun(x, a, b); });
        break;
      case Phase::laporan:
        run_rows(s, budget, table_rows(TableId::laporan), [&] { start_laporan(*s.y); },
                 [&](std::size_t a, std::size_t b) { check_laporan(*s.y, a, b); }, [&] { finish_laporan(*s.y); });
        break;
      case Phase::gather_akun:
        // One buffer of the final size: appending part after part to a growing one would, while
        // it moves, hold a million findings twice.
        run_rows(
            s, budget, x.found.size(),
            [&] {
              x.drop_indexes();
              s.y->drop_indexes();
              s.laporan_keys = StringPool();
              const std::size_t total = x.found.size() + s.y->found.size() + s.import_findings.size();
              s.found.reserve(total);
              s.sort_keys.reserve(total);
            },
            [&](std::size_t a, std::size_t b) { gather(s, x, a, b); },
            [&] {
              x.found = {};
              release(x.sort_keys);
            });
        break;
      case Phase::gather_laporan:
        run_rows(s, budget, s.y->found.size(), [] {}, [&](std::size_t a, std::size_t b) { gather(s, *s.y, a, b); },
                 [&] { s.y.reset(); });
        break;
      case Phase::gather_import:
        run_rows(s, budget, s.import_findings.size(), [] {}, [&](std::size_t a, std::size_t b) {
          for (std::size_t i = a; i < b; ++i) {
            Finding& f = s.import_findings[i];
            s.sort_keys.push_back(import_sort_key(c, f));
            auto& errs = s.v.row_error[index(f.table)];
            if (f.severity == Severity::error && f.table_row != kNoRow && f.table_row < errs.size()) errs[f.table_row] = 1;
            s.found.push_back(std::move(f));
          }
        }, [&] {
          release(s.import_findings);
          s.v.findings = std::move(s.found);
        });
        break;
      case Phase::order:
        // Stable order: (table, row, column), then the order the checks found them in.
        run_rows(
            s, budget, s.v.findings.size(), [&] { s.order.resize(s.v.findings.size()); },
            [&](std::size_t a, std::size_t b) {
              for (std::size_t i = a; i < b; ++i) s.order[i] = {s.sort_keys[i], static_cast<std::uint32_t>(i)};
            },
            [&] { release(s.sort_keys); });
        break;
      case Phase::sort:
        if (all) {
          std::sort(s.order.begin(), s.order.end());
          next_phase(s);
        } else if (sort_slices(s, budget)) {
          s.at = 0;
          next_phase(s);
        }
        break;
      case Phase::permute:
        if (permute(s, budget)) {
          s.at = 0;
          release(s.order);
          next_phase(s);
        }
        break;
      case Phase::count:
        run_rows(s, budget, s.v.findings.size(), [&](std::size_t a, std::size_t b) {
          for (std::size_t i = a; i < b; ++i) ++s.v.counts[static_cast<std::size_t>(s.v.findings[i].rule)];
        });
        break;
      case Phase::done:
        break;
    }
  }
  return s.phase == Phase::done;
}

Validation Validator::take() { return std::move(s_->v); }

Validation validate(const Compilation& c, std::vector<Finding> import_findings) {
  Validator check(c, std::move(import_findings));
  check.step(Validator::kAllRows);
  return check.take();
}

}  // namespace kompilasi
