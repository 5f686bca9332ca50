#include "anonymize.hpp"

#include <array>
#include <stdexcept>
#include <string>
#include <vector>

#include "normalize.hpp"
#include "validate.hpp"

namespace kompilasi {
namespace {

constexpr std::uint32_t bit(Rule r) { return 1u << static_cast<unsigned>(r); }
static_assert(kRuleCount <= 32, "rule sets are 32-bit masks");

// One host of each platform's sites (DATA.md section 3), in Platform order.
constexpr std::array<std::string_view, kPlatformCount> kSiteOf = {
    "instagram.com", "tiktok.com", "facebook.com", "youtube.com", "x.com", "threads.net"};

bool blank(std::string_view s) { return trim(s).empty(); }

// The rules found on each row of one column of one table, as masks.
std::vector<std::uint32_t> rules_on(const Validation& v, const Compilation& c, TableId t, std::uint8_t column) {
  std::vector<std::uint32_t> out(c.table(t).rows(), 0);
  const std::string_view name = spec(t).columns[column].name;
  for (const Finding& f : v.findings)
    if (f.table == t && f.table_row < out.size() && f.column() == name) out[f.table_row] |= bit(f.rule);
  return out;
}

class Anonymizer {
 public:
  explicit Anonymizer(const HmacKey& key) : key_(key) {}

  std::string hex(std::string_view message, std::size_t digits) const {
    const HmacDigest d = hmac_sha256(key_, message);
    return to_hex(d.data(), d.size()).substr(0, digits);
  }

  std::string nip(std::string_view cell, std::uint32_t rules = 0) const {
    if (blank(cell)) return {};
    const auto v = parse_nip(cell);
    if (!v) return std::string(kBadNip);
    std::string out = hex("nip:" + format_nip(*v), 64);
    for (Rule r : kCarriedNipRules)
      if (rules & bit(r)) out.append(" ").append(rule_id(r));
    return out;
  }

  // akun.akun: a value that the account rules judge as they judged the original.
  std::string account(std::string_view cell, std::string_view platform_cell, std::uint32_t rules) const {
    if (blank(cell)) return {};
    if (rules & bit(Rule::AKUN_RESMI_PRIBADI)) return std::string(cell);  // an official account: public
    const auto p = parse_platform(platform_cell);
    const HandleView h = normalize_handle_view(cell);
    if (rules & bit(Rule::AKUN_URL_PLATFORM))
      return h.url_site ? "https://" + std::string(kSiteOf[static_cast<std::size_t>(*h.url_site)]) + "/"
                        : std::string("https://situs-lain.invalid/");
    if (!p) return hex("akun:?:" + std::string(trim(cell)), 15);  // not checked: any text will do
    if (h.handle.empty()) return "@";                                // AKUN_FORMAT without a handle
    std::string out = hex("akun:" + std::string(platform_name(*p)) + ":" + handle_key(*p, h.handle), 15);
    if (rules & bit(Rule::AKUN_FORMAT)) out += '!';  // no platform allows '!'
    return out;
  }

  std::string proof_link(std::string_view cell, std::string_view platform_cell, std::uint32_t rules) const {
    if (blank(cell)) return {};
    if (rules & bit(Rule::LAPORAN_URL)) return std::string(kBadLink);
    const std::string h = hex("bukti:" + std::string(trim(cell)), 32);
    const auto p = parse_platform(platform_cell);
    if (!p) return "anonim:" + h;  // not checked against a site
    return "https://" + std::string(kSiteOf[static_cast<std::size_t>(*p)]) + "/anonim/" + h;
  }

