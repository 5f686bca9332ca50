#include <doctest/doctest.h>

#include <cstdint>
#include <string>
#include <vector>

#include "registry/csv_parser.hpp"
#include "registry/csv_sheet.hpp"
#include "registry/csv_writer.hpp"
#include "registry/input_error.hpp"
#include "registry/neutralize.hpp"
#include "registry/text_encoding.hpp"

using namespace kompilasi;

namespace {

using Rows = std::vector<std::vector<std::string>>;

Rows parse(std::string_view text, char delim = 0) {
  CsvParser p(text, "t.csv", delim ? delim : detect_delimiter(text));
  Rows rows;
  while (p.next()) rows.emplace_back(p.fields().begin(), p.fields().end());
  return rows;
}

InputError parse_error(std::string_view text) {
  try {
    parse(text);
  } catch (const InputError& e) {
    return e;
  }
  FAIL("no InputError");
  return InputError("", "");
}

}  // namespace

TEST_CASE("csv: quoted fields, escapes, text after a closing quote, trailing delimiter") {
  CHECK(parse("a,b\n1,\"x, y\"\n") == Rows{{"a", "b"}, {"1", "x, y"}});
  CHECK(parse("a\n\"say \"\"hi\"\"\"\n") == Rows{{"a"}, {"say \"hi\""}});
  CHECK(parse("a,b\n\"ab\"c,d\n") == Rows{{"a", "b"}, {"abc", "d"}});
  CHECK(parse("a,b\nx\"y\"z,2\n") == Rows{{"a", "b"}, {"x\"y\"z", "2"}});
  CHECK(parse("a,b,\n1,2,") == Rows{{"a", "b", ""}, {"1", "2", ""}});
  CHECK(parse("a,b\n1,\"\"") == Rows{{"a", "b"}, {"1", ""}});
}

TEST_CASE("csv: LF, CRLF and lone CR end records; breaks inside quotes are kept byte for byte") {
  CHECK(parse("a,b\r\n1,2\r\n") == Rows{{"a", "b"}, {"1", "2"}});
  CHECK(parse("a,b\r1,2\r") == Rows{{"a", "b"}, {"1", "2"}});
  CHECK(parse("a\n\"x\r\ny\"\n\"p\rq\"\n") == Rows{{"a"}, {"x\r\ny"}, {"p\rq"}});
}

TEST_CASE("csv: delimiter detection from the header line, outside quotes") {
  CHECK(detect_delimiter("nip;nama;unit\n1,5;x;y\n") == ';');
  CHECK(detect_delimiter("nip\tnama\n") == '\t');
  CHECK(detect_delimiter("\"a;b;c\",d\n") == ',');
  CHECK(detect_delimiter("nip\n1\n") == ',');
  CHECK(parse("nip;nama\n'123;\"Dewi; S.Pd.\"\n") == Rows{{"nip", "nama"}, {"'123", "Dewi; S.Pd."}});
}

TEST_CASE("csv: blank records are skipped and not counted, even after a field spanning lines") {
  CsvParser p("h1,h2\n\n\"a\nb\nc\",1\n,\n\r\nx,2\n", "t.csv", ',');
  REQUIRE(p.next());
  CHECK(p.record() == 1);
  REQUIRE(p.next());
  CHECK(p.record() == 2);
  CHECK(p.line() == 3);
  CHECK(p.fields()[0] == "a\nb\nc");
  REQUIRE(p.next());
  CHECK(p.record() == 3);
  CHECK(p.line() == 8);
  CHECK(p.fields()[0] == "x");
  CHECK_FALSE(p.next());
  // a record of quoted empty fields is not blank: it is what the writer emits for an empty row
  CHECK(parse("a,b\n\"\",\n") == Rows{{"a", "b"}, {"", ""}});
}

