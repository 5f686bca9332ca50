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

bool ends_with_ci(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && iequals_ascii(s.substr(s.size() - suffix.size()), suffix);
}

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
  if (const auto scheme = url.find("://"); scheme != std::string_view::npos) url.remove_prefix(scheme + 3);
  const auto end = url.find_first_of("/?#");
  std::string_view host = url.substr(0, end);
  if (const auto at = host.rfind('@'); at != std::string_view::npos) host.remove_prefix(at + 1);
  if (const auto colon = host.find(':'); colon != std::string_view::npos) host = host.substr(0, colon);
  if (!host.empty() && host.back() == '.') host.remove_suffix(1);
  return host;
}

std::optional<Platform> url_platform(std::string_view url) {
  const std::string_view host = url_host(url);
  if (host.empty() || host.find(' ') != std::string_view::npos) return std::nullopt;
  for (const auto& s : kSites) {
    if (host.size() == s.host.size() ? iequals_ascii(host, s.host)
                                     : host.size() > s.host.size() && host[host.size() - s.host.size() - 1] == '.' &&
                                           ends_with_ci(host, s.host))
      return s.p;
  }
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
