#include "generate_data.hpp"

namespace kompilasi::gen {
namespace {

using R = Role;
using sv = std::string_view;

// Codes follow the urusan grouping of regional budgets; weights are relative shares of the
// ASN of a city of this size (teachers and the hospital are most of them).
constexpr UnitDef kUnits[] = {
    {"1.01", "Dinas Pendidikan", "", "dinas", 300, "disdik.kotablitar", R::pendidikan},
    {"1.02", "Dinas Kesehatan", "", "dinas", 70, "dinkes.kotablitar", R::kesehatan},
    {"1.02.01", "RSUD Mardi Waluyo", "1.02", "lainnya", 120, "rsudmardiwaluyo", R::rsud},
    {"1.03", "Dinas Pekerjaan Umum dan Penataan Ruang", "", "dinas", 25, "dpupr.kotablitar", R::pekerjaan_umum},
    {"1.04", "Dinas Perumahan dan Kawasan Permukiman", "", "dinas", 15, "perkim.kotablitar", R::pekerjaan_umum},
    {"1.05", "Satuan Polisi Pamong Praja", "", "lainnya", 25, "satpolpp.kotablitar", R::satpol},
    {"1.06", "Badan Penanggulangan Bencana Daerah", "", "badan", 10, "bpbd.kotablitar", R::satpol},
    {"1.07", "Dinas Sosial", "", "dinas", 12, "dinsos.kotablitar", R::sosial},
    {"2.01", "Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan KB", "", "dinas", 15,
     "dp3ap2kb.kotablitar", R::sosial},
    {"2.02", "Dinas Ketahanan Pangan dan Pertanian", "", "dinas", 20, "dkpp.kotablitar", R::pertanian},
    {"2.03", "Dinas Lingkungan Hidup", "", "dinas", 30, "dlh.kotablitar", R::lingkungan},
    {"2.04", "Dinas Kependudukan dan Pencatatan Sipil", "", "dinas", 12, "dukcapil.kotablitar", R::umum},
    {"2.05", "Dinas Perhubungan", "", "dinas", 18, "dishub.kotablitar", R::perhubungan},
    {"2.06", "Dinas Komunikasi, Informatika dan Statistik", "", "dinas", 12, "kominfotik.kotablitar", R::kominfo},
    {"2.07", "Dinas Koperasi Usaha Mikro dan Tenaga Kerja", "", "dinas", 10, "diskopumnaker.kotablitar", R::umum},
    {"2.08", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", "", "dinas", 10, "dpmptsp.kotablitar", R::umum},
    {"2.09", "Dinas Kepemudaan dan Olahraga", "", "dinas", 8, "dispora.kotablitar", R::pariwisata},
    {"2.10", "Dinas Pariwisata dan Kebudayaan", "", "dinas", 10, "disparbud.kotablitar", R::pariwisata},
    {"2.11", "Dinas Perpustakaan dan Kearsipan", "", "dinas", 10, "dispusip.kotablitar", R::perpustakaan},
    {"3.01", "Dinas Perindustrian dan Perdagangan", "", "dinas", 15, "disperindag.kotablitar", R::umum},
    {"4.01", "Sekretariat Daerah", "", "sekretariat", 60, "pemkotblitar", R::umum},
    {"4.02", "Sekretariat DPRD", "", "sekretariat", 20, "dprd.kotablitar", R::umum},
    {"5.01", "Badan Perencanaan Pembangunan Daerah", "", "badan", 15, "bappeda.kotablitar", R::perencanaan},
    {"5.02", "Badan Pengelolaan Keuangan dan Aset Daerah", "", "badan", 22, "bpkad.kotablitar", R::keuangan},
    {"5.03", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "", "badan", 15, "bkpsdm.kotablitar",
     R::kepegawaian},
    {"6.01", "Inspektorat Daerah", "", "lainnya", 20, "inspektorat.kotablitar", R::pengawasan},
    {"8.01", "Badan Kesatuan Bangsa dan Politik", "", "badan", 8, "bakesbangpol.kotablitar", R::umum},
    {"7.01", "Kecamatan Sananwetan", "", "kecamatan", 10, "kecamatan.sananwetan", R::kewilayahan},
    {"7.01.01", "Kelurahan Bendogerit", "7.01", "kelurahan", 5, "", R::kewilayahan},
    {"7.01.02", "Kelurahan Gedog", "7.01", "kelurahan", 5, "", R::kewilayahan},
    {"7.01.03", "Kelurahan Karangtengah", "7.01", "kelurahan", 5, "", R::kewilayahan},
    {"7.01.04", "Kelurahan Klampok", "7.01", "kelurahan", 5, "", R::kewilayahan},
    {"7.01.05", "Kelurahan Plosokerep", "7.01", "kelurahan", 5, "", R::kewilayahan},
    {"7.01.06", "Kelurahan Rembang", "7.01", "kelurahan", 5, "", R::kewilayahan},
    {"7.01.07", "Kelurahan Sananwetan", "7.01", "kelurahan", 5, "", R::kewilayahan},
    {"7.02", "Kecamatan Kepanjenkidul", "", "kecamatan", 10, "kecamatan.kepanjenkidul", R::kewilayahan},
    {"7.02.01", "Kelurahan Bendo", "7.02", "kelurahan", 5, "", R::kewilayahan},
    {"7.02.02", "Kelurahan Kauman", "7.02", "kelurahan", 5, "", R::kewilayahan},
    {"7.02.03", "Kelurahan Kepanjenkidul", "7.02", "kelurahan", 5, "", R::kewilayahan},
    {"7.02.04", "Kelurahan Kepanjenlor", "7.02", "kelurahan", 5, "", R::kewilayahan},
    {"7.02.05", "Kelurahan Ngadirejo", "7.02", "kelurahan", 5, "", R::kewilayahan},
    {"7.02.06", "Kelurahan Sentul", "7.02", "kelurahan", 5, "", R::kewilayahan},
    {"7.02.07", "Kelurahan Tanggung", "7.02", "kelurahan", 5, "", R::kewilayahan},
    {"7.03", "Kecamatan Sukorejo", "", "kecamatan", 10, "kecamatan.sukorejo", R::kewilayahan},
    {"7.03.01", "Kelurahan Blitar", "7.03", "kelurahan", 5, "", R::kewilayahan},
    {"7.03.02", "Kelurahan Karangsari", "7.03", "kelurahan", 5, "", R::kewilayahan},
    {"7.03.03", "Kelurahan Pakunden", "7.03", "kelurahan", 5, "", R::kewilayahan},
    {"7.03.04", "Kelurahan Sukorejo", "7.03", "kelurahan", 5, "", R::kewilayahan},
    {"7.03.05", "Kelurahan Tanjungsari", "7.03", "kelurahan", 5, "", R::kewilayahan},
    {"7.03.06", "Kelurahan Tlumpu", "7.03", "kelurahan", 5, "", R::kewilayahan},
    {"7.03.07", "Kelurahan Turi", "7.03", "kelurahan", 5, "", R::kewilayahan},
};

constexpr sv kKelurahan[] = {"Bendogerit", "Gedog",     "Karangtengah", "Klampok",  "Plosokerep", "Rembang",
                             "Sananwetan", "Bendo",     "Kauman",       "Kepanjenkidul", "Kepanjenlor", "Ngadirejo",
                             "Sentul",     "Tanggung",  "Blitar",       "Karangsari", "Pakunden", "Sukorejo",
                             "Tanjungsari", "Tlumpu",   "Turi"};

constexpr sv kMale[] = {
    "Agus", "Bambang", "Budi", "Joko", "Slamet", "Sugeng", "Sutrisno", "Wahyu", "Eko", "Dwi", "Heru", "Hendra",
    "Arif", "Rudi", "Yudi", "Teguh", "Sigit", "Priyo", "Gatot", "Bayu", "Dimas", "Rizky", "Fajar", "Ilham",
    "Imam", "Muhammad", "Achmad", "Hadi", "Nanang", "Didik", "Puji", "Suyanto", "Sunarto", "Mujiono", "Kusnadi",
    "Supriyadi", "Winarno", "Edi", "Anang", "Anton", "Wawan", "Yoga", "Galih", "Guntur", "Aditya", "Andik",
    "Yusuf", "Fauzi", "Khoirul", "Lukman", "Moch. Nur", "Tri", "Bagus", "Danang", "Hari", "Wahyudi", "Suharto",
    "Catur", "Febri", "Rendra"};
constexpr sv kFemale[] = {
    "Sri", "Siti", "Dewi", "Endang", "Rina", "Yuni", "Ratna", "Retno", "Tutik", "Nurul", "Lilik", "Umi", "Ani",
    "Ika", "Dyah", "Eka", "Dwi", "Tri", "Puji", "Indah", "Fitri", "Novi", "Wulan", "Ayu", "Kartika", "Putri",
    "Anisa", "Rizka", "Lia", "Maya", "Nining", "Erna", "Heni", "Yuli", "Mega", "Dian", "Evi", "Rosita",
    "Sulistyowati", "Suci", "Nanik", "Titik", "Wiwik", "Yayuk", "Anik", "Ninik", "Lusi", "Desy", "Galuh",
    "Septi"};
constexpr sv kMaleLast[] = {
    "Santoso", "Prasetyo", "Wibowo", "Susanto", "Setiawan", "Nugroho", "Purnomo", "Hartono", "Kurniawan",
    "Saputra", "Hidayat", "Sutrisno", "Widodo", "Sugianto", "Haryanto", "Suprapto", "Priyanto", "Suyanto",
    "Wijaya", "Pratama", "Firmansyah", "Ramadhan", "Maulana", "Hakim", "Effendi", "Basuki", "Cahyono",
    "Mulyono", "Hermawan", "Prabowo", "Sasongko", "Utomo", "Wicaksono", "Darmawan", "Subagyo", "Setyawan",
    "Hariyadi", "Wahono", "Budiono", "Kuncoro"};
constexpr sv kFemaleLast[] = {
    "Wahyuni", "Rahayu", "Lestari", "Handayani", "Susanti", "Wulandari", "Puspitasari", "Rahmawati",
    "Kurniawati", "Setyowati", "Sulistyowati", "Widyaningsih", "Purwanti", "Suryani", "Hidayati", "Ningsih",
    "Yuliana", "Anggraini", "Fitriani", "Maharani", "Permatasari", "Safitri", "Utami", "Astuti", "Indrawati",
    "Mulyani", "Pratiwi", "Rosidah", "Kusumawati", "Agustina"};

constexpr sv kDegreeGeneral[] = {", S.E.", ", S.H.", ", S.Sos.", ", S.AP.", ", M.Si.", ", S.E., M.M.", ", A.Md.",
                                 ", S.Kom.", ", S.IP.", ", S.H., M.H.", ", S.Sos., M.Si.", ", M.AP."};
constexpr sv kDegreeEdu[] = {", S.Pd.", ", S.Pd.", ", S.Pd.", ", S.Pd., M.Pd.", ", S.Pd.SD.", ", S.Pd.I.",
                             ", M.Pd.", ", S.Si.", ", S.Or."};
constexpr sv kDegreeHealth[] = {", S.Kep., Ns.", ", A.Md.Kep.", ", A.Md.Keb.", ", S.Tr.Keb.", ", S.KM.",
                                ", S.Farm., Apt.", ", A.Md.Gz.", ", M.Kes.", ", A.Md.AK.", ", S.Kep., Ns., M.Kep."};
constexpr sv kDegreeWilayah[] = {", S.Sos.", ", S.AP.", ", S.IP.", ", M.Si.", ", S.STP."};
constexpr sv kDegreeFinance[] = {", S.E.", ", S.Ak.", ", M.Ak.", ", S.E., M.M.", ", S.E., Ak."};
constexpr sv kDegreeAudit[] = {", S.E., Ak.", ", S.H.", ", S.E.", ", S.Ak., M.Ak.", ", S.H., M.H."};
constexpr sv kDegreeFarm[] = {", S.P.", ", S.Pt.", ", S.TP."};
constexpr sv kDegreeTech[] = {", S.T.", ", S.T., M.T.", ", A.Md.T.", ", S.T., M.M."};
constexpr sv kDegreeIt[] = {", S.Kom.", ", S.Stat.", ", S.I.Kom.", ", S.Kom., M.Kom."};

constexpr sv kPosGeneral[] = {
    "Kepala Bidang", "Kepala Sub Bagian Umum dan Kepegawaian", "Kepala Sub Bagian Keuangan", "Sekretaris",
    "Analis Kebijakan Ahli Muda", "Analis Kebijakan Ahli Pertama", "Pranata Komputer Ahli Pertama",
    "Arsiparis Terampil", "Pengadministrasi Perkantoran", "Penata Layanan Operasional",
    "Pengelola Layanan Operasional", "Operator Layanan Operasional", "Pranata Hubungan Masyarakat Ahli Pertama",
    "Analis Sumber Daya Manusia Aparatur Ahli Pertama", "Pengelola Pengadaan Barang/Jasa Ahli Pertama",
    "Bendahara", "Pengemudi", "Pengadministrasi Perkantoran", "Penata Layanan Operasional"};
constexpr sv kPosEdu[] = {"Guru Ahli Pertama", "Guru Ahli Muda", "Guru Ahli Madya", "Guru Ahli Pertama",
                          "Guru Ahli Muda", "Kepala Sekolah", "Pengawas Sekolah Ahli Madya", "Penilik Ahli Muda",
                          "Guru Ahli Pertama", "Guru Ahli Madya"};
constexpr sv kPosSchool[] = {"Guru Ahli Pertama", "Guru Ahli Muda", "Guru Ahli Madya", "Guru Ahli Pertama",
                             "Guru Ahli Muda", "Guru Ahli Pertama", "Kepala Sekolah", "Guru Ahli Madya"};
constexpr sv kPosHealth[] = {"Epidemiolog Kesehatan Ahli Pertama", "Administrator Kesehatan Ahli Muda",
                             "Sanitarian Terampil", "Nutrisionis Ahli Pertama",
                             "Penyuluh Kesehatan Masyarakat Ahli Muda", "Perawat Ahli Pertama",
                             "Bidan Ahli Pertama", "Dokter Ahli Pertama", "Apoteker Ahli Pertama"};
constexpr sv kPosPuskesmas[] = {"Perawat Terampil", "Perawat Ahli Pertama", "Bidan Terampil", "Bidan Ahli Pertama",
                                "Dokter Ahli Pertama", "Dokter Gigi Ahli Pertama",
                                "Pranata Laboratorium Kesehatan Terampil", "Apoteker Ahli Pertama",
                                "Sanitarian Terampil", "Kepala Puskesmas", "Perekam Medis Terampil",
                                "Perawat Terampil", "Bidan Terampil"};
constexpr sv kPosRsud[] = {"Perawat Terampil", "Perawat Ahli Pertama", "Perawat Ahli Muda", "Bidan Terampil",
                           "Dokter Ahli Muda", "Dokter Ahli Madya", "Apoteker Ahli Muda", "Radiografer Terampil",
                           "Perekam Medis Terampil", "Nutrisionis Terampil", "Fisioterapis Terampil",
                           "Pranata Laboratorium Kesehatan Terampil", "Perawat Terampil", "Perawat Ahli Pertama"};
constexpr sv kPosSatpol[] = {"Polisi Pamong Praja Pemula", "Polisi Pamong Praja Terampil",
                             "Polisi Pamong Praja Ahli Pertama", "Analis Kebakaran Terampil",
                             "Analis Bencana Ahli Pertama"};
constexpr sv kPosWilayah[] = {"Lurah", "Sekretaris Kelurahan", "Kepala Seksi Pemerintahan",
                              "Kepala Seksi Ketenteraman dan Ketertiban", "Kepala Seksi Pemberdayaan Masyarakat",
                              "Pengadministrasi Perkantoran", "Penata Layanan Operasional",
                              "Operator Layanan Operasional"};
constexpr sv kPosAudit[] = {"Auditor Ahli Pertama", "Auditor Ahli Muda", "Auditor Ahli Madya",
                            "Pengawas Penyelenggaraan Urusan Pemerintahan di Daerah Ahli Muda", "Inspektur Pembantu"};
constexpr sv kPosPlan[] = {"Perencana Ahli Pertama", "Perencana Ahli Muda", "Perencana Ahli Madya",
                           "Peneliti Ahli Muda"};
constexpr sv kPosFinance[] = {"Analis Keuangan Pusat dan Daerah Ahli Pertama",
                              "Analis Keuangan Pusat dan Daerah Ahli Muda", "Pengadministrasi Keuangan",
                              "Penilai Pajak Bumi dan Bangunan Ahli Pertama", "Pemeriksa Pajak Daerah"};
constexpr sv kPosHr[] = {"Analis Sumber Daya Manusia Aparatur Ahli Pertama",
                         "Analis Sumber Daya Manusia Aparatur Ahli Muda", "Asesor SDM Aparatur Ahli Muda",
                         "Widyaiswara Ahli Muda"};
constexpr sv kPosSocial[] = {"Pekerja Sosial Ahli Pertama", "Penyuluh Sosial Ahli Pertama",
                             "Penyuluh Keluarga Berencana Ahli Muda", "Analis Perlindungan Anak"};
constexpr sv kPosEnv[] = {"Pengendali Dampak Lingkungan Ahli Pertama", "Pengawas Lingkungan Hidup Ahli Muda",
                          "Operator Layanan Operasional", "Pengelola Taman"};
constexpr sv kPosFarm[] = {"Penyuluh Pertanian Ahli Pertama", "Penyuluh Pertanian Terampil",
                           "Medik Veteriner Ahli Pertama", "Paramedik Veteriner Terampil",
                           "Analis Ketahanan Pangan Ahli Muda"};
constexpr sv kPosTransport[] = {"Penguji Kendaraan Bermotor Terampil", "Penguji Kendaraan Bermotor Ahli Pertama",
                                "Analis Transportasi", "Pengatur Lalu Lintas"};
constexpr sv kPosIt[] = {"Pranata Komputer Ahli Pertama", "Pranata Komputer Ahli Muda",
                         "Pranata Hubungan Masyarakat Ahli Pertama", "Pranata Hubungan Masyarakat Ahli Muda",
                         "Statistisi Ahli Pertama", "Sandiman Ahli Pertama"};
constexpr sv kPosLibrary[] = {"Pustakawan Terampil", "Pustakawan Ahli Pertama", "Arsiparis Terampil",
                              "Arsiparis Ahli Pertama"};
constexpr sv kPosTourism[] = {"Pamong Budaya Ahli Pertama", "Adyatama Kepariwisataan dan Ekonomi Kreatif Ahli Pertama",
                              "Pelatih Olahraga Terampil", "Analis Kepemudaan"};
constexpr sv kPosWorks[] = {"Teknik Jalan dan Jembatan Ahli Pertama", "Teknik Pengairan Ahli Pertama",
                            "Penata Ruang Ahli Pertama", "Teknik Tata Bangunan dan Perumahan Ahli Pertama",
                            "Pengawas Bangunan"};

// Platform indexes: 0 instagram, 1 tiktok, 2 facebook, 3 youtube, 4 x, 5 threads.
constexpr CampaignDef kCampaigns[] = {
    {"Hari Jadi Kota Blitar ke-118", 4, 1, "4.01", "", 0},
    {"Grebeg Pancasila 2024", 6, 1, "2.10", "2.06;2.10;4.01", 3},
    {"Gerakan Blitar Bersih", 6, 5, "2.03", "2.03;7.01;7.02;7.03", 1},
    {"Vaksinasi HPV untuk Siswi Kelas 5 dan 6", 8, 5, "1.02", "1.01;1.02", 0},
    {"Peringatan HUT RI ke-79", 8, 17, "4.01", "", 2},
    {"Netralitas ASN pada Pilkada 2024", 10, 15, "5.03", "", 0},
    {"Pekan Imunisasi Nasional Polio 2024", 1, 15, "1.02", "", 0},
    {"Cegah DBD dengan 3M Plus", 2, 5, "1.02", "", 1},
    {"Cek Kesehatan Gratis di Puskesmas", 2, 20, "1.02", "", 3},
    {"Pasar Murah Jelang Ramadan", 3, 4, "3.01", "", 0},
    {"Mudik Aman Lebaran 2024", 4, 3, "2.05", "", 2},
    {"Donor Darah Hari Jadi Kota Blitar", 4, 20, "1.02.01", "", 2},
    {"Perpustakaan Keliling ke Sekolah", 5, 2, "2.11", "1.01;2.11", 0},
    {"Izin Usaha Lebih Mudah lewat OSS", 5, 14, "2.08", "", 2},
    {"Bulan Bung Karno 2024", 6, 6, "2.10", "", 5},
    {"Penerimaan Peserta Didik Baru 2024", 6, 10, "1.01", "1.01", 2},
    {"Haul Bung Karno ke-54", 6, 21, "4.01", "", 0},
    {"Car Free Day Jalan Merdeka", 7, 14, "2.09", "", 1},
    {"Blitar Kota Layak Anak", 7, 23, "2.01", "", 0},
    {"Bayar PBB-P2 Sebelum Jatuh Tempo", 8, 26, "5.02", "", 0},
    {"Layanan Adminduk Online, Mudah dan Cepat", 9, 9, "2.04", "", 1},
    {"Festival Kuliner Kota Blitar", 9, 14, "2.10", "", 1},
    {"Stop Stunting, Mulai dari Keluarga", 9, 23, "2.01", "1.02;2.01;7.01;7.02;7.03", 0},
    {"Hari Santri Nasional 2024", 10, 22, "8.01", "", 2},
    {"Hari Sumpah Pemuda ke-96", 10, 28, "2.09", "", 0},
    {"Waspada Hoaks Jelang Pilkada", 10, 30, "2.06", "", 4},
    {"Ayo Mencoblos, Pilkada Damai 2024", 11, 1, "8.01", "", 3},
    {"Hari Pahlawan 10 November", 11, 10, "4.01", "", 4},
    {"Hari Kesehatan Nasional ke-60", 11, 12, "1.02", "1.02", 5},
    {"Hari Guru Nasional 2024", 11, 25, "1.01", "1.01", 0},
};

}  // namespace

std::span<const UnitDef> blitar_units() { return kUnits; }
std::span<const sv> kelurahan_names() { return kKelurahan; }
std::span<const sv> male_first_names() { return kMale; }
std::span<const sv> female_first_names() { return kFemale; }
std::span<const sv> male_last_names() { return kMaleLast; }
std::span<const sv> female_last_names() { return kFemaleLast; }
std::span<const CampaignDef> campaigns() { return kCampaigns; }
std::span<const sv> general_positions() { return kPosGeneral; }

std::span<const sv> degrees(Role role) {
  switch (role) {
    case R::pendidikan: case R::sekolah: return kDegreeEdu;
    case R::kesehatan: case R::puskesmas: case R::rsud: return kDegreeHealth;
    case R::kewilayahan: return kDegreeWilayah;
    case R::keuangan: return kDegreeFinance;
    case R::pengawasan: return kDegreeAudit;
    case R::pertanian: return kDegreeFarm;
    case R::pekerjaan_umum: return kDegreeTech;
    case R::kominfo: return kDegreeIt;
    default: return kDegreeGeneral;
  }
}

std::span<const sv> positions(Role role) {
  switch (role) {
    case R::pendidikan: return kPosEdu;
    case R::sekolah: return kPosSchool;
    case R::kesehatan: return kPosHealth;
    case R::puskesmas: return kPosPuskesmas;
    case R::rsud: return kPosRsud;
    case R::satpol: return kPosSatpol;
    case R::kewilayahan: return kPosWilayah;
    case R::pengawasan: return kPosAudit;
    case R::perencanaan: return kPosPlan;
    case R::keuangan: return kPosFinance;
    case R::kepegawaian: return kPosHr;
    case R::sosial: return kPosSocial;
    case R::lingkungan: return kPosEnv;
    case R::pertanian: return kPosFarm;
    case R::perhubungan: return kPosTransport;
    case R::kominfo: return kPosIt;
    case R::perpustakaan: return kPosLibrary;
    case R::pariwisata: return kPosTourism;
    case R::pekerjaan_umum: return kPosWorks;
    default: return {};
  }
}

}  // namespace kompilasi::gen