TEST_CASE("csv: unusable text names the line") {
  InputError e = parse_error("a,b\n1,2\n3,\"open\nstill open\n");
  CHECK(e.code == "unterminated_quote");
  CHECK(e.file == "t.csv");
  CHECK(e.where == "line:3");
  e = parse_error(std::string("a,b\n1,2\n3,x\0y\n", 14));
  CHECK(e.code == "nul_byte");
  CHECK(e.where == "line:3");
  e = parse_error(std::string("a\n\"x\n\0\"\n", 8));
  CHECK(e.code == "nul_byte");
  CHECK(e.where == "line:3");
}

TEST_CASE("csv: at most 16 384 columns and 32 767 characters per cell") {
  std::string wide = "a";
  for (std::size_t i = 1; i < kMaxColumns; ++i) wide += ",a";
  CHECK(parse(wide).front().size() == kMaxColumns);
  InputError e = parse_error("h\n" + wide + ",a\n");
  CHECK(e.code == "too_many_columns");
  CHECK(e.where == "line:2");

  const std::string at_limit(kMaxCellChars, 'x');
  CHECK(parse("h\n" + at_limit).back().front().size() == kMaxCellChars);
  // characters, not bytes: 32 767 two-byte letters fit
  std::string accented;
  for (std::size_t i = 0; i < kMaxCellChars; ++i) accented += "\xC3\xA9";
  CHECK(parse("h\n" + accented).back().front() == accented);
  e = parse_error("h1,h2\n1,2\nx,\"" + at_limit + "y\"\n");
  CHECK(e.code == "cell_too_long");
  CHECK(e.where == "line:3");
  CHECK(e.detail == "2");
}

TEST_CASE("encoding: UTF-8 check, WHATWG Windows-1252, UTF-16 with a BOM") {
  CHECK(valid_utf8("plain ascii and \xC3\xA9 and \xF0\x9F\x98\x80"));
  CHECK_FALSE(valid_utf8("caf\xE9"));
  CHECK_FALSE(valid_utf8("\xC0\xAF"));          // overlong
  CHECK_FALSE(valid_utf8("\xED\xA0\x80"));      // surrogate
  CHECK_FALSE(valid_utf8("\xF4\x90\x80\x80"));  // past U+10FFFF
  CHECK_FALSE(valid_utf8("abcdefgh\xE2\x82"));  // cut short
  CHECK(windows1252_to_utf8("caf\xE9 \x80 \x81 \x9F \xA0") == "caf\xC3\xA9 \xE2\x82\xAC \xC2\x81 \xC5\xB8 \xC2\xA0");

  DecodedText d = decode_text("\xEF\xBB\xBFnip\n", "f");
  CHECK(d.encoding == TextEncoding::utf8_bom);
  CHECK(d.text() == "nip\n");
  d = decode_text("nama\nJos\xE9\n", "f");
  CHECK(d.encoding == TextEncoding::windows1252);
  CHECK(d.text() == "nama\nJos\xC3\xA9\n");
  d = decode_text(std::string("\xFF\xFE" "a\0\x3D\xD8\x00\xDE", 8), "f");  // a, U+1F600
  CHECK(d.encoding == TextEncoding::utf16le);
  CHECK(d.text() == "a\xF0\x9F\x98\x80");
  d = decode_text(std::string("\xFE\xFF\0a\0\xE9", 6), "f");
  CHECK(d.encoding == TextEncoding::utf16be);
  CHECK(d.text() == "a\xC3\xA9");
  CHECK_THROWS_AS(decode_text(std::string("\xFF\xFE" "a\0b", 5), "f"), InputError);
  CHECK_THROWS_AS(decode_text(std::string("\xFF\xFE\x00\xDC", 4), "f"), InputError);
}

