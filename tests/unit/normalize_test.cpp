// The normalisers of DATA.md section 3, with inputs that must be read and inputs that
// must not.
#include <doctest/doctest.h>

#include "registry/normalize.hpp"

using namespace kompilasi;

TEST_CASE("trim strips ASCII space and NBSP at both ends only") {
  CHECK(trim("  a b \t") == "a b");
  CHECK(trim("\xC2\xA0" "12\xC2\xA0") == "12");
  CHECK(trim("") == "");
  CHECK(trim(" \r\n") == "");
  CHECK(trim("x") == "x");
  CHECK(fold_header("No. HP/WA") == "nohpwa");
  char buf[kFoldShort];
  CHECK(fold_short("Laki-Laki", buf) == "lakilaki");
  CHECK(fold_short(std::string(40, 'a'), buf).empty());
}

TEST_CASE("NIP: 18 digits after removing spaces, dots and dashes") {
  CHECK(parse_nip("198609262015051001") == 198609262015051001ULL);
  CHECK(parse_nip("19860926 201505 1 001") == 198609262015051001ULL);
  CHECK(parse_nip("19860926.201505.1.001") == 198609262015051001ULL);
  CHECK(parse_nip("19860926-201505-1-001") == 198609262015051001ULL);
  CHECK(parse_nip(" 198609262015051001 ") == 198609262015051001ULL);
  CHECK_FALSE(parse_nip("19860926201505100"));     // 17 digits
  CHECK_FALSE(parse_nip("1986092620150510011"));   // 19 digits
  CHECK_FALSE(parse_nip("1.98609262015051E+17"));  // Excel's scientific form
  CHECK_FALSE(parse_nip("19860926/201505/1/001"));
  CHECK_FALSE(parse_nip("1986O9262015051001"));    // letter O
  CHECK_FALSE(parse_nip(""));
  CHECK(format_nip(12345) == "000000000000012345");
  CHECK(format_nip(198609262015051001ULL) == "198609262015051001");
}

TEST_CASE("dates in every accepted form") {
  const Date d{1986, 9, 26};
  CHECK(parse_date("1986-09-26") == d);
  CHECK(parse_date("26/09/1986") == d);
  CHECK(parse_date("26/9/1986") == d);
  CHECK(parse_date("26-09-1986") == d);
  CHECK(parse_date("26-9-1986") == d);
  CHECK(parse_date("26 September 1986") == d);
  CHECK(parse_date("26 september 1986") == d);
  CHECK(parse_date("26 Sep 1986") == d);
  CHECK(parse_date("1/2/2024") == Date{2024, 2, 1});   // day first
  CHECK(parse_date("12 Agustus 2024") == Date{2024, 8, 12});
  CHECK(parse_date("12 Agu 2024") == Date{2024, 8, 12});
  CHECK(parse_date("12 Agt 2024") == Date{2024, 8, 12});
  CHECK(parse_date("12 Ags 2024") == Date{2024, 8, 12});
  CHECK(parse_date("3 Mei 2024") == Date{2024, 5, 3});
  CHECK(parse_date("3 Okt 2024") == Date{2024, 10, 3});
  CHECK(parse_date("3 Des 2024") == Date{2024, 12, 3});
  CHECK(parse_date("3 Nopember 2024") == Date{2024, 11, 3});
  CHECK(parse_date("29/02/2024") == Date{2024, 2, 29});
  // a time after the date (Google Forms' Timestamp) is ignored
  CHECK(parse_date("26/09/1986 13:45:10") == d);
  CHECK(parse_date("1986-09-26 08:00") == d);
  CHECK(parse_date("1986-09-26T08:00:00") == d);
  CHECK(parse_date(" 1986-09-26 ") == d);
  // anything else is TANGGAL_FORMAT
  for (const char* bad : {"31/02/2024", "30-02-2024", "2024-13-05", "2024-00-10", "kemarin", "32 Agustus 2024",
                          "sudah", "15/15/2024", "2024-02-30", "29/02/2023", "31 Juni 2024", "2024-06-31",
                          "12 Agst 2024", "26 August 1986", "26 May 1986", "1986/09/26", "26/09/86", "26.09.1986",
                          "19860926", "26/09-1986", "1986-09-26 pagi", "", "2024-1-1x"}) {
    CAPTURE(bad);
    CHECK_FALSE(parse_date(bad));
  }
  CHECK(format_date({2024, 8, 7}) == "2024-08-07");
}

