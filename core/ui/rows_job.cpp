#include "ui/rows_job.hpp"

#include <algorithm>
#include <charconv>
#include <chrono>
#include <numeric>

#include "registry/release.hpp"
#include "ui/table_rows.hpp"

namespace kompilasi::ui {
namespace {

using Clock = std::chrono::steady_clock;
constexpr std::size_t kRun = 2048;    // sorted in one go, then merged pairwise
constexpr std::size_t kCheck = 1024;  // units of work between looks at the clock

char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

std::string Folded(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), Lower);
  return out;
}

bool ContainsFolded(std::string_view hay, std::string_view needle_lower) {
  if (needle_lower.size() > hay.size()) return false;
  const char first = needle_lower.front();
  for (std::size_t i = 0; i + needle_lower.size() <= hay.size(); ++i) {
    if (Lower(hay[i]) != first) continue;
    std::size_t j = 1;
    while (j < needle_lower.size() && Lower(hay[i + j]) == needle_lower[j]) ++j;
    if (j == needle_lower.size()) return true;
  }
  return false;
}

struct Deadline {
  Clock::time_point end;
  explicit Deadline(double ms) : end(Clock::now() + std::chrono::microseconds(static_cast<std::int64_t>(ms * 1000))) {}
  bool Passed() const { return Clock::now() >= end; }
};

}  // namespace

void RowsJob::Start(const Workspace& w, TableId t, const RowQuery& q, const RowsResult* previous) {
  const Table& table = w.comp.table(t);
  out_ = RowsResult{w.revision, t, q, {}};
  pool_ = &w.comp.pool;
  desc_ = q.sort_desc;
  needle_ = Folded(q.search);
  source_.clear();
  from_source_ = false;
  keys_.clear();
  spare_.clear();
  cell_hit_.clear();
  unit_in_.clear();
  konten_unit_.clear();

  const bool same_data = previous && previous->revision == w.revision && previous->table == t;
  const RowQuery* p = same_data ? &previous->query : nullptr;
  const bool same_filters = p && p->filter_unit == q.filter_unit && p->filter_platform == q.filter_platform &&
                            p->only_findings == q.only_findings;
  const bool narrower = same_filters && Folded(q.search).find(Folded(p->search)) != std::string::npos;
  const bool same_sort = p && p->sort_column == q.sort_column && (q.sort_column < 0 || p->sort_desc == q.sort_desc);
  if (narrower && (same_sort || q.sort_column >= 0)) {
    source_ = previous->rows;
    from_source_ = true;
  }
  total_ = from_source_ ? source_.size() : table.rows();
  cursor_ = 0;
  // Nothing left to filter when only the sort changed.
  const bool filter_needed = !(from_source_ && p->search == q.search);

  if (!needle_.empty()) cell_hit_.assign(w.comp.pool.size(), -1);
  if (q.filter_unit >= 0) {
    const std::size_t units = w.comp.table(TableId::unit).rows();
    unit_in_.assign(units, 0);
    for (std::size_t u = 0; u < units; ++u) unit_in_[u] = UnitWithin(w, static_cast<int>(u), q.filter_unit) ? 1 : 0;
    if (t == TableId::konten) {
      // kode_unit_sumber → unit row through the pool ids (equal texts are equal ids).
      std::vector<std::int32_t> unit_of_id;
      for (std::size_t u = units; u-- > 0;) {
        const std::uint32_t id = w.comp.table(TableId::unit).id_at(u, col::unit::kode_unit);
        if (id >= unit_of_id.size()) unit_of_id.resize(id + 1, -1);
        unit_of_id[id] = static_cast<std::int32_t>(u);
      }
      konten_unit_.assign(table.rows(), -1);
      for (std::size_t r = 0; r < table.rows(); ++r) {
        const std::uint32_t id = table.id_at(r, col::konten::kode_unit_sumber);
        konten_unit_[r] = id < unit_of_id.size() ? unit_of_id[id] : -1;
      }
    }
  }
  const bool sorted = q.sort_column >= 0 && static_cast<std::size_t>(q.sort_column) < table.width();
  // Rows taken from the previous build keep its order when the sort is the same.
  sort_needed_ = sorted && !(from_source_ && same_sort);
  if (filter_needed) {
    phase_ = Phase::filter;
    out_.rows.reserve(total_);
  } else {
    out_.rows = std::move(source_);
    source_.clear();
    phase_ = sort_needed_ ? Phase::keys : Phase::done;
  }
}

