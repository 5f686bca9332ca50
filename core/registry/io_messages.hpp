// The words for what readers report outside findings: InputError (unusable input, exit 2)
// and Notice, rendered from the string tables in either language.
//
//   "pegawai.csv, baris 12: tanda kutip (\") pembuka tidak pernah ditutup. …"
//
// An InputError is "io.<code>" with {file}, {where} and {detail}; where ("line:N",
// "cell:B7", "path:tabel.pegawai[3]") is rendered first as "io.where.<kind>" with {n}.
// A Notice is "notice.<code>" with {file} and {detail}.
#pragma once
#include <string>

#include "i18n.hpp"
#include "input_error.hpp"
#include "loaded.hpp"

namespace kompilasi {

std::string input_error_message(Lang lang, const InputError& e);
std::string notice_message(Lang lang, const Notice& n);

}  // namespace kompilasi
