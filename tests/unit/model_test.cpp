#include <doctest/doctest.h>

#include "registry/i18n.hpp"
#include "registry/model.hpp"

using namespace kompilasi;

TEST_CASE("string pool interns equal texts to one id and keeps views stable") {
  StringPool pool;
  CHECK(pool.intern("") == 0);
  const auto a = pool.intern("Kecamatan Sananwetan");
  std::vector<std::uint32_t> ids;
  for (int i = 0; i < 100000; ++i) ids.push_back(pool.intern("nip" + std::to_string(i)));
  CHECK(pool.intern("Kecamatan Sananwetan") == a);
  CHECK(pool.view(a) == "Kecamatan Sananwetan");
  for (int i = 0; i < 100000; ++i) REQUIRE(pool.view(ids[static_cast<std::size_t>(i)]) == "nip" + std::to_string(i));  // across segments
  CHECK(pool.find("nip99999") == ids[99999]);
  CHECK(pool.find("tidak ada") == UINT32_MAX);
  const std::string big(600000, 'x');
  const auto b = pool.intern(big);
  CHECK(pool.view(pool.intern("after big")) == "after big");
  CHECK(pool.view(b) == big);
}

TEST_CASE("stream interner: the ids intern() gives one text after another, written where asked, through index growth") {
  std::vector<std::string> texts;
  for (int i = 0; i < 50000; ++i) texts.push_back(i % 7 == 0 ? "" : "t" + std::to_string(i % 3 ? i : i % 100));
  StringPool direct, streamed;
  direct.intern("sudah ada");
  streamed.intern("sudah ada");
  std::vector<std::uint32_t> want, got(texts.size() * 2, UINT32_MAX);
  for (const std::string& t : texts) want.push_back(direct.intern(t));
  StreamInterner interner(streamed, got);
  for (std::size_t i = 0; i < texts.size(); ++i) interner.add(texts[i], texts.size() * 2 - 1 - 2 * i);  // odd slots, backwards
  interner.flush();
  for (std::size_t i = 0; i < texts.size(); ++i) {
    CAPTURE(i);
    REQUIRE(got[texts.size() * 2 - 1 - 2 * i] == want[i]);
    REQUIRE(got[texts.size() * 2 - 2 - 2 * i] == UINT32_MAX);  // nothing else written
  }
  CHECK(streamed.size() == direct.size());
  CHECK(streamed.view(want.back()) == texts.back());
}

TEST_CASE("string pool: appended texts get ids of their own, unseen by intern and find; taken text stays valid") {
  StringPool pool;
  CHECK(pool.append("") == 0);
  const auto a = pool.append("https://instagram.com/p/1");
  const auto b = pool.append("https://instagram.com/p/1");
  CHECK(a != b);
  CHECK((pool.view(a) == "https://instagram.com/p/1" && pool.view(b) == pool.view(a)));
  CHECK(pool.find("https://instagram.com/p/1") == UINT32_MAX);
  const auto c = pool.intern("https://instagram.com/p/1");
  CHECK((c != a && c != b && pool.intern("https://instagram.com/p/1") == c));

  StringPool side;
  std::vector<std::uint32_t> ids;
  for (int i = 0; i < 300000; ++i) ids.push_back(i % 2 ? side.append("u" + std::to_string(i)) : side.intern("k" + std::to_string(i % 10)));
  const std::string big(700000, 'z');  // a block of its own
  const auto big_id = side.append(big);
  pool.take_text(side);
  const auto d = pool.intern("after take");  // stored after the taken texts, not over them
  std::vector<std::uint32_t> remap(side.size(), 0);
  StreamInterner interner(pool, remap);
  for (std::uint32_t id = 1; id < side.size(); ++id) {
    if (side.find(side.view(id)) == id) interner.add(side.view(id), id, side.taken(id));
    else remap[id] = pool.append(side.view(id), side.taken(id));
  }
  interner.flush();
  CHECK(pool.view(d) == "after take");
  for (int i = 0; i < 300000; ++i) {
    CAPTURE(i);
    REQUIRE(pool.view(remap[ids[static_cast<std::size_t>(i)]]) == (i % 2 ? "u" : "k") + std::to_string(i % 2 ? i : i % 10));
  }
  CHECK(pool.view(remap[big_id]) == big);
  CHECK(side.view(big_id) == big);  // side's views stay valid
  CHECK((remap[ids[0]] == remap[ids[10]] && remap[ids[1]] != remap[ids[3]]));
  CHECK((pool.find("k4") == remap[ids[4]] && pool.find("u5") == UINT32_MAX));
}

TEST_CASE("tables keep schema columns in section-1 order") {
  Compilation c;
  CHECK(c.table(TableId::pegawai).columns.front() == "nip");
  CHECK(c.table(TableId::laporan).width() == col::laporan::count);
  c.add_row(TableId::unit, {"1.01", "Dinas Pendidikan"});
  CHECK(c.text(TableId::unit, 0, col::unit::nama_unit) == "Dinas Pendidikan");
  CHECK(c.text(TableId::unit, 0, col::unit::induk) == "");
  Table& u = c.table(TableId::unit);
  const int extra = u.add_column("catatan");
  CHECK(extra == col::unit::count);
  CHECK(u.id_at(0, col::unit::nama_unit) == c.pool.find("Dinas Pendidikan"));
  CHECK(u.id_at(0, extra) == 0);
}

TEST_CASE("string tables fall back to Indonesian and fill placeholders") {
  CHECK(tr(Lang::id, "app.title") == "Kompilasi Data Media Sosial ASN");
  CHECK(tr(Lang::en, "app.title") == "ASN Social Media Compilation");
  CHECK(tr(Lang::en, "no.such.key") == "no.such.key");
}
