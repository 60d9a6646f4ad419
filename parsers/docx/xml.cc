#include "parsers/docx/xml.h"

#include <libxml/parser.h>
#include <libxml/xmlerror.h>

#include <cstdlib>
#include <cstring>
#include <mutex>

namespace planparse::xml {
namespace {

// Refuses every external entity or DTD: nothing outside the package is ever loaded.
xmlParserInputPtr DenyExternalEntity(const char* /*url*/, const char* /*id*/,
                                     xmlParserCtxtPtr /*ctxt*/) {
  return nullptr;
}

void SilentGenericError(void* /*ctx*/, const char* /*msg*/, ...) {}

void InitLibxmlOnce() {
  static std::once_flag once;
  std::call_once(once, [] {
    xmlInitParser();
    xmlSetExternalEntityLoader(DenyExternalEntity);
    xmlSetGenericErrorFunc(nullptr, SilentGenericError);
  });
}

struct ErrorSink {
  std::string message;
  int line = 0;
};

void CollectError(void* arg, xmlErrorPtr error) {
  auto* sink = static_cast<ErrorSink*>(arg);
  if (!sink->message.empty() || error == nullptr) return;
  if (error->level < XML_ERR_ERROR) return;  // warnings do not fail a parse
  sink->message = error->message ? error->message : "XML error";
  // One line: libxml2 splits some messages ("… indicate encoding !\nBytes: 0xFF …").
  for (char& c : sink->message) {
    if (c == '\n' || c == '\r') c = ' ';
  }
  while (!sink->message.empty() && sink->message.back() == ' ') sink->message.pop_back();
  sink->line = error->line;
}

}  // namespace

// NONET: no network. No NOENT (entities stay unexpanded), no DTDLOAD, no DTDATTR, no
// HUGE (libxml2 keeps its own size and depth caps), no RECOVER.
constexpr int kParseOptions = XML_PARSE_NONET | XML_PARSE_NOCDATA | XML_PARSE_COMPACT;

Reader::Reader(std::string_view bytes, std::string part, int max_depth, uint64_t max_nodes)
    : part_(std::move(part)), max_depth_(max_depth), max_nodes_(max_nodes) {
  InitLibxmlOnce();
  if (bytes.size() > static_cast<size_t>(INT32_MAX)) {
    status_ = Status::LimitExceeded(part_ + ": часть больше 2 ГБ (part too large)");
    return;
  }
  Start(xmlReaderForMemory(bytes.data(), static_cast<int>(bytes.size()), part_.c_str(), nullptr,
                           kParseOptions));
}

Reader::Reader(std::function<int(char* buffer, int size)> read, std::string part, int max_depth,
               uint64_t max_nodes)
    : read_(std::move(read)), part_(std::move(part)), max_depth_(max_depth), max_nodes_(max_nodes) {
  InitLibxmlOnce();
  Start(xmlReaderForIO(ReadInput, nullptr, this, part_.c_str(), nullptr, kParseOptions));
}

int Reader::ReadInput(void* context, char* buffer, int size) {
  return static_cast<Reader*>(context)->read_(buffer, size);
}

void Reader::Start(xmlTextReaderPtr reader) {
  reader_ = reader;
  if (reader_ == nullptr) {
    status_ = Status::Corrupt(part_ + ": не удалось начать разбор XML");
    return;
  }
  auto* sink = new ErrorSink();
  xmlTextReaderSetStructuredErrorHandler(reader_, CollectError, sink);
  xmlTextReaderSetParserProp(reader_, XML_PARSER_SUBST_ENTITIES, 0);
  xmlTextReaderSetParserProp(reader_, XML_PARSER_LOADDTD, 0);
  xmlTextReaderSetParserProp(reader_, XML_PARSER_DEFAULTATTRS, 0);
  xmlTextReaderSetParserProp(reader_, XML_PARSER_VALIDATE, 0);
  sink_ = sink;
}

Reader::~Reader() {
  if (reader_ != nullptr) xmlFreeTextReader(reader_);
  delete static_cast<ErrorSink*>(sink_);
}

bool Reader::Check(int rc) {
  auto* sink = static_cast<ErrorSink*>(sink_);
  if (rc < 0 || (sink != nullptr && !sink->message.empty())) {
    if (status_.ok()) {
      std::string where = part_;
      if (sink != nullptr && sink->line > 0) where += " строка " + std::to_string(sink->line);
      std::string why = (sink != nullptr && !sink->message.empty()) ? sink->message
                                                                     : "ill-formed XML";
      status_ = Status::Corrupt(where + ": XML повреждён (" + why + ")");
    }
    return false;
  }
  if (rc == 0) {
    finished_ = true;
    return false;
  }
  if (xmlTextReaderNodeType(reader_) == XML_READER_TYPE_DOCUMENT_TYPE) {
    status_ = Status::Corrupt(part_ +
                              ": в части есть объявление DOCTYPE, что запрещено в OOXML "
                              "(DOCTYPE is not allowed)");
    return false;
  }
  if (++nodes_ > max_nodes_) {
    status_ = Status::LimitExceeded(part_ + ": слишком много узлов XML (более " +
                                    std::to_string(max_nodes_) + ")");
    return false;
  }
  if (xmlTextReaderDepth(reader_) > max_depth_) {
    status_ = Status::LimitExceeded(part_ + ": вложенность XML глубже " +
                                    std::to_string(max_depth_) + " уровней");
    return false;
  }
  return true;
}

bool Reader::Read() {
  if (reader_ == nullptr || !status_.ok() || finished_) return false;
  return Check(xmlTextReaderRead(reader_));
}

bool Reader::Next() {
  if (reader_ == nullptr || !status_.ok() || finished_) return false;
  return Check(xmlTextReaderNext(reader_));
}

xmlNode* Reader::Expand() {
  if (reader_ == nullptr || !status_.ok()) return nullptr;
  xmlNode* node = xmlTextReaderExpand(reader_);
  auto* sink = static_cast<ErrorSink*>(sink_);
  if (node == nullptr || (sink != nullptr && !sink->message.empty())) {
    Check(-1);
    return nullptr;
  }
  // The subtree counts against the same limits as the nodes read one by one.
  const int base = xmlTextReaderDepth(reader_);
  int depth = 0;
  for (xmlNode* n = node;;) {
    if (++nodes_ > max_nodes_) {
      status_ = Status::LimitExceeded(part_ + ": слишком много узлов XML (более " +
                                      std::to_string(max_nodes_) + ")");
      return nullptr;
    }
    if (base + depth > max_depth_) {
      status_ = Status::LimitExceeded(part_ + ": вложенность XML глубже " +
                                      std::to_string(max_depth_) + " уровней");
      return nullptr;
    }
    if (n->children != nullptr && n->type == XML_ELEMENT_NODE) {
      n = n->children;
      ++depth;
      continue;
    }
    while (n != node && n->next == nullptr) {
      n = n->parent;
      --depth;
    }
    if (n == node) break;
    n = n->next;
  }
  return node;
}

bool Reader::IsStartElement() const {
  return xmlTextReaderNodeType(reader_) == XML_READER_TYPE_ELEMENT;
}
bool Reader::IsEndElement() const {
  return xmlTextReaderNodeType(reader_) == XML_READER_TYPE_END_ELEMENT;
}
bool Reader::IsEmptyElement() const { return xmlTextReaderIsEmptyElement(reader_) == 1; }
int Reader::Depth() const { return xmlTextReaderDepth(reader_); }
std::string_view Reader::LocalName() const {
  const xmlChar* name = xmlTextReaderConstLocalName(reader_);
  return name ? std::string_view(reinterpret_cast<const char*>(name)) : std::string_view();
}

Status WithRoot(std::string_view bytes, const std::string& part, int max_depth,
                uint64_t max_nodes, const std::function<void(xmlNode*)>& fn) {
  Reader reader(bytes, part, max_depth, max_nodes);
  while (reader.Read()) {
    if (!reader.IsStartElement()) continue;
    xmlNode* root = reader.Expand();
    if (root == nullptr) break;
    fn(root);
    while (reader.Next()) {}
    return reader.status();
  }
  if (!reader.status().ok()) return reader.status();
  return Status::Corrupt(part + ": в части нет корневого элемента (no root element)");
}

std::string_view Name(const xmlNode* node) {
  if (node == nullptr || node->type != XML_ELEMENT_NODE || node->name == nullptr) return {};
  return reinterpret_cast<const char*>(node->name);
}

bool Is(const xmlNode* node, std::string_view local_name) { return Name(node) == local_name; }

xmlNode* Child(const xmlNode* node, std::string_view local_name) {
  if (node == nullptr) return nullptr;
  for (xmlNode* c = node->children; c != nullptr; c = c->next) {
    if (Is(c, local_name)) return c;
  }
  return nullptr;
}

std::string_view Attr(const xmlNode* node, std::string_view local_name) {
  if (node == nullptr || node->type != XML_ELEMENT_NODE) return {};
  for (xmlAttr* a = node->properties; a != nullptr; a = a->next) {
    if (a->name == nullptr || local_name != reinterpret_cast<const char*>(a->name)) continue;
    if (a->children == nullptr || a->children->content == nullptr) return {};
    return reinterpret_cast<const char*>(a->children->content);
  }
  return {};
}

bool HasAttr(const xmlNode* node, std::string_view local_name) {
  if (node == nullptr || node->type != XML_ELEMENT_NODE) return false;
  for (xmlAttr* a = node->properties; a != nullptr; a = a->next) {
    if (a->name != nullptr && local_name == reinterpret_cast<const char*>(a->name)) return true;
  }
  return false;
}

std::string Text(const xmlNode* node) {
  std::string out;
  if (node == nullptr) return out;
  for (xmlNode* c = node->children; c != nullptr; c = c->next) {
    if ((c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) && c->content) {
      out += reinterpret_cast<const char*>(c->content);
    }
  }
  return out;
}

std::string_view ChildVal(const xmlNode* node, std::string_view child) {
  return Attr(Child(node, child), "val");
}

bool OnOff(const xmlNode* node) {
  if (node == nullptr) return false;
  if (!HasAttr(node, "val")) return true;
  std::string_view v = Attr(node, "val");
  return !(v == "0" || v == "false" || v == "off");
}

int IntAttr(const xmlNode* node, std::string_view local_name, int fallback) {
  std::string_view v = Attr(node, local_name);
  if (v.empty() || v.size() > 9) return fallback;
  int sign = 1;
  size_t i = 0;
  if (v[0] == '-') { sign = -1; i = 1; }
  if (i >= v.size()) return fallback;
  int out = 0;
  for (; i < v.size(); ++i) {
    if (v[i] < '0' || v[i] > '9') return fallback;
    out = out * 10 + (v[i] - '0');
  }
  return sign * out;
}

}  // namespace planparse::xml
