// What the XLSX writer writes, our reader reads back exactly; the reader's limits hold
// against archives made to break them.
#include <doctest/doctest.h>

#include "registry/input_error.hpp"
#include "registry/xlsx_reader.hpp"
#include "registry/xlsx_writer.hpp"
#include "registry/xlsx_zip_writer.hpp"

using namespace kompilasi;

namespace {

std::string refusal(const std::string& bytes) {
  try {
    (void)read_xlsx(bytes, "uji.xlsx");
  } catch (const InputError& e) {
    return e.code;
  }
  return "accepted";
}

// A minimal package around one worksheet body (sheetData contents).
std::string package_with_sheet(const std::string& sheet_data) {
  ZipWriter z;
  z.add("[Content_Types].xml", R"(<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>)");
  z.add("_rels/.rels",
        R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>)");
  z.add("xl/workbook.xml",
        R"(<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>)");
  z.add("xl/_rels/workbook.xml.rels",
        R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/s.xml"/></Relationships>)");
  z.add("xl/worksheets/s.xml",
        R"(<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>)" + sheet_data +
            "</sheetData></worksheet>");
  return z.finish();
}

}  // namespace

TEST_CASE("xlsx writer: texts, numbers and dates read back as written") {
  const std::vector<std::string> texts = {
      "plain", " spaced ", "a\r\nb", "cr\ronly", "tab\there", "ctl\x01x", "_x000D_ literal", "&<>\"'",
      "emoji \xF0\x9F\x98\x80", "1986 0926 2015 05 1 001", "", "x"};
  std::vector<std::string> owned = texts;
  XlsxSheet s;
  s.name = "uji & coba";
  s.columns = {{"teks"}, {"angka"}, {"tanggal", XlsxFormat::date}, {"nip", XlsxFormat::text}};
  s.rows = texts.size();
  const double numbers[] = {0.1, 1e21, -2.5, 123456789012.0, 0, 1e-7, 42, 3, 4, 5, 6, 7};
  s.row = [&](std::size_t r, std::vector<XlsxCell>& cells) {
    cells.push_back(XlsxCell::of_text(owned[r]));
    cells.push_back(XlsxCell::of_number(numbers[r]));
    cells.push_back(XlsxCell::of_date(excel_serial(2024, 1, static_cast<int>(r) + 1)));
    cells.push_back(XlsxCell::of_text("198609262015051001"));
  };
  const XlsxBook book = read_xlsx(write_xlsx({s}), "uji.xlsx");
  REQUIRE(book.sheets.size() == 1);
  const Sheet& sh = book.sheets[0];
  CHECK(sh.name == "uji & coba");
  REQUIRE(sh.rows.size() == texts.size() + 1);
  CHECK(sh.rows[0] == std::vector<std::string>{"teks", "angka", "tanggal", "nip"});
  const char* want_numbers[] = {"0.1", "1e+21", "-2.5", "123456789012", "0", "1e-7", "42", "3", "4", "5", "6", "7"};
  for (std::size_t r = 0; r < texts.size(); ++r) {
    CAPTURE(r);
    CHECK(sh.rows[r + 1][0] == texts[r]);
    CHECK(sh.rows[r + 1][1] == want_numbers[r]);
    CHECK(sh.rows[r + 1][2] == "2024-01-" + std::string(r + 1 < 10 ? "0" : "") + std::to_string(r + 1));
    CHECK(sh.rows[r + 1][3] == "198609262015051001");
  }
  CHECK(excel_serial(2024, 1, 1) == 45292);
  CHECK(excel_serial(1900, 3, 1) == 61);
  CHECK(excel_serial(1900, 2, 28) < 0);
}

TEST_CASE("xlsx reader limits: inflation, columns, cell length, well-formedness") {
  // 50 MB of one character deflates to ~50 KB: past 100× the archive's size
  CHECK(refusal(package_with_sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>" + std::string(50'000'000, 'a') +
                                   "</t></is></c></row>")) == "xlsx_too_large");
  CHECK(refusal(package_with_sheet("<row r=\"1\"><c r=\"XFE1\"><v>1</v></c></row>")) == "xlsx_too_many_columns");
  CHECK(refusal(package_with_sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>" + std::string(32768, 'b') +
                                   "</t></is></c></row>")) == "xlsx_cell_too_long");
  CHECK(refusal(package_with_sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>" + std::string(32767, 'b') +
                                   "</t></is></c></row>")) == "accepted");
  CHECK(refusal(package_with_sheet("<row><c><v>1</v></row>")) == "xlsx_xml_invalid");
  CHECK(refusal(package_with_sheet("<row><c t=\"s\"><v>3</v></c></row>")) == "xlsx_damaged");  // no such shared string
  CHECK(refusal("PK\x03\x04 not really a zip") == "xlsx_damaged");
  CHECK(refusal(std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(600, '\0')) == "xlsx_legacy_xls");

  // cells without references follow on from the previous one; rows too
  const XlsxBook book = read_xlsx(package_with_sheet("<row><c><v>1</v></c><c r=\"C1\"><v>3</v></c><c><v>4</v></c></row>"
                                                     "<row r=\"3\"><c t=\"b\"><v>1</v></c></row><row><c t=\"e\"><v>#N/A</v></c></row>"),
                                  "uji.xlsx");
  REQUIRE(book.sheets.size() == 1);
  CHECK(book.sheets[0].rows == std::vector<std::vector<std::string>>{{"1", "", "3", "4"}, {}, {"TRUE"}, {"#N/A"}});
}
