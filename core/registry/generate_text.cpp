#include "generate_text.hpp"

#include <array>

namespace kompilasi::gen {
namespace {

using sv = std::string_view;

constexpr sv kLabels[6][6] = {
    {"instagram", "Instagram", "Instagram", "IG", "instagram", "ig"},
    {"tiktok", "TikTok", "TikTok", "Tik Tok", "tiktok", "Tiktok"},
    {"facebook", "Facebook", "Facebook", "FB", "facebook", "fb"},
    {"youtube", "YouTube", "Youtube", "YouTube", "youtube", "Youtube"},
    {"x", "X", "Twitter", "x", "X", "twitter"},
    {"threads", "Threads", "Threads", "threads", "Threads", "threads"},
};

constexpr sv kBulan[] = {"", "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
                         "Agustus", "September", "Oktober", "November", "Desember"};
constexpr sv kBulanPendek[] = {"", "Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"};

void append_num(std::string& s, std::uint64_t v, int width = 0) {
  char buf[24];
  int n = 0;
  do {
    buf[n++] = static_cast<char>('0' + v % 10);
    v /= 10;
  } while (v);
  for (int i = n; i < width; ++i) s.push_back('0');
  while (n) s.push_back(buf[--n]);
}

// Knots of the followers' inverse distribution function: (cumulative share in 1e-9, count),
// the quantiles of a log-normal with median 148 and sigma 1.8, linear in between.
constexpr std::array<std::pair<std::uint32_t, std::int64_t>, 19> kFollowerKnots = {{
    {0, 0},             {10000000, 2},      {50000000, 8},      {100000000, 15},    {200000000, 33},
    {300000000, 58},    {400000000, 94},    {500000000, 148},   {600000000, 234},   {700000000, 381},
    {800000000, 675},   {900000000, 1490},  {950000000, 2865},  {980000000, 5984},  {990000000, 9773},
    {999000000, 38700}, {999900000, 120000}, {999990000, 600000}, {1000000000, 2500000},
}};

void group_thousands(std::string& s, std::int64_t v, char sep) {
  std::string digits;
  append_num(digits, static_cast<std::uint64_t>(v));
  const std::size_t n = digits.size();
  for (std::size_t i = 0; i < n; ++i) {
    if (i && (n - i) % 3 == 0) s.push_back(sep);
    s.push_back(digits[i]);
  }
}

}  // namespace

sv platform_label(int p, Rng& r) { return kLabels[p][r.below(6)]; }

std::string nip_digits(std::uint64_t nip) {
  std::string s;
  append_num(s, nip, 18);
  return s;
}

std::string nip_written(std::uint64_t nip, Rng& r) {
  const std::string d = nip_digits(nip);
  const std::uint32_t u = r.below(100);
  if (u < 80) return d;
  const char sep = u < 92 ? ' ' : u < 96 ? '.' : '-';
  std::string s = d.substr(0, 8);
  s += sep;
  s += d.substr(8, 6);
  s += sep;
  s += d[14];
  s += sep;
  s += d.substr(15);
  return s;
}

std::string date_iso(std::int32_t days) { return format_date(civil_from_days(days)); }

std::string date_written(std::int32_t days, Rng& r) {
  const Date d = civil_from_days(days);
  const std::uint32_t u = r.below(100);
  std::string s;
  auto dmy = [&](char sep, bool pad) {
    append_num(s, static_cast<std::uint64_t>(d.d), pad ? 2 : 0);
    s += sep;
    append_num(s, static_cast<std::uint64_t>(d.m), pad ? 2 : 0);
    s += sep;
    append_num(s, static_cast<std::uint64_t>(d.y), 4);
  };
  if (u < 62) return format_date(d);
  if (u < 74) dmy('/', true);
  else if (u < 79) dmy('/', false);
  else if (u < 84) dmy('-', true);
  else if (u < 86) dmy('-', false);
  else if (u < 95) {
    append_num(s, static_cast<std::uint64_t>(d.d));
    s += ' ';
    s += u < 91 ? kBulan[d.m] : kBulanPendek[d.m];
    s += ' ';
    append_num(s, static_cast<std::uint64_t>(d.y), 4);
  } else {
    // a Google Forms timestamp: the time after the date is ignored
    if (u < 98) s = format_date(d); else dmy('/', true);
    s += ' ';
    append_num(s, r.below(24), 2);
    s += ':';
    append_num(s, r.below(60), 2);
    s += ':';
    append_num(s, r.below(60), 2);
  }
  return s;
}

std::int64_t draw_followers(Rng& r) {
  const std::uint32_t u = r.below(1000000000);
  std::size_t i = 1;
  while (kFollowerKnots[i].first <= u) ++i;
  const auto [u0, v0] = kFollowerKnots[i - 1];
  const auto [u1, v1] = kFollowerKnots[i];
  return v0 + (v1 - v0) * static_cast<std::int64_t>(u - u0) / static_cast<std::int64_t>(u1 - u0);
}

std::string followers_written(std::int64_t* value, Rng& r) {
  const std::int64_t v = *value;
  std::string s;
  if (v < 1000) {
    append_num(s, static_cast<std::uint64_t>(v));
    return s;
  }
  const std::uint32_t u = r.below(100);
  if (u < 40) {
    append_num(s, static_cast<std::uint64_t>(v));
    return s;
  }
  if (u < 70) {
    group_thousands(s, v, u < 62 ? '.' : ',');
    return s;
  }
  const char dec = r.chance(0.6) ? ',' : '.';
  if (v < 1000000) {
    const std::int64_t tenths = (v + 50) / 100;  // in hundreds
    static constexpr sv kSuffix[] = {" rb", "rb", " rb", "K", "k", "RB", " ribu", "rb"};
    append_num(s, static_cast<std::uint64_t>(tenths / 10));
    if (tenths % 10) {
      s += dec;
      append_num(s, static_cast<std::uint64_t>(tenths % 10));
    }
    s += kSuffix[r.below(8)];
    *value = tenths * 100;
  } else {
    const std::int64_t hundredths = (v + 5000) / 10000;  // in ten-thousands
    static constexpr sv kSuffix[] = {" jt", "jt", " juta", "M", " jt", "Jt"};
    append_num(s, static_cast<std::uint64_t>(hundredths / 100));
    if (hundredths % 100) {
      s += dec;
      if (hundredths % 10) append_num(s, static_cast<std::uint64_t>(hundredths % 100), 2);
      else append_num(s, static_cast<std::uint64_t>(hundredths % 100 / 10));
    }
    s += kSuffix[r.below(6)];
    *value = hundredths * 10000;
  }
  return s;
}

std::string handle_part(sv name) {
  std::string s;
  for (char c : name) {
    if (c >= 'A' && c <= 'Z') s.push_back(static_cast<char>(c - 'A' + 'a'));
    else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) s.push_back(c);
  }
  return s;
}

