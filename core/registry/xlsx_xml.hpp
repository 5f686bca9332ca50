// XML parts of an OOXML package, parsed with pugixml (no DTD, no entity expansion: a part
// with a DOCTYPE is refused, so "billion laughs" bombs never grow) and namespace-aware
// name matching on top of pugixml's prefixed names: `x:c` with xmlns:x = SpreadsheetML
// is a `c`. Transitional and Strict (ISO/IEC 29500) namespaces are both recognised.
#pragma once
#include <string>
#include <string_view>

#include <pugixml.hpp>

namespace kompilasi {

// The namespaces an element is matched against.
enum class Ns { main, rel, package_rel, content_types, other };

// Parses `text` in place into doc (text must outlive doc). Throws InputError
// xlsx_xml_dtd or xlsx_xml_invalid naming the file and the part.
void parse_part(pugi::xml_document& doc, std::string& text, std::string_view part, const std::string& file);

// Which of the known namespaces the element's (or, for an attribute name, the element's
// scope) prefix is bound to.
Ns namespace_of(pugi::xml_node element, std::string_view qualified_name);
inline Ns namespace_of(pugi::xml_node element) { return namespace_of(element, element.name()); }

// Name after the prefix.
std::string_view local_name(std::string_view qualified_name);

// element is `local` in namespace ns.
bool is(pugi::xml_node element, Ns ns, std::string_view local);

// First child element `local` in namespace ns (empty node if none).
pugi::xml_node child(pugi::xml_node parent, Ns ns, std::string_view local);

// The attribute `local` whose prefix is bound to ns (unprefixed attributes have no
// namespace: use node.attribute() for those).
pugi::xml_attribute attribute(pugi::xml_node element, Ns ns, std::string_view local);

// Concatenated character data (text and CDATA) directly inside element.
std::string text_of(pugi::xml_node element);

// The root element's namespace URI as declared (for telling old formats apart).
std::string root_namespace_uri(const pugi::xml_document& doc);

}  // namespace kompilasi