bool RowsJob::RowPasses(const Workspace& w, std::uint32_t r) {
  const RowQuery& q = out_.query;
  const TableId t = out_.table;
  if (q.only_findings) {
    const auto& worst = w.index.worst[index(t)];
    if (r >= worst.size() || worst[r] == FindingIndex::kNone) return false;
  }
  if (q.filter_platform >= 0 && RowPlatform(w, t, r) != q.filter_platform) return false;
  if (q.filter_unit >= 0) {
    const int u = t == TableId::konten ? (r < konten_unit_.size() ? konten_unit_[r] : -1) : RowUnit(w, t, r);
    if (u < 0 || static_cast<std::size_t>(u) >= unit_in_.size() || !unit_in_[static_cast<std::size_t>(u)]) return false;
  }
  if (!needle_.empty()) {
    const Table& table = w.comp.table(t);
    for (std::size_t c = 0; c < table.width(); ++c) {
      const std::uint32_t id = table.id_at(r, c);
      if (id >= cell_hit_.size()) {
        if (ContainsFolded(pool_->view(id), needle_)) return true;
        continue;
      }
      std::int8_t& hit = cell_hit_[id];
      if (hit < 0) hit = ContainsFolded(pool_->view(id), needle_) ? 1 : 0;
      if (hit) return true;
    }
    return false;
  }
  return true;
}

bool RowsJob::Less(const Key& a, const Key& b) const {
  if (a.kind != b.kind) {
    if (a.kind == 2 || b.kind == 2) return b.kind == 2;  // empty last either way
    return desc_ ? a.kind > b.kind : a.kind < b.kind;
  }
  int c = 0;
  if (a.kind == 0) {
    c = a.value < b.value ? -1 : a.value > b.value ? 1 : 0;
  } else if (a.kind == 1) {
    const auto pa = static_cast<std::uint64_t>(a.value), pb = static_cast<std::uint64_t>(b.value);
    c = pa < pb ? -1 : pa > pb ? 1 : 0;
    if (c == 0 && a.id != b.id) c = pool_->view(a.id).compare(pool_->view(b.id));
  }
  if (c != 0) return desc_ ? c > 0 : c < 0;
  return a.row < b.row;
}

