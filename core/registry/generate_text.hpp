// How people write the generator's values: NIPs with spaces or dots, dates in every
// accepted form, follower counts as "1.234" or "1,2 rb", handles as @name or profile URLs,
// and the links of posts and shares. All output is valid under DATA.md section 3; the
// defects are planted elsewhere (generate.cpp).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

#include "generate_rng.hpp"
#include "normalize.hpp"

namespace kompilasi::gen {

inline constexpr int kIg = 0, kTt = 1, kFb = 2, kYt = 3, kX = 4, kTh = 5;

std::string_view platform_label(int p, Rng& r);  // "Instagram", "IG", "Tik Tok", …

std::string nip_digits(std::uint64_t nip);        // the 18 digits
std::string nip_written(std::uint64_t nip, Rng& r);  // "19860926 201505 1 001" and other forms

std::string date_written(std::int32_t days, Rng& r);  // YYYY-MM-DD mostly, D/M/YYYY, "17 Agustus 2024", …
std::string date_iso(std::int32_t days);

// A follower count drawn from a heavy-tailed distribution (median about 150, a few
// accounts in the hundreds of thousands).
std::int64_t draw_followers(Rng& r);
// How the count is written; *value becomes what the text means ("1,2 rb" → 1200).
std::string followers_written(std::int64_t* value, Rng& r);

// Lowercase letters and digits of a name ("Moch. Nur" → "mochnur").
std::string handle_part(std::string_view name);
// Fits a base ("sri.wahyuni") to platform p's handle rules, with a suffix appended.
std::string fit_handle(int p, std::string_view base, std::string_view suffix = {});
// The cell as entered: "@h", "h" or one of the profile URL forms.
std::string handle_written(int p, std::string_view handle, Rng& r);

std::string base62(std::uint64_t v, int width);
// Links: a campaign post by an official account, and an ASN's share of it (unique by n).
std::string post_url(int p, std::string_view official_handle, std::uint64_t n);
std::string share_url(int p, std::string_view handle, std::uint64_t n, Rng& r);

}  // namespace kompilasi::gen
