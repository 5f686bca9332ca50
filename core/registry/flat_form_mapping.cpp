// Targets as text, the guessed mapping of a sheet, and --peta files.
#include <nlohmann/json.hpp>

#include "flat_form.hpp"
#include "flat_form_aliases.hpp"
#include "input_error.hpp"
#include "neutralize.hpp"

namespace kompilasi {
namespace {

constexpr std::string_view kKindNames[] = {"", "timestamp", "", "akun", "pengikut", "status", "tanggal_cek"};

std::string column_letter(std::size_t i) {
  std::string s;
  for (std::size_t n = i + 1; n > 0; n = (n - 1) / 26) s.insert(s.begin(), static_cast<char>('A' + (n - 1) % 26));
  return s;
}

std::string header_text(std::string_view cell, std::size_t column) {
  cell = trim(cell);
  return cell.empty() ? column_letter(column) : std::string(cell);
}

// The DOM parser, keeping where parsing stopped: json::parse's out_of_range (a number past
// double's range, 1e999) carries no position and is no parse_error, so it escaped the catch.
struct PetaParser : nlohmann::detail::json_sax_dom_parser<nlohmann::json> {
  explicit PetaParser(nlohmann::json& doc) : json_sax_dom_parser(doc, /*allow_exceptions=*/false) {}
  bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception&) {
    error_at = position;
    return false;
  }
  std::size_t error_at = 0;
};

std::size_t line_of(std::string_view bytes, std::size_t pos) {
  std::size_t line = 1;
  for (std::size_t i = 0; i < pos && i < bytes.size(); ++i) line += bytes[i] == '\n';
  return line;
}

}  // namespace

bool target_valid(FormTarget t) {
  if (static_cast<int>(t.kind) > static_cast<int>(FormTarget::Kind::tanggal_cek)) return false;
  if (t.kind == FormTarget::Kind::pegawai && t.column >= col::pegawai::count) return false;
  if (t.platform < -1 || t.platform >= kPlatformCount) return false;
  if ((t.kind == FormTarget::Kind::ignored || t.kind == FormTarget::Kind::timestamp ||
       t.kind == FormTarget::Kind::pegawai) && t.platform >= 0)
    return false;
  return t.platform >= 0 || (t.kind != FormTarget::Kind::akun && t.kind != FormTarget::Kind::pengikut);
}

std::string target_name(FormTarget t) {
  if (!target_valid(t)) return {};
  switch (t.kind) {
    case FormTarget::Kind::ignored: return {};
    case FormTarget::Kind::pegawai: return std::string(spec(TableId::pegawai).columns[t.column].name);
    default: break;
  }
  std::string s(kKindNames[static_cast<int>(t.kind)]);
  if (t.platform >= 0) (s += ':') += platform_name(static_cast<Platform>(t.platform));
  return s;
}

std::string target_label(FormTarget t, Lang lang) {
  static constexpr std::string_view kBrands[] = {"Instagram", "TikTok", "Facebook", "YouTube", "X", "Threads"};
  if (!target_valid(t)) t = FormTarget{};
  switch (t.kind) {
    case FormTarget::Kind::ignored: return std::string(tr(lang, "flatform.target.ignored"));
    case FormTarget::Kind::timestamp: return std::string(tr(lang, "flatform.target.timestamp"));
    case FormTarget::Kind::pegawai: return std::string(tr(lang, "flatform.target." + target_name(t)));
    default: break;
  }
  const std::string_view platform =
      t.platform >= 0 ? kBrands[t.platform] : tr(lang, "flatform.target.every_platform");
  return trf(lang, "flatform.target." + std::string(kKindNames[static_cast<int>(t.kind)]), {{"platform", platform}});
}

