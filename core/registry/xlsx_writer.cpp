#include "xlsx_writer.hpp"

#include <algorithm>
#include <cstdio>

#include "xlsx_number.hpp"
#include "xlsx_reader.hpp"
#include "xlsx_zip_writer.hpp"

namespace kompilasi {
namespace {

constexpr std::size_t kWidthSampleRows = 2000;
constexpr std::size_t kFlushBytes = 1u << 20;

// Style indexes of styles.xml below (cellXfs order).
enum Style : int { kDefault = 0, kHeader = 1, kDate = 2, kText = 3, kPercent = 4 };

constexpr std::string_view kStyles =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
    "\n"
    R"(<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">)"
    R"(<numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/><numFmt numFmtId="165" formatCode="0.0%"/></numFmts>)"
    R"(<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>)"
    R"(<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>)"
    R"(<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>)"
    R"(<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>)"
    R"(<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>)"
    R"(<cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>)"
    R"(<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>)"
    R"(<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>)"
    R"(<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>)"
    R"(<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>)"
    R"(<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>)"
    R"(</styleSheet>)";

constexpr std::string_view kXmlHead = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

bool is_hex(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

void append_escape_unit(std::string& out, unsigned u) {
  char buf[10];
  std::snprintf(buf, sizeof buf, "_x%04X_", u);
  out += buf;
}

// Element text: &<> escaped, CR as a character reference (a raw CR would read back as LF),
// characters XML 1.0 cannot carry and literal `_xHHHH_` as ST_Xstring escapes.
void append_text(std::string& out, std::string_view s) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    switch (c) {
      case '&': out += "&amp;"; continue;
      case '<': out += "&lt;"; continue;
      case '>': out += "&gt;"; continue;
      case '\r': out += "&#13;"; continue;
      case '\t': case '\n': out += static_cast<char>(c); continue;
      default: break;
    }
    if (c < 0x20) { append_escape_unit(out, c); continue; }
    if (c == '_' && i + 6 < s.size() && s[i + 1] == 'x' && is_hex(s[i + 2]) && is_hex(s[i + 3]) && is_hex(s[i + 4]) &&
        is_hex(s[i + 5]) && s[i + 6] == '_') {
      out += "_x005F_";
      continue;
    }
    // U+FFFE and U+FFFF (EF BF BE / EF BF BF) are not XML characters either.
    if (c == 0xEF && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xBF &&
        (static_cast<unsigned char>(s[i + 2]) == 0xBE || static_cast<unsigned char>(s[i + 2]) == 0xBF)) {
      append_escape_unit(out, static_cast<unsigned char>(s[i + 2]) == 0xBE ? 0xFFFE : 0xFFFF);
      i += 2;
      continue;
    }
    out += static_cast<char>(c);
  }
}

void append_attr(std::string& out, std::string_view s) {
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
}

// Leading or trailing white space survives only with xml:space="preserve".
bool needs_preserve(std::string_view s) {
  const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  return !s.empty() && (space(s.front()) || space(s.back()));
}

std::size_t display_length(std::string_view s) {
  std::size_t n = 0, longest = 0;
  for (char c : s) {
    if (c == '\n') { longest = std::max(longest, n); n = 0; continue; }
    n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }
  return std::max(longest, n);
}

int cell_style(XlsxFormat f, XlsxCell::Type t) {
  if (t == XlsxCell::Type::date) return kDate;
  if (t == XlsxCell::Type::text) return f == XlsxFormat::text ? kText : kDefault;
  return f == XlsxFormat::percent ? kPercent : kDefault;
}

int column_style(XlsxFormat f) {
  switch (f) {
    case XlsxFormat::text: return kText;
    case XlsxFormat::date: return kDate;
    case XlsxFormat::percent: return kPercent;
    case XlsxFormat::general: break;
  }
  return kDefault;
}

