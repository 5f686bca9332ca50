#include "finding.hpp"

#include <array>

namespace kompilasi {
namespace {

constexpr std::array<std::string_view, kRuleCount> kRuleIds = {
    "NIP_FORMAT", "NIP_TANGGAL_LAHIR", "NIP_TMT", "NIP_KELAMIN", "NIP_KELAMIN_BEDA", "NIP_GANDA", "PEGAWAI_USIA",
    "NILAI_TIDAK_DIKENAL", "KUNCI_GANDA", "WAJIB_KOSONG", "UNIT_TIDAK_DIKENAL", "PLATFORM_TIDAK_DIKENAL",
    "AKUN_FORMAT", "AKUN_URL_PLATFORM", "AKUN_GANDA", "AKUN_RESMI_PRIBADI", "PENGIKUT_FORMAT",
    "REFERENSI_PEGAWAI", "REFERENSI_KONTEN", "LAPORAN_URL", "LAPORAN_GANDA", "LAPORAN_SEBELUM_TERBIT",
    "LAPORAN_TERLAMBAT", "TANGGAL_FORMAT", "PEGAWAI_TANPA_AKUN", "KOLOM_DIABAIKAN", "JAWABAN_GANDA",
    "BARIS_TIDAK_RATA"};

}  // namespace

std::string_view rule_id(Rule r) { return kRuleIds[static_cast<std::size_t>(r)]; }

std::optional<Rule> rule_by_id(std::string_view id) {
  for (std::size_t i = 0; i < kRuleCount; ++i)
    if (kRuleIds[i] == id) return static_cast<Rule>(i);
  return std::nullopt;
}

std::string_view severity_name(Severity s) {
  switch (s) {
    case Severity::error: return "error";
    case Severity::warning: return "warning";
    case Severity::info: return "info";
  }
  return "error";
}

}  // namespace kompilasi
