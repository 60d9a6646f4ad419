// Safe XML over libxml2's SAX2 push parser: no network, no DTD loading, no entity
// expansion, any DOCTYPE rejected (OOXML forbids DTDs), depth and node count bounded.
// The reader builds small trees of its own (xml::Node) only for the elements a caller
// asks to keep, one at a time, so a part is never held whole; helpers walk those trees.
#ifndef PLANPARSE_PARSERS_DOCX_XML_H_
#define PLANPARSE_PARSERS_DOCX_XML_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

#include "model/status.h"

namespace planparse::xml {

struct Attribute {
  std::string_view name;   // local name, without its prefix
  std::string_view value;  // character and predefined entity references resolved
};

// An element or a run of character data (CDATA included) in a kept tree.
struct Node {
  std::string_view name;  // an element's local name; empty for text
  std::string_view text;  // a text node's characters
  Node* children = nullptr;
  Node* next = nullptr;  // the next sibling
  const Attribute* attributes = nullptr;
  int attribute_count = 0;
  bool is_element = false;
};

// What the reader does with an element as it starts.
enum class Keep {
  kPass,  // reads on inside it; nothing is reported
  kDrop,  // skips it and all it holds (still checked for well-formedness and limits)
  kOpen,  // reports its start and end; asks again for each child element
  kTree,  // builds it whole and reports the tree once it ends
};

// Decides, for each element the reader starts outside a kept tree, what to keep: its local
// name, its depth (the root is 0) and the local name of its parent ("" for the root).
using KeepFn = std::function<Keep(std::string_view name, int depth, std::string_view parent)>;

struct Event {
  enum Kind { kOpen, kClose, kTree } kind = kOpen;
  std::string_view name;  // the element's local name
  int depth = 0;
  Node* tree = nullptr;  // kTree: the element, valid until the next call to Next()
};

// A forward-only reader over one package part, reporting what `keep` asks for.
class Reader {
 public:
  // Reads `bytes` in place: they must outlive the reader.
  Reader(std::string_view bytes, std::string part, int max_depth, uint64_t max_nodes,
         KeepFn keep);
  // Reads the part as `read` hands it over: up to `size` bytes into `buffer`, returning
  // how many, 0 at the end, -1 on an error (a ZIP entry as it inflates).
  Reader(std::function<int(char* buffer, int size)> read, std::string part, int max_depth,
         uint64_t max_nodes, KeepFn keep);
  ~Reader();
  Reader(const Reader&) = delete;
  Reader& operator=(const Reader&) = delete;

  // The next event, in document order. False at the end or on error (see status()).
  bool Next(Event* event);
  // The first error met (ill-formed XML, DOCTYPE, limits); OK otherwise.
  const Status& status() const;
  // True when the whole part was read and was well-formed.
  bool FinishedCleanly() const;

  struct State;  // the parser and the trees being built (xml.cc)

 private:
  std::unique_ptr<State> state_;
};

// Reads the root element of a small part (styles, numbering, rels) and calls `fn` with it.
// The tree lives only during the call.
Status WithRoot(std::string_view bytes, const std::string& part, int max_depth,
                uint64_t max_nodes, const std::function<void(Node*)>& fn);

// True when `node` is an element with this local name (namespace prefix ignored).
bool Is(const Node* node, std::string_view local_name);
std::string_view Name(const Node* node);
// The first child element with this local name, or nullptr.
Node* Child(const Node* node, std::string_view local_name);
// Attribute by local name (w:val, r:id ...), or "" when absent.
std::string_view Attr(const Node* node, std::string_view local_name);
bool HasAttr(const Node* node, std::string_view local_name);
// The concatenated text of the node's direct text children.
std::string Text(const Node* node);
// w:val of the named child ("" when the child or attribute is absent).
std::string_view ChildVal(const Node* node, std::string_view child);
// OOXML boolean (w:b, w:tblHeader): present without val, or val not 0/false/off.
bool OnOff(const Node* node);
// Integer attribute with a fallback for absent or malformed values.
int IntAttr(const Node* node, std::string_view local_name, int fallback);

}  // namespace planparse::xml

#endif  // PLANPARSE_PARSERS_DOCX_XML_H_