 private:
  const HmacKey& key_;
};

}  // namespace

bool is_anonymised(const Compilation& c) {
  const auto it = c.extra.find(kAnonField);
  return it != c.extra.end() && it->is_string() && !it->get<std::string>().empty();
}

Severity carried_severity(Rule r) { return r == Rule::PEGAWAI_USIA ? Severity::warning : Severity::error; }

std::optional<NipPseudonym> parse_nip_pseudonym(std::string_view cell) {
  cell = trim(cell);
  if (cell.size() < 64) return std::nullopt;
  NipPseudonym out;
  for (std::size_t i = 0; i < 64; ++i) {
    const char ch = cell[i];
    const int d = ch >= '0' && ch <= '9' ? ch - '0' : ch >= 'a' && ch <= 'f' ? ch - 'a' + 10 : -1;
    if (d < 0) return std::nullopt;
    if (i < 16) out.key = out.key << 4 | static_cast<std::uint64_t>(d);
  }
  if (out.key == 0) out.key = 1;
  std::string_view rest = cell.substr(64);
  while (!rest.empty()) {
    if (rest[0] != ' ') return std::nullopt;
    rest.remove_prefix(1);
    const std::string_view word = rest.substr(0, rest.find(' '));
    rest.remove_prefix(word.size());
    if (word.empty()) continue;
    const auto r = rule_by_id(word);
    bool carried = false;
    for (Rule c : kCarriedNipRules) carried = carried || (r && *r == c);
    if (!carried) return std::nullopt;
    out.carried |= bit(*r);
  }
  return out;
}

Compilation anonymize(const Compilation& in, const HmacKey& key) {
  if (is_anonymised(in)) throw std::logic_error("anonymize: already anonymised");
  const Validation v = validate(in);
  const Anonymizer a(key);

  Compilation out;
  out.instansi = in.instansi;
  out.tahun = in.tahun;
  out.tanggal_kompilasi = in.tanggal_kompilasi;
  if (const auto it = in.extra.find("pengaturan"); it != in.extra.end()) out.extra["pengaturan"] = *it;
  out.extra[std::string(kAnonField)] = std::string(kAnonScheme);

  const auto pegawai_nip = rules_on(v, in, TableId::pegawai, col::pegawai::nip);
  const auto akun_akun = rules_on(v, in, TableId::akun, col::akun::akun);
  const auto bukti = rules_on(v, in, TableId::laporan, col::laporan::url_bukti);

  for (TableId t : kAllTables) {
    const Table& src = in.table(t);
    Table& dst = out.table(t);
    const std::size_t w = spec(t).columns.size();  // schema columns only: kept extras may be anything
    dst.source_row = src.source_row;
    dst.cells.reserve(src.rows() * w);
    std::vector<std::string> row(w);
    for (std::size_t r = 0; r < src.rows(); ++r) {
      for (std::size_t c = 0; c < w; ++c) row[c] = std::string(in.pool.view(src.id_at(r, c)));
      const auto cell = [&](std::size_t c) -> std::string_view { return in.pool.view(src.id_at(r, c)); };
      switch (t) {
        case TableId::pegawai: {
          using namespace col::pegawai;
          row[nip] = a.nip(cell(nip), pegawai_nip[r]);
          row[nama] = blank(cell(nama)) ? std::string() : std::string(kHiddenName);
          row[jenis_kelamin].clear();
          row[jabatan].clear();
          row[email].clear();
          row[no_hp].clear();
          break;
        }
        case TableId::akun:
          row[col::akun::nip] = a.nip(cell(col::akun::nip));
          row[col::akun::akun] = a.account(cell(col::akun::akun), cell(col::akun::platform), akun_akun[r]);
          break;
        case TableId::akun_resmi:
          row[col::akun_resmi::pengelola_nip] = a.nip(cell(col::akun_resmi::pengelola_nip));
          break;
        case TableId::laporan:
          row[col::laporan::nip] = a.nip(cell(col::laporan::nip));
          row[col::laporan::url_bukti] =
              a.proof_link(cell(col::laporan::url_bukti), cell(col::laporan::platform), bukti[r]);
          break;
        case TableId::unit: case TableId::konten: break;
      }
      for (std::size_t c = 0; c < w; ++c) dst.cells.push_back(out.cell_id(t, c, row[c]));
    }
    if (!src.sumber.empty())
      for (std::uint32_t id : src.sumber) dst.sumber.push_back(out.pool.intern(in.pool.view(id)));
  }
  return out;
}

}  // namespace kompilasi
