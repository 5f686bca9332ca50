// Merging submissions (DATA.md section 5) on small inputs built by hand.
#include <doctest/doctest.h>

#include <algorithm>
#include <numeric>

#include "registry/anonymize.hpp"
#include "registry/input_error.hpp"
#include "registry/merge.hpp"
#include "registry/workspace_json.hpp"

using namespace kompilasi;
using T = TableId;

namespace {

constexpr const char* kP1 = "198609262015051001";
constexpr const char* kP2 = "198609262015051002";
constexpr const char* kP3 = "198609262015051003";

Loaded input(std::string name, std::string tanggal, std::string instansi = "Pemerintah Kota Contoh", int tahun = 2024) {
  Loaded l;
  l.name = std::move(name);
  l.comp.instansi = std::move(instansi);
  l.comp.tahun = tahun;
  l.comp.tanggal_kompilasi = std::move(tanggal);
  return l;
}

// dinkes (2024-11-30), disdik (2024-12-15), bkpsdm (2024-12-20), arsip (2024-12-20)
Loaded make(int which) {
  switch (which) {
    case 0: {
      Loaded l = input("dinkes", "2024-11-30");
      l.comp.add_row(T::unit, {"1.01", "Dinas Kesehatan"});
      l.comp.add_row(T::pegawai, {kP1, "Andi", "PNS", "L", "1.01"});
      l.comp.add_row(T::pegawai, {kP2, "Budi", "PNS", "L", "1.01"});
      l.comp.add_row(T::akun, {kP1, "instagram", "@andi", "1.234", "aktif", "2024-11-01"});
      l.comp.add_row(T::akun, {kP2, "tiktok", "budi", "100", "aktif", "2024-12-01"});
      return l;
    }
    case 1: {
      Loaded l = input("disdik", "2024-12-15");
      l.comp.add_row(T::unit, {"1.01", "Dinas  Kesehatan"});
      l.comp.add_row(T::unit, {"2.01", "Dinas Pendidikan"});
      l.comp.add_row(T::pegawai, {"19860926 201505 1 001", "Andi", "pns", "Laki-laki", "1.01"});
      l.comp.add_row(T::pegawai, {kP2, "Budi", "PNS", "L", "2.01"});  // moved to 2.01
      l.comp.add_row(T::akun, {kP1, "IG", "https://www.instagram.com/Andi/?hl=id", "1234", "aktif", "01/11/2024"});
      l.comp.add_row(T::akun, {kP2, "tiktok", "tiktok.com/@budi", "150", "aktif", "2024-11-01"});
      l.comp.add_row(T::konten, {"K1", "Hari Jadi", "instagram", "https://instagram.com/p/k1", "2024-11-01", "", "",
                                 "1.01;2.01"});
      return l;
    }
    case 2: {
      Loaded l = input("bkpsdm", "2024-12-20", "PEMERINTAH KOTA CONTOH");
      l.comp.add_row(T::unit, {"2.01", "Dinas Pendidikan"});
      l.comp.add_row(T::pegawai, {kP3, "Citra", "PPPK", "P", "2.01"});
      l.comp.add_row(T::konten, {"K1", "Hari Jadi", "IG", "https://instagram.com/p/k1", "1 November 2024", "", "",
                                 "2.01; 1.01"});
      l.comp.add_row(T::pegawai, {"", "Tanpa NIP", "PNS", "", "2.01"});
      return l;
    }
    default: {
      Loaded l = input("arsip", "2024-12-20");
      l.comp.add_row(T::pegawai, {kP3, "Citra Dewi", "PPPK", "P", "2.01"});  // same date as bkpsdm
      l.comp.add_row(T::pegawai, {"", "Tanpa NIP", "PNS", "", "2.01"});
      return l;
    }
  }
}

std::vector<Loaded> inputs(std::initializer_list<int> which) {
  std::vector<Loaded> v;
  for (int w : which) v.push_back(make(w));
  return v;
}

const Conflict* find_conflict(const Compilation& c, TableId t, std::string_view key) {
  for (const Conflict& k : c.konflik)
    if (k.table == t && !k.kunci.empty() && k.kunci.back().second == key) return &k;
  return nullptr;
}

std::string sumber_of(const Compilation& c, TableId t, std::size_t r) {
  return std::string(c.pool.view(c.table(t).sumber[r]));
}

}  // namespace

