// Findings are values: the rule, where it is, and the parameters of its message. The text
// is rendered at the edge (CLI, UI, report) from the string tables, in either language.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "schema.hpp"

namespace kompilasi {

enum class Severity : std::uint8_t { error, warning, info };

enum class Rule : std::uint8_t {
  NIP_FORMAT, NIP_TANGGAL_LAHIR, NIP_TMT, NIP_KELAMIN, NIP_KELAMIN_BEDA, NIP_GANDA, PEGAWAI_USIA,
  NILAI_TIDAK_DIKENAL, KUNCI_GANDA, WAJIB_KOSONG, UNIT_TIDAK_DIKENAL, PLATFORM_TIDAK_DIKENAL,
  AKUN_FORMAT, AKUN_URL_PLATFORM, AKUN_GANDA, AKUN_RESMI_PRIBADI, PENGIKUT_FORMAT,
  REFERENSI_PEGAWAI, REFERENSI_KONTEN, LAPORAN_URL, LAPORAN_GANDA, LAPORAN_SEBELUM_TERBIT,
  LAPORAN_TERLAMBAT, TANGGAL_FORMAT, PEGAWAI_TANPA_AKUN, KOLOM_DIABAIKAN, JAWABAN_GANDA,
  BARIS_TIDAK_RATA,
  count
};
inline constexpr std::size_t kRuleCount = static_cast<std::size_t>(Rule::count);

std::string_view rule_id(Rule r);                  // "NIP_FORMAT"
std::optional<Rule> rule_by_id(std::string_view id);
std::string_view severity_name(Severity s);        // "error", "warning", "info"

inline constexpr std::uint32_t kNoRow = UINT32_MAX;

struct Finding {
  Rule rule = Rule::NIP_FORMAT;
  Severity severity = Severity::error;
  TableId table = TableId::pegawai;
  std::uint32_t row = 0;              // 1-based record number in the source (0: the header / whole file)
  std::uint32_t table_row = kNoRow;   // index into the Table, kNoRow when the row was not taken in
  std::string column;                 // column as the user's file names it
  std::string value;                  // the offending text (message parameter)
  std::uint32_t first_row = 0;        // for a repeated key: the row of the first occurrence
  std::string detail;                 // extra message parameter (expected value, other NIP, unit code, ...)
  std::string source;                 // file or submission the row came from, when known
};

}  // namespace kompilasi
