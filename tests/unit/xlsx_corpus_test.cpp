// The XLSX corpus (../shared/corpus/xlsx, README there): every readable workbook must give
// exactly the expected sheets, states, merged ranges and cell texts; every broken file
// must be refused with an InputError whose message is readable, quickly.
#include <doctest/doctest.h>

#include <chrono>

#include <nlohmann/json.hpp>

#include "registry/i18n.hpp"
#include "registry/input_error.hpp"
#include "registry/xlsx_reader.hpp"
#include "test_files.hpp"

using namespace kompilasi;

using kompilasi::test::slurp;

namespace {

const std::string kCorpus = std::string(KOMPILASI_SHARED_DIR) + "/corpus/xlsx/";

// The first differences between what was read and what was expected, as text.
std::vector<std::string> differences(const XlsxBook& book, const nlohmann::json& expected) {
  std::vector<std::string> out;
  const auto& sheets = expected.at("sheets");
  if (sheets.size() != book.sheets.size())
    out.push_back("sheet count " + std::to_string(book.sheets.size()) + " != " + std::to_string(sheets.size()));
  for (std::size_t i = 0; i < std::min(sheets.size(), book.sheets.size()) && out.size() < 8; ++i) {
    const Sheet& got = book.sheets[i];
    const auto& want = sheets[i];
    const std::string where = "sheet \"" + want.at("name").get<std::string>() + "\" ";
    if (got.name != want.at("name")) out.push_back(where + "name \"" + got.name + "\"");
    if (got.state != want.at("state")) out.push_back(where + "state " + got.state);
    const auto merged = want.contains("merged") ? want.at("merged").get<std::vector<std::string>>() : std::vector<std::string>{};
    if (got.merged != merged) out.push_back(where + "merged ranges differ");
    const auto rows = want.at("rows").get<std::vector<std::vector<std::string>>>();
    if (rows.size() != got.rows.size())
      out.push_back(where + "rows " + std::to_string(got.rows.size()) + " != " + std::to_string(rows.size()));
    for (std::size_t r = 0; r < std::min(rows.size(), got.rows.size()) && out.size() < 8; ++r) {
      const auto& a = got.rows[r];
      const auto& b = rows[r];
      for (std::size_t c = 0; c < std::max(a.size(), b.size()) && out.size() < 8; ++c) {
        const std::string x = c < a.size() ? a[c] : "", y = c < b.size() ? b[c] : "";
        if (x != y) out.push_back(where + column_letters(c + 1) + std::to_string(r + 1) + ": expected \"" + y + "\", got \"" + x + "\"");
      }
    }
  }
  return out;
}

}  // namespace

TEST_CASE("xlsx corpus: every readable workbook gives exactly its expected cells") {
  const auto manifest = nlohmann::json::parse(slurp(kCorpus + "manifest.json"));
  int exact = 0, total = 0;
  for (const auto& entry : manifest.at("readable")) {
    const std::string name = entry.at("file");
    ++total;
    CAPTURE(name);
    const auto expected = nlohmann::json::parse(slurp(kCorpus + entry.at("expected").get<std::string>()));
    try {
      const XlsxBook book = read_xlsx(slurp(kCorpus + name), name);
      CHECK(book.date1904 == expected.at("date1904").get<bool>());
      const auto diffs = differences(book, expected);
      for (const auto& d : diffs) FAIL_CHECK(d);
      exact += diffs.empty();
    } catch (const InputError& e) {
      FAIL_CHECK("refused: " << e.what());
    }
  }
  MESSAGE("xlsx corpus: " << exact << " of " << total << " readable workbooks exact");
  CHECK(total == 51);
  CHECK(exact == total);
}

TEST_CASE("xlsx corpus: every broken file is refused with a clear message, fast") {
  // file → the error it must give
  const std::map<std::string, std::string> expected_code = {
      {"broken/truncated_zip.xlsx", "xlsx_damaged"},
      {"broken/encrypted_agile_aes.xlsx", "xlsx_encrypted"},
      {"broken/empty_file.xlsx", "xlsx_empty"},
      {"broken/xml_bomb_entities.xlsx", "xlsx_xml_dtd"},
      {"broken/invalid_xml.xlsx", "xlsx_xml_invalid"},
      {"broken/no_content_types.xlsx", "xlsx_missing_part"},
      {"broken/no_workbook_rels.xlsx", "xlsx_missing_part"},
      {"broken/bad_crc_fuzzed.xlsx", "xlsx_crc"},
      {"broken/excel2007_beta_namespace.xlsx", "xlsx_old_format"},
  };
  const auto manifest = nlohmann::json::parse(slurp(kCorpus + "manifest.json"));
  int refused = 0;
  for (const auto& entry : manifest.at("broken")) {
    const std::string name = entry.at("file");
    CAPTURE(name);
    const auto start = std::chrono::steady_clock::now();
    std::string code;
    try {
      (void)read_xlsx(slurp(kCorpus + name), name);
    } catch (const InputError& e) {
      code = e.code;
      const std::string message = trf(Lang::id, "io." + e.code, {{"file", e.file}, {"detail", e.detail}, {"where", e.where}});
      MESSAGE(name << ": " << message);
      CHECK(message.find(name) != std::string::npos);
      CHECK(message.rfind("io.", 0) != 0);  // a real text, not the bare key
      CHECK(tr(Lang::en, "io." + e.code) != tr(Lang::id, "io." + e.code));
    }
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start).count();
    CHECK(ms < 2000);
    REQUIRE(expected_code.count(name) == 1);
    CHECK(code == expected_code.at(name));
    refused += code == expected_code.at(name);
  }
  MESSAGE("xlsx corpus: " << refused << " of 9 broken files refused with the right error");
  CHECK(refused == 9);
}
