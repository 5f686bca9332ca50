// The header aliases of flat forms and the words that mean "no account". The tables here are
// the single source of the list in FLAT_FORM_ALIASES.md (a test checks that the document
// names every entry).
//
// A header is compared after: a leading question number ("3. ", "3) ") is removed, then the
// text is folded (fold_header: case, spaces and punctuation ignored). When the whole header
// matches nothing, it is tried again without its parenthesised parts ("NIP (18 digit)"),
// then also without bracketed parts, then only up to a ':' or " - " ("Username Instagram -
// tanpa @").
//
// Per-platform headers are composed: an account word and a platform name in either order
// ("Link Akun TikTok", "Instagram Username", "IG"), a followers word and a platform name
// ("Jumlah Followers IG", "YouTube Subscribers"), a status or check-date word and a
// platform name ("Status Akun Instagram").
#pragma once
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "flat_form.hpp"

namespace kompilasi {

struct HeaderAlias {
  std::string_view header;
  std::string_view target;  // target_name() text
  bool weak = false;        // used only when no other column has the same target ("Instansi")
};
std::span<const HeaderAlias> fixed_header_aliases();

struct PlatformWords {
  Platform platform;
  std::span<const std::string_view> names;            // "Instagram", "IG", "Insta"
  std::span<const std::string_view> account_extra;    // words only this platform uses ("Channel")
  std::span<const std::string_view> followers_extra;  // ("Subscriber", "Teman")
};
std::span<const PlatformWords> platform_words();
std::span<const std::string_view> account_words();    // "" (the platform name alone), "Akun", "Username", …
std::span<const std::string_view> followers_words();  // "Pengikut", "Jumlah Followers", …
std::span<const std::string_view> status_words();     // "Status Akun", "Status"
std::span<const std::string_view> check_date_words(); // "Tanggal Cek", …

struct HeaderGuess {
  FormTarget target;
  bool weak = false;
};
// The target of a header, or nothing when no alias matches.
std::optional<HeaderGuess> guess_header(std::string_view header);

// Account cells meaning "no account": "-", "tidak ada", "tidak punya", "belum ada", …
// compared like headers; a cell of punctuation only ("-", "--", "—") counts too.
std::span<const std::string_view> no_account_words();
bool is_no_account(std::string_view cell);

}  // namespace kompilasi
