// Every rule of DATA.md section 3 over a compilation, plus the normalised values that
// the metrics and the merge read, computed once.
#pragma once
#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

#include "finding.hpp"
#include "model.hpp"
#include "normalize.hpp"

namespace kompilasi {

inline constexpr std::int32_t kNone = -1;          // unknown reference / unreadable value
inline constexpr std::int64_t kNoCount = -1;       // follower count unknown or unreadable

// Parallel arrays, one entry per row of the table named in the prefix.
struct Normalized {
  StringPool keys;  // normalised handles (handle_key) and other comparison keys

  std::vector<std::int32_t> unit_parent;           // row index of the parent unit or kNone
  std::vector<std::uint64_t> pegawai_nip;          // 0 when not 18 digits
  std::vector<std::int32_t> pegawai_unit;          // unit row or kNone
  std::vector<std::uint64_t> akun_nip;
  std::vector<std::int8_t> akun_platform;          // Platform or -1
  std::vector<std::uint32_t> akun_handle;          // id in keys (0: empty)
  std::vector<std::int64_t> akun_pengikut;         // kNoCount when unknown
  std::vector<std::uint8_t> akun_counts;           // status empty/aktif/privat and not an official account
  std::vector<std::int32_t> akun_pegawai;          // pegawai row or kNone
  std::vector<std::int32_t> resmi_unit;
  std::vector<std::int8_t> resmi_platform;
  std::vector<std::uint32_t> resmi_handle;
  std::vector<std::int64_t> resmi_pengikut;
  std::vector<std::int8_t> konten_platform;
  std::vector<std::int32_t> konten_terbit;         // days_from_civil or kNone
  std::vector<std::int32_t> konten_batas;          // days_from_civil or kNone
  std::vector<std::vector<std::int32_t>> konten_sasaran;  // unit rows; empty = every unit
  std::vector<std::int32_t> laporan_konten;        // konten row or kNone
  std::vector<std::uint64_t> laporan_nip;
  std::vector<std::int32_t> laporan_pegawai;       // pegawai row or kNone
  std::vector<std::int8_t> laporan_platform;
  std::vector<std::int32_t> laporan_tanggal;       // days_from_civil or kNone
};

struct Validation {
  std::vector<Finding> findings;                           // sorted: table, row, column order
  std::array<std::vector<std::uint8_t>, kTableCount> row_error;  // 1 when the row has an error finding
  Normalized norm;
  std::array<std::size_t, kRuleCount> counts{};
};

namespace detail {
struct ValidatorState;
}

// validate() in slices, for a caller that must not block for long (the browser's import runs
// one slice after another across frames):
//
//   Validator check(comp, import_findings);
//   while (!check.step(4096)) { … }   // about 4096 rows (cells' ids, findings) of work per call
//   Validation v = check.take();       // exactly what validate() gives
//
// step(kAllRows) does everything at once, natively with akun and laporan on two threads.
// The compilation must stay as it is until take().
class Validator {
 public:
  static constexpr std::size_t kAllRows = SIZE_MAX;

  explicit Validator(const Compilation& c, std::vector<Finding> import_findings = {});
  ~Validator();
  Validator(const Validator&) = delete;
  Validator& operator=(const Validator&) = delete;

  // Does at most about `rows` rows of work; true once the validation is complete.
  bool step(std::size_t rows);
  // The result, once step() returned true; the Validator is spent.
  Validation take();

 private:
  std::unique_ptr<detail::ValidatorState> s_;
};

// import_findings are those the reader produced (BARIS_TIDAK_RATA, KOLOM_DIABAIKAN,
// JAWABAN_GANDA, …); they are included in the result and count for row_error.
Validation validate(const Compilation& c, std::vector<Finding> import_findings = {});

}  // namespace kompilasi
