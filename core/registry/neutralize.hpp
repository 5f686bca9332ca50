// Formula neutralisation (DATA.md section 2). Exported text cells of CSV, XLSX and report
// tables that a spreadsheet would run as a formula get a leading `'`; every importer strips
// one leading `'` from every cell (Excel's text prefix), which undoes it. The workspace JSON
// is never altered.
//
// A cell that itself begins with `'` is prefixed too, so that an export read back gives the
// very text that was exported (the importer takes exactly one `'` away).
#pragma once
#include <string_view>

namespace kompilasi {

// True for text beginning with = + - @ tab CR (the formula triggers) or with `'`.
inline bool needs_text_prefix(std::string_view cell) {
  if (cell.empty()) return false;
  switch (cell.front()) {
    case '=': case '+': case '-': case '@': case '\t': case '\r': case '\'': return true;
    default: return false;
  }
}

// The cell as imported: without one leading `'`.
inline std::string_view strip_text_prefix(std::string_view cell) {
  return cell.starts_with('\'') ? cell.substr(1) : cell;
}

}  // namespace kompilasi
