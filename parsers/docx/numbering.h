// Numbering: word/numbering.xml definitions and the counters that render list labels the
// way Word does ("1.", "1.2.", "а)", "IV.", "•"). Counters live per abstract numbering,
// so w:num instances sharing one continue each other; w:startOverride restarts a level the
// first time its instance is used.
#ifndef PLANPARSE_PARSERS_DOCX_NUMBERING_H_
#define PLANPARSE_PARSERS_DOCX_NUMBERING_H_

#include <array>
#include <string>
#include <unordered_map>
#include <unordered_set>

namespace planparse::xml {
struct Node;
}  // namespace planparse::xml

namespace planparse {

class Numbering {
 public:
  static constexpr int kLevels = 9;

  explicit Numbering(int max_chain = 32) : max_chain_(max_chain) {}
  void Load(xml::Node* numbering_root);

  bool Has(int num_id) const;
  // The level whose w:pStyle names `style_id` in num_id's definition, or -1.
  int LevelForStyle(int num_id, const std::string& style_id) const;
  // Counts one more paragraph at (num_id, level) and returns its rendered label,
  // "" when num_id is 0 or unknown or the level's format is "none".
  std::string NextLabel(int num_id, int level);

 private:
  struct Level {
    bool defined = false;
    int start = 1;
    std::string format = "decimal";  // w:numFmt
    std::string text;                // w:lvlText, "%1." etc.
    int restart = -1;                // w:lvlRestart: -1 default (any higher level restarts)
    bool legal = false;              // w:isLgl: render all levels as decimal
    std::string style_id;            // w:pStyle
  };
  struct Abstract {
    std::array<Level, kLevels> levels;
    std::string num_style_link;      // w:numStyleLink: definitions live elsewhere
  };
  struct Instance {
    std::string abstract_id;
    std::array<int, kLevels> start_override;  // -1 when none
    std::array<Level, kLevels> level_override;  // defined == false when none
  };
  struct Counters {
    std::array<int, kLevels> value{};
    std::array<bool, kLevels> seen{};
  };

  const std::string* ResolveAbstractId(const Instance& inst) const;  // nullptr when unknown
  const Abstract* ResolveAbstract(const Instance& inst) const;
  const Level& EffectiveLevel(const Instance& inst, const Abstract& abs, int level) const;

  std::unordered_map<int, Instance> instances_;
  std::unordered_map<std::string, Abstract> abstracts_;
  std::unordered_map<std::string, std::string> style_link_;  // style name -> abstract id
  std::unordered_map<std::string, Counters> counters_;        // by abstract id
  std::unordered_set<int> overrides_applied_;                 // num ids whose overrides ran
  int max_chain_;
};

// Renders one counter value in a w:numFmt ("decimal", "upperRoman", "russianLower", ...).
std::string FormatNumber(int value, const std::string& format);

}  // namespace planparse

#endif  // PLANPARSE_PARSERS_DOCX_NUMBERING_H_
