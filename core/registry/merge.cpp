// The merge driver: input order, header agreement, conflicts carried from merged inputs,
// the conflicts' order, and by-hand resolution.
#include "merge.hpp"

#include <algorithm>
#include <numeric>

#include "anonymize.hpp"
#include "input_error.hpp"
#include "merge_detail.hpp"
#include "merge_normalize.hpp"

namespace kompilasi {

using namespace merge_detail;

namespace {

int compare_tables(const Compilation& a, const Compilation& b) {
  for (TableId t : kAllTables) {
    const Table &x = a.table(t), &y = b.table(t);
    if (x.columns != y.columns) return x.columns < y.columns ? -1 : 1;
    if (x.cells.size() != y.cells.size()) return x.cells.size() < y.cells.size() ? -1 : 1;
    for (std::size_t i = 0; i < x.cells.size(); ++i)
      if (const int c = a.pool.view(x.cells[i]).compare(b.pool.view(y.cells[i]))) return c;
  }
  return 0;
}

// Inputs in an order that depends on their content only: name, date, then the cells.
std::vector<Input> sorted_inputs(std::span<const Loaded> inputs) {
  std::vector<const Loaded*> v;
  for (const Loaded& l : inputs) v.push_back(&l);
  std::sort(v.begin(), v.end(), [](const Loaded* a, const Loaded* b) {
    if (a->name != b->name) return a->name < b->name;
    if (a->comp.tanggal_kompilasi != b->comp.tanggal_kompilasi)
      return a->comp.tanggal_kompilasi < b->comp.tanggal_kompilasi;
    return compare_tables(a->comp, b->comp) < 0;
  });
  std::vector<Input> out;
  for (std::size_t i = 0; i < v.size(); ++i) out.push_back({v[i], i});
  return out;
}

// The `anonim` header field's scheme (anonymize.hpp), empty for a compilation with real NIPs.
std::string anon_scheme(const Compilation& c) {
  return is_anonymised(c) ? c.extra.find(kAnonField)->get<std::string>() : std::string();
}

void check_headers(const std::vector<Input>& inputs) {
  if (inputs.empty()) return;
  const Loaded *instansi = nullptr, *tahun = nullptr;
  const Loaded& first = *inputs.front().loaded;
  const std::string scheme = anon_scheme(first.comp);
  for (const Input& in : inputs) {
    const Compilation& c = in.loaded->comp;
    // pseudonyms and real NIPs (or pseudonyms of two schemes) never meet in one compilation
    if (const std::string s = anon_scheme(c); s != scheme) {
      if (!s.empty() && !scheme.empty())
        throw InputError("merge_anonim_skema", first.name + " (" + scheme + ")", "", in.loaded->name + " (" + s + ")");
      const Loaded &anon = s.empty() ? first : *in.loaded, &clear = s.empty() ? *in.loaded : first;
      throw InputError("merge_anonim", anon.name, "", clear.name);
    }
    if (!fold_header(c.instansi).empty()) {
      if (!instansi) instansi = in.loaded;
      else if (fold_header(instansi->comp.instansi) != fold_header(c.instansi))
        throw InputError("merge_instansi", instansi->name + " (" + instansi->comp.instansi + ")", "",
                         in.loaded->name + " (" + c.instansi + ")");
    }
    if (c.tahun != 0) {
      if (!tahun) tahun = in.loaded;
      else if (tahun->comp.tahun != c.tahun)
        throw InputError("merge_tahun", tahun->name + " (" + std::to_string(tahun->comp.tahun) + ")", "",
                         in.loaded->name + " (" + std::to_string(c.tahun) + ")");
    }
  }
}

// Header of the result: the latest tanggal_kompilasi, and instansi, tahun and unknown keys
// of the latest input that has them.
void set_header(const std::vector<Input>& inputs, Compilation& out) {
  std::vector<const Input*> by_date;
  for (const Input& in : inputs) by_date.push_back(&in);
  std::stable_sort(by_date.begin(), by_date.end(), [](const Input* a, const Input* b) {
    return a->loaded->comp.tanggal_kompilasi < b->loaded->comp.tanggal_kompilasi;
  });
  for (const Input* in : by_date) {
    const Compilation& c = in->loaded->comp;
    if (!trim(c.instansi).empty()) out.instansi = c.instansi;
    if (c.tahun) out.tahun = c.tahun;
    if (!c.tanggal_kompilasi.empty()) out.tanggal_kompilasi = c.tanggal_kompilasi;
    for (const auto& [k, v] : c.extra.items()) out.extra[k] = v;
  }
}

bool value_less(const ConflictValue& a, const ConflictValue& b) {
  return a.sumber != b.sumber ? a.sumber < b.sumber : a.row < b.row;
}
bool same_value(const ConflictValue& a, const ConflictValue& b) { return a.sumber == b.sumber && a.row == b.row; }

bool conflict_less(const Conflict& a, const Conflict& b) {
  if (a.table != b.table) return a.table < b.table;
  if (a.kunci != b.kunci) return a.kunci < b.kunci;
  if (a.kolom != b.kolom) return a.kolom < b.kolom;
  if (a.dipilih != b.dipilih) return a.dipilih < b.dipilih;
  return std::lexicographical_compare(a.nilai.begin(), a.nilai.end(), b.nilai.begin(), b.nilai.end(), value_less);
}
bool same_conflict(const Conflict& a, const Conflict& b) {
  return a.table == b.table && a.kunci == b.kunci && a.kolom == b.kolom && a.dipilih == b.dipilih &&
         std::equal(a.nilai.begin(), a.nilai.end(), b.nilai.begin(), b.nilai.end(), same_value);
}

// Conflicts of merged inputs whose key did not conflict again, rows laid out in the
// result's columns.
std::vector<Conflict> carried_conflicts(const std::vector<Input>& inputs, const Compilation& out) {
  std::vector<Conflict> carried;
  for (const Input& in : inputs) {
    const Compilation& c = in.loaded->comp;
    for (const Conflict& k : c.konflik) {
      const bool again = std::any_of(out.konflik.begin(), out.konflik.end(), [&](const Conflict& n) {
        return n.table == k.table && n.kunci == k.kunci;
      });
      if (again) continue;
      Conflict moved = k;
      const Table &src = c.table(k.table), &dst = out.table(k.table);
      for (ConflictValue& v : moved.nilai) {
        Row row(dst.width());
        for (std::size_t j = 0; j < v.row.size() && j < src.width(); ++j)
          if (const int to = dst.find_column(src.columns[j]); to >= 0) row[to] = v.row[j];
        v.row = std::move(row);
      }
      carried.push_back(std::move(moved));
    }
  }
  return carried;
}

}  // namespace

namespace merge_detail {

std::string join_sumber(const std::vector<std::string>& names) {
  std::string out;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i) out += '\n';
    out += names[i];
  }
  return out;
}