TEST_CASE("encoding in slices: every slice size gives decode_text's result, characters cut at a slice's end included") {
  const std::vector<std::string> texts = {
      "",
      "nip;nama\n1;Ana\n",
      "\xEF\xBB\xBFnama\nJos\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80\n",  // 2-, 3- and 4-byte characters
      "\xC3\xA9\xC3\xA9\xC3\xA9\xE2\x82\xAC\xE2\x82\xAC\xF0\x9F\x98\x80\xF0\x9F\x98\x80",
      "nama\nJos\xE9\n",                                                        // Windows-1252
      std::string(40, 'a') + "\xE9",                                             // …found in a late slice
      "abc\xE2\x82",                                                          // cut short at the end
      "\x80\x80\x80\x80\x80\x80",                                               // continuation bytes only
      std::string("\xFF\xFE" "a\0\x3D\xD8\x00\xDE", 8),
  };
  for (const std::string& t : texts) {
    const DecodedText whole = decode_text(t, "f");
    for (const std::size_t slice : {std::size_t{1}, std::size_t{2}, std::size_t{3}, std::size_t{5}, std::size_t{7}, SIZE_MAX}) {
      CAPTURE(t);
      CAPTURE(slice);
      TextDecoder d(t, "f");
      std::size_t steps = 1;
      while (!d.step(slice)) ++steps;
      const DecodedText sliced = d.take();
      CHECK(sliced.encoding == whole.encoding);
      CHECK(sliced.text() == whole.text());
      if (slice == 1 && whole.encoding == TextEncoding::utf8 && t.size() > 8) CHECK(steps > 1);  // it did go in slices
    }
  }
}

TEST_CASE("csv sheet: a Windows-1252 file is decoded whole with a notice naming it") {
  std::vector<Notice> notices;
  const Sheet s = read_csv_sheet("nama;kota\nJos\xE9;Malang\n", "form.csv", notices);
  CHECK(s.rows == Rows{{"nama", "kota"}, {"Jos\xC3\xA9", "Malang"}});
  REQUIRE(notices.size() == 1);
  CHECK(notices[0].code == "decoded_windows1252");
  CHECK(notices[0].file == "form.csv");
  notices.clear();
  read_csv_sheet("\xEF\xBB\xBFnama\nJos\xC3\xA9\n", "ok.csv", notices);
  CHECK(notices.empty());
}

TEST_CASE("neutralise: each trigger gets a leading quote, import strips exactly one") {
  for (const std::string_view risky : {"=1+1", "+62812", "-5", "@SUM(A1)", "\tx", "\rx", "'kept"}) {
    CAPTURE(risky);
    CHECK(needs_text_prefix(risky));
    CsvWriter w;
    w.field(risky);
    w.end_record();
    const Rows back = parse(w.bytes(), ',');
    REQUIRE(back.size() == 1);
    CHECK(back[0][0] == "'" + std::string(risky));
    CHECK(strip_text_prefix(back[0][0]) == risky);
  }
  for (const std::string_view safe : {"", "Dewi", "1986", " =x", "a=b"}) CHECK_FALSE(needs_text_prefix(safe));
  CsvWriter w;
  w.field("=1", false);
  w.end_record();
  CHECK(w.bytes() == "=1\r\n");
}

TEST_CASE("csv writer: RFC 4180 quoting, CRLF, an empty record stays a record, Excel (Indonesia) form") {
  CsvWriter w;
  for (const std::string_view f : {"plain", "a,b", "say \"hi\"", "two\nlines", "semi;colon"}) w.field(f);
  w.end_record();
  w.field("");
  w.field("");
  w.end_record();
  CHECK(w.bytes() == "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",semi;colon\r\n\"\",\r\n");
  CHECK(parse(w.bytes()) == Rows{{"plain", "a,b", "say \"hi\"", "two\nlines", "semi;colon"}, {"", ""}});

  CsvWriter x(';', true);
  x.field("a;b");
  x.field("1,5");
  x.field("=x;y");
  x.end_record();
  CHECK(x.bytes() == "\xEF\xBB\xBF\"a;b\";1,5;\"'=x;y\"\r\n");
}
