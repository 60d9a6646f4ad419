// StyleSheet: paragraph styles from word/styles.xml with basedOn chains resolved lazily.
// Cycles and over-long chains are cut at ReaderOptions::max_style_chain.
#ifndef PLANPARSE_PARSERS_DOCX_STYLES_H_
#define PLANPARSE_PARSERS_DOCX_STYLES_H_

#include <string>
#include <unordered_map>

namespace planparse::xml {
struct Node;
}  // namespace planparse::xml

namespace planparse {

struct StyleNumbering {
  int num_id = -1;   // -1: the style says nothing; 0: numbering explicitly removed
  int level = -1;    // -1: not given
};

class StyleSheet {
 public:
  explicit StyleSheet(int max_chain = 32) : max_chain_(max_chain) {}
  // Reads the w:styles root. Unknown elements are ignored.
  void Load(xml::Node* styles_root);

  std::string Name(const std::string& style_id) const;
  // Heading level 1..9 from outline level or a "heading N"/"Заголовок N" name; 0 otherwise.
  int HeadingLevel(const std::string& style_id) const;
  // Numbering inherited through basedOn; num_id -1 when no style in the chain numbers.
  StyleNumbering Numbering(const std::string& style_id) const;
  // The default paragraph style (w:default="1"), "" when none.
  const std::string& default_paragraph_style() const { return default_paragraph_; }

 private:
  struct Style {
    std::string name;
    std::string based_on;
    int outline_level = -1;  // 0..8, -1 when not given
    StyleNumbering numbering;
  };
  const Style* Find(const std::string& id) const;
  std::unordered_map<std::string, Style> styles_;
  std::string default_paragraph_;
  int max_chain_;
};

// Heading level from a style's display name: "heading 2", "Heading 2", "Заголовок 2" -> 2.
int HeadingLevelFromName(const std::string& name);

}  // namespace planparse

#endif  // PLANPARSE_PARSERS_DOCX_STYLES_H_