TEST_CASE("day arithmetic and completed years") {
  CHECK(days_from_civil({1970, 1, 1}) == 0);
  CHECK(days_from_civil({2024, 3, 1}) - days_from_civil({2024, 2, 28}) == 2);
  for (int z : {-1000, 0, 19000, 20000, 25000}) CHECK(days_from_civil(civil_from_days(z)) == z);
  CHECK(civil_from_days(days_from_civil({2000, 2, 29})) == Date{2000, 2, 29});
  CHECK(completed_years({1959, 12, 31}, {2024, 12, 31}) == 65);  // the 65th birthday itself
  CHECK(completed_years({1960, 1, 1}, {2024, 12, 31}) == 64);
  CHECK(completed_years({1960, 2, 29}, {2025, 2, 28}) == 64);
  CHECK(completed_years({1960, 2, 29}, {2025, 3, 1}) == 65);
}

TEST_CASE("platform names and their common spellings") {
  CHECK(parse_platform("instagram") == Platform::instagram);
  CHECK(parse_platform("IG") == Platform::instagram);
  CHECK(parse_platform("Tik Tok") == Platform::tiktok);
  CHECK(parse_platform("tiktok") == Platform::tiktok);
  CHECK(parse_platform("FB") == Platform::facebook);
  CHECK(parse_platform("Youtube") == Platform::youtube);
  CHECK(parse_platform("YouTube") == Platform::youtube);
  CHECK(parse_platform("Twitter") == Platform::x);
  CHECK(parse_platform("X") == Platform::x);
  CHECK(parse_platform("X (Twitter)") == Platform::x);
  CHECK(parse_platform(" Threads ") == Platform::threads);
  for (const char* bad : {"LinkedIn", "Snapchat", "Story WA", "", "-", "instagramm"}) {
    CAPTURE(bad);
    CHECK_FALSE(parse_platform(bad));
  }
  CHECK(platform_name(Platform::x) == "x");
}

TEST_CASE("the site of a URL: any sub-domain of a platform's sites") {
  CHECK(url_platform("https://www.instagram.com/p/abc/") == Platform::instagram);
  CHECK(url_platform("https://instagr.am/p/abc/") == Platform::instagram);
  CHECK(url_platform("https://vt.tiktok.com/ZS123/") == Platform::tiktok);
  CHECK(url_platform("https://vm.tiktok.com/ZM123/") == Platform::tiktok);
  CHECK(url_platform("https://m.facebook.com/story.php?story_fbid=1&id=2") == Platform::facebook);
  CHECK(url_platform("https://fb.watch/abc/") == Platform::facebook);
  CHECK(url_platform("fb.com/name") == Platform::facebook);
  CHECK(url_platform("https://youtu.be/abc") == Platform::youtube);
  CHECK(url_platform("HTTPS://WWW.YOUTUBE.COM/shorts/x") == Platform::youtube);
  CHECK(url_platform("https://twitter.com/a/status/1") == Platform::x);
  CHECK(url_platform("x.com/a") == Platform::x);
  CHECK(url_platform("https://www.threads.com/@a/post/b") == Platform::threads);
  CHECK(url_platform("https://www.threads.net/@a") == Platform::threads);
  CHECK(url_platform("https://user@instagram.com:443/a") == Platform::instagram);
  for (const char* bad : {"https://box.com/a", "https://notinstagram.com/a", "https://drive.google.com/file/d/1/view",
                          "IMG_20240101_5.jpg", "sudah share 12", "", "https://linktr.ee/budi",
                          "https://instagram.com.evil.id/a", "instagram"}) {
    CAPTURE(bad);
    CHECK_FALSE(url_platform(bad));
  }
  CHECK(looks_like_url("https://linktr.ee/a"));
  CHECK(looks_like_url("instagram.com/budi"));
  CHECK(looks_like_url("www.tiktok.com/@budi"));
  CHECK_FALSE(looks_like_url("budi.santoso"));
  CHECK_FALSE(looks_like_url("@budi.santoso"));
  CHECK_FALSE(looks_like_url("budi/santoso"));
}

