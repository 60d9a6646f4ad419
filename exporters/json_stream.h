// Internal to exporters/: JSON written value by value, byte for byte as nlohmann's
// dump(indent, ' ', false, replace) writes the same tree, without building the tree.
// Used for events, the bulk of a large plan.
#ifndef PLANPARSE_EXPORTERS_JSON_STREAM_H_
#define PLANPARSE_EXPORTERS_JSON_STREAM_H_

#include <string>
#include <string_view>
#include <vector>

namespace planparse {

class JsonStream {
 public:
  // Appends to *out. `pretty`: two-space indents, starting `level` levels deep (the
  // caller has written the first line's indent); otherwise compact.
  JsonStream(std::string* out, bool pretty, int level);

  void BeginObject();
  void EndObject();
  void BeginArray();
  void EndArray();
  void Key(std::string_view key);  // inside an object, before each value
  void String(std::string_view utf8);
  void StringOrNull(std::string_view utf8);  // null when empty
  void Null();
  void Bool(bool value);
  void Int(long long value);
  void Double(double value);

 private:
  void Open(char bracket);   // "{" or "[": a container begins
  void Close(char bracket);  // "}" or "]": on its own line when it holds anything
  void BeforeValue();
  void Indent(int level);
  void Quoted(std::string_view utf8);  // a string, escaped, with no separator before it

  std::string* out_;
  bool pretty_;
  int base_level_;
  std::vector<int> counts_;  // values written so far in each open container
  bool after_key_ = false;
};

}  // namespace planparse

#endif  // PLANPARSE_EXPORTERS_JSON_STREAM_H_
