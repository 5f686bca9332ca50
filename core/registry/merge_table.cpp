// One table of the merge: match rows by key, fold identical rows, turn disagreements into
// conflicts and pick their value by the policy.
#include <algorithm>
#include <numeric>
#include <unordered_map>

#include "merge_detail.hpp"
#include "merge_normalize.hpp"

namespace kompilasi::merge_detail {
namespace {

// The date column terbaru compares first, or -1.
int date_column(TableId t) {
  switch (t) {
    case TableId::akun: return col::akun::tanggal_cek;
    case TableId::akun_resmi: return col::akun_resmi::tanggal_cek;
    case TableId::laporan: return col::laporan::tanggal_lapor;
    default: return -1;
  }
}

struct Candidate {
  std::uint32_t input;  // index into inputs (sorted order)
  std::uint32_t row;
};

// A distinct normalised row of a key group.
struct Value {
  std::vector<std::uint32_t> members;   // candidate indexes
  std::vector<std::uint32_t> inputs;    // sorted input indexes it came from
  std::vector<std::string> sumber;      // sorted submission names
  std::string tanggal;                  // latest tanggal_kompilasi of its inputs
  std::uint32_t rep = 0;                // candidate whose text the result keeps
};

class TableMerger {
 public:
  TableMerger(TableId t, const std::vector<Input>& inputs, Compilation& out)
      : t_(t), inputs_(inputs), out_(out), width_(0) {}

  void run(long preferred) {
    union_columns();
    normalise();
    group();
    emit(preferred);
  }

 private:
  const Table& in_table(std::uint32_t i) const { return inputs_[i].loaded->comp.table(t_); }
  std::string_view raw(const Candidate& c, std::size_t j) const {
    const int src = colmap_[c.input][j];
    if (src < 0) return {};
    const Compilation& comp = inputs_[c.input].loaded->comp;
    return comp.pool.view(comp.table(t_).id_at(c.row, static_cast<std::size_t>(src)));
  }
  std::uint32_t norm(std::uint32_t cand, std::size_t j) const { return norm_[cand * width_ + j]; }
  std::string_view norm_text(std::uint32_t cand, std::size_t j) const { return pool_.view(norm(cand, j)); }

  void union_columns() {
    Table& dst = out_.table(t_);
    dst.columns.clear();
    for (const auto& c : spec(t_).columns) dst.columns.emplace_back(c.name);
    for (const Input& in : inputs_) {
      const Table& src = in.loaded->comp.table(t_);
      for (std::size_t j = spec(t_).columns.size(); j < src.columns.size(); ++j)
        if (dst.find_column(src.columns[j]) < 0) dst.columns.push_back(src.columns[j]);
    }
    width_ = dst.columns.size();
    colmap_.resize(inputs_.size());
    for (std::size_t i = 0; i < inputs_.size(); ++i) {
      const Table& src = in_table(static_cast<std::uint32_t>(i));
      colmap_[i].assign(width_, -1);
      for (std::size_t j = 0; j < width_; ++j) colmap_[i][j] = src.find_column(dst.columns[j]);
    }
  }

  void normalise() {
    const int pc = platform_column(t_);
    std::string buf;
    for (std::uint32_t i = 0; i < inputs_.size(); ++i) {
      const std::size_t rows = in_table(i).rows();
      for (std::uint32_t r = 0; r < rows; ++r) {
        const Candidate c{i, r};
        const std::optional<Platform> platform = pc < 0 ? std::nullopt : parse_platform(trim(raw(c, pc)));
        cands_.push_back(c);
        for (std::size_t j = 0; j < width_; ++j) norm_.push_back(pool_.intern(merge_value(t_, j, raw(c, j), platform, buf)));
      }
    }
  }