std::string sheet_ref(const std::string& name) {
  std::string quoted = "'";
  for (char c : name) quoted += c == '\'' ? std::string("''") : std::string(1, c);
  return quoted + "'";
}

void write_sheet(ZipWriter& zip, const XlsxSheet& sheet, std::size_t index) {
  const std::size_t ncols = std::max<std::size_t>(sheet.columns.size(), 1);
  std::vector<std::string> letters;
  for (std::size_t c = 0; c < ncols; ++c) letters.push_back(column_letters(c + 1));
  std::vector<XlsxCell> cells;

  // Widths from the header and the first rows: characters + 2, between 8 and 60.
  std::vector<std::size_t> width(ncols, 0);
  for (std::size_t c = 0; c < sheet.columns.size(); ++c) width[c] = display_length(sheet.columns[c].header);
  for (std::size_t r = 0; r < std::min(sheet.rows, kWidthSampleRows); ++r) {
    cells.clear();
    sheet.row(r, cells);
    for (std::size_t c = 0; c < std::min(cells.size(), ncols); ++c) {
      const XlsxCell& cell = cells[c];
      const std::size_t n = cell.type == XlsxCell::Type::text ? display_length(cell.text)
                            : cell.type == XlsxCell::Type::date ? 10
                            : cell.type == XlsxCell::Type::number ? format_number(cell.number).size() : 0;
      width[c] = std::max(width[c], n);
    }
  }

  const std::string last = letters[ncols - 1];
  const std::string range = "A1:" + last + std::to_string(sheet.rows + 1);
  std::string out(kXmlHead);
  out += R"(<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" )"
         R"(xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">)";
  out += "<dimension ref=\"" + range + "\"/>";
  out += "<sheetViews><sheetView workbookViewId=\"0\"";
  if (index == 0) out += " tabSelected=\"1\"";
  out += R"(><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>)"
         R"(<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>)";
  out += R"(<sheetFormatPr defaultRowHeight="15"/><cols>)";
  for (std::size_t c = 0; c < ncols; ++c) {
    const double w = static_cast<double>(std::clamp<std::size_t>(width[c] + 2, 8, 60));
    out += "<col min=\"" + std::to_string(c + 1) + "\" max=\"" + std::to_string(c + 1) + "\" width=\"" +
           format_number(w) + "\" customWidth=\"1\"";
    const XlsxFormat f = c < sheet.columns.size() ? sheet.columns[c].format : XlsxFormat::general;
    if (column_style(f) != kDefault) out += " style=\"" + std::to_string(column_style(f)) + "\"";
    out += "/>";
  }
  out += "</cols><sheetData><row r=\"1\">";
  for (std::size_t c = 0; c < sheet.columns.size(); ++c) {
    out += "<c r=\"" + letters[c] + "1\" t=\"inlineStr\" s=\"1\"><is><t xml:space=\"preserve\">";
    append_text(out, sheet.columns[c].header);
    out += "</t></is></c>";
  }
  out += "</row>";

  zip.begin("xl/worksheets/sheet" + std::to_string(index + 1) + ".xml");
  for (std::size_t r = 0; r < sheet.rows; ++r) {
    cells.clear();
    sheet.row(r, cells);
    const std::string rn = std::to_string(r + 2);
    out.append("<row r=\"").append(rn).append("\">");
    for (std::size_t c = 0; c < std::min(cells.size(), ncols); ++c) {
      const XlsxCell& cell = cells[c];
      if (cell.type == XlsxCell::Type::empty || (cell.type == XlsxCell::Type::text && cell.text.empty())) continue;
      const XlsxFormat f = c < sheet.columns.size() ? sheet.columns[c].format : XlsxFormat::general;
      const int style = cell_style(f, cell.type);
      out.append("<c r=\"").append(letters[c]).append(rn).append("\"");
      if (style != kDefault) out.append(" s=\"").append(1, static_cast<char>('0' + style)).append("\"");
      if (cell.type == XlsxCell::Type::text) {
        out += needs_preserve(cell.text) ? " t=\"inlineStr\"><is><t xml:space=\"preserve\">" : " t=\"inlineStr\"><is><t>";
        append_text(out, cell.text);
        out += "</t></is></c>";
      } else {
        out.append("><v>").append(format_number(cell.number)).append("</v></c>");
      }
    }
    out += "</row>";
    if (out.size() >= kFlushBytes) {
      zip.write(out);
      out.clear();
    }
  }
  out += "</sheetData><autoFilter ref=\"" + range + "\"/>";
  out += R"(<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>)";
  zip.write(out);
  zip.end();
}

}  // namespace