std::string fit_handle(int p, sv base, sv suffix) {
  // base holds [a-z0-9] with single '.' or '_' between parts
  std::string b(base);
  std::size_t max_len = 30;
  if (p == kX) {
    for (char& c : b) if (c == '.') c = '_';
    max_len = 15;
  } else if (p == kFb) {
    for (char& c : b) if (c == '_') c = '.';
  } else if (p == kTt) {
    max_len = 24;
  }
  const std::size_t room = max_len > suffix.size() ? max_len - suffix.size() : 1;
  if (b.size() > room) b.resize(room);
  while (!b.empty() && (b.back() == '.' || b.back() == '_')) b.pop_back();
  b += suffix;
  if (p == kFb) while (b.size() < 5) b += "id";
  if (p == kYt && b.size() < 3) b += "tv";
  return b;
}

std::string handle_written(int p, sv h, Rng& r) {
  const std::uint32_t u = r.below(100);
  const bool numeric_fb = p == kFb && !h.empty() && h.find_first_not_of("0123456789") == sv::npos;
  const bool channel = p == kYt && h.size() == 24 && h.substr(0, 2) == "UC";
  std::string s;
  if (u < 20 && !numeric_fb && !channel) return std::string(h);
  if (u < 55 && p != kFb && !channel) return "@" + std::string(h);
  const std::uint32_t k = r.below(6);
  const std::string hs(h);
  switch (p) {
    case kIg: {
      static constexpr sv pre[] = {"https://www.instagram.com/", "https://instagram.com/", "instagram.com/",
                                   "https://www.instagram.com/", "https://www.instagram.com/", "http://m.instagram.com/"};
      s = std::string(pre[k]) + hs;
      if (k == 0) s += '/';
      if (k == 3) s += "/?hl=id";
      if (k == 4) s += "?igsh=" + base62(r.next(), 10) + "==";
      return s;
    }
    case kTt: {
      static constexpr sv pre[] = {"https://www.tiktok.com/@", "https://www.tiktok.com/@", "tiktok.com/@",
                                   "https://m.tiktok.com/@", "www.tiktok.com/@", "https://www.tiktok.com/@"};
      s = std::string(pre[k]) + hs;
      if (k == 1) s += "?lang=id";
      if (k == 3) s += '/';
      if (k == 5) s += "?_t=8k" + base62(r.next(), 8) + "&_r=1";
      return s;
    }
    case kFb:
      if (numeric_fb) {
        static constexpr sv pre[] = {"https://www.facebook.com/profile.php?id=", "facebook.com/profile.php?id=",
                                     "https://m.facebook.com/profile.php?id="};
        s = std::string(pre[k % 3]) + hs;
        if (k % 3 == 2) s += "&mibextid=ZbWKwL";
        return s;
      } else {
        if (u < 30) return hs;
        static constexpr sv pre[] = {"https://www.facebook.com/", "https://m.facebook.com/", "facebook.com/",
                                     "https://www.facebook.com/", "www.facebook.com/", "http://facebook.com/"};
        s = std::string(pre[k]) + hs;
        if (k == 1) s += '/';
        if (k == 3) s += "?mibextid=ZbWKwL";
        return s;
      }
    case kYt:
      if (channel) {
        static constexpr sv pre[] = {"https://www.youtube.com/channel/", "youtube.com/channel/",
                                     "https://m.youtube.com/channel/"};
        s = std::string(pre[k % 3]) + hs;
        if (k % 3 == 2) s += "/videos";
        return s;
      } else {
        static constexpr sv pre[] = {"https://www.youtube.com/@", "youtube.com/@", "https://m.youtube.com/@",
                                     "https://www.youtube.com/@", "www.youtube.com/@", "https://youtube.com/@"};
        s = std::string(pre[k]) + hs;
        if (k == 2) s += "/videos";
        if (k == 3) s += "?si=" + base62(r.next(), 10);
        if (k == 5) s += "/shorts";
        return s;
      }
    case kX: {
      static constexpr sv pre[] = {"https://x.com/", "https://twitter.com/", "twitter.com/",
                                   "https://x.com/", "x.com/", "https://www.twitter.com/"};
      s = std::string(pre[k]) + hs;
      if (k == 3) s += "?s=21";
      return s;
    }
    default: {
      static constexpr sv pre[] = {"https://www.threads.net/@", "threads.net/@", "https://www.threads.net/@",
                                   "https://threads.net/@", "www.threads.net/@", "https://www.threads.com/@"};
      s = std::string(pre[k]) + hs;
      if (k == 2) s += "?igshid=" + base62(r.next(), 8);
      return s;
    }
  }
}

