// Account cells as people enter them: "name", "@name" or a profile URL (DATA.md
// section 3), reduced to the handle, checked against each platform's rules.
#include "normalize.hpp"

namespace kompilasi {
namespace {

bool is_alnum(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

std::string_view strip_at(std::string_view s) { return !s.empty() && s[0] == '@' ? s.substr(1) : s; }

// The value of parameter `name` in a query string "a=1&id=42".
std::string_view query_param(std::string_view query, std::string_view name) {
  while (!query.empty()) {
    const auto amp = query.find('&');
    const std::string_view part = query.substr(0, amp);
    if (part.size() > name.size() && part[name.size()] == '=' && iequals_ascii(part.substr(0, name.size()), name))
      return part.substr(name.size() + 1);
    if (amp == std::string_view::npos) break;
    query.remove_prefix(amp + 1);
  }
  return {};
}

// The first three path segments of a URL (after the host; empty ones skipped) and its query.
struct Path {
  std::string_view seg[3];
  std::string_view query;
};

Path split_url(std::string_view url) {
  Path p;
  if (const auto scheme = url.find("://"); scheme != std::string_view::npos) url.remove_prefix(scheme + 3);
  const auto hash = url.find('#');
  if (hash != std::string_view::npos) url = url.substr(0, hash);
  const auto q = url.find('?');
  if (q != std::string_view::npos) {
    p.query = url.substr(q + 1);
    url = url.substr(0, q);
  }
  const auto slash = url.find('/');
  std::string_view path = slash == std::string_view::npos ? std::string_view{} : url.substr(slash + 1);
  int n = 0;
  while (!path.empty() && n < 3) {
    const auto next = path.find('/');
    const std::string_view seg = path.substr(0, next);
    if (!seg.empty()) p.seg[n++] = seg;
    if (next == std::string_view::npos) break;
    path.remove_prefix(next + 1);
  }
  return p;
}

}  // namespace

HandleView normalize_handle_view(std::string_view cell) {
  const std::string_view s = trim(cell);
  if (s.empty()) return {};
  if (!looks_like_url(s)) return {strip_at(s), false, std::nullopt};
  HandleView h;
  h.from_url = true;
  h.url_site = url_platform(s);
  const Path p = split_url(s);
  const std::string_view first = p.seg[0];
  if (h.url_site == Platform::facebook) {
    if (iequals_ascii(first, "profile.php")) h.handle = query_param(p.query, "id");
    else if (iequals_ascii(first, "people") && !p.seg[2].empty()) h.handle = p.seg[2];  // people/Name/ID
    else h.handle = first;
  } else if (h.url_site == Platform::youtube && !first.empty() && first[0] != '@' &&
             (iequals_ascii(first, "channel") || iequals_ascii(first, "c") || iequals_ascii(first, "user"))) {
    h.handle = p.seg[1];
  } else {
    h.handle = strip_at(first);
  }
  return h;
}

Handle normalize_handle(std::string_view cell) {
  const HandleView v = normalize_handle_view(cell);
  return {std::string(v.handle), v.from_url, v.url_site};
}

bool is_channel_id(std::string_view h) {
  if (h.size() != 24 || h[0] != 'U' || h[1] != 'C') return false;
  for (char c : h.substr(2))
    if (!is_alnum(c) && c != '_' && c != '-') return false;
  return true;
}

bool handle_valid(Platform p, std::string_view h) {
  auto only = [&](auto allowed) {
    for (char c : h)
      if (!is_alnum(c) && !allowed(c)) return false;
    return true;
  };
  const auto dot_underscore = [](char c) { return c == '.' || c == '_'; };
  switch (p) {
    case Platform::instagram:
    case Platform::threads:
      return h.size() >= 1 && h.size() <= 30 && only(dot_underscore) && h.front() != '.' && h.back() != '.' &&
             h.find("..") == std::string_view::npos;
    case Platform::tiktok:
      return h.size() >= 2 && h.size() <= 24 && only(dot_underscore) && h.back() != '.';
    case Platform::x:
      return h.size() >= 1 && h.size() <= 15 && only([](char c) { return c == '_'; });
    case Platform::youtube:
      return (h.size() >= 3 && h.size() <= 30 && only([](char c) { return c == '.' || c == '_' || c == '-'; })) ||
             is_channel_id(h);
    case Platform::facebook:
      return (h.size() >= 5 && only([](char c) { return c == '.'; })) || all_digits(h);
  }
  return false;
}

std::string_view handle_key_to(Platform p, std::string_view handle, std::string& buf) {
  buf.assign(handle);
  if (p == Platform::youtube && is_channel_id(handle)) return buf;
  for (char& c : buf)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  return buf;
}

std::string handle_key(Platform p, std::string_view handle) {
  std::string buf;
  handle_key_to(p, handle, buf);
  return buf;
}

}  // namespace kompilasi