std::vector<std::pair<std::string, std::string>> row_key(const Compilation& c, TableId t, std::size_t r) {
  const int pc = platform_column(t);
  const std::optional<Platform> platform = pc < 0 ? std::nullopt : parse_platform(trim(c.text(t, r, pc)));
  std::vector<std::pair<std::string, std::string>> key;
  std::string buf;
  for (std::uint8_t j : spec(t).key) {
    const std::string_view v = merge_value(t, j, c.text(t, r, j), platform, buf);
    if (v.empty()) return {};
    key.emplace_back(std::string(spec(t).columns[j].name), std::string(v));
  }
  return key;
}

}  // namespace merge_detail

std::vector<std::string> split_sumber(std::string_view joined) {
  std::vector<std::string> out;
  std::size_t from = 0;
  while (from <= joined.size() && !joined.empty()) {
    const std::size_t to = std::min(joined.find('\n', from), joined.size());
    if (to > from) out.emplace_back(joined.substr(from, to - from));
    from = to + 1;
  }
  return out;
}

Compilation merge(std::span<const Loaded> inputs, const MergePolicy& policy) {
  const std::vector<Input> sorted = sorted_inputs(inputs);
  check_headers(sorted);
  long preferred = -1;
  if (!policy.utamakan.empty()) {
    for (const Input& in : sorted)
      if (in.loaded->name == policy.utamakan) preferred = static_cast<long>(in.order);
    if (preferred < 0) throw InputError("merge_utamakan", policy.utamakan);
  }
  Compilation out;
  set_header(sorted, out);
  for (TableId t : kAllTables) merge_table(t, sorted, preferred, out);
  std::vector<Conflict> carried = carried_conflicts(sorted, out);
  for (Conflict& k : carried) out.konflik.push_back(std::move(k));
  std::sort(out.konflik.begin(), out.konflik.end(), conflict_less);
  out.konflik.erase(std::unique(out.konflik.begin(), out.konflik.end(), same_conflict), out.konflik.end());
  return out;
}

bool choose(Compilation& c, std::size_t conflict, int dipilih) {
  if (conflict >= c.konflik.size()) return false;
  Conflict& k = c.konflik[conflict];
  if (dipilih < 0 || static_cast<std::size_t>(dipilih) >= k.nilai.size()) return false;
  Table& t = c.table(k.table);
  for (std::size_t r = 0; r < t.rows(); ++r) {
    if (row_key(c, k.table, r) != k.kunci) continue;
    const ConflictValue& v = k.nilai[static_cast<std::size_t>(dipilih)];
    for (std::size_t j = 0; j < t.width(); ++j) t.id_at(r, j) = c.cell_id(k.table, j, j < v.row.size() ? v.row[j] : "");
    if (t.sumber.size() != t.rows()) t.sumber.resize(t.rows(), 0);
    t.sumber[r] = c.pool.intern(join_sumber(v.sumber));
    k.dipilih = dipilih;
    return true;
  }
  return false;
}

nlohmann::ordered_json conflict_json(const Conflict& k, const Compilation& c) {
  using Json = nlohmann::ordered_json;
  const Table& t = c.table(k.table);
  Json o = Json::object();
  o["tabel"] = std::string(spec(k.table).name);
  Json kunci = Json::object();
  for (const auto& [col, val] : k.kunci) kunci[col] = val;
  o["kunci"] = std::move(kunci);
  o["kolom"] = k.kolom;
  Json nilai = Json::array();
  for (const ConflictValue& v : k.nilai) {
    Json row = Json::object();
    for (std::size_t j = 0; j < v.row.size() && j < t.width(); ++j) row[t.columns[j]] = v.row[j];
    nilai.push_back(Json{{"sumber", v.sumber}, {"baris", std::move(row)}});
  }
  o["nilai"] = std::move(nilai);
  o["dipilih"] = k.dipilih;
  return o;
}

nlohmann::ordered_json merge_summary_json(const Compilation& c) {
  using Json = nlohmann::ordered_json;
  Json konflik = Json::array();
  for (const Conflict& k : c.konflik) konflik.push_back(conflict_json(k, c));
  Json counts = Json::object();
  for (TableId t : kAllTables) counts[std::string(spec(t).name)] = c.table(t).rows();
  return Json{{"konflik", std::move(konflik)}, {"counts", std::move(counts)}};
}

}  // namespace kompilasi