  // Groups in order of first appearance; a row with an empty key cell is its own key
  // (all its values), so only identical rows join it. The n-th row of a key in one
  // submission only meets the n-th rows of that key in the others: a key repeated inside
  // one file stays two rows, for validate() to report (NIP_GANDA, KUNCI_GANDA), instead of
  // silently becoming one.
  void group() {
    std::unordered_map<std::string, std::uint32_t> groups;
    std::unordered_map<std::string, std::uint32_t> seen;  // input + key → rows so far
    const auto key_cols = spec(t_).key;
    std::string key, in_key;
    group_of_.resize(cands_.size());
    for (std::uint32_t k = 0; k < cands_.size(); ++k) {
      bool complete = true;
      for (std::uint8_t j : key_cols) complete = complete && norm(k, j) != 0;
      key.assign(1, complete ? 'k' : 'r');
      const auto add = [&](std::uint32_t id) { key.append(reinterpret_cast<const char*>(&id), sizeof id); };
      if (complete)
        for (std::uint8_t j : key_cols) add(norm(k, j));
      else
        for (std::size_t j = 0; j < width_; ++j) add(norm(k, j));
      in_key.assign(reinterpret_cast<const char*>(&cands_[k].input), sizeof cands_[k].input);
      in_key += key;
      add(seen[in_key]++);
      const auto [it, fresh] = groups.emplace(key, static_cast<std::uint32_t>(groups.size()));
      group_of_[k] = it->second;
    }
    group_count_ = groups.size();
  }

  // Content order of two normalised rows (section-1 column order, UTF-8 bytes).
  int compare_norm(std::uint32_t a, std::uint32_t b) const {
    for (std::size_t j = 0; j < width_; ++j)
      if (const int c = norm_text(a, j).compare(norm_text(b, j))) return c;
    return 0;
  }
  int compare_raw(std::uint32_t a, std::uint32_t b) const {
    for (std::size_t j = 0; j < width_; ++j)
      if (const int c = raw(cands_[a], j).compare(raw(cands_[b], j))) return c;
    return 0;
  }
  const std::string& tanggal(std::uint32_t cand) const {
    return inputs_[cands_[cand].input].loaded->comp.tanggal_kompilasi;
  }
  std::string date_of(const Value& v) const {
    const int dc = date_column(t_);
    if (dc < 0) return {};
    const auto d = parse_date(norm_text(v.rep, static_cast<std::size_t>(dc)));
    return d ? format_date(*d) : std::string();
  }
  // terbaru: later date column, then later tanggal_kompilasi, then normalised values last.
  bool older(const Value& a, const Value& b) const {
    if (const int c = date_of(a).compare(date_of(b))) return c < 0;
    if (const int c = a.tanggal.compare(b.tanggal)) return c < 0;
    return compare_norm(a.rep, b.rep) < 0;
  }

  std::vector<std::string> names_of(const Candidate& c) const {
    const Loaded& in = *inputs_[c.input].loaded;
    const Table& src = in.comp.table(t_);
    if (c.row < src.sumber.size() && src.sumber[c.row] != 0) return split_sumber(in.comp.pool.view(src.sumber[c.row]));
    return {in.name};
  }

  std::vector<Value> values_of(std::vector<std::uint32_t>& members) const {
    std::sort(members.begin(), members.end(), [&](std::uint32_t a, std::uint32_t b) {
      const int c = compare_norm(a, b);
      return c ? c < 0 : a < b;
    });
    std::vector<Value> values;
    for (std::size_t i = 0; i < members.size(); ++i) {
      if (i == 0 || compare_norm(members[i - 1], members[i]) != 0) values.emplace_back();
      Value& v = values.back();
      const std::uint32_t k = members[i];
      v.members.push_back(k);
      v.inputs.push_back(cands_[k].input);
      for (auto& n : names_of(cands_[k])) v.sumber.push_back(std::move(n));
      if (tanggal(k) > v.tanggal) v.tanggal = tanggal(k);
    }
    for (Value& v : values) {
      std::sort(v.inputs.begin(), v.inputs.end());
      v.inputs.erase(std::unique(v.inputs.begin(), v.inputs.end()), v.inputs.end());
      std::sort(v.sumber.begin(), v.sumber.end());
      v.sumber.erase(std::unique(v.sumber.begin(), v.sumber.end()), v.sumber.end());
      // the text kept: from the latest submission, then the last in byte order
      v.rep = v.members.front();
      for (std::uint32_t k : v.members) {
        const int c = tanggal(v.rep).compare(tanggal(k));
        if (c < 0 || (c == 0 && compare_raw(v.rep, k) < 0)) v.rep = k;
      }
    }
    std::sort(values.begin(), values.end(), [&](const Value& a, const Value& b) {
      if (a.sumber != b.sumber) return a.sumber < b.sumber;
      return compare_norm(a.rep, b.rep) < 0;
    });
    return values;
  }

