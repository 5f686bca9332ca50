// Flat forms (DATA.md section 2): Google Forms exports and hand-made Excel sheets with one
// row per ASN. A form is read in three steps, each usable on its own (the app shows the
// mapping and a preview and lets the user correct the mapping before anything is taken in):
//
//   FlatFormMapping m = guess_mapping(sheet);            // header aliases (flat_form_aliases.hpp)
//   apply_peta(m, peta_bytes, "peta.json");              // --peta: the user's corrections
//   FlatFormResult r = read_flat_form(sheet, m, {.name = "dinkes", .file = "dinkes.csv", .units = &ws});
//   Validation v = validate(r.loaded.comp, r.loaded.findings);
//   relabel_findings(v, r.loaded.comp, r.labels);           // columns named as the form names them
//
// The reader only sees a Sheet (row 0 the header); CSV and XLSX readers make it.
// What the reader decides (FLAT_FORM_ALIASES.md has the user-facing version):
// - units: matched by code or by name (Kec./Kel. read as Kecamatan/Kelurahan) against the
//   given unit table; the units the form's rows use (and their parents) are copied into the
//   result so that it validates alone and merges silently with the unit bundle. Without a
//   unit table, the form's distinct unit names become the units (coded by their text) and a
//   notice says so.
// - Timestamp: a repeated NIP is a re-submission, the latest answer is kept, each earlier one
//   is a JAWABAN_GANDA finding and is not taken in. Without Timestamp every row is taken in.
// - Every other row is taken in, whatever it holds; table rows keep the form's record number
//   in source_row.
#pragma once
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "i18n.hpp"
#include "loaded.hpp"
#include "model.hpp"
#include "normalize.hpp"
#include "sheet.hpp"
#include "validate.hpp"

namespace kompilasi {

// ---- what a form column means -----------------------------------------------------------
// Written in a --peta file as text: "" (ignore), "timestamp", a pegawai column ("nip", "nama",
// "jenis_asn", "jenis_kelamin", "kode_unit" (the unit by code or name), "jabatan", "email",
// "no_hp"), or a per-platform account column "akun:P", "pengikut:P", "status:P",
// "tanggal_cek:P" with P one of the six platforms; "status" and "tanggal_cek" without ":P"
// apply to every account of the row.
struct FormTarget {
  enum class Kind : std::uint8_t { ignored, timestamp, pegawai, akun, pengikut, status, tanggal_cek };
  Kind kind = Kind::ignored;
  std::uint8_t column = 0;    // col::pegawai index (Kind::pegawai)
  std::int8_t platform = -1;  // Platform; -1 = every platform (status, tanggal_cek only)
  bool operator==(const FormTarget&) const = default;
};
bool target_valid(FormTarget t);                               // names a column (a hand-edited one may not)
std::string target_name(FormTarget t);                         // "akun:instagram", "" for ignored or invalid
std::optional<FormTarget> parse_target(std::string_view text);  // compared like headers; nothing if unknown
std::string target_label(FormTarget t, Lang lang);              // "Akun Instagram", for the mapping view

// The mapping of a form: one target per column of the sheet, in column order. Plain data:
// the app edits targets[i] directly.
struct FlatFormMapping {
  std::vector<std::string> headers;  // the form's headers (an empty header is named by its column letter, "H")
  std::vector<FormTarget> targets;   // parallel to headers
};

// Guesses every column's target from its header by alias.
FlatFormMapping guess_mapping(const Sheet& sheet);
// Applies a --peta file (a JSON object of header → target text) over the guessed mapping.
// Headers are matched exactly, else like headers. Throws InputError (io.peta_*) for a file
// that is not such an object; returns a notice per header of the file that the form lacks.
std::vector<Notice> apply_peta(FlatFormMapping& m, std::string_view json_bytes, std::string_view file);
// The whole mapping as a --peta file (every header, ignored ones as ""), pretty-printed.
std::string mapping_to_json(const FlatFormMapping& m);

// ---- reading -----------------------------------------------------------------------------
struct FlatFormOptions {
  std::string name;                     // submission name (Loaded::name)
  std::string file;                     // file name for findings and notices
  const Compilation* units = nullptr;   // the unit table to match against; null or empty: none
  std::string tanggal_kompilasi;        // YYYY-MM-DD for the result (a form has none: --tanggal or today)
};

// Which form header each canonical column of a produced row came from, for relabel_findings.
// Cheap: one header per (table column) of the mapping, plus the rare rows where a later
// column of the same target filled an empty first one.
struct FlatFormLabels {
  static constexpr int kNone = -1;
  std::vector<std::string> headers;
  std::array<int, 8> pegawai{};                               // per col::pegawai: header index or kNone
  std::array<std::array<int, 4>, kPlatformCount> akun{};      // per platform: akun, pengikut, status, tanggal_cek
  std::unordered_map<std::uint64_t, int> overrides;           // (form row, slot) → header index
  std::string source;                                         // submission name; findings of another source are left alone

  int header_for(TableId t, std::uint32_t form_row, int column, int platform) const;
};

struct FlatFormResult {
  Loaded loaded;          // pegawai and akun rows, the units used, import findings, notices
  FlatFormLabels labels;
};

FlatFormResult read_flat_form(const Sheet& sheet, const FlatFormMapping& m, const FlatFormOptions& opt);

// Rewrites Finding::column of pegawai and akun findings (made on comp, the compilation that was
// validated: r.loaded.comp or one merged from it) to the form header the column came from, and
// drops validate()'s UNIT_TIDAK_DIKENAL where the reader already reported that cell (the
// reader's names the form's row, and the units an ambiguous name matched), recounting
// v.counts. Findings of other inputs are left alone: a finding belongs to the form when its
// source is labels.source or, having none, when its row's sumber (after a merge) lists it.
// After a merge, a row that took a column's value from a later column of the same meaning
// is labelled with the first one (merged rows no longer carry the form's row number).
void relabel_findings(Validation& v, const Compilation& comp, const FlatFormLabels& labels);

// ---- preview -----------------------------------------------------------------------------
// The first `rows` form records as they would be taken in, validated with the units.
struct FlatFormPreview {
  Compilation comp;                // units, and the pegawai and akun rows of those records
  std::vector<Finding> findings;   // reader and validate() findings on them, relabelled
  std::size_t records = 0;         // records of the whole form
};
FlatFormPreview preview_flat_form(const Sheet& sheet, const FlatFormMapping& m, const FlatFormOptions& opt,
                                  std::size_t rows = 20);

}  // namespace kompilasi