bool RowsJob::Step(const Workspace& w, double budget_ms) {
  if (phase_ == Phase::idle || phase_ == Phase::done) return phase_ == Phase::done;
  const Deadline deadline(budget_ms);
  const Table& table = w.comp.table(out_.table);
  const RowQuery& q = out_.query;

  if (phase_ == Phase::filter) {
    while (cursor_ < total_) {
      const std::size_t end = std::min(total_, cursor_ + kCheck);
      for (; cursor_ < end; ++cursor_) {
        const std::uint32_t r = from_source_ ? source_[cursor_] : static_cast<std::uint32_t>(cursor_);
        if (RowPasses(w, r)) out_.rows.push_back(r);
      }
      if (cursor_ < total_ && deadline.Passed()) return false;
    }
    release(source_, cell_hit_);
    phase_ = sort_needed_ ? Phase::keys : Phase::done;
    cursor_ = 0;
    if (phase_ == Phase::done || deadline.Passed()) return phase_ == Phase::done;
  }
  if (phase_ == Phase::keys) {
    const std::size_t c = static_cast<std::size_t>(q.sort_column);
    const std::size_t n = out_.rows.size();
    keys_.resize(n);
    while (cursor_ < n) {
      const std::size_t end = std::min(n, cursor_ + kCheck);
      for (; cursor_ < end; ++cursor_) {
        const std::uint32_t r = out_.rows[cursor_];
        const std::uint32_t id = table.id_at(r, c);
        const std::string_view s = pool_->view(id);
        Key k{0, id, r, 2};
        long long x = 0;
        const auto res = std::from_chars(s.data(), s.data() + s.size(), x);
        if (s.empty()) {
          k.kind = 2;
        } else if (res.ec == std::errc() && res.ptr == s.data() + s.size() && s.size() < 19) {
          k.kind = 0;
          k.value = x;
        } else {
          std::uint64_t prefix = 0;
          for (std::size_t i = 0; i < 8; ++i)
            prefix = (prefix << 8) | (i < s.size() ? static_cast<unsigned char>(s[i]) : 0u);
          k.kind = 1;
          k.value = static_cast<std::int64_t>(prefix);
        }
        keys_[cursor_] = k;
      }
      if (cursor_ < n && deadline.Passed()) return false;
    }
    phase_ = Phase::runs;
    cursor_ = 0;
  }
  const auto less = [this](const Key& a, const Key& b) { return Less(a, b); };
  if (phase_ == Phase::runs) {
    const std::size_t n = keys_.size();
    while (cursor_ < n) {
      const std::size_t end = std::min(n, cursor_ + kRun);
      std::sort(keys_.begin() + static_cast<std::ptrdiff_t>(cursor_), keys_.begin() + static_cast<std::ptrdiff_t>(end), less);
      cursor_ = end;
      if (cursor_ < n && deadline.Passed()) return false;
    }
    phase_ = Phase::merge;
    width_ = kRun;
    lo_ = 0;
    pair_open_ = false;
    spare_.resize(n);
  }
  if (phase_ == Phase::merge) {
    const std::size_t n = keys_.size();
    std::size_t work = 0;
    while (width_ < n) {
      while (lo_ < n) {
        const std::size_t mid = std::min(n, lo_ + width_), hi = std::min(n, lo_ + 2 * width_);
        if (!pair_open_) {
          i_ = lo_;
          j_ = mid;
          k_ = lo_;
          pair_open_ = true;
        }
        while (k_ < hi) {
          if (j_ >= hi || (i_ < mid && !Less(keys_[j_], keys_[i_]))) spare_[k_++] = keys_[i_++];
          else spare_[k_++] = keys_[j_++];
          if (++work % kCheck == 0 && deadline.Passed()) return false;
        }
        pair_open_ = false;
        lo_ = hi;
      }
      keys_.swap(spare_);
      width_ *= 2;
      lo_ = 0;
    }
    for (std::size_t i = 0; i < n; ++i) out_.rows[i] = keys_[i].row;
    release(keys_, spare_);
    phase_ = Phase::done;
  }
  return phase_ == Phase::done;
}

double RowsJob::Progress() const {
  const auto frac = [](std::size_t a, std::size_t b) { return b ? static_cast<double>(a) / static_cast<double>(b) : 1.0; };
  switch (phase_) {
    case Phase::idle: return 0;
    case Phase::filter: return 0.5 * frac(cursor_, total_);
    case Phase::keys: return 0.5 + 0.1 * frac(cursor_, out_.rows.size());
    case Phase::runs: return 0.6 + 0.2 * frac(cursor_, keys_.size());
    case Phase::merge: {
      double passes = 0, done = 0;
      for (std::size_t wdt = kRun; wdt < keys_.size(); wdt *= 2) {
        ++passes;
        if (wdt < width_) ++done;
      }
      return 0.8 + 0.2 * (passes > 0 ? (done + frac(lo_, keys_.size())) / passes : 1.0);
    }
    case Phase::done: return 1;
  }
  return 0;
}

RowsResult RowsJob::Take() {
  phase_ = Phase::idle;
  return std::move(out_);
}

}  // namespace kompilasi::ui