  std::size_t pick(const std::vector<Value>& values, long preferred) const {
    const auto has_pref = [&](const Value& v) {
      return preferred >= 0 && std::binary_search(v.inputs.begin(), v.inputs.end(), static_cast<std::uint32_t>(preferred));
    };
    const bool any_pref = std::any_of(values.begin(), values.end(), has_pref);
    std::size_t best = values.size();
    for (std::size_t i = 0; i < values.size(); ++i) {
      if (any_pref && !has_pref(values[i])) continue;
      if (best == values.size() || older(values[best], values[i])) best = i;
    }
    return best;
  }

  Row raw_row(std::uint32_t cand) const {
    Row row(width_);
    for (std::size_t j = 0; j < width_; ++j) row[j] = std::string(raw(cands_[cand], j));
    return row;
  }

  void put_row(std::uint32_t cand, const std::vector<std::string>& sumber) {
    Table& dst = out_.table(t_);
    for (std::size_t j = 0; j < width_; ++j) dst.cells.push_back(out_.cell_id(t_, j, raw(cands_[cand], j)));
    // the row keeps its record number in the file it came from, which findings report
    dst.source_row.push_back(in_table(cands_[cand].input).source_row[cands_[cand].row]);
    dst.sumber.push_back(out_.pool.intern(join_sumber(sumber)));
  }

  void emit(long preferred) {
    Table& dst = out_.table(t_);
    dst.cells.clear(), dst.source_row.clear(), dst.sumber.clear();
    std::vector<std::uint32_t> start(group_count_ + 1, 0), order(cands_.size());
    for (std::uint32_t g : group_of_) ++start[g + 1];
    std::partial_sum(start.begin(), start.end(), start.begin());
    {
      std::vector<std::uint32_t> fill(start.begin(), start.end() - 1);
      for (std::uint32_t k = 0; k < cands_.size(); ++k) order[fill[group_of_[k]]++] = k;
    }
    std::vector<std::uint32_t> members;
    for (std::size_t g = 0; g < group_count_; ++g) {
      members.assign(order.begin() + start[g], order.begin() + start[g + 1]);
      const std::vector<Value> values = values_of(members);
      if (values.size() == 1) {
        put_row(values[0].rep, values[0].sumber);
        continue;
      }
      Conflict k;
      k.table = t_;
      for (std::uint8_t j : spec(t_).key)
        k.kunci.emplace_back(dst.columns[j], std::string(norm_text(values[0].rep, j)));
      for (std::size_t j = 0; j < width_; ++j)
        for (const Value& v : values)
          if (norm(v.rep, j) != norm(values[0].rep, j)) {
            k.kolom.push_back(dst.columns[j]);
            break;
          }
      for (const Value& v : values) k.nilai.push_back({v.sumber, raw_row(v.rep)});
      const std::size_t chosen = pick(values, preferred);
      k.dipilih = static_cast<int>(chosen);
      put_row(values[chosen].rep, values[chosen].sumber);
      out_.konflik.push_back(std::move(k));
    }
  }

  TableId t_;
  const std::vector<Input>& inputs_;
  Compilation& out_;
  std::size_t width_;
  std::vector<std::vector<int>> colmap_;  // per input: union column → its column or -1
  StringPool pool_;                       // normalised texts
  std::vector<Candidate> cands_;
  std::vector<std::uint32_t> norm_;       // cands × width normalised ids
  std::vector<std::uint32_t> group_of_;
  std::size_t group_count_ = 0;
};

}  // namespace

void merge_table(TableId t, const std::vector<Input>& inputs, long preferred, Compilation& out) {
  TableMerger(t, inputs, out).run(preferred);
}

}  // namespace kompilasi::merge_detail
