#include "finding.hpp"

#include <array>
#include <cstring>

namespace kompilasi {
namespace {

constexpr std::array<std::string_view, kRuleCount> kRuleIds = {
    "NIP_FORMAT", "NIP_TANGGAL_LAHIR", "NIP_TMT", "NIP_KELAMIN", "NIP_KELAMIN_BEDA", "NIP_GANDA", "PEGAWAI_USIA",
    "NILAI_TIDAK_DIKENAL", "KUNCI_GANDA", "WAJIB_KOSONG", "UNIT_TIDAK_DIKENAL", "PLATFORM_TIDAK_DIKENAL",
    "AKUN_FORMAT", "AKUN_URL_PLATFORM", "AKUN_GANDA", "AKUN_RESMI_PRIBADI", "PENGIKUT_FORMAT",
    "REFERENSI_PEGAWAI", "REFERENSI_KONTEN", "LAPORAN_URL", "LAPORAN_GANDA", "LAPORAN_SEBELUM_TERBIT",
    "LAPORAN_TERLAMBAT", "TANGGAL_FORMAT", "PEGAWAI_TANPA_AKUN", "KOLOM_DIABAIKAN", "JAWABAN_GANDA",
    "BARIS_TIDAK_RATA"};

constexpr std::size_t kHeader = FindingTexts::kParts * sizeof(std::uint32_t);

}  // namespace

static_assert(sizeof(void*) != 8 || sizeof(Finding) == 24, "a finding is 24 bytes beside its texts");

FindingTexts::FindingTexts(std::string_view column, std::string_view value, std::string_view detail,
                           std::string_view source) {
  const std::string_view parts[kParts] = {column, value, detail, source};
  std::size_t total = 0;
  for (std::string_view p : parts) total += p.size();
  if (total == 0) return;  // texts of cells and headers: their lengths fit 32 bits
  block_ = std::unique_ptr<char[]>(new char[kHeader + total]);
  std::uint32_t end = 0;
  for (int i = 0; i < kParts; ++i) {
    if (!parts[i].empty()) std::memcpy(block_.get() + kHeader + end, parts[i].data(), parts[i].size());  // {}: no data()
    end += static_cast<std::uint32_t>(parts[i].size());
    std::memcpy(block_.get() + i * sizeof end, &end, sizeof end);
  }
}

std::size_t FindingTexts::bytes() const {
  if (!block_) return 0;
  std::uint32_t end;
  std::memcpy(&end, block_.get() + (kParts - 1) * sizeof end, sizeof end);
  return kHeader + end;
}

FindingTexts::FindingTexts(const FindingTexts& o) {
  if (!o.block_) return;
  const std::size_t n = o.bytes();
  block_ = std::unique_ptr<char[]>(new char[n]);
  std::memcpy(block_.get(), o.block_.get(), n);
}

FindingTexts& FindingTexts::operator=(const FindingTexts& o) {
  if (this != &o) *this = FindingTexts(o);
  return *this;
}

std::string_view FindingTexts::get(Part p) const {
  if (!block_) return {};
  std::uint32_t ends[kParts];
  std::memcpy(ends, block_.get(), sizeof ends);
  const std::uint32_t begin = p == 0 ? 0 : ends[p - 1];
  return {block_.get() + kHeader + begin, ends[p] - begin};
}

void FindingTexts::set(Part p, std::string_view text) {
  std::string_view parts[kParts];
  for (int i = 0; i < kParts; ++i) parts[i] = get(static_cast<Part>(i));
  parts[p] = text;
  *this = FindingTexts(parts[0], parts[1], parts[2], parts[3]);  // built before the old block goes
}

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
