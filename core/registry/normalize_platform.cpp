#include <array>

#include "normalize.hpp"

namespace kompilasi {
namespace {

constexpr std::array<std::string_view, kPlatformCount> kNames = {"instagram", "tiktok", "facebook",
                                                                 "youtube", "x", "threads"};

struct Alias {
  std::string_view folded;
  Platform p;
};
// Compared after fold_short: "Tik Tok" → "tiktok", "X (Twitter)" → "xtwitter".
constexpr std::array<Alias, 16> kAliases = {{
    {"instagram", Platform::instagram}, {"ig", Platform::instagram}, {"insta", Platform::instagram},
    {"tiktok", Platform::tiktok}, {"tt", Platform::tiktok},
    {"facebook", Platform::facebook}, {"fb", Platform::facebook},
    {"youtube", Platform::youtube}, {"yt", Platform::youtube},
    {"x", Platform::x}, {"twitter", Platform::x}, {"xtwitter", Platform::x}, {"twitterx", Platform::x},
    {"xcom", Platform::x},
    {"threads", Platform::threads}, {"thread", Platform::threads},
}};

struct Site {
  std::string_view host;
  Platform p;
};
// The sites of each platform (DATA.md section 3); any sub-domain counts.
constexpr std::array<Site, 12> kSites = {{
    {"instagram.com", Platform::instagram}, {"instagr.am", Platform::instagram},
    {"tiktok.com", Platform::tiktok},
    {"facebook.com", Platform::facebook}, {"fb.com", Platform::facebook}, {"fb.watch", Platform::facebook},
    {"youtube.com", Platform::youtube}, {"youtu.be", Platform::youtube},
    {"x.com", Platform::x}, {"twitter.com", Platform::x},
    {"threads.net", Platform::threads}, {"threads.com", Platform::threads},
}};

}  // namespace

std::string_view platform_name(Platform p) { return kNames[static_cast<std::size_t>(p)]; }

std::optional<Platform> parse_platform(std::string_view s) {
  char buf[kFoldShort];
  const std::string_view f = fold_short(s, buf);
  if (f.empty()) return std::nullopt;
  for (const auto& a : kAliases)
    if (f == a.folded) return a.p;
  return std::nullopt;
}

std::string_view url_host(std::string_view url) {
  url = trim(url);
  std::size_t start = 0;
  if (url.size() > 8 && (url.compare(0, 8, "https://") == 0)) {
    start = 8;
  } else if (url.size() > 7 && url.compare(0, 7, "http://") == 0) {
    start = 7;
  } else {  // any other scheme: letters (and + - .) before "://"
    std::size_t i = 0;
    while (i < url.size() && i < 16 &&
           ((url[i] >= 'a' && url[i] <= 'z') || (url[i] >= 'A' && url[i] <= 'Z') || url[i] == '+' || url[i] == '-' ||
            url[i] == '.'))
      ++i;
    if (i + 3 <= url.size() && url[i] == ':' && url[i + 1] == '/' && url[i + 2] == '/') start = i + 3;
  }
  std::string_view rest = url.substr(start);
  if (const auto slash = rest.find('/'); slash != std::string_view::npos) rest = rest.substr(0, slash);
  std::size_t end = 0, colon = std::string_view::npos, from = 0;
  for (; end < rest.size(); ++end) {
    const char c = rest[end];
    if (c == '?' || c == '#') break;
    if (c == '@') { from = end + 1; colon = std::string_view::npos; }
    else if (c == ':' && colon == std::string_view::npos) colon = end;
  }
  if (colon != std::string_view::npos) end = colon;
  std::string_view host = rest.substr(from, end - from);
  if (!host.empty() && host.back() == '.') host.remove_suffix(1);
  return host;
}

std::optional<Platform> url_platform(std::string_view url) {
  const std::string_view host = url_host(url);
  // Only the last two labels can name a site ("vt.tiktok.com" → "tiktok.com"); lowercase
  // them once, then compare whole names.
  std::size_t dots = 0, start = host.size();
  while (start > 0) {
    const char c = host[start - 1];
    if (c == ' ') return std::nullopt;
    if (c == '.' && ++dots == 2) break;
    --start;
  }
  const std::string_view tail = host.substr(start);
  if (tail.size() > 16 || dots == 0) return std::nullopt;
  char buf[16];
  for (std::size_t i = 0; i < tail.size(); ++i) {
    const char c = tail[i];
    buf[i] = c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
  }
  const std::string_view lower(buf, tail.size());
  for (const auto& site : kSites)
    if (lower.size() == site.host.size() && lower[0] == site.host[0] && lower == site.host) return site.p;
  return std::nullopt;
}

bool looks_like_url(std::string_view s) {
  s = trim(s);
  if (s.find("://") != std::string_view::npos) return true;
  if (s.size() > 4 && iequals_ascii(s.substr(0, 4), "www.")) return true;
  const auto slash = s.find('/');
  if (slash == std::string_view::npos || slash == 0) return false;
  const std::string_view host = s.substr(0, slash);
  return host.find('.') != std::string_view::npos && host.find(' ') == std::string_view::npos && host[0] != '@' &&
         host.back() != '.';
}

}  // namespace kompilasi
