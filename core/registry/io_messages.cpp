#include "io_messages.hpp"

namespace kompilasi {

std::string input_error_message(Lang lang, const InputError& e) {
  std::string where = e.where;
  if (const auto colon = e.where.find(':'); colon != std::string::npos)
    where = trf(lang, "io.where." + e.where.substr(0, colon), {{"n", std::string_view(e.where).substr(colon + 1)}});
  return trf(lang, "io." + e.code, {{"file", e.file}, {"where", where}, {"detail", e.detail}});
}

std::string notice_message(Lang lang, const Notice& n) {
  return trf(lang, "notice." + n.code, {{"file", n.file}, {"detail", n.detail}});
}

}  // namespace kompilasi
