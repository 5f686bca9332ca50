// Finding messages: every rule has its words in both languages and every placeholder is filled.
#include <doctest/doctest.h>

#include "registry/finding_message.hpp"
#include "registry/json_text.hpp"

using namespace kompilasi;

TEST_CASE("every rule has a title, a message and a help text in Indonesian and English") {
  for (std::size_t i = 0; i < kRuleCount; ++i) {
    const Rule r = static_cast<Rule>(i);
    const std::string id(rule_id(r));
    CAPTURE(id);
    for (Lang lang : {Lang::id, Lang::en}) {
      for (std::string_view part : {"title", "message", "help"}) {
        const std::string key = "rule." + id + "." + std::string(part);
        CAPTURE(key);
        CHECK(tr(lang, key) != key);
      }
      CHECK(rule_title(r, lang) != rule_title(r, lang == Lang::id ? Lang::en : Lang::id));
      Finding f;
      f.rule = r;
      f.table = TableId::akun;
      f.row = 12;
      f.first_row = 3;
      f.set_column("akun");
      f.set_value("@budi");
      f.set_detail("instagram");
      const std::string m = finding_message(f, lang);
      CHECK(m.find('{') == std::string::npos);
      CHECK(!m.empty());
    }
  }
}

TEST_CASE("a finding's four texts: each set alone, copied, moved, and set from one of its own") {
  Finding f(Rule::AKUN_GANDA, Severity::warning, TableId::akun, 9, 8, "akun", "@budi", 4, "", "dinkes");
  CHECK((f.column() == "akun" && f.value() == "@budi" && f.detail().empty() && f.source() == "dinkes"));
  f.set_detail("198609262015051001");
  f.set_column(f.source());  // a view into the texts being replaced
  CHECK((f.column() == "dinkes" && f.value() == "@budi" && f.detail() == "198609262015051001" && f.source() == "dinkes"));
  Finding copy = f;
  f.set_value("");
  CHECK((copy.value() == "@budi" && f.value().empty() && f.detail() == "198609262015051001"));
  const Finding moved = std::move(copy);
  CHECK((moved.rule == Rule::AKUN_GANDA && moved.row == 9 && moved.table_row == 8 && moved.first_row == 4));
  CHECK((moved.column() == "dinkes" && moved.value() == "@budi" && moved.source() == "dinkes"));
  const Finding empty;
  CHECK((empty.column().empty() && empty.value().empty() && empty.detail().empty() && empty.source().empty()));
  Finding assigned(Rule::NIP_FORMAT, Severity::error, TableId::pegawai, 1, 0, "nip");
  assigned = empty;
  CHECK(assigned.column().empty());
}

TEST_CASE("a missing key is its own text, still there after the key is gone") {
  // rule_title(), rule_help() and severity_label() build their key in a temporary string
  const std::string_view gone = tr(Lang::en, std::string("rule.TIDAK_ADA.keterangan_yang_tidak_ada"));
  const std::string reuse(40, 'x');  // the allocator hands out the freed key's block again
  CHECK(gone == "rule.TIDAK_ADA.keterangan_yang_tidak_ada");
  const std::string key = "severity.tidak_ada_sama_sekali";
  const std::string_view text = tr(Lang::id, key);
  CHECK(text == key);
  CHECK(text.data() != key.data());
  CHECK(tr(Lang::en, std::string(key)).data() == text.data());  // one copy per missing key
}

TEST_CASE("messages name the value, the first row and the details") {
  Finding f;
  f.rule = Rule::AKUN_GANDA;
  f.table = TableId::akun;
  f.row = 9;
  f.first_row = 4;
  f.set_column("akun");
  f.set_value("@budi.santoso");
  f.set_detail("198609262015051001");
  const std::string id = finding_message(f, Lang::id), en = finding_message(f, Lang::en);
  CHECK(id.find("@budi.santoso") != std::string::npos);
  CHECK(id.find("baris 4") != std::string::npos);
  CHECK(id.find("198609262015051001") != std::string::npos);
  CHECK(en.find("row 4") != std::string::npos);

  f = {};
  f.rule = Rule::NIP_KELAMIN_BEDA;
  f.set_value("P");
  f.set_detail("L");
  CHECK(finding_message(f, Lang::id).find("laki-laki") != std::string::npos);
  CHECK(finding_message(f, Lang::en).find("male") != std::string::npos);

  f = {};
  f.rule = Rule::UNIT_TIDAK_DIKENAL;
  f.set_value("3.01");
  CHECK(finding_message(f, Lang::id).find("tidak ada di tabel unit") != std::string::npos);
  f.set_detail("siklus");
  CHECK(finding_message(f, Lang::id).find("lingkaran") != std::string::npos);
  f.set_detail("1.01, 1.02");
  CHECK(finding_message(f, Lang::id).find("1.01, 1.02") != std::string::npos);

  CHECK(severity_label(Severity::warning, Lang::id) == "peringatan");
  CHECK(severity_label(Severity::error, Lang::en) == "error");
  CHECK(rule_help(Rule::PENGIKUT_FORMAT, Lang::id).find("1,2 rb") != std::string_view::npos);
}

TEST_CASE("FindingMessages writes finding_message's text, plain and as a JSON string") {
  for (Lang lang : {Lang::id, Lang::en}) {
    const FindingMessages messages(lang);
    for (std::size_t i = 0; i < kRuleCount; ++i)
      for (const std::string detail : {"", "instagram", "L", "P", "siklus", "1.01, 1.02", "a\"b\\c\n{value}"}) {
        Finding f;
        f.rule = static_cast<Rule>(i);
        f.table = TableId::laporan;
        f.row = 1234567;
        f.first_row = i;
        f.set_column("url_bukti");
        f.set_value("https://x.com/a?b=\"c\"\t\x01");
        f.set_detail(detail);
        f.set_source("dinkes");
        CAPTURE(rule_id(f.rule));
        CAPTURE(detail);
        const std::string want = finding_message(f, lang);
        std::string plain = "before:";
        messages.append(plain, f);
        CHECK(plain == "before:" + want);
        std::string json, want_json;
        messages.append_json(json, f);
        append_json_string(want_json, want);
        CHECK(json == want_json);
      }
  }
}