std::string base62(std::uint64_t v, int width) {
  static constexpr char kDigits[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
  std::string s(static_cast<std::size_t>(width), '0');
  for (int i = width - 1; i >= 0; --i) {
    s[static_cast<std::size_t>(i)] = kDigits[v % 62];
    v /= 62;
  }
  return s;
}

namespace {
// Distinct counters give distinct codes of `width` base-62 digits: n * K mod 62^width is a
// bijection there (K is odd and not a multiple of 31), and the codes look random.
std::string code(std::uint64_t n, int width) {
  unsigned __int128 space = 1;
  for (int i = 0; i < width; ++i) space *= 62;
  const unsigned __int128 v = (static_cast<unsigned __int128>(n) * 0x9E3779B97F4A7C15ull) % space;
  static constexpr char kDigits[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
  std::string s(static_cast<std::size_t>(width), '0');
  unsigned __int128 x = v;
  for (int i = width - 1; i >= 0; --i) {
    s[static_cast<std::size_t>(i)] = kDigits[static_cast<int>(x % 62)];
    x /= 62;
  }
  return s;
}
}  // namespace

std::string post_url(int p, sv official, std::uint64_t n) {
  const std::string o(official);
  switch (p) {
    case kIg: return "https://www.instagram.com/p/" + code(n, 11) + "/";
    case kTt: return "https://www.tiktok.com/@" + o + "/video/" + std::to_string(7350000000000000000ull + n * 7919);
    case kFb: return "https://www.facebook.com/" + o + "/posts/pfbid0" + code(n, 11) + code(n + 1, 8);
    case kYt: return "https://www.youtube.com/watch?v=" + code(n, 11);
    case kX: return "https://x.com/" + o + "/status/" + std::to_string(1770000000000000000ull + n * 7919);
    default: return "https://www.threads.net/@" + o + "/post/" + code(n, 11);
  }
}

std::string share_url(int p, sv h, std::uint64_t n, Rng& r) {
  const std::string hs(h);
  const std::uint32_t k = r.below(10);
  switch (p) {
    case kIg:
      if (k < 5) return "https://www.instagram.com/p/" + code(n, 11) + "/";
      if (k < 8) return "https://www.instagram.com/stories/" + hs + "/" + std::to_string(3300000000000000000ull + n * 13) + "/";
      if (k < 9) return "https://instagr.am/p/" + code(n, 11) + "/";
      return "https://www.instagram.com/reel/" + code(n, 11) + "/?igsh=" + base62(r.next(), 10) + "==";
    case kTt:
      if (k < 7) return "https://www.tiktok.com/@" + hs + "/video/" + std::to_string(7350000000000000000ull + n * 13);
      return (k < 9 ? "https://vt.tiktok.com/ZS" : "https://vm.tiktok.com/ZM") + code(n, 9) + "/";
    case kFb:
      if (k < 6) return "https://www.facebook.com/share/p/" + code(n, 10) + "/";
      if (k < 7) return "https://fb.watch/" + code(n, 9) + "/";
      return "https://m.facebook.com/story.php?story_fbid=" + std::to_string(1000000000000000ull + n) +
             "&id=" + std::to_string(100000000000000ull + r.next() % 100000000000000ull);
    case kYt:
      return (k < 6 ? "https://www.youtube.com/shorts/" : "https://youtu.be/") + code(n, 11);
    case kX:
      return (k < 7 ? "https://x.com/" : "https://twitter.com/") + hs + "/status/" +
             std::to_string(1770000000000000000ull + n * 13);
    default:
      return (k < 7 ? "https://www.threads.net/@" : "https://www.threads.com/@") + hs + "/post/" + code(n, 11);
  }
}

}  // namespace kompilasi::gen
