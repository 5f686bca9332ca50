// read_flat_form: a Sheet and its mapping → pegawai and akun rows (flat_form.hpp).
#include <algorithm>
#include <unordered_map>

#include "flat_form.hpp"
#include "flat_form_aliases.hpp"
#include "flat_form_timestamp.hpp"
#include "flat_form_units.hpp"
#include "neutralize.hpp"

namespace kompilasi {
namespace {

// Slots: what a row's value is looked up by. 0..7 the pegawai columns, then four per platform
// (akun, pengikut, status, tanggal_cek), then the timestamp.
constexpr int kPlatformSlot0 = col::pegawai::count;
constexpr int kTimestampSlot = kPlatformSlot0 + 4 * kPlatformCount;
constexpr int kSlots = kTimestampSlot + 1;
constexpr int platform_slot(int platform, int field) { return kPlatformSlot0 + platform * 4 + field; }
enum : int { kAkun, kPengikut, kStatus, kTanggalCek };

std::uint64_t override_key(std::uint32_t form_row, int slot) {
  return (static_cast<std::uint64_t>(form_row) << 8) | static_cast<std::uint64_t>(slot);
}

int field_of(FormTarget::Kind k) {
  switch (k) {
    case FormTarget::Kind::akun: return kAkun;
    case FormTarget::Kind::pengikut: return kPengikut;
    case FormTarget::Kind::status: return kStatus;
    default: return kTanggalCek;
  }
}

// Columns per slot in lookup order: a row takes the first that holds text. A platform's own
// status / check-date column comes before one for every platform.
std::array<std::vector<int>, kSlots> slot_columns(const FlatFormMapping& m) {
  std::array<std::vector<int>, kSlots> slots;
  for (int pass = 0; pass < 2; ++pass) {
    for (std::size_t c = 0; c < m.targets.size(); ++c) {
      const FormTarget t = m.targets[c];
      const int col = static_cast<int>(c);
      if (pass == 0) {
        if (t.kind == FormTarget::Kind::timestamp) slots[kTimestampSlot].push_back(col);
        else if (t.kind == FormTarget::Kind::pegawai) slots[t.column].push_back(col);
        else if (t.kind != FormTarget::Kind::ignored && t.platform >= 0)
          slots[platform_slot(t.platform, field_of(t.kind))].push_back(col);
      } else if ((t.kind == FormTarget::Kind::status || t.kind == FormTarget::Kind::tanggal_cek) && t.platform < 0) {
        for (int p = 0; p < kPlatformCount; ++p) slots[platform_slot(p, field_of(t.kind))].push_back(col);
      }
    }
  }
  return slots;
}

struct Record {
  std::uint32_t number;       // 1-based, blank rows not counted
  const std::vector<std::string>* cells;
};

class Reader {
 public:
  Reader(const Sheet& sheet, const FlatFormMapping& m, const FlatFormOptions& opt)
      : sheet_(sheet), m_(m), opt_(opt), slots_(slot_columns(m)) {
    r_.loaded.name = opt.name;
    r_.loaded.comp.tanggal_kompilasi = opt.tanggal_kompilasi;
    if (opt.units && opt.units->table(TableId::unit).rows() > 0) {
      units_ = opt.units;
      matcher_.emplace(*opt.units);
      r_.loaded.comp.instansi = opt.units->instansi;
      r_.loaded.comp.tahun = opt.units->tahun;
    }
    FlatFormLabels& l = r_.labels;
    l.headers = m.headers;
    l.source = opt.name;
    for (int c = 0; c < col::pegawai::count; ++c) l.pegawai[c] = first(c);
    for (int p = 0; p < kPlatformCount; ++p)
      for (int f = 0; f < 4; ++f) l.akun[p][f] = first(platform_slot(p, f));
  }

  FlatFormResult run() {
    collect_records();
    report_columns();
    const std::vector<bool> replaced = find_resubmissions();
    for (std::size_t i = 0; i < records_.size(); ++i)
      if (!replaced[i]) take(records_[i]);
    add_units();
    if (slots_[col::pegawai::nip].empty()) r_.loaded.notices.push_back({"flatform_no_nip_column", opt_.file, {}});
    std::stable_sort(r_.loaded.findings.begin(), r_.loaded.findings.end(),
                     [](const Finding& a, const Finding& b) { return a.row < b.row; });
    return std::move(r_);
  }