TEST_CASE("merge: rows equal after normalisation merge silently and list every source") {
  const auto in = inputs({0, 1});
  const Compilation m = merge(in);
  REQUIRE(m.table(T::unit).rows() == 2);
  CHECK(m.text(T::unit, 0, col::unit::kode_unit) == "1.01");
  CHECK(sumber_of(m, T::unit, 0) == "dinkes\ndisdik");  // "Dinas  Kesehatan" = "Dinas Kesehatan"
  CHECK(sumber_of(m, T::unit, 1) == "disdik");
  REQUIRE(m.table(T::pegawai).rows() == 2);
  CHECK(sumber_of(m, T::pegawai, 0) == "dinkes\ndisdik");  // spaced NIP, pns, Laki-laki
  REQUIRE(m.table(T::akun).rows() == 2);
  CHECK(sumber_of(m, T::akun, 0) == "dinkes\ndisdik");  // @andi = its URL, 1.234 = 1234, 01/11/2024
  CHECK(m.tanggal_kompilasi == "2024-12-15");
  CHECK(m.konflik.size() == 2);
}

TEST_CASE("merge: a transfer is a conflict, terbaru takes the later submission") {
  const auto in = inputs({0, 1});
  const Compilation m = merge(in);
  const Conflict* k = find_conflict(m, T::pegawai, kP2);
  REQUIRE(k);
  CHECK(k->kunci == std::vector<std::pair<std::string, std::string>>{{"nip", kP2}});
  CHECK(k->kolom == std::vector<std::string>{"kode_unit"});
  REQUIRE(k->nilai.size() == 2);
  CHECK(k->nilai[0].sumber == std::vector<std::string>{"dinkes"});
  CHECK(k->nilai[1].sumber == std::vector<std::string>{"disdik"});
  CHECK(k->dipilih == 1);
  CHECK(m.text(T::pegawai, 1, col::pegawai::kode_unit) == "2.01");
  CHECK(sumber_of(m, T::pegawai, 1) == "disdik");
}

TEST_CASE("merge: terbaru looks at tanggal_cek before the submission's date") {
  const auto in = inputs({1, 0});
  const Compilation m = merge(in);
  const Conflict* k = find_conflict(m, T::akun, "budi");
  REQUIRE(k);
  CHECK(k->kunci == std::vector<std::pair<std::string, std::string>>{{"platform", "tiktok"}, {"akun", "budi"}});
  CHECK(k->kolom == std::vector<std::string>{"pengikut", "tanggal_cek"});  // budi = tiktok.com/@budi
  CHECK(k->nilai[k->dipilih].sumber == std::vector<std::string>{"dinkes"});  // checked 2024-12-01
  CHECK(m.text(T::akun, 1, col::akun::pengikut) == "100");
}

TEST_CASE("merge: with equal dates terbaru takes the values that sort last") {
  const auto in = inputs({2, 3});
  const Compilation m = merge(in);
  const Conflict* k = find_conflict(m, T::pegawai, kP3);
  REQUIRE(k);
  CHECK(k->kolom == std::vector<std::string>{"nama"});
  CHECK(k->nilai[k->dipilih].row[col::pegawai::nama] == "Citra Dewi");  // "Citra Dewi" > "Citra"
}

