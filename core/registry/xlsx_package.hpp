// The OPC layer of an .xlsx: relationships (_rels/*.rels) with their targets resolved to
// part names, and the package's main workbook part. Relationship types are compared by
// their last segment ("worksheet", "sharedStrings", …), which is the same in Transitional
// and Strict packages.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "xlsx_zip_reader.hpp"

namespace kompilasi {

struct Relationship {
  std::string id;
  std::string type;    // last segment of the type URI
  std::string target;  // part name inside the package (no leading '/')
};

// Part name of the .rels part that belongs to `part` ("xl/workbook.xml" →
// "xl/_rels/workbook.xml.rels"; "" → "_rels/.rels").
std::string rels_part_of(std::string_view part);

// The relationships of `part`; throws xlsx_missing_part when its .rels part is absent and
// required, returns none when it is absent and not required. External targets are left out.
std::vector<Relationship> read_relationships(const ZipReader& zip, std::string_view part, bool required);

const Relationship* find_by_type(const std::vector<Relationship>& rels, std::string_view type);
const Relationship* find_by_id(const std::vector<Relationship>& rels, std::string_view id);

// The workbook part: the package's officeDocument relationship, else the content types'
// workbook override. Throws xlsx_missing_part when [Content_Types].xml is absent.
std::string workbook_part(const ZipReader& zip);

}  // namespace kompilasi