 private:
  int first(int slot) const { return slots_[slot].empty() ? FlatFormLabels::kNone : slots_[slot].front(); }

  std::string_view cell(const Record& rec, std::size_t c) const {
    return c < rec.cells->size() && c < m_.headers.size() ? strip_text_prefix((*rec.cells)[c]) : std::string_view();
  }

  // The first column of the slot holding text in this record, and that text (as entered).
  std::pair<int, std::string_view> value(const Record& rec, int slot) const {
    for (int c : slots_[slot]) {
      const std::string_view v = cell(rec, static_cast<std::size_t>(c));
      if (!trim(v).empty()) return {c, v};
    }
    return {FlatFormLabels::kNone, {}};
  }

  std::string_view note(const Record& rec, int slot) {
    const auto [c, v] = value(rec, slot);
    if (c != FlatFormLabels::kNone && c != first(slot)) r_.labels.overrides[override_key(rec.number, slot)] = c;
    return v;
  }

  Finding finding(Rule rule, Severity sev, std::uint32_t row, std::uint32_t table_row, std::string_view column,
                  std::string_view value = {}, std::uint32_t first_row = 0, std::string_view detail = {}) const {
    return Finding(rule, sev, TableId::pegawai, row, table_row, column, value, first_row, detail, opt_.name);
  }

  void collect_records() {
    std::uint32_t n = 0;
    for (std::size_t i = 1; i < sheet_.rows.size(); ++i) {
      const auto& row = sheet_.rows[i];
      const bool blank = std::all_of(row.begin(), row.end(), [](const std::string& s) { return trim(s).empty(); });
      if (!blank) records_.push_back({++n, &row});
    }
  }

  // KOLOM_DIABAIKAN for every ignored column (one with an empty header only when it holds text).
  void report_columns() {
    for (std::size_t c = 0; c < m_.targets.size(); ++c) {
      if (m_.targets[c].kind != FormTarget::Kind::ignored) continue;
      const bool named = c < sheet_.rows[0].size() && !trim(strip_text_prefix(sheet_.rows[0][c])).empty();
      const bool has_text = named || std::any_of(records_.begin(), records_.end(), [&](const Record& r) {
        return !trim(cell(r, c)).empty();
      });
      if (!has_text) continue;
      r_.loaded.findings.push_back(
          finding(Rule::KOLOM_DIABAIKAN, Severity::info, 0, kNoRow, m_.headers[c], named ? m_.headers[c] : ""));
    }
  }

  // With a Timestamp column, the earlier answers of a repeated NIP: JAWABAN_GANDA, not taken in.
  std::vector<bool> find_resubmissions() {
    std::vector<bool> replaced(records_.size(), false);
    if (slots_[kTimestampSlot].empty()) return replaced;
    std::vector<std::string_view> stamps(records_.size());
    for (std::size_t i = 0; i < records_.size(); ++i) stamps[i] = value(records_[i], kTimestampSlot).second;
    const DayOrder order = timestamp_day_order(stamps);
    std::unordered_map<std::uint64_t, std::vector<std::size_t>> by_nip;
    for (std::size_t i = 0; i < records_.size(); ++i)
      if (auto nip = parse_nip(value(records_[i], col::pegawai::nip).second)) by_nip[*nip].push_back(i);
    for (auto& [nip, group] : by_nip) {
      if (group.size() < 2) continue;
      // The latest Timestamp wins, a tie the later row; when one of them cannot be read, the later row.
      std::size_t keep = group.back();
      std::vector<std::int64_t> t;
      for (std::size_t i : group)
        if (auto s = parse_timestamp(stamps[i], order)) t.push_back(*s);
      if (t.size() == group.size()) {
        std::size_t best = 0;
        for (std::size_t k = 1; k < group.size(); ++k)
          if (t[k] >= t[best]) best = k;
        keep = group[best];
      }
      for (std::size_t i : group) {
        if (i == keep) continue;
        replaced[i] = true;
        const auto [nip_col, nip_text] = value(records_[i], col::pegawai::nip);
        r_.loaded.findings.push_back(finding(Rule::JAWABAN_GANDA, Severity::info, records_[i].number, kNoRow,
                                             m_.headers[nip_col], nip_text, records_[keep].number, stamps[keep]));
      }
    }
    return replaced;
  }

