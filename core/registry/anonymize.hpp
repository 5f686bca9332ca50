// The anonymised export (issue 7, "sharing safely"): the figures may leave BKPSDM, the people
// may not. anonymize() returns a new compilation in which
//
//   - every NIP (pegawai.nip, akun.nip, laporan.nip, akun_resmi.pengelola_nip) is its
//     pseudonym: the lowercase hex of HMAC-SHA-256(key, "nip:" + the 18 digits), 64 characters,
//     so the same NIP gets the same pseudonym in every table and in every export made with the
//     same passphrase (keyed_hash.hpp derives the key); a NIP that is not 18 digits becomes
//     kBadNip;
//   - pegawai.nama becomes kHiddenName (the column is required: an empty one stays empty);
//     jenis_kelamin, jabatan, email and no_hp are emptied;
//   - a personal account (akun.akun) becomes a keyed handle (the first 15 hex digits of
//     HMAC-SHA-256(key, "akun:" + platform + ":" + the handle's comparison key): a valid
//     handle on every platform), except an official unit account listed as personal, which
//     is public and kept; a proof link (laporan.url_bukti) becomes a keyed link on the row's
//     platform's site;
//   - unknown columns, unknown keys, unknown tables and the merge conflicts (whole rows of
//     personal data) are left out; `pengaturan` is kept; the header field `anonim`
//     (Compilation::extra, so `kompilasi.csv`, the workbook's `kompilasi` sheet and the
//     workspace JSON all carry it) says the compilation is anonymised.
//
// Metrics do not change (analyze of the result equals analyze of the input): every value the
// rules compare keeps its equalities, invalid values are replaced by values that are invalid
// the same way, and the findings the NIP's digits gave (NIP_TANGGAL_LAHIR, NIP_TMT,
// NIP_KELAMIN, PEGAWAI_USIA) are carried after the pegawai row's pseudonym, as in
// "3fa9…c1 NIP_TMT". validate() of an anonymised compilation reads pseudonyms where NIPs
// were (parse_nip_pseudonym), reports the carried findings again, and skips the rules that
// need the digits. Findings of the reader (BARIS_TIDAK_RATA, …) belong to the source file
// and are not carried.
#pragma once
#include <cstdint>
#include <optional>
#include <string_view>

#include "keyed_hash.hpp"
#include "finding.hpp"
#include "model.hpp"

namespace kompilasi {

inline constexpr std::string_view kAnonField = "anonim";  // header field (kompilasi.csv key)
inline constexpr std::string_view kAnonScheme = "hmac-sha256-argon2id/1";
inline constexpr std::string_view kBadNip = "(NIP tidak sah)";
inline constexpr std::string_view kHiddenName = "(anonim)";
inline constexpr std::string_view kBadLink = "(tautan tidak sah)";

// Whether c carries the `anonim` header field (any non-empty value).
bool is_anonymised(const Compilation& c);

// The rules whose findings a pegawai pseudonym carries, and their severities.
inline constexpr Rule kCarriedNipRules[] = {Rule::NIP_TANGGAL_LAHIR, Rule::NIP_TMT, Rule::NIP_KELAMIN,
                                            Rule::PEGAWAI_USIA};
Severity carried_severity(Rule r);

struct NipPseudonym {
  std::uint64_t key = 0;      // never 0: the first 16 hex digits (1 if they are all zero)
  std::uint32_t carried = 0;  // bit (1 << rule) for each carried rule written after the hex
};
// "<64 lowercase hex>" optionally followed by " RULE" for rules of kCarriedNipRules, spaces
// around it ignored; anything else is nothing.
std::optional<NipPseudonym> parse_nip_pseudonym(std::string_view cell);

// Precondition: !is_anonymised(c). The key comes from derive_anon_key(passphrase).
Compilation anonymize(const Compilation& c, const HmacKey& key);

}  // namespace kompilasi
