// Unusable input (DATA.md sections 2 and 6: exit status 2): thrown by readers, caught at
// the edge (CLI, app) and shown with tr("io.<code>") in the user's language. A failed
// read never touches the open workspace: readers build a fresh Compilation.
#pragma once
#include <stdexcept>
#include <string>

namespace kompilasi {

struct InputError : std::runtime_error {
  std::string code;    // string-table key suffix: "io.<code>", e.g. "unterminated_quote"
  std::string file;    // file name as the user gave it
  std::string where;   // "baris 12" / "sel B7" style place, already localised-neutral: "line:12", "cell:B7"
  std::string detail;  // optional parameter
  InputError(std::string code_, std::string file_, std::string where_ = {}, std::string detail_ = {})
      : std::runtime_error(code_ + " " + file_ + " " + where_ + " " + detail_),
        code(std::move(code_)), file(std::move(file_)), where(std::move(where_)), detail(std::move(detail_)) {}
};

}  // namespace kompilasi