TEST_CASE("merge: utamakan prefers one submission and falls back to terbaru") {
  const auto in = inputs({0, 1});
  const Compilation m = merge(in, MergePolicy::prefer("dinkes"));
  CHECK(find_conflict(m, T::pegawai, kP2)->dipilih == 0);
  CHECK(m.text(T::pegawai, 1, col::pegawai::kode_unit) == "1.01");
  const auto in2 = inputs({0, 1, 2, 3});
  const Compilation m2 = merge(in2, MergePolicy::prefer("disdik"));
  const Conflict* k = find_conflict(m2, T::pegawai, kP3);  // disdik lacks this NIP
  REQUIRE(k);
  CHECK(k->nilai[k->dipilih].row[col::pegawai::nama] == "Citra Dewi");
  CHECK_THROWS_AS(merge(in, MergePolicy::prefer("dinsos")), InputError);
}

TEST_CASE("merge: a conflict resolved by hand takes the chosen row") {
  const auto in = inputs({0, 1});
  Compilation m = merge(in);
  const auto i = static_cast<std::size_t>(find_conflict(m, T::pegawai, kP2) - m.konflik.data());
  REQUIRE(choose(m, i, 0));
  CHECK(m.konflik[i].dipilih == 0);
  CHECK(m.text(T::pegawai, 1, col::pegawai::kode_unit) == "1.01");
  CHECK(sumber_of(m, T::pegawai, 1) == "dinkes");
  CHECK_FALSE(choose(m, i, 2));
  CHECK_FALSE(choose(m, 99, 0));
}

TEST_CASE("merge: rows without a key are kept, identical ones merged") {
  const auto in = inputs({2, 3});
  const Compilation m = merge(in);
  std::size_t tanpa = 0;
  for (std::size_t r = 0; r < m.table(T::pegawai).rows(); ++r)
    if (m.text(T::pegawai, r, col::pegawai::nama) == "Tanpa NIP") {
      ++tanpa;
      CHECK(sumber_of(m, T::pegawai, r) == "arsip\nbkpsdm");
    }
  CHECK(tanpa == 1);
}

TEST_CASE("merge: instansi and tahun must agree, compared like headers") {
  auto same = inputs({1, 2});  // "Pemerintah Kota Contoh" vs "PEMERINTAH KOTA CONTOH"
  CHECK_NOTHROW(merge(same));
  std::vector<Loaded> other;
  other.push_back(make(0));
  other.push_back(input("blitar", "2024-12-01", "Pemerintah Kota Blitar"));
  try {
    merge(other);
    FAIL("no error");
  } catch (const InputError& e) {
    CHECK(e.code == "merge_instansi");
    CHECK(e.file == "blitar (Pemerintah Kota Blitar)");
    CHECK(e.detail == "dinkes (Pemerintah Kota Contoh)");
  }
  std::vector<Loaded> years;
  years.push_back(make(0));
  years.push_back(input("lama", "2023-12-01", "Pemerintah Kota Contoh", 2023));
  CHECK_THROWS_AS(merge(years), InputError);
}

TEST_CASE("merge: anonymised inputs merge only with each other, under one scheme") {
  HmacKey key{};
  key[0] = 7;  // any key: the merge compares the header field, not the pseudonyms
  const auto anonymised = [&](int which) {
    Loaded l = make(which);
    l.comp = anonymize(l.comp, key);
    return l;
  };
  const auto refusal = [](std::vector<Loaded> v) {
    try {
      merge(v);
    } catch (const InputError& e) {
      return e;
    }
    return InputError("none", "");
  };
  std::vector<Loaded> both;
  both.push_back(anonymised(0));
  both.push_back(anonymised(1));
  const Compilation m = merge(both);
  CHECK(is_anonymised(m));
  CHECK(m.extra.at(std::string(kAnonField)).get<std::string>() == kAnonScheme);
  CHECK(m.table(T::pegawai).rows() == 2);  // the same pseudonyms matched

  for (bool anon_dinkes : {true, false}) {  // the anonymised input is named first, sorted first or not
    std::vector<Loaded> mixed;
    mixed.push_back(anon_dinkes ? anonymised(0) : make(0));
    mixed.push_back(anon_dinkes ? make(1) : anonymised(1));
    const InputError e = refusal(std::move(mixed));
    CHECK(e.code == "merge_anonim");
    CHECK(e.file == (anon_dinkes ? "dinkes" : "disdik"));
    CHECK(e.detail == (anon_dinkes ? "disdik" : "dinkes"));
  }

  std::vector<Loaded> schemes;
  schemes.push_back(anonymised(0));
  schemes.push_back(anonymised(1));
  schemes[1].comp.extra[std::string(kAnonField)] = "hmac-sha256-argon2id/2";
  const InputError e = refusal(std::move(schemes));
  CHECK(e.code == "merge_anonim_skema");
  CHECK(e.file == "dinkes (hmac-sha256-argon2id/1)");
  CHECK(e.detail == "disdik (hmac-sha256-argon2id/2)");
}