std::optional<FormTarget> parse_target(std::string_view text) {
  text = trim(text);
  if (text.empty()) return FormTarget{};
  const std::size_t colon = text.find(':');
  const std::string kind = fold_header(text.substr(0, colon));
  std::int8_t platform = -1;
  if (colon != std::string_view::npos) {
    const auto p = parse_platform(trim(text.substr(colon + 1)));
    if (!p) return std::nullopt;
    platform = static_cast<std::int8_t>(*p);
  }
  if (platform < 0) {
    if (kind == "timestamp") return FormTarget{FormTarget::Kind::timestamp};
    const auto cols = spec(TableId::pegawai).columns;
    for (std::size_t c = 0; c < cols.size(); ++c)
      if (kind == fold_header(cols[c].name)) return FormTarget{FormTarget::Kind::pegawai, static_cast<std::uint8_t>(c)};
  }
  for (auto k : {FormTarget::Kind::akun, FormTarget::Kind::pengikut, FormTarget::Kind::status,
                 FormTarget::Kind::tanggal_cek}) {
    if (kind != fold_header(kKindNames[static_cast<int>(k)])) continue;
    const bool needs_platform = k == FormTarget::Kind::akun || k == FormTarget::Kind::pengikut;
    if (needs_platform && platform < 0) return std::nullopt;
    return FormTarget{k, 0, platform};
  }
  return std::nullopt;
}

FlatFormMapping guess_mapping(const Sheet& sheet) {
  FlatFormMapping m;
  if (sheet.rows.empty()) return m;
  const std::size_t width = sheet.rows[0].size();
  std::vector<bool> weak(width, false);
  for (std::size_t c = 0; c < width; ++c) {
    const std::string_view cell = strip_text_prefix(sheet.rows[0][c]);
    m.headers.push_back(header_text(cell, c));
    const auto g = trim(cell).empty() ? std::nullopt : guess_header(cell);
    m.targets.push_back(g ? g->target : FormTarget{});
    weak[c] = g && g->weak;
  }
  for (std::size_t c = 0; c < width; ++c) {
    if (!weak[c]) continue;
    for (std::size_t o = 0; o < width; ++o)
      if (!weak[o] && m.targets[o] == m.targets[c]) { m.targets[c] = FormTarget{}; break; }
  }
  return m;
}

std::vector<Notice> apply_peta(FlatFormMapping& m, std::string_view json_bytes, std::string_view file) {
  nlohmann::json doc;
  PetaParser sax(doc);
  if (!nlohmann::json::sax_parse(json_bytes.begin(), json_bytes.end(), &sax))
    throw InputError("peta_invalid_json", std::string(file), "line:" + std::to_string(line_of(json_bytes, sax.error_at)));
  if (!doc.is_object()) throw InputError("peta_not_object", std::string(file));
  std::vector<Notice> notices;
  for (const auto& [key, value] : doc.items()) {
    // An array or object is named, not dumped: dump() recurses once per level, and a
    // hostile file nests a few hundred thousand deep.
    if (!value.is_string() && !value.is_null())
      throw InputError("peta_bad_value", std::string(file), {},
                       key + ": " + (value.is_array() ? "[…]" : value.is_object() ? "{…}" : value.dump()));
    const std::string text = value.is_string() ? value.get<std::string>() : std::string();
    const auto target = parse_target(text);
    if (!target) throw InputError("peta_unknown_target", std::string(file), {}, key + ": \"" + text + "\"");
    bool found = false;
    for (std::size_t c = 0; c < m.headers.size(); ++c)
      if (m.headers[c] == trim(key)) { m.targets[c] = *target; found = true; }
    if (!found) {
      const std::string folded = fold_header(key);
      for (std::size_t c = 0; c < m.headers.size(); ++c)
        if (fold_header(m.headers[c]) == folded) { m.targets[c] = *target; found = true; }
    }
    if (!found) notices.push_back({"flatform_peta_unused", std::string(file), key});
  }
  return notices;
}

std::string mapping_to_json(const FlatFormMapping& m) {
  nlohmann::ordered_json doc = nlohmann::ordered_json::object();
  for (std::size_t c = 0; c < m.headers.size(); ++c)
    if (!doc.contains(m.headers[c])) doc[m.headers[c]] = target_name(m.targets[c]);
  return doc.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace kompilasi