  std::string unit_code(const Record& rec, std::string_view text, std::uint32_t table_row) {
    const std::string key(trim(text));
    if (key.empty()) return std::string(text);
    if (!matcher_) {  // no unit table: the form's names are the units
      const std::string name_key = unit_name_key(key);
      const auto [it, added] = form_units_.try_emplace(name_key, key, rec.number);
      if (added) form_unit_order_.push_back(name_key);
      return it->second.first;
    }
    auto it = matches_.find(key);
    if (it == matches_.end()) it = matches_.emplace(key, matcher_->match(key)).first;
    const UnitMatcher::Match& mt = it->second;
    if (mt.row >= 0) {
      used_units_.push_back(mt.row);
      return std::string(units_->text(TableId::unit, static_cast<std::size_t>(mt.row), col::unit::kode_unit));
    }
    std::string candidates;
    for (int r : mt.candidates) {
      if (!candidates.empty()) candidates += ", ";
      candidates += units_->text(TableId::unit, static_cast<std::size_t>(r), col::unit::kode_unit);
    }
    r_.loaded.findings.push_back(finding(Rule::UNIT_TIDAK_DIKENAL, Severity::error, rec.number, table_row,
                                         m_.headers[value(rec, col::pegawai::kode_unit).first], text, 0, candidates));
    return std::string(text);
  }

  void push_row(Table& t, std::span<const std::string_view> cells, std::uint32_t source_row) {
    Compilation& comp = r_.loaded.comp;
    for (std::size_t c = 0; c < t.width(); ++c) t.cells.push_back(c < cells.size() ? comp.cell_id(t.id, c, cells[c]) : 0);
    t.source_row.push_back(source_row);
  }

  void take(const Record& rec) {
    Compilation& comp = r_.loaded.comp;
    Table& pegawai = comp.table(TableId::pegawai);
    const auto row = static_cast<std::uint32_t>(pegawai.rows());
    std::array<std::string_view, col::pegawai::count> cells{};
    for (int c = 0; c < col::pegawai::count; ++c) cells[c] = note(rec, c);
    const std::string code = unit_code(rec, cells[col::pegawai::kode_unit], row);
    cells[col::pegawai::kode_unit] = code;
    push_row(pegawai, cells, rec.number);
    for (std::size_t c = m_.headers.size(); c < rec.cells->size(); ++c)
      if (!(*rec.cells)[c].empty()) { report_ragged(rec, row); break; }

    Table& akun = comp.table(TableId::akun);
    for (int p = 0; p < kPlatformCount; ++p) {
      const std::string_view handle = note(rec, platform_slot(p, kAkun));
      const std::string_view followers = note(rec, platform_slot(p, kPengikut));
      if (is_no_account(handle)) continue;
      // No handle but a follower count: the row is taken in, so that the missing handle is reported.
      if (trim(handle).empty() && (trim(followers).empty() || is_no_account(followers) || trim(followers) == "0"))
        continue;
      const std::array<std::string_view, col::akun::count> a = {
          cells[col::pegawai::nip], platform_name(static_cast<Platform>(p)), handle, followers,
          note(rec, platform_slot(p, kStatus)), note(rec, platform_slot(p, kTanggalCek))};
      push_row(akun, a, rec.number);
    }
  }

  // BARIS_TIDAK_RATA (DATA.md section 2): the fields past the header are dropped.
  void report_ragged(const Record& rec, std::uint32_t table_row) {
    std::string dropped;
    for (std::size_t c = m_.headers.size(); c < rec.cells->size(); ++c) {
      if (c > m_.headers.size()) dropped += ',';
      dropped += (*rec.cells)[c];
    }
    r_.loaded.findings.push_back(finding(Rule::BARIS_TIDAK_RATA, Severity::error, rec.number, table_row,
                                         m_.headers.back(), dropped, 0,
                                         std::to_string(rec.cells->size()) + "/" + std::to_string(m_.headers.size())));
  }