TEST_CASE("handles: @name and every profile URL form reduce to the handle") {
  struct Case {
    const char* cell;
    const char* handle;
    bool url;
  };
  for (const Case& c : std::initializer_list<Case>{
           {"budi.santoso", "budi.santoso", false},
           {"@Budi.Santoso", "Budi.Santoso", false},
           {"  @budi  ", "budi", false},
           {"https://www.instagram.com/budi.santoso/?hl=id", "budi.santoso", true},
           {"https://www.instagram.com/budi?igsh=abc==", "budi", true},
           {"instagram.com/budi", "budi", true},
           {"http://m.instagram.com/budi", "budi", true},
           {"https://www.tiktok.com/@budi?lang=id", "budi", true},
           {"https://m.tiktok.com/@budi/", "budi", true},
           {"www.tiktok.com/@budi", "budi", true},
           {"https://www.youtube.com/@budi/videos", "budi", true},
           {"https://youtube.com/@budi?si=xyz", "budi", true},
           {"https://www.youtube.com/channel/UCabcdefghijklmnopqrstuv", "UCabcdefghijklmnopqrstuv", true},
           {"https://m.youtube.com/channel/UCabcdefghijklmnopqrstuv/videos", "UCabcdefghijklmnopqrstuv", true},
           {"https://www.youtube.com/c/budichannel", "budichannel", true},
           {"https://www.facebook.com/budi.santoso", "budi.santoso", true},
           {"https://m.facebook.com/budi.santoso/", "budi.santoso", true},
           {"https://www.facebook.com/budi.santoso?mibextid=ZbWKwL", "budi.santoso", true},
           {"https://www.facebook.com/profile.php?id=100012345678901", "100012345678901", true},
           {"https://m.facebook.com/profile.php?id=100012345678901&mibextid=ZbWKwL", "100012345678901", true},
           {"x.com/budi_s", "budi_s", true},
           {"https://twitter.com/budi_s", "budi_s", true},
           {"https://x.com/budi_s?s=21", "budi_s", true},
           {"https://www.threads.net/@budi?igshid=abc", "budi", true},
           {"https://www.threads.com/@budi#top", "budi", true},
       }) {
    CAPTURE(c.cell);
    const HandleView h = normalize_handle_view(c.cell);
    CHECK(h.handle == c.handle);
    CHECK(h.from_url == c.url);
    CHECK(normalize_handle(c.cell).handle == c.handle);
  }
  CHECK(normalize_handle_view("https://m.facebook.com/budi").url_site == Platform::facebook);
  CHECK(normalize_handle_view("https://linktr.ee/budi").url_site == std::nullopt);
  CHECK(normalize_handle_view("https://linktr.ee/budi").from_url);
  CHECK(normalize_handle_view("").handle.empty());
}

TEST_CASE("handle rules per platform") {
  using P = Platform;
  CHECK(handle_valid(P::instagram, "budi.santoso_86"));
  CHECK(handle_valid(P::instagram, "b"));
  CHECK_FALSE(handle_valid(P::instagram, ".budi"));
  CHECK_FALSE(handle_valid(P::instagram, "budi."));
  CHECK_FALSE(handle_valid(P::instagram, "budi..santoso"));
  CHECK_FALSE(handle_valid(P::instagram, "budi santoso"));
  CHECK_FALSE(handle_valid(P::instagram, "budi-id"));
  CHECK_FALSE(handle_valid(P::instagram, std::string(31, 'a')));
  CHECK(handle_valid(P::threads, std::string(30, 'a')));
  CHECK_FALSE(handle_valid(P::threads, ""));
  CHECK(handle_valid(P::tiktok, ".budi"));  // TikTok may start with a dot
  CHECK_FALSE(handle_valid(P::tiktok, "budi."));
  CHECK_FALSE(handle_valid(P::tiktok, "b"));
  CHECK_FALSE(handle_valid(P::tiktok, "budi-tv"));
  CHECK_FALSE(handle_valid(P::tiktok, "\xC3\xA4" "budi"));
  CHECK_FALSE(handle_valid(P::tiktok, std::string(25, 'a')));
  CHECK(handle_valid(P::x, "budi_s"));
  CHECK_FALSE(handle_valid(P::x, "budi.s"));
  CHECK_FALSE(handle_valid(P::x, std::string(16, 'a')));
  CHECK(handle_valid(P::youtube, "budi-tv.id"));
  CHECK_FALSE(handle_valid(P::youtube, "bu"));
  CHECK_FALSE(handle_valid(P::youtube, "budi tv"));
  CHECK(handle_valid(P::youtube, "UCabcdefghijklmnopqrstuv"));
  CHECK(handle_valid(P::youtube, "UC-bcdefghij_lmnopqrstuv"));
  CHECK(handle_valid(P::facebook, "budi.santoso"));
  CHECK(handle_valid(P::facebook, "100012345678901"));
  CHECK(handle_valid(P::facebook, "12"));  // a numeric profile id has no length rule
  CHECK_FALSE(handle_valid(P::facebook, "budi"));
  CHECK_FALSE(handle_valid(P::facebook, "budi_santoso"));
  CHECK_FALSE(handle_valid(P::facebook, "budi-santoso"));
}

