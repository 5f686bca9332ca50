#include "xlsx_reader.hpp"

#include "text_encoding.hpp"

#include <algorithm>
#include <cstdlib>
#include <optional>
#include <unordered_map>

#include "input_error.hpp"
#include "xlsx_dates.hpp"
#include "xlsx_number.hpp"
#include "xlsx_package.hpp"
#include "xlsx_xml.hpp"

namespace kompilasi {
namespace {

constexpr std::size_t kMaxColumns = 16384;
constexpr std::size_t kMaxRows = 1048576;
constexpr std::size_t kMaxCellChars = 32767;

struct CellStyle {
  bool date = false;
  bool duration = false;
};

struct Context {
  const ZipReader& zip;
  bool date1904 = false;
  std::vector<std::string> shared;
  std::vector<CellStyle> styles;
};


// The UTF-16 code unit of an `_xHHHH_` escape at s[i], or -1.
int escape_at(std::string_view s, std::size_t i) {
  if (i + 7 > s.size() || s[i] != '_' || s[i + 1] != 'x' || s[i + 6] != '_') return -1;
  int v = 0;
  for (std::size_t k = i + 2; k < i + 6; ++k) {
    const char c = s[k];
    const int h = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    if (h < 0) return -1;
    v = v * 16 + h;
  }
  return v;
}

// ECMA-376 ST_Xstring: `_xHHHH_` is the UTF-16 code unit HHHH (two in a row may be a
// surrogate pair). A lone surrogate is left as written.
std::string decode_xstring(std::string_view s) {
  if (s.find("_x") == std::string_view::npos) return std::string(s);
  std::string out;
  for (std::size_t i = 0; i < s.size();) {
    const int u = escape_at(s, i);
    if (u < 0) { out += s[i++]; continue; }
    if (u >= 0xD800 && u <= 0xDBFF) {
      const int low = escape_at(s, i + 7);
      if (low >= 0xDC00 && low <= 0xDFFF) {
        append_utf8(out, 0x10000 + ((static_cast<std::uint32_t>(u) - 0xD800) << 10) + (static_cast<std::uint32_t>(low) - 0xDC00));
        i += 14;
        continue;
      }
    }
    if (u >= 0xD800 && u <= 0xDFFF) { out.append(s.substr(i, 7)); i += 7; continue; }
    append_utf8(out, static_cast<std::uint32_t>(u));
    i += 7;
  }
  return out;
}

// The text of a string item (`si` or `is`): plain `t`, then the `t` of each rich-text run;
// phonetic runs (`rPh`) are not part of the text.
std::string string_item(pugi::xml_node item) {
  std::string out;
  for (pugi::xml_node c = item.first_child(); c; c = c.next_sibling()) {
    if (is(c, Ns::main, "t")) out += text_of(c);
    else if (is(c, Ns::main, "r"))
      if (pugi::xml_node t = child(c, Ns::main, "t")) out += text_of(t);
  }
  return decode_xstring(out);
}

pugi::xml_node parse_root(pugi::xml_document& doc, std::string& text, const std::string& part, const ZipReader& zip,
                          std::string_view root_name) {
  text = zip.read(part);
  parse_part(doc, text, part, zip.file());
  const pugi::xml_node root = doc.document_element();
  if (!is(root, Ns::main, root_name)) {
    if (local_name(root.name()) == root_name) throw InputError("xlsx_old_format", zip.file(), {}, root_namespace_uri(doc));
    throw InputError("xlsx_damaged", zip.file(), {}, part);
  }
  return root;
}

std::vector<std::string> read_shared_strings(const ZipReader& zip, const std::string& part) {
  pugi::xml_document doc;
  std::string text;
  const pugi::xml_node sst = parse_root(doc, text, part, zip, "sst");
  std::vector<std::string> out;
  for (pugi::xml_node si = sst.first_child(); si; si = si.next_sibling())
    if (is(si, Ns::main, "si")) out.push_back(string_item(si));
  return out;
}

std::vector<CellStyle> read_styles(const ZipReader& zip, const std::string& part) {
  pugi::xml_document doc;
  std::string text;
  const pugi::xml_node root = parse_root(doc, text, part, zip, "styleSheet");
  std::unordered_map<int, std::string> custom;
  for (pugi::xml_node f = child(child(root, Ns::main, "numFmts"), Ns::main, "numFmt"); f; f = f.next_sibling())
    if (is(f, Ns::main, "numFmt")) custom[f.attribute("numFmtId").as_int(-1)] = f.attribute("formatCode").value();
  std::vector<CellStyle> out;
  for (pugi::xml_node xf = child(root, Ns::main, "cellXfs").first_child(); xf; xf = xf.next_sibling()) {
    if (!is(xf, Ns::main, "xf")) continue;
    const int id = xf.attribute("numFmtId").as_int(0);
    std::optional<std::string_view> code;
    if (auto it = custom.find(id); it != custom.end()) code = it->second;
    else code = builtin_number_format(id);
    CellStyle s;
    if (code) {
      s.date = is_date_format(*code);
      s.duration = s.date && is_duration_format(*code);
    }
    out.push_back(s);
  }
  return out;
}

// "B7" → (row 7, column 2); false when it is not a cell reference.
bool parse_ref(std::string_view ref, std::size_t& row, std::size_t& column) {
  std::size_t i = 0;
  if (i < ref.size() && ref[i] == '$') ++i;
  column = 0;
  const std::size_t letters = i;
  while (i < ref.size() && ((ref[i] >= 'A' && ref[i] <= 'Z') || (ref[i] >= 'a' && ref[i] <= 'z'))) {
    column = column * 26 + static_cast<std::size_t>((ref[i] | 0x20) - 'a' + 1);
    if (++i - letters > 3) return false;
  }
  if (i == letters) return false;
  if (i < ref.size() && ref[i] == '$') ++i;
  if (i == ref.size()) return false;
  row = 0;
  for (; i < ref.size(); ++i) {
    if (ref[i] < '0' || ref[i] > '9' || row > kMaxRows) return false;
    row = row * 10 + static_cast<std::size_t>(ref[i] - '0');
  }
  return row >= 1;
}

std::size_t utf8_length(std::string_view s) {
  std::size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

class SheetReader {
 public:
  SheetReader(const Context& ctx, Sheet& sheet) : ctx_(ctx), sheet_(sheet) {}

  void read(pugi::xml_node worksheet) {
    for (pugi::xml_node row = child(worksheet, Ns::main, "sheetData").first_child(); row; row = row.next_sibling())
      if (is(row, Ns::main, "row")) read_row(row);
    for (pugi::xml_node m = child(worksheet, Ns::main, "mergeCells").first_child(); m; m = m.next_sibling())
      if (is(m, Ns::main, "mergeCell")) merge(m.attribute("ref").value());
    std::sort(sheet_.merged.begin(), sheet_.merged.end());
    for (auto& r : sheet_.rows)
      while (!r.empty() && r.back().empty()) r.pop_back();
    while (!sheet_.rows.empty() && sheet_.rows.back().empty()) sheet_.rows.pop_back();
  }

 private:
  [[noreturn]] void fail(const char* code, std::string where) const {
    throw InputError(code, ctx_.zip.file(), std::move(where), sheet_.name);
  }

  void read_row(pugi::xml_node row) {
    if (const char* r = row.attribute("r").value(); *r) {
      char* end = nullptr;
      const double v = std::strtod(r, &end);
      if (*end || v < 1 || v > kMaxRows || v != static_cast<double>(static_cast<std::size_t>(v)))
        fail("xlsx_damaged", "row:" + std::string(r));
      row_ = static_cast<std::size_t>(v);
    } else {
      ++row_;
    }
    column_ = 0;
    for (pugi::xml_node c = row.first_child(); c; c = c.next_sibling())
      if (is(c, Ns::main, "c")) read_cell(c);
  }

  void read_cell(pugi::xml_node c) {
    std::size_t row = row_, column = 0;
    if (const char* r = c.attribute("r").value(); *r) {
      if (!parse_ref(r, row, column)) fail("xlsx_damaged", "cell:" + std::string(r));
    } else {
      column = column_ + 1;
    }
    column_ = column;
    if (row < 1 || row > kMaxRows) fail("xlsx_damaged", "row:" + std::to_string(row));
    if (column > kMaxColumns) fail("xlsx_too_many_columns", "cell:" + column_letters(column) + std::to_string(row));
    std::string text = value(c);
    if (utf8_length(text) > kMaxCellChars) fail("xlsx_cell_too_long", "cell:" + column_letters(column) + std::to_string(row));
    put(row, column, std::move(text));
  }

  std::string value(pugi::xml_node c) const {
    const std::string_view type = c.attribute("t") ? c.attribute("t").value() : "n";
    if (type == "inlineStr") {
      const pugi::xml_node is_node = child(c, Ns::main, "is");
      return is_node ? string_item(is_node) : std::string();
    }
    const pugi::xml_node v = child(c, Ns::main, "v");
    if (!v) return {};
    std::string raw = text_of(v);
    if (raw.empty()) return {};
    if (type == "n") {
      double number = 0;
      std::optional<std::string> text = number_cell_text(raw, number);
      if (!text) return raw;
      const auto s = static_cast<std::size_t>(c.attribute("s").as_uint(0));
      if (s < ctx_.styles.size() && ctx_.styles[s].date) return serial_text(number, ctx_.date1904, ctx_.styles[s].duration);
      return *text;
    }
    if (type == "s") {
      char* end = nullptr;
      const long index = std::strtol(raw.c_str(), &end, 10);
      if (*end || index < 0 || static_cast<std::size_t>(index) >= ctx_.shared.size())
        fail("xlsx_damaged", "cell:" + std::string(c.attribute("r").value()));
      return ctx_.shared[static_cast<std::size_t>(index)];
    }
    if (type == "b") {
      char* end = nullptr;
      const long b = std::strtol(raw.c_str(), &end, 10);
      if (*end) return raw;
      return b ? "TRUE" : "FALSE";
    }
    if (type == "d") {
      std::optional<std::string> text = iso_cell_text(raw);
      return text ? *text : raw;
    }
    return raw;  // "e" (error value), "str" (formula text result) and anything else
  }

  void put(std::size_t row, std::size_t column, std::string text) {
    auto& rows = sheet_.rows;
    if (text.empty() && (row > rows.size() || column > rows[row - 1].size())) return;
    if (row > rows.size()) rows.resize(row);
    auto& cells = rows[row - 1];
    if (column > cells.size()) cells.resize(column);
    cells[column - 1] = std::move(text);
  }

  // Only the top-left cell of a merged range keeps its value.
  void merge(std::string_view ref) {
    const auto colon = ref.find(':');
    std::size_t r1 = 0, c1 = 0, r2 = 0, c2 = 0;
    if (!parse_ref(ref.substr(0, colon), r1, c1)) fail("xlsx_damaged", "cell:" + std::string(ref));
    if (colon == std::string_view::npos) { r2 = r1; c2 = c1; }
    else if (!parse_ref(ref.substr(colon + 1), r2, c2)) fail("xlsx_damaged", "cell:" + std::string(ref));
    if (r2 < r1) std::swap(r1, r2);
    if (c2 < c1) std::swap(c1, c2);
    const std::string first = column_letters(c1) + std::to_string(r1);
    sheet_.merged.push_back(r1 == r2 && c1 == c2 ? first : first + ":" + column_letters(c2) + std::to_string(r2));
    for (std::size_t r = r1; r <= r2 && r <= sheet_.rows.size(); ++r) {
      auto& cells = sheet_.rows[r - 1];
      for (std::size_t c = c1; c <= c2 && c <= cells.size(); ++c)
        if (r != r1 || c != c1) cells[c - 1].clear();
    }
  }

  const Context& ctx_;
  Sheet& sheet_;
  std::size_t row_ = 0, column_ = 0;
};

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

// Files that are not zip packages get a message naming what they are.
void refuse_non_zip(std::string_view bytes, const std::string& file) {
  if (bytes.empty()) throw InputError("xlsx_empty", file);
  if (starts_with(bytes, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) {
    // A password-protected workbook is an OLE2 container holding EncryptionInfo (the
    // stream name is UTF-16 in the directory); any other OLE2 file is a binary .xls.
    static const std::string encryption_info("E\0n\0c\0r\0y\0p\0t\0i\0o\0n\0I\0n\0f\0o\0", 28);
    if (bytes.find(encryption_info) != std::string_view::npos) throw InputError("xlsx_encrypted", file);
    throw InputError("xlsx_legacy_xls", file);
  }
  if (!starts_with(bytes, "PK")) throw InputError("xlsx_damaged", file);
}

}  // namespace

std::string column_letters(std::size_t column) {
  std::string out;
  for (; column > 0; column = (column - 1) / 26) out.insert(out.begin(), static_cast<char>('A' + (column - 1) % 26));
  return out;
}

XlsxBook read_xlsx(std::string_view bytes, const std::string& file) {
  refuse_non_zip(bytes, file);
  const ZipReader zip(bytes, file);
  const std::string wb_part = workbook_part(zip);
  if (wb_part.size() > 4 && zip_part_key(wb_part.substr(wb_part.size() - 4)) == ".bin") throw InputError("xlsx_binary", file);

  pugi::xml_document wb_doc;
  std::string wb_text;
  const pugi::xml_node workbook = parse_root(wb_doc, wb_text, wb_part, zip, "workbook");
  const auto rels = read_relationships(zip, wb_part, true);

  Context ctx{zip, false, {}, {}};
  const std::string_view d1904 = child(workbook, Ns::main, "workbookPr").attribute("date1904").value();
  ctx.date1904 = d1904 == "1" || d1904 == "true";
  if (const Relationship* r = find_by_type(rels, "sharedStrings"); r && zip.has(r->target))
    ctx.shared = read_shared_strings(zip, r->target);
  if (const Relationship* r = find_by_type(rels, "styles"); r && zip.has(r->target))
    ctx.styles = read_styles(zip, r->target);

  XlsxBook book;
  book.date1904 = ctx.date1904;
  for (pugi::xml_node s = child(workbook, Ns::main, "sheets").first_child(); s; s = s.next_sibling()) {
    if (!is(s, Ns::main, "sheet")) continue;
    const Relationship* rel = find_by_id(rels, attribute(s, Ns::rel, "id").value());
    if (!rel) throw InputError("xlsx_damaged", file, {}, s.attribute("name").value());
    if (rel->type != "worksheet") continue;  // chartsheets, dialog and macro sheets hold no cells
    Sheet sheet;
    sheet.name = s.attribute("name").value();
    if (const char* state = s.attribute("state").value(); *state) sheet.state = state;
    pugi::xml_document doc;
    std::string text;
    const pugi::xml_node ws = parse_root(doc, text, rel->target, zip, "worksheet");
    SheetReader(ctx, sheet).read(ws);
    book.sheets.push_back(std::move(sheet));
  }
  return book;
}

}  // namespace kompilasi