TEST_CASE("merge: result, conflicts and bytes do not depend on the input order") {
  std::vector<int> order = {0, 1, 2, 3};
  std::string first;
  int permutations = 0;
  do {
    std::vector<Loaded> in;
    for (int w : order) in.push_back(make(w));
    const std::string bytes = write_workspace_json(merge(in));
    if (first.empty()) first = bytes;
    CHECK(bytes == first);
    ++permutations;
  } while (std::next_permutation(order.begin(), order.end()));
  CHECK(permutations == 24);
  CHECK(first.find("\"konflik\"") != std::string::npos);
}

TEST_CASE("merge: a merged input contributes its rows' own sources") {
  auto first = inputs({0, 1});
  std::vector<Loaded> again;
  Loaded merged;
  merged.name = "gabungan";
  merged.comp = merge(first);
  again.push_back(std::move(merged));
  again.push_back(make(2));
  const Compilation m = merge(again);
  CHECK(m.text(T::unit, 0, col::unit::kode_unit) == "2.01");  // bkpsdm sorts before gabungan
  CHECK(sumber_of(m, T::unit, 0) == "bkpsdm\ndisdik");
  CHECK(sumber_of(m, T::unit, 1) == "dinkes\ndisdik");
  CHECK(find_conflict(m, T::pegawai, kP2));  // carried from the first merge
}

TEST_CASE("merge --json summary lists conflicts and row counts") {
  const auto in = inputs({0, 1, 2});
  const Compilation m = merge(in);
  const auto j = merge_summary_json(m);
  CHECK(j["counts"]["pegawai"] == 4);
  CHECK(j["counts"]["konten"] == 1);
  REQUIRE(j["konflik"].size() == 2);
  const auto& k = j["konflik"][0];
  CHECK(k["tabel"] == "pegawai");
  CHECK(k["kunci"]["nip"] == kP2);
  CHECK(k["nilai"][1]["baris"]["kode_unit"] == "2.01");
  CHECK(k["nilai"][1]["sumber"][0] == "disdik");
  CHECK(k["dipilih"] == 1);
}

TEST_CASE("merge: a key repeated inside one submission stays two rows, with their own record numbers") {
  Loaded a = input("dinkes", "2024-12-01");
  a.comp.add_row(T::pegawai, {kP1, "Andi", "PNS", "L", "1.01"}, 5);
  a.comp.add_row(T::pegawai, {kP1, "Andi Saputra", "PNS", "L", "1.01"}, 9);
  Loaded b = input("disdik", "2024-12-02");
  b.comp.add_row(T::pegawai, {kP1, "Andi", "PNS", "L", "1.01"}, 3);
  std::vector<Loaded> inputs;
  inputs.push_back(std::move(a));
  inputs.push_back(std::move(b));
  const Compilation m = merge(inputs);
  const Table& p = m.table(T::pegawai);
  REQUIRE(p.rows() == 2);  // the repeat is left for validate() to report as NIP_GANDA
  CHECK(m.konflik.empty());
  CHECK(m.text(T::pegawai, 0, col::pegawai::nama) == "Andi");
  CHECK(m.pool.view(p.sumber[0]) == "dinkes\ndisdik");
  CHECK(m.text(T::pegawai, 1, col::pegawai::nama) == "Andi Saputra");
  CHECK(p.source_row[0] == 3);  // the text kept is the later submission's (disdik, record 3)
  CHECK(p.source_row[1] == 9);
}
