#include "xlsx_xml.hpp"

#include <cstring>

#include "input_error.hpp"

namespace kompilasi {
namespace {

Ns classify(std::string_view uri) {
  if (uri == "http://schemas.openxmlformats.org/spreadsheetml/2006/main" ||
      uri == "http://purl.oclc.org/ooxml/spreadsheetml/main")
    return Ns::main;
  if (uri == "http://schemas.openxmlformats.org/officeDocument/2006/relationships" ||
      uri == "http://purl.oclc.org/ooxml/officeDocument/relationships")
    return Ns::rel;
  if (uri == "http://schemas.openxmlformats.org/package/2006/relationships") return Ns::package_rel;
  if (uri == "http://schemas.openxmlformats.org/package/2006/content-types") return Ns::content_types;
  return Ns::other;
}

std::string_view prefix_of(std::string_view qualified) {
  const auto colon = qualified.find(':');
  return colon == std::string_view::npos ? std::string_view{} : qualified.substr(0, colon);
}

// The URI bound to prefix in element's scope ("" for none).
std::string_view resolve(pugi::xml_node element, std::string_view prefix) {
  for (pugi::xml_node n = element; n && n.type() == pugi::node_element; n = n.parent()) {
    for (pugi::xml_attribute a = n.first_attribute(); a; a = a.next_attribute()) {
      const std::string_view name = a.name();
      if (name.size() < 5 || name.compare(0, 5, "xmlns") != 0) continue;
      if (prefix.empty() ? name.size() == 5 : (name.size() == 6 + prefix.size() && name[5] == ':' && name.substr(6) == prefix))
        return a.value();
    }
  }
  return {};
}

}  // namespace

void parse_part(pugi::xml_document& doc, std::string& text, std::string_view part, const std::string& file) {
  // parse_ws_pcdata_single keeps `<t> </t>`; parse_doctype lets us see (and refuse) a DTD;
  // parse_fragment keeps what lies outside the root (pugixml would silently drop text
  // there and accept a second root), so that we can refuse it.
  const unsigned options =
      pugi::parse_default | pugi::parse_ws_pcdata_single | pugi::parse_doctype | pugi::parse_fragment;
  const pugi::xml_parse_result r = doc.load_buffer_inplace(text.data(), text.size(), options);
  if (!r) throw InputError("xlsx_xml_invalid", file, {}, std::string(part));
  int elements = 0;
  for (pugi::xml_node n = doc.first_child(); n; n = n.next_sibling()) {
    if (n.type() == pugi::node_doctype) throw InputError("xlsx_xml_dtd", file, {}, std::string(part));
    if (n.type() == pugi::node_element) ++elements;
    if (n.type() == pugi::node_cdata || (n.type() == pugi::node_pcdata && std::strspn(n.value(), " \t\r\n") != std::strlen(n.value())))
      throw InputError("xlsx_xml_invalid", file, {}, std::string(part));
  }
  if (elements != 1) throw InputError("xlsx_xml_invalid", file, {}, std::string(part));
}

std::string_view local_name(std::string_view qualified) {
  const auto colon = qualified.find(':');
  return colon == std::string_view::npos ? qualified : qualified.substr(colon + 1);
}

Ns namespace_of(pugi::xml_node element, std::string_view qualified_name) {
  return classify(resolve(element, prefix_of(qualified_name)));
}

bool is(pugi::xml_node element, Ns ns, std::string_view local) {
  if (element.type() != pugi::node_element) return false;
  const std::string_view name = element.name();
  return local_name(name) == local && namespace_of(element, name) == ns;
}

pugi::xml_node child(pugi::xml_node parent, Ns ns, std::string_view local) {
  for (pugi::xml_node c = parent.first_child(); c; c = c.next_sibling())
    if (is(c, ns, local)) return c;
  return {};
}

pugi::xml_attribute attribute(pugi::xml_node element, Ns ns, std::string_view local) {
  for (pugi::xml_attribute a = element.first_attribute(); a; a = a.next_attribute()) {
    const std::string_view name = a.name();
    if (prefix_of(name).empty() || local_name(name) != local) continue;
    if (classify(resolve(element, prefix_of(name))) == ns) return a;
  }
  return {};
}

std::string text_of(pugi::xml_node element) {
  std::string out;
  for (pugi::xml_node c = element.first_child(); c; c = c.next_sibling())
    if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) out += c.value();
  return out;
}

std::string root_namespace_uri(const pugi::xml_document& doc) {
  const pugi::xml_node root = doc.document_element();
  return std::string(resolve(root, prefix_of(root.name())));
}

}  // namespace kompilasi
