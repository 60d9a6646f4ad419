// Safe XML over libxml2's streaming xmlTextReader: no network, no DTD loading, no entity
// expansion, any DOCTYPE rejected (OOXML forbids DTDs), depth and node count bounded.
// Also small helpers for walking the subtrees the reader expands.
#ifndef PLANPARSE_PARSERS_DOCX_XML_H_
#define PLANPARSE_PARSERS_DOCX_XML_H_

#include <libxml/tree.h>
#include <libxml/xmlreader.h>

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

#include "model/status.h"

namespace planparse::xml {

// A forward-only reader over one package part.
class Reader {
 public:
  Reader(std::string_view bytes, std::string part, int max_depth, uint64_t max_nodes);
  // Reads the part as `read` hands it over: up to `size` bytes into `buffer`, returning
  // how many, 0 at the end, -1 on an error (a ZIP entry as it inflates).
  Reader(std::function<int(char* buffer, int size)> read, std::string part, int max_depth,
         uint64_t max_nodes);
  ~Reader();
  Reader(const Reader&) = delete;
  Reader& operator=(const Reader&) = delete;

  // Advances to the next node. False at the end or on error (see status()).
  bool Read();
  // Skips the current node's subtree; positions on the following node. False as Read().
  bool Next();
  // Expands the current element into a subtree valid until the reader moves past it.
  xmlNode* Expand();

  bool IsStartElement() const;    // an element start tag (possibly empty)
  bool IsEndElement() const;
  bool IsEmptyElement() const;
  int Depth() const;
  std::string_view LocalName() const;
  // The first error met (ill-formed XML, DOCTYPE, limits); OK otherwise.
  const Status& status() const { return status_; }
  // True when the whole part was read and was well-formed.
  bool FinishedCleanly() const { return finished_ && status_.ok(); }

 private:
  bool Check(int rc);
  void Start(xmlTextReaderPtr reader);
  static int ReadInput(void* context, char* buffer, int size);
  std::function<int(char*, int)> read_;  // the IO form's source
  xmlTextReaderPtr reader_ = nullptr;
  void* sink_ = nullptr;  // the ErrorSink collecting libxml2's first error
  std::string part_;
  int max_depth_;
  uint64_t max_nodes_;
  uint64_t nodes_ = 0;
  bool finished_ = false;
  Status status_;
};

// Reads the root element of a small part (styles, numbering, rels) and calls `fn` with it.
// The subtree lives only during the call.
Status WithRoot(std::string_view bytes, const std::string& part, int max_depth,
                uint64_t max_nodes, const std::function<void(xmlNode*)>& fn);

// True when `node` is an element with this local name (namespace prefix ignored).
bool Is(const xmlNode* node, std::string_view local_name);
std::string_view Name(const xmlNode* node);
// The first child element with this local name, or nullptr.
xmlNode* Child(const xmlNode* node, std::string_view local_name);
// Attribute by local name (w:val, r:id ...), or "" when absent.
std::string_view Attr(const xmlNode* node, std::string_view local_name);
bool HasAttr(const xmlNode* node, std::string_view local_name);
// The concatenated text of the node's direct text children.
std::string Text(const xmlNode* node);
// w:val of the named child ("" when the child or attribute is absent).
std::string_view ChildVal(const xmlNode* node, std::string_view child);
// OOXML boolean (w:b, w:tblHeader): present without val, or val not 0/false/off.
bool OnOff(const xmlNode* node);
// Integer attribute with a fallback for absent or malformed values.
int IntAttr(const xmlNode* node, std::string_view local_name, int fallback);

}  // namespace planparse::xml

#endif  // PLANPARSE_PARSERS_DOCX_XML_H_
