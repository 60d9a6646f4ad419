#include "parsers/docx/numbering.h"

#include "parsers/docx/utf8.h"
#include "parsers/docx/xml.h"

namespace planparse {

namespace {

std::string Roman(int value, bool upper) {
  if (value <= 0 || value >= 4000) return std::to_string(value);
  static const struct { int v; const char* s; } kTable[] = {
      {1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"}, {90, "xc"}, {50, "l"},
      {40, "xl"}, {10, "x"}, {9, "ix"}, {5, "v"}, {4, "iv"}, {1, "i"}};
  std::string out;
  for (const auto& e : kTable) {
    while (value >= e.v) {
      out += e.s;
      value -= e.v;
    }
  }
  if (upper) for (char& c : out) c = static_cast<char>(c - 'a' + 'A');
  return out;
}

// Word's alphabetic formats repeat the letter after the alphabet ends: z, aa, bb ...
std::string Alphabetic(int value, const char32_t* letters, int count) {
  if (value <= 0) return std::to_string(value);
  int index = (value - 1) % count;
  int repeat = (value - 1) / count + 1;
  if (repeat > 16) return std::to_string(value);
  std::string out;
  for (int i = 0; i < repeat; ++i) AppendUtf8(letters[index], &out);
  return out;
}

// Private-use bullet glyphs of the Symbol and Wingdings fonts, as readers see them.
std::string BulletText(const std::string& lvl_text) {
  if (lvl_text.empty()) return "•";
  // UTF-8 of U+F000..U+F0FF is EF 80..83 xx.
  if (lvl_text.size() == 3 && static_cast<unsigned char>(lvl_text[0]) == 0xEF &&
      (static_cast<unsigned char>(lvl_text[1]) & 0xFC) == 0x80) {
    unsigned code = ((static_cast<unsigned char>(lvl_text[1]) & 0x3F) << 6) |
                    (static_cast<unsigned char>(lvl_text[2]) & 0x3F);
    switch (code & 0xFF) {
      case 0xA7: return "▪";
      case 0xD8: return "➢";
      case 0xFC: return "✓";
      case 0x76: return "❖";
      default: return "•";
    }
  }
  return lvl_text;
}

}  // namespace

std::string FormatNumber(int value, const std::string& format) {
  static const char32_t kLatin[] = U"abcdefghijklmnopqrstuvwxyz";
  static const char32_t kLatinUpper[] = U"ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  // Word's Russian sequences skip ё, й, ъ, ы, ь.
  static const char32_t kRussian[] = U"абвгдежзиклмнопрстуфхцчшщэюя";
  static const char32_t kRussianUpper[] = U"АБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЩЭЮЯ";
  if (format == "none") return "";
  if (format == "upperRoman") return Roman(value, true);
  if (format == "lowerRoman") return Roman(value, false);
  if (format == "lowerLetter") return Alphabetic(value, kLatin, 26);
  if (format == "upperLetter") return Alphabetic(value, kLatinUpper, 26);
  if (format == "russianLower") return Alphabetic(value, kRussian, 28);
  if (format == "russianUpper") return Alphabetic(value, kRussianUpper, 28);
  if (format == "decimalZero") return (value >= 0 && value < 10 ? "0" : "") + std::to_string(value);
  return std::to_string(value);  // decimal and every format we do not render specially
}

void Numbering::Load(xml::Node* root) {
  auto read_level = [](xml::Node* lvl, Level* out) {
    out->defined = true;
    out->start = xml::IntAttr(xml::Child(lvl, "start"), "val", 1);
    if (xml::Child(lvl, "numFmt") != nullptr) out->format = std::string(xml::ChildVal(lvl, "numFmt"));
    if (out->format.empty()) out->format = "decimal";
    out->text = std::string(xml::ChildVal(lvl, "lvlText"));
    out->restart = xml::IntAttr(xml::Child(lvl, "lvlRestart"), "val", -1);
    out->legal = xml::Child(lvl, "isLgl") != nullptr && xml::OnOff(xml::Child(lvl, "isLgl"));
    out->style_id = std::string(xml::ChildVal(lvl, "pStyle"));
  };
  for (xml::Node* n = root ? root->children : nullptr; n != nullptr; n = n->next) {
    if (xml::Is(n, "abstractNum")) {
      std::string id(xml::Attr(n, "abstractNumId"));
      Abstract abs;
      abs.num_style_link = std::string(xml::ChildVal(n, "numStyleLink"));
      std::string style_link(xml::ChildVal(n, "styleLink"));
      if (!style_link.empty()) style_link_[style_link] = id;
      for (xml::Node* lvl = n->children; lvl != nullptr; lvl = lvl->next) {
        if (!xml::Is(lvl, "lvl")) continue;
        int ilvl = xml::IntAttr(lvl, "ilvl", -1);
        if (ilvl < 0 || ilvl >= kLevels) continue;
        read_level(lvl, &abs.levels[ilvl]);
      }
      abstracts_[id] = std::move(abs);
    } else if (xml::Is(n, "num")) {
      int num_id = xml::IntAttr(n, "numId", -1);
      if (num_id < 0) continue;
      Instance inst;
      inst.abstract_id = std::string(xml::ChildVal(n, "abstractNumId"));
      inst.start_override.fill(-1);
      for (xml::Node* o = n->children; o != nullptr; o = o->next) {
        if (!xml::Is(o, "lvlOverride")) continue;
        int ilvl = xml::IntAttr(o, "ilvl", -1);
        if (ilvl < 0 || ilvl >= kLevels) continue;
        if (xml::Node* so = xml::Child(o, "startOverride")) {
          inst.start_override[ilvl] = xml::IntAttr(so, "val", 1);
        }
        if (xml::Node* lvl = xml::Child(o, "lvl")) read_level(lvl, &inst.level_override[ilvl]);
      }
      instances_[num_id] = std::move(inst);
    }
  }
}

const std::string* Numbering::ResolveAbstractId(const Instance& inst) const {
  auto it = abstracts_.find(inst.abstract_id);
  // A numStyleLink points at the abstract numbering whose styleLink has the same name.
  for (int hops = 0; it != abstracts_.end() && !it->second.num_style_link.empty() &&
                     hops < max_chain_;
       ++hops) {
    auto link = style_link_.find(it->second.num_style_link);
    if (link == style_link_.end() || link->second == it->first) break;
    it = abstracts_.find(link->second);
  }
  return it == abstracts_.end() ? nullptr : &it->first;
}

const Numbering::Abstract* Numbering::ResolveAbstract(const Instance& inst) const {
  const std::string* id = ResolveAbstractId(inst);
  return id == nullptr ? nullptr : &abstracts_.at(*id);
}

const Numbering::Level& Numbering::EffectiveLevel(const Instance& inst, const Abstract& abs,
                                                  int level) const {
  return inst.level_override[level].defined ? inst.level_override[level] : abs.levels[level];
}

bool Numbering::Has(int num_id) const {
  auto it = instances_.find(num_id);
  return num_id > 0 && it != instances_.end() && ResolveAbstract(it->second) != nullptr;
}

int Numbering::LevelForStyle(int num_id, const std::string& style_id) const {
  auto it = instances_.find(num_id);
  if (it == instances_.end() || style_id.empty()) return -1;
  const Abstract* abs = ResolveAbstract(it->second);
  if (abs == nullptr) return -1;
  for (int i = 0; i < kLevels; ++i) {
    if (EffectiveLevel(it->second, *abs, i).style_id == style_id) return i;
  }
  return -1;
}

std::string Numbering::NextLabel(int num_id, int level) {
  auto it = instances_.find(num_id);
  if (num_id <= 0 || it == instances_.end()) return "";
  if (level < 0 || level >= kLevels) level = level < 0 ? 0 : kLevels - 1;
  const Instance& inst = it->second;
  const std::string* abstract_id = ResolveAbstractId(inst);
  if (abstract_id == nullptr) return "";
  const Abstract* abs = &abstracts_.at(*abstract_id);
  // Counters are shared by every instance that resolves to the same definitions.
  Counters& c = counters_[*abstract_id];
  if (overrides_applied_.insert(num_id).second) {
    for (int i = 0; i < kLevels; ++i) {
      if (inst.start_override[i] >= 0) {
        c.value[i] = inst.start_override[i] - 1;
        c.seen[i] = true;
      }
    }
  }
  const Level& lvl = EffectiveLevel(inst, *abs, level);
  if (!c.seen[level]) {
    c.value[level] = lvl.start;
    c.seen[level] = true;
  } else {
    ++c.value[level];
  }
  for (int deeper = level + 1; deeper < kLevels; ++deeper) {
    const Level& d = EffectiveLevel(inst, *abs, deeper);
    // lvlRestart = 0 never restarts; N restarts after level N-1 (1-based) or higher.
    if (d.restart == 0) continue;
    if (d.restart > 0 && level > d.restart - 1) continue;
    c.seen[deeper] = false;
  }
  if (lvl.format == "bullet") return BulletText(lvl.text);
  if (lvl.format == "none" && lvl.text.find('%') == std::string::npos) return lvl.text;
  std::string out;
  const std::string& text = lvl.text;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '%' && i + 1 < text.size() && text[i + 1] >= '1' && text[i + 1] <= '9') {
      int ref = text[i + 1] - '1';
      const Level& r = EffectiveLevel(inst, *abs, ref);
      int value = c.seen[ref] ? c.value[ref] : r.start;
      out += FormatNumber(value, lvl.legal ? std::string("decimal") : r.format);
      ++i;
    } else {
      out += text[i];
    }
  }
  return out;
}

}  // namespace planparse
