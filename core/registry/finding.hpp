// Findings are values: the rule, where it is, and the parameters of its message. The text
// is rendered at the edge (CLI, UI, report) from the string tables, in either language.
#pragma once
#include <cstdint>
#include <memory>
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

// A finding's four texts in one allocation of their exact size behind one pointer (none when
// all are empty). validate() of a million ASN holds over a million findings; as four
// std::string (128 bytes, and a heap block more for every text over 15 bytes, such as any
// NIP) they were half of the process's peak memory.
class FindingTexts {
 public:
  enum Part : std::uint8_t { column, value, detail, source, kParts };
  FindingTexts() = default;
  FindingTexts(std::string_view column, std::string_view value, std::string_view detail, std::string_view source);
  FindingTexts(const FindingTexts& o);
  FindingTexts& operator=(const FindingTexts& o);
  FindingTexts(FindingTexts&&) noexcept = default;
  FindingTexts& operator=(FindingTexts&&) noexcept = default;

  std::string_view get(Part p) const;
  void set(Part p, std::string_view text);  // text may be one of these very parts

 private:
  std::size_t bytes() const;
  // The end of each part (4 × uint32), then the parts' bytes one after the other.
  std::unique_ptr<char[]> block_;
};

struct Finding {
  Finding() = default;
  Finding(Rule rule, Severity severity, TableId table, std::uint32_t row, std::uint32_t table_row,
          std::string_view column, std::string_view value = {}, std::uint32_t first_row = 0,
          std::string_view detail = {}, std::string_view source = {})
      : rule(rule), severity(severity), table(table), row(row), table_row(table_row), first_row(first_row),
        texts_(column, value, detail, source) {}

  Rule rule = Rule::NIP_FORMAT;
  Severity severity = Severity::error;
  TableId table = TableId::pegawai;
  std::uint32_t row = 0;              // 1-based record number in the source (0: the header / whole file)
  std::uint32_t table_row = kNoRow;   // index into the Table, kNoRow when the row was not taken in
  std::uint32_t first_row = 0;        // for a repeated key: the row of the first occurrence

  std::string_view column() const { return texts_.get(FindingTexts::column); }  // as the user's file names it
  std::string_view value() const { return texts_.get(FindingTexts::value); }    // the offending text (message parameter)
  // extra message parameter (expected value, other NIP, unit code, ...)
  std::string_view detail() const { return texts_.get(FindingTexts::detail); }
  std::string_view source() const { return texts_.get(FindingTexts::source); }  // file or submission of the row, when known
  void set_column(std::string_view s) { texts_.set(FindingTexts::column, s); }
  void set_value(std::string_view s) { texts_.set(FindingTexts::value, s); }
  void set_detail(std::string_view s) { texts_.set(FindingTexts::detail, s); }
  void set_source(std::string_view s) { texts_.set(FindingTexts::source, s); }

 private:
  FindingTexts texts_;
};
}  // namespace kompilasi