TEST_CASE("handle keys are case-insensitive except YouTube channel ids") {
  CHECK(handle_key(Platform::instagram, "Budi.Santoso") == "budi.santoso");
  CHECK(handle_key(Platform::youtube, "BudiTV") == "buditv");
  CHECK(handle_key(Platform::youtube, "UCabcdefghijklmnopqrstuV") == "UCabcdefghijklmnopqrstuV");
  std::string buf;
  CHECK(handle_key_to(Platform::x, "ABC", buf) == "abc");
  CHECK(is_channel_id("UCabcdefghijklmnopqrstuv"));
  CHECK_FALSE(is_channel_id("UCabcdefghijklmnopqrstu"));
  CHECK_FALSE(is_channel_id("ucabcdefghijklmnopqrstuv"));
}

TEST_CASE("followers as people write them") {
  struct Case {
    const char* text;
    std::int64_t count;
  };
  for (const Case& c : std::initializer_list<Case>{
           {"1234", 1234}, {"1.234", 1234}, {"1,234", 1234}, {"12.345", 12345}, {"1.234.567", 1234567},
           {"1,234,567", 1234567}, {"0", 0}, {"1,2 rb", 1200}, {"1.2rb", 1200}, {"1.2K", 1200}, {"1,2k", 1200},
           {"3 jt", 3000000}, {"1,5jt", 1500000}, {"2M", 2000000}, {"3 ribu", 3000}, {"1,25 juta", 1250000},
           {"12 RB", 12000}, {"1,2 Jt", 1200000}, {" 250 ", 250}, {"999", 999}, {"1.234 rb", 1234}}) {
    CAPTURE(c.text);
    const Followers f = parse_followers(c.text);
    CHECK(f.kind == Followers::value);
    CHECK(f.count == c.count);
  }
  for (const char* bad : {"1.5", "2,5", "-100", "banyak", "\xC2\xB1" "1000", "1.2.3", "10 ribuan", "3,5", "1.23",
                          "12,3456", "1k+", "2.000+", "1,2345 rb", "seribu", "5.0", "100-200", "?", "n/a",
                          "1.234,567", "1,234.567", "1.2345", "rb", ",5 rb", "1. rb"}) {
    CAPTURE(bad);
    CHECK(parse_followers(bad).kind == Followers::invalid);
  }
  CHECK(parse_followers("").kind == Followers::unknown);
  CHECK(parse_followers("-").kind == Followers::unknown);
  CHECK(parse_followers("  ").kind == Followers::unknown);
}

TEST_CASE("enumerations take the common spellings") {
  CHECK(parse_jenis_asn("PNS") == JenisAsn::pns);
  CHECK(parse_jenis_asn("CPNS") == JenisAsn::pns);
  CHECK(parse_jenis_asn("pppk") == JenisAsn::pppk);
  CHECK(parse_jenis_asn("P3K") == JenisAsn::pppk);
  CHECK_FALSE(parse_jenis_asn("Honorer"));
  CHECK_FALSE(parse_jenis_asn("Non ASN"));
  CHECK(parse_kelamin("L") == Kelamin::l);
  CHECK(parse_kelamin("Laki-laki") == Kelamin::l);
  CHECK(parse_kelamin("laki laki") == Kelamin::l);
  CHECK(parse_kelamin("Perempuan") == Kelamin::p);
  CHECK(parse_kelamin("p") == Kelamin::p);
  for (const char* bad : {"X", "?", "L/P", "Pria/Wanita", "LP"}) {
    CAPTURE(bad);
    CHECK_FALSE(parse_kelamin(bad));
  }
  CHECK(parse_status("aktif") == StatusAkun::aktif);
  CHECK(parse_status("Privat") == StatusAkun::privat);
  CHECK(parse_status("non aktif") == StatusAkun::nonaktif);
  CHECK(parse_status("tidak_ditemukan") == StatusAkun::tidak_ditemukan);
  CHECK(parse_status("Tidak ditemukan") == StatusAkun::tidak_ditemukan);
  CHECK_FALSE(parse_status("dihapus"));
  CHECK_FALSE(parse_status("lupa password"));
  CHECK(parse_jenis_unit("Kecamatan") == JenisUnit::kecamatan);
  CHECK(parse_jenis_unit("lainnya") == JenisUnit::lainnya);
  CHECK_FALSE(parse_jenis_unit("rumah_sakit"));
  CHECK_FALSE(parse_jenis_unit("upt"));
}
