#include "xlsx_package.hpp"

#include <algorithm>

#include "input_error.hpp"
#include "xlsx_xml.hpp"

namespace kompilasi {
namespace {

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

std::string percent_decoded(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size() && hex_value(s[i + 1]) >= 0 && hex_value(s[i + 2]) >= 0) {
      out += static_cast<char>(hex_value(s[i + 1]) * 16 + hex_value(s[i + 2]));
      i += 2;
    } else {
      out += s[i];
    }
  }
  return out;
}

// Resolves a relationship target against the folder of the source part.
std::string resolve_target(std::string_view source_part, std::string_view target) {
  std::string path;
  if (!target.empty() && target[0] == '/') {
    path = std::string(target.substr(1));
  } else {
    const auto slash = source_part.rfind('/');
    path = (slash == std::string_view::npos ? std::string() : std::string(source_part.substr(0, slash + 1))) +
           std::string(target);
  }
  std::vector<std::string> segments;
  std::size_t start = 0;
  while (start <= path.size()) {
    const auto end = std::min(path.find('/', start), path.size());
    const std::string seg = path.substr(start, end - start);
    if (seg == "..") { if (!segments.empty()) segments.pop_back(); }
    else if (!seg.empty() && seg != ".") segments.push_back(seg);
    start = end + 1;
  }
  std::string out;
  for (const auto& s : segments) out += (out.empty() ? "" : "/") + s;
  return percent_decoded(out);
}

std::string last_segment(std::string_view uri) {
  const auto slash = uri.rfind('/');
  return std::string(slash == std::string_view::npos ? uri : uri.substr(slash + 1));
}

}  // namespace

std::string rels_part_of(std::string_view part) {
  const auto slash = part.rfind('/');
  const std::string dir = slash == std::string_view::npos ? "" : std::string(part.substr(0, slash + 1));
  const std::string base(slash == std::string_view::npos ? part : part.substr(slash + 1));
  return dir + "_rels/" + base + ".rels";
}

std::vector<Relationship> read_relationships(const ZipReader& zip, std::string_view part, bool required) {
  const std::string rels_part = rels_part_of(part);
  std::vector<Relationship> out;
  if (!zip.has(rels_part)) {
    if (required) throw InputError("xlsx_missing_part", zip.file(), {}, rels_part);
    return out;
  }
  std::string text = zip.read(rels_part);
  pugi::xml_document doc;
  parse_part(doc, text, rels_part, zip.file());
  const pugi::xml_node root = doc.document_element();
  if (!is(root, Ns::package_rel, "Relationships")) throw InputError("xlsx_damaged", zip.file(), {}, rels_part);
  for (pugi::xml_node r = root.first_child(); r; r = r.next_sibling()) {
    if (!is(r, Ns::package_rel, "Relationship")) continue;
    if (std::string_view(r.attribute("TargetMode").value()) == "External") continue;
    out.push_back({r.attribute("Id").value(), last_segment(r.attribute("Type").value()),
                   resolve_target(part, r.attribute("Target").value())});
  }
  return out;
}

const Relationship* find_by_type(const std::vector<Relationship>& rels, std::string_view type) {
  for (const auto& r : rels)
    if (r.type == type) return &r;
  return nullptr;
}

const Relationship* find_by_id(const std::vector<Relationship>& rels, std::string_view id) {
  for (const auto& r : rels)
    if (r.id == id) return &r;
  return nullptr;
}

std::string workbook_part(const ZipReader& zip) {
  const std::string types_part = "[Content_Types].xml";
  if (!zip.has(types_part)) throw InputError("xlsx_missing_part", zip.file(), {}, types_part);
  std::string text = zip.read(types_part);
  pugi::xml_document doc;
  parse_part(doc, text, types_part, zip.file());
  if (!is(doc.document_element(), Ns::content_types, "Types"))
    throw InputError("xlsx_damaged", zip.file(), {}, types_part);

  const auto rels = read_relationships(zip, "", false);
  if (const Relationship* r = find_by_type(rels, "officeDocument")) return r->target;
  for (pugi::xml_node o = doc.document_element().first_child(); o; o = o.next_sibling()) {
    const std::string_view type = o.attribute("ContentType").value();
    const bool workbook = type.size() > 8 && type.substr(type.size() - 8) == "main+xml" &&
                          (type.find("spreadsheetml") != std::string_view::npos || type.find("ms-excel") != std::string_view::npos);
    if (is(o, Ns::content_types, "Override") && workbook)
      return resolve_target("", o.attribute("PartName").value());
  }
  throw InputError("xlsx_missing_part", zip.file(), {}, rels_part_of(""));
}

}  // namespace kompilasi
