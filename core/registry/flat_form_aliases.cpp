#include "flat_form_aliases.hpp"

#include <algorithm>
#include <unordered_map>
#include <vector>

namespace kompilasi {
namespace {

constexpr HeaderAlias kFixed[] = {
    // nip
    {"NIP", "nip"}, {"NIP 18 Digit", "nip"}, {"NIP Baru", "nip"}, {"NIP ASN", "nip"}, {"NIP Pegawai", "nip"},
    {"No. NIP", "nip"}, {"Nomor NIP", "nip"}, {"Nomor Induk Pegawai", "nip"}, {"NIP/NI PPPK", "nip"},
    {"NIP/NIPPPK", "nip"}, {"NI PPPK", "nip"}, {"NIP PNS/PPPK", "nip"},
    // nama
    {"Nama", "nama"}, {"Nama Lengkap", "nama"}, {"Nama Lengkap dan Gelar", "nama"},
    {"Nama Lengkap & Gelar", "nama"}, {"Nama Lengkap Beserta Gelar", "nama"},
    {"Nama Lengkap dengan Gelar", "nama"}, {"Nama dan Gelar", "nama"}, {"Nama Pegawai", "nama"},
    {"Nama ASN", "nama"}, {"Nama Lengkap Pegawai", "nama"}, {"Nama Lengkap ASN", "nama"},
    {"Nama Responden", "nama"}, {"Full Name", "nama"}, {"Name", "nama"},
    // jenis_asn
    {"Jenis ASN", "jenis_asn"}, {"Status Kepegawaian", "jenis_asn"}, {"Status ASN", "jenis_asn"},
    {"Status Pegawai", "jenis_asn"}, {"Jenis Pegawai", "jenis_asn"}, {"Jenis Kepegawaian", "jenis_asn"},
    {"Kategori ASN", "jenis_asn"}, {"PNS/PPPK", "jenis_asn"}, {"Status PNS/PPPK", "jenis_asn"},
    {"ASN", "jenis_asn"},
    // jenis_kelamin
    {"Jenis Kelamin", "jenis_kelamin"}, {"Kelamin", "jenis_kelamin"}, {"JK", "jenis_kelamin"},
    {"L/P", "jenis_kelamin"}, {"Gender", "jenis_kelamin"},
    // kode_unit (by code or name)
    {"Kode Unit", "kode_unit"}, {"Kode Unit Kerja", "kode_unit"}, {"Kode OPD", "kode_unit"},
    {"Kode SKPD", "kode_unit"}, {"Unit Kerja", "kode_unit"}, {"Nama Unit Kerja", "kode_unit"},
    {"Asal Unit Kerja", "kode_unit"}, {"Unit", "kode_unit"}, {"Nama Unit", "kode_unit"}, {"OPD", "kode_unit"},
    {"Nama OPD", "kode_unit"}, {"Asal OPD", "kode_unit"}, {"Perangkat Daerah", "kode_unit"},
    {"Nama Perangkat Daerah", "kode_unit"}, {"Asal Perangkat Daerah", "kode_unit"}, {"SKPD", "kode_unit"},
    {"Nama SKPD", "kode_unit"}, {"Unit Organisasi", "kode_unit"}, {"Satuan Kerja", "kode_unit"},
    {"Satker", "kode_unit"}, {"Unit Kerja/OPD", "kode_unit"}, {"OPD/Unit Kerja", "kode_unit"},
    {"Instansi/OPD", "kode_unit"}, {"OPD/Instansi", "kode_unit"}, {"Perangkat Daerah/Unit Kerja", "kode_unit"},
    {"Unit Kerja/Perangkat Daerah", "kode_unit"}, {"Tempat Tugas", "kode_unit"},
    // "Instansi" is often the OPD, but in a form for a whole government it may be the
    // government itself: only taken when no other column names the unit.
    {"Instansi", "kode_unit", true}, {"Nama Instansi", "kode_unit", true}, {"Asal Instansi", "kode_unit", true},
    // jabatan
    {"Jabatan", "jabatan"}, {"Nama Jabatan", "jabatan"}, {"Jabatan Saat Ini", "jabatan"},
    {"Jabatan Sekarang", "jabatan"}, {"Jabatan Terakhir", "jabatan"}, {"Jabatan/Posisi", "jabatan"},
    // email
    {"Email", "email"}, {"E-mail", "email"}, {"Email Address", "email"}, {"Alamat Email", "email"},
    {"Alamat E-mail", "email"}, {"Email Aktif", "email"}, {"Alamat Email Aktif", "email"},
    {"Email Pribadi", "email"}, {"Email Dinas", "email"}, {"Surel", "email"}, {"Alamat Surel", "email"},
    // no_hp
    {"No. HP", "no_hp"}, {"No. HP/WA", "no_hp"}, {"No. HP/WhatsApp", "no_hp"}, {"No. HP Aktif", "no_hp"},
    {"Nomor HP", "no_hp"}, {"Nomor HP/WA", "no_hp"}, {"Nomor HP/WhatsApp", "no_hp"},
    {"Nomor HP Aktif", "no_hp"}, {"No. Handphone", "no_hp"}, {"Nomor Handphone", "no_hp"},
    {"No. WA", "no_hp"}, {"Nomor WA", "no_hp"}, {"No. WhatsApp", "no_hp"}, {"Nomor WhatsApp", "no_hp"},
    {"WhatsApp", "no_hp"}, {"WA", "no_hp"}, {"HP", "no_hp"}, {"No. Telepon", "no_hp"}, {"No. Telp", "no_hp"},
    {"No. Telp/HP", "no_hp"}, {"No. HP/Telp", "no_hp"}, {"Nomor Telepon", "no_hp"}, {"Telepon", "no_hp"},
    {"No. Ponsel", "no_hp"}, {"Nomor Ponsel", "no_hp"}, {"Phone", "no_hp"}, {"Phone Number", "no_hp"},
    // timestamp: Google Forms writes "Timestamp", in Indonesian "Stempel waktu" (older: "Cap waktu")
    {"Timestamp", "timestamp"}, {"Stempel waktu", "timestamp"}, {"Cap waktu", "timestamp"},
    {"Waktu Pengisian", "timestamp"}, {"Tanggal Pengisian", "timestamp"},
    // for every account of the row
    {"Status Akun", "status"}, {"Tanggal Cek", "tanggal_cek"}, {"Tgl Cek", "tanggal_cek"},
    {"Tanggal Pengecekan", "tanggal_cek"},
};

constexpr std::string_view kAccountWords[] = {
    "", "Akun", "Nama Akun", "Username", "User Name", "User", "ID", "ID Akun", "Nama Pengguna", "Handle",
    "Link", "Link Akun", "URL", "URL Akun", "Alamat Akun", "Profil", "Link Profil", "Akun Media Sosial",
    "Akun Medsos"};
constexpr std::string_view kFollowersWords[] = {
    "Pengikut", "Jumlah Pengikut", "Jml Pengikut", "Total Pengikut", "Followers", "Follower",
    "Jumlah Followers", "Jumlah Follower", "Jml Followers", "Total Followers"};
constexpr std::string_view kStatusWords[] = {"Status Akun", "Status"};
constexpr std::string_view kCheckDateWords[] = {"Tanggal Cek", "Tgl Cek", "Tanggal Pengecekan"};

constexpr std::string_view kInstagram[] = {"Instagram", "IG", "Insta"};
constexpr std::string_view kTiktok[] = {"TikTok", "Tik Tok"};
constexpr std::string_view kFacebook[] = {"Facebook", "FB"};
constexpr std::string_view kYoutube[] = {"YouTube", "YT"};
constexpr std::string_view kX[] = {"X", "Twitter", "X/Twitter", "Twitter/X"};
constexpr std::string_view kThreads[] = {"Threads"};
constexpr std::string_view kYoutubeAccount[] = {"Channel", "Nama Channel", "Link Channel", "URL Channel", "Kanal"};
constexpr std::string_view kYoutubeFollowers[] = {"Subscriber", "Subscribers", "Jumlah Subscriber",
                                                  "Jumlah Subscribers", "Pelanggan", "Jumlah Pelanggan"};
constexpr std::string_view kFacebookFollowers[] = {"Teman", "Jumlah Teman", "Teman/Pengikut",
                                                   "Jumlah Teman/Pengikut"};

const PlatformWords kPlatforms[] = {
    {Platform::instagram, kInstagram, {}, {}},
    {Platform::tiktok, kTiktok, {}, {}},
    {Platform::facebook, kFacebook, {}, kFacebookFollowers},
    {Platform::youtube, kYoutube, kYoutubeAccount, kYoutubeFollowers},
    {Platform::x, kX, {}, {}},
    {Platform::threads, kThreads, {}, {}},
};

constexpr std::string_view kNoAccount[] = {
    "-", "tidak ada", "tidak punya", "belum ada", "belum punya", "tidak memiliki", "belum memiliki",
    "tidak ada akun", "tidak punya akun", "belum ada akun", "belum punya akun", "tdk ada", "tdk punya",
    "tidak", "belum", "nihil", "kosong", "—", "–"};

// "3. NIP" → "NIP": hand-made forms number their questions.
std::string_view strip_numbering(std::string_view h) {
  h = trim(h);
  std::size_t i = 0;
  while (i < h.size() && h[i] >= '0' && h[i] <= '9') ++i;
  if (i == 0 || i == h.size()) return h;
  if (h[i] == '.' || h[i] == ')' || h[i] == ' ') return trim(h.substr(i + 1));
  return h;
}

std::string remove_enclosed(std::string_view s, char open, char close) {
  std::string out;
  int depth = 0;
  for (char c : s) {
    if (c == open) ++depth;
    else if (c == close && depth > 0) --depth;
    else if (depth == 0) out += c;
  }
  return out;
}

std::string_view before_explanation(std::string_view s) {
  std::size_t cut = s.find(':');
  for (std::string_view sep : {" - ", " – ", " — "}) cut = std::min(cut, s.find(sep));
  return cut == std::string_view::npos ? s : s.substr(0, cut);
}

using GuessMap = std::unordered_map<std::string, HeaderGuess>;

void add(GuessMap& m, std::string key, FormTarget t, bool weak = false) {
  if (!key.empty()) m.emplace(std::move(key), HeaderGuess{t, weak});
}

const GuessMap& guesses() {
  static const GuessMap map = [] {
    GuessMap m;
    for (const auto& a : kFixed) add(m, fold_header(a.header), *parse_target(a.target), a.weak);
    const auto compose = [&m](std::string_view word, std::string_view name, FormTarget t) {
      add(m, fold_header(word) + fold_header(name), t);
      add(m, fold_header(name) + fold_header(word), t);
    };
    for (const auto& pw : kPlatforms) {
      const auto p = static_cast<std::int8_t>(pw.platform);
      for (std::string_view name : pw.names) {
        for (auto w : kAccountWords) compose(w, name, {FormTarget::Kind::akun, 0, p});
        for (auto w : pw.account_extra) compose(w, name, {FormTarget::Kind::akun, 0, p});
        for (auto w : kFollowersWords) compose(w, name, {FormTarget::Kind::pengikut, 0, p});
        for (auto w : pw.followers_extra) compose(w, name, {FormTarget::Kind::pengikut, 0, p});
        for (auto w : kStatusWords) compose(w, name, {FormTarget::Kind::status, 0, p});
        for (auto w : kCheckDateWords) compose(w, name, {FormTarget::Kind::tanggal_cek, 0, p});
      }
    }
    return m;
  }();
  return map;
}

}  // namespace

std::span<const HeaderAlias> fixed_header_aliases() { return kFixed; }
std::span<const PlatformWords> platform_words() { return kPlatforms; }
std::span<const std::string_view> account_words() { return kAccountWords; }
std::span<const std::string_view> followers_words() { return kFollowersWords; }
std::span<const std::string_view> status_words() { return kStatusWords; }
std::span<const std::string_view> check_date_words() { return kCheckDateWords; }
std::span<const std::string_view> no_account_words() { return kNoAccount; }

std::optional<HeaderGuess> guess_header(std::string_view header) {
  const GuessMap& m = guesses();
  const std::string_view h = strip_numbering(header);
  const std::string no_paren = remove_enclosed(h, '(', ')');
  const std::string no_brackets = remove_enclosed(no_paren, '[', ']');
  for (std::string_view attempt : {h, std::string_view(no_paren), std::string_view(no_brackets),
                                   before_explanation(no_brackets)}) {
    const auto it = m.find(fold_header(attempt));
    if (it != m.end()) return it->second;
  }
  return std::nullopt;
}

bool is_no_account(std::string_view cell) {
  cell = trim(cell);
  if (cell.empty()) return false;
  static const std::vector<std::string> words = [] {
    std::vector<std::string> w;
    for (std::string_view s : kNoAccount) w.push_back(fold_header(s));
    return w;
  }();
  const std::string folded = fold_header(cell);
  if (folded.empty()) return true;  // only punctuation: "-", "--", "..."
  return std::find(words.begin(), words.end(), folded) != words.end();
}

}  // namespace kompilasi