  // The units the rows use and their parents (so that the result validates alone and merges
  // silently with the unit bundle), or the form's own units when no unit table was given.
  void add_units() {
    Compilation& comp = r_.loaded.comp;
    Table& out = comp.table(TableId::unit);
    if (!matcher_) {
      for (const std::string& key : form_unit_order_) {
        const auto& [code, first_row] = form_units_.at(key);
        const std::array<std::string_view, 2> cells = {code, code};
        push_row(out, cells, first_row);
      }
      if (!form_unit_order_.empty())
        r_.loaded.notices.push_back({"flatform_units_from_form", opt_.file, std::to_string(form_unit_order_.size())});
      return;
    }
    const Table& src = units_->table(TableId::unit);
    std::vector<bool> keep(src.rows(), false);
    std::unordered_map<std::string_view, std::size_t> by_code;
    for (std::size_t r = 0; r < src.rows(); ++r)
      by_code.emplace(units_->text(TableId::unit, r, col::unit::kode_unit), r);
    for (int r : used_units_) {
      for (std::size_t u = static_cast<std::size_t>(r); !keep[u];) {  // up the induk chain; a cycle stops at a kept row
        keep[u] = true;
        const auto parent = by_code.find(units_->text(TableId::unit, u, col::unit::induk));
        if (parent == by_code.end()) break;
        u = parent->second;
      }
    }
    for (std::size_t r = 0; r < src.rows(); ++r) {
      if (!keep[r]) continue;
      std::array<std::string_view, col::unit::count> cells{};
      for (int c = 0; c < col::unit::count; ++c) cells[c] = units_->text(TableId::unit, r, c);
      push_row(out, cells, src.source_row[r]);
    }
  }

  const Sheet& sheet_;
  const FlatFormMapping& m_;
  const FlatFormOptions& opt_;
  const std::array<std::vector<int>, kSlots> slots_;
  const Compilation* units_ = nullptr;
  std::optional<UnitMatcher> matcher_;
  std::unordered_map<std::string, UnitMatcher::Match> matches_;
  std::vector<int> used_units_;
  std::unordered_map<std::string, std::pair<std::string, std::uint32_t>> form_units_;  // name key → (code, first row)
  std::vector<std::string> form_unit_order_;
  std::vector<Record> records_;
  FlatFormResult r_;
};

}  // namespace

FlatFormResult read_flat_form(const Sheet& sheet, const FlatFormMapping& m, const FlatFormOptions& opt) {
  if (sheet.rows.empty() || m.headers.empty()) {
    FlatFormResult r;
    r.loaded.name = opt.name;
    r.labels.source = opt.name;
    return r;
  }
  // A mapping edited by hand may hold targets that name nothing: those columns are ignored.
  FlatFormMapping checked = m;
  checked.targets.resize(m.headers.size());
  for (FormTarget& t : checked.targets)
    if (!target_valid(t)) t = FormTarget{};
  return Reader(sheet, checked, opt).run();
}

int FlatFormLabels::header_for(TableId t, std::uint32_t form_row, int column, int platform) const {
  int slot = -1;
  if (t == TableId::pegawai && column >= 0 && column < col::pegawai::count) slot = column;
  else if (t == TableId::akun) {
    if (column == col::akun::nip) slot = col::pegawai::nip;
    else if (platform >= 0 && platform < kPlatformCount) {
      switch (column) {
        case col::akun::platform:
        case col::akun::akun: slot = platform_slot(platform, kAkun); break;
        case col::akun::pengikut: slot = platform_slot(platform, kPengikut); break;
        case col::akun::status: slot = platform_slot(platform, kStatus); break;
        case col::akun::tanggal_cek: slot = platform_slot(platform, kTanggalCek); break;
        default: break;
      }
    }
  }
  if (slot < 0) return kNone;
  if (auto it = overrides.find(override_key(form_row, slot)); it != overrides.end()) return it->second;
  if (slot < col::pegawai::count) return pegawai[slot];
  const int p = (slot - kPlatformSlot0) / 4;
  return akun[p][(slot - kPlatformSlot0) % 4];
}

}  // namespace kompilasi