double excel_serial(int y, int m, int d) {
  // Days since 1970-01-01 (H. Hinnant), then from Excel's 1899-12-30 base.
  const int yy = y - (m <= 2);
  const int era = (yy >= 0 ? yy : yy - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(yy - era * 400);
  const unsigned doy = (153u * static_cast<unsigned>(m > 2 ? m - 3 : m + 9) + 2) / 5 + static_cast<unsigned>(d) - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  const long long days = static_cast<long long>(era) * 146097 + doe - 719468;
  const long long serial = days + 25569;  // 1970-01-01 is serial 25569
  return serial < 61 ? -1.0 : static_cast<double>(serial);
}

std::string write_xlsx(const std::vector<XlsxSheet>& sheets) {
  ZipWriter zip;
  std::string types(kXmlHead);
  types += R"(<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">)"
           R"(<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>)"
           R"(<Default Extension="xml" ContentType="application/xml"/>)"
           R"(<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>)"
           R"(<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>)";
  for (std::size_t i = 0; i < sheets.size(); ++i)
    types += "<Override PartName=\"/xl/worksheets/sheet" + std::to_string(i + 1) +
             ".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>";
  types += "</Types>";
  zip.add("[Content_Types].xml", types);

  zip.add("_rels/.rels", std::string(kXmlHead) +
                             R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
                             R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>)"
                             R"(</Relationships>)");

  std::string wb(kXmlHead);
  wb += R"(<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" )"
        R"(xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">)"
        R"(<bookViews><workbookView activeTab="0"/></bookViews><sheets>)";
  for (std::size_t i = 0; i < sheets.size(); ++i) {
    wb += "<sheet name=\"";
    append_attr(wb, sheets[i].name);
    wb += "\" sheetId=\"" + std::to_string(i + 1) + "\" r:id=\"rId" + std::to_string(i + 1) + "\"/>";
  }
  wb += "</sheets><definedNames>";
  for (std::size_t i = 0; i < sheets.size(); ++i) {
    const std::size_t ncols = std::max<std::size_t>(sheets[i].columns.size(), 1);
    wb += "<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"" + std::to_string(i) + "\" hidden=\"1\">";
    append_text(wb, sheet_ref(sheets[i].name) + "!$A$1:$" + column_letters(ncols) + "$" + std::to_string(sheets[i].rows + 1));
    wb += "</definedName>";
  }
  wb += "</definedNames></workbook>";
  zip.add("xl/workbook.xml", wb);

  std::string rels(kXmlHead);
  rels += R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)";
  for (std::size_t i = 0; i < sheets.size(); ++i)
    rels += "<Relationship Id=\"rId" + std::to_string(i + 1) +
            "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet" +
            std::to_string(i + 1) + ".xml\"/>";
  rels += "<Relationship Id=\"rId" + std::to_string(sheets.size() + 1) +
          "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>";
  rels += "</Relationships>";
  zip.add("xl/_rels/workbook.xml.rels", rels);
  zip.add("xl/styles.xml", kStyles);

  for (std::size_t i = 0; i < sheets.size(); ++i) write_sheet(zip, sheets[i], i);
  return zip.finish();
}

}  // namespace kompilasi
