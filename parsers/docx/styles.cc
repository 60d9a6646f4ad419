#include "parsers/docx/styles.h"

#include <string_view>

#include "parsers/docx/xml.h"

namespace planparse {

namespace {
StyleNumbering ReadNumPr(xml::Node* ppr) {
  StyleNumbering out;
  xml::Node* numpr = xml::Child(ppr, "numPr");
  if (numpr == nullptr) return out;
  out.num_id = xml::IntAttr(xml::Child(numpr, "numId"), "val", -1);
  out.level = xml::IntAttr(xml::Child(numpr, "ilvl"), "val", -1);
  return out;
}

bool StartsWithNoCase(const std::string& s, const std::string& prefix_lower) {
  if (s.size() < prefix_lower.size()) return false;
  for (size_t i = 0; i < prefix_lower.size(); ++i) {
    char c = s[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != prefix_lower[i]) return false;
  }
  return true;
}
}  // namespace

int HeadingLevelFromName(const std::string& name) {
  // "heading" in any ASCII case; the Russian name in its usual capitalisations.
  size_t prefix = 0;
  if (StartsWithNoCase(name, "heading")) {
    prefix = 7;
  } else {
    for (std::string_view ru : {"заголовок", "Заголовок", "ЗАГОЛОВОК"}) {
      if (std::string_view(name).substr(0, ru.size()) == ru) prefix = ru.size();
    }
  }
  if (prefix == 0) return 0;
  size_t i = prefix;
  while (i < name.size() && name[i] == ' ') ++i;
  if (i + 1 == name.size() && name[i] >= '1' && name[i] <= '9') return name[i] - '0';
  return 0;
}

void StyleSheet::Load(xml::Node* root) {
  for (xml::Node* s = root ? root->children : nullptr; s != nullptr; s = s->next) {
    if (!xml::Is(s, "style")) continue;
    // All style types are kept: numbering styles carry numPr that numStyleLink reaches.
    std::string id(xml::Attr(s, "styleId"));
    Style style;
    style.name = std::string(xml::ChildVal(s, "name"));
    style.based_on = std::string(xml::ChildVal(s, "basedOn"));
    xml::Node* ppr = xml::Child(s, "pPr");
    style.outline_level = xml::IntAttr(xml::Child(ppr, "outlineLvl"), "val", -1);
    style.numbering = ReadNumPr(ppr);
    std::string_view is_default = xml::Attr(s, "default");
    if (is_default == "1" || is_default == "true" || is_default == "on") {
      default_paragraph_ = id;
    }
    styles_.emplace(std::move(id), std::move(style));
  }
}

const StyleSheet::Style* StyleSheet::Find(const std::string& id) const {
  auto it = styles_.find(id);
  return it == styles_.end() ? nullptr : &it->second;
}

std::string StyleSheet::Name(const std::string& style_id) const {
  const Style* s = Find(style_id);
  return s ? s->name : std::string();
}

int StyleSheet::HeadingLevel(const std::string& style_id) const {
  const Style* s = Find(style_id);
  for (int hops = 0; s != nullptr && hops < max_chain_; ++hops) {
    if (s->outline_level >= 0 && s->outline_level <= 8) return s->outline_level + 1;
    if (s->outline_level == 9) return 0;  // explicitly body text
    int by_name = HeadingLevelFromName(s->name);
    if (by_name > 0) return by_name;
    if (s->based_on.empty()) break;
    s = Find(s->based_on);
  }
  return 0;
}

StyleNumbering StyleSheet::Numbering(const std::string& style_id) const {
  StyleNumbering out;
  const Style* s = Find(style_id);
  for (int hops = 0; s != nullptr && hops < max_chain_; ++hops) {
    if (out.num_id < 0 && s->numbering.num_id >= 0) out.num_id = s->numbering.num_id;
    if (out.level < 0 && s->numbering.level >= 0) out.level = s->numbering.level;
    if (out.num_id >= 0 && out.level >= 0) break;
    if (s->based_on.empty()) break;
    s = Find(s->based_on);
  }
  return out;
}

}  // namespace planparse
