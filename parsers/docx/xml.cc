#include "parsers/docx/xml.h"

#include <libxml/parser.h>
#include <libxml/xmlerror.h>

#include <algorithm>
#include <cstring>
#include <deque>
#include <mutex>
#include <vector>

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

// The longest run of character data one node may hold: libxml2's own cap on a text node
// (XML_MAX_TEXT_LENGTH), which its tree builder applied before the reader built its own.
constexpr size_t kMaxTextBytes = 10'000'000;
// Bytes handed to the parser at a time.
constexpr int kChunkBytes = 16 * 1024;

// A bump allocator for one kept tree: nodes, attributes and their text.
class Arena {
 public:
  void* Allocate(size_t size) {
    size = (size + 7) & ~size_t{7};
    if (blocks_.empty() || used_ + size > capacity_) {
      capacity_ = std::max(size, kBlockBytes);
      blocks_.emplace_back(new char[capacity_]);
      if (blocks_.size() == 1) first_capacity_ = capacity_;
      used_ = 0;
    }
    char* out = blocks_.back().get() + used_;
    used_ += size;
    return out;
  }
  std::string_view Copy(const char* text, size_t size) {
    if (size == 0) return {};
    char* out = static_cast<char*>(Allocate(size));
    std::memcpy(out, text, size);
    return std::string_view(out, size);
  }
  // Forgets everything allocated, keeping one ordinary block for the next tree.
  void Reset() {
    if (first_capacity_ != kBlockBytes) blocks_.clear();
    if (blocks_.size() > 1) blocks_.resize(1);
    capacity_ = blocks_.empty() ? 0 : kBlockBytes;
    used_ = 0;
  }

 private:
  static constexpr size_t kBlockBytes = 8 * 1024;
  std::vector<std::unique_ptr<char[]>> blocks_;
  size_t first_capacity_ = 0;
  size_t capacity_ = 0;  // of the last block
  size_t used_ = 0;      // of the last block
};

}  // namespace

struct Reader::State {
  std::string part;
  int max_depth;
  uint64_t max_nodes;
  KeepFn keep;
  // Where the bytes come from: a callback, or `bytes` from `offset` on.
  std::function<int(char*, int)> read;
  std::string_view bytes;
  size_t offset = 0;
  xmlParserCtxtPtr ctxt = nullptr;
  bool input_done = false;
  bool finished = false;
  Status status;
  std::string error;  // libxml2's first error, and its line
  int error_line = 0;

  // Elements open outside kept trees, and what was asked of each.
  struct Open {
    std::string_view name;
    Keep keep;
  };
  std::vector<Open> open;
  int depth = -1;       // of the element open innermost
  int drop_depth = -1;  // while inside a dropped element: its depth
  uint64_t nodes = 0;

  // The tree being built: its open elements, each with its last child so far.
  std::unique_ptr<Arena> arena;
  std::vector<std::pair<Node*, Node*>> stack;
  std::string text;  // character data not yet made a node

  struct Pending {
    Event event;
    std::unique_ptr<Arena> arena;  // kTree: the arena holding the tree
  };
  std::deque<Pending> events;
  std::unique_ptr<Arena> returned;  // the arena of the tree Next() returned last
  std::vector<std::unique_ptr<Arena>> spare;

  void Fail(Status s) {
    if (!status.ok()) return;
    status = std::move(s);
    if (ctxt != nullptr) xmlStopParser(ctxt);
  }
  void FailLimit(const std::string& what) { Fail(Status::LimitExceeded(part + ": " + what)); }

  bool CountNode() {
    if (++nodes <= max_nodes) return true;
    FailLimit("слишком много узлов XML (более " + std::to_string(max_nodes) + ")");
    return false;
  }

  Node* NewElement(const xmlChar* name, int attribute_count, const xmlChar** attributes) {
    auto* node = new (arena->Allocate(sizeof(Node))) Node();
    node->is_element = true;
    node->name = reinterpret_cast<const char*>(name);  // the parser's dictionary holds it
    if (attribute_count > 0) {
      auto* list = static_cast<Attribute*>(arena->Allocate(sizeof(Attribute) * attribute_count));
      for (int i = 0; i < attribute_count; ++i) {
        const xmlChar** a = attributes + 5 * i;  // local name, prefix, URI, value, end
        auto* attribute = new (list + i) Attribute();
        attribute->name = reinterpret_cast<const char*>(a[0]);
        attribute->value = CopyValue(reinterpret_cast<const char*>(a[3]),
                                     reinterpret_cast<const char*>(a[4]));
      }
      node->attributes = list;
      node->attribute_count = attribute_count;
    }
    return node;
  }

  // An attribute's value as the tree builder made it: without entity substitution the
  // parser leaves "&" (written &amp; or &#38;) as "&#38;", for the builder to resolve.
  std::string_view CopyValue(const char* begin, const char* end) {
    std::string_view value(begin, static_cast<size_t>(end - begin));
    if (value.find("&#38;") == std::string_view::npos) return arena->Copy(begin, value.size());
    std::string resolved;
    for (size_t i = 0; i < value.size();) {
      if (value.compare(i, 5, "&#38;") == 0) {
        resolved += '&';
        i += 5;
      } else {
        resolved += value[i++];
      }
    }
    return arena->Copy(resolved.data(), resolved.size());
  }

  void Append(Node* node) {
    auto& [parent, last] = stack.back();
    if (last == nullptr) parent->children = node;
    else last->next = node;
    last = node;
  }

  // Makes the character data met so far a text node of the element open innermost.
  void FlushText() {
    if (text.empty()) return;
    if (CountNode()) {
      auto* node = new (arena->Allocate(sizeof(Node))) Node();
      node->text = arena->Copy(text.data(), text.size());
      Append(node);
    }
    text.clear();
  }

  std::unique_ptr<Arena> TakeArena() {
    if (spare.empty()) return std::make_unique<Arena>();
    std::unique_ptr<Arena> a = std::move(spare.back());
    spare.pop_back();
    return a;
  }

  void StartElement(const xmlChar* name, int attribute_count, const xmlChar** attributes) {
    if (!status.ok()) return;
    const int at = ++depth;
    if (!CountNode()) return;
    if (at > max_depth) {
      FailLimit("вложенность XML глубже " + std::to_string(max_depth) + " уровней");
      return;
    }
    if (!stack.empty()) {
      FlushText();
      Node* node = NewElement(name, attribute_count, attributes);
      Append(node);
      stack.emplace_back(node, nullptr);
      return;
    }
    if (drop_depth >= 0) return;
    const std::string_view local(reinterpret_cast<const char*>(name));
    const Keep what = keep(local, at, open.empty() ? std::string_view() : open.back().name);
    switch (what) {
      case Keep::kDrop:
        drop_depth = at;
        break;
      case Keep::kPass:
        open.push_back({local, what});
        break;
      case Keep::kOpen:
        open.push_back({local, what});
        events.push_back({{Event::kOpen, local, at, nullptr}, nullptr});
        break;
      case Keep::kTree:
        arena = TakeArena();
        stack.emplace_back(NewElement(name, attribute_count, attributes), nullptr);
        break;
    }
  }

  void EndElement() {
    if (!status.ok()) return;
    const int at = depth--;
    if (!stack.empty()) {
      FlushText();
      Node* node = stack.back().first;
      stack.pop_back();
      if (stack.empty()) {
        events.push_back({{Event::kTree, node->name, at, node}, std::move(arena)});
      }
      return;
    }
    if (drop_depth >= 0) {
      if (at == drop_depth) drop_depth = -1;
      return;
    }
    if (open.empty()) return;
    const Open closed = open.back();
    open.pop_back();
    if (closed.keep == Keep::kOpen) {
      events.push_back({{Event::kClose, closed.name, at, nullptr}, nullptr});
    }
  }

  void Characters(const xmlChar* chars, int size) {
    if (!status.ok() || stack.empty()) return;  // text outside kept trees is not kept
    if (text.size() + static_cast<size_t>(size) > kMaxTextBytes) {
      FailLimit("текст одного узла XML длиннее " + std::to_string(kMaxTextBytes / 1'000'000) +
                " МБ");
      return;
    }
    text.append(reinterpret_cast<const char*>(chars), static_cast<size_t>(size));
  }

  // Hands the parser its next chunk; false once the input is over or failed.
  bool Feed() {
    if (input_done || !status.ok()) return false;
    char read_buffer[kChunkBytes];
    const char* buffer = read_buffer;
    int size = 0;
    if (read) {
      size = read(read_buffer, kChunkBytes);
    } else {  // handed over where they are: the parser copies what it keeps
      buffer = bytes.data() + offset;
      size = static_cast<int>(std::min<size_t>(kChunkBytes, bytes.size() - offset));
      offset += static_cast<size_t>(size);
    }
    if (size < 0) {
      Fail(Status::Corrupt(part + ": часть не дочитана (read error)"));
      return false;
    }
    const bool last = size == 0;
    int rc = 0;
    if (ctxt == nullptr) {
      // The first bytes tell the encoding; the parser starts with them.
      const int head = std::min(size, 4);
      ctxt = xmlCreatePushParserCtxt(Handler(), this, buffer, head, part.c_str());
      if (ctxt == nullptr) {
        Fail(Status::Corrupt(part + ": не удалось начать разбор XML"));
        return false;
      }
      // NONET: no network. No NOENT (entities stay unexpanded), no DTDLOAD, no DTDATTR,
      // no HUGE (libxml2 keeps its own size and depth caps), no RECOVER.
      xmlCtxtUseOptions(ctxt, XML_PARSE_NONET);
      rc = xmlParseChunk(ctxt, buffer + head, size - head, last ? 1 : 0);
    } else {
      rc = xmlParseChunk(ctxt, buffer, size, last ? 1 : 0);
    }
    if (!error.empty() || (rc != 0 && status.ok())) {
      std::string where = part;
      if (error_line > 0) where += " строка " + std::to_string(error_line);
      Fail(Status::Corrupt(where + ": XML повреждён (" +
                           (error.empty() ? std::string("ill-formed XML") : error) + ")"));
      return false;
    }
    if (last) {
      input_done = true;
      finished = status.ok() && ctxt->wellFormed;
    }
    return status.ok();
  }

  static xmlSAXHandler* Handler();
};

namespace {

Reader::State* StateOf(void* context) { return static_cast<Reader::State*>(context); }

void OnStart(void* context, const xmlChar* local_name, const xmlChar* /*prefix*/,
             const xmlChar* /*uri*/, int /*namespace_count*/, const xmlChar** /*namespaces*/,
             int attribute_count, int /*defaulted*/, const xmlChar** attributes) {
  StateOf(context)->StartElement(local_name, attribute_count, attributes);
}

void OnEnd(void* context, const xmlChar* /*local_name*/, const xmlChar* /*prefix*/,
           const xmlChar* /*uri*/) {
  StateOf(context)->EndElement();
}

void OnCharacters(void* context, const xmlChar* chars, int size) {
  StateOf(context)->Characters(chars, size);
}

void OnDoctype(void* context, const xmlChar* /*name*/, const xmlChar* /*public_id*/,
               const xmlChar* /*system_id*/) {
  Reader::State* state = StateOf(context);
  state->Fail(Status::Corrupt(state->part +
                              ": в части есть объявление DOCTYPE, что запрещено в OOXML "
                              "(DOCTYPE is not allowed)"));
}

// Keeps libxml2's first error (warnings do not fail a parse), on one line.
void OnError(void* context, xmlErrorPtr error) {
  Reader::State* state = StateOf(context);
  if (error == nullptr || !state->error.empty() || error->level < XML_ERR_ERROR) return;
  state->error = error->message ? error->message : "XML error";
  // libxml2 splits some messages ("… indicate encoding !\nBytes: 0xFF …").
  for (char& c : state->error) {
    if (c == '\n' || c == '\r') c = ' ';
  }
  while (!state->error.empty() && state->error.back() == ' ') state->error.pop_back();
  if (state->error.empty()) state->error = "XML error";
  state->error_line = error->line;
}

}  // namespace

xmlSAXHandler* Reader::State::Handler() {
  static xmlSAXHandler handler = [] {
    xmlSAXHandler h;
    std::memset(&h, 0, sizeof h);
    h.initialized = XML_SAX2_MAGIC;
    h.startElementNs = OnStart;
    h.endElementNs = OnEnd;
    h.characters = OnCharacters;
    h.cdataBlock = OnCharacters;          // CDATA is text, as with XML_PARSE_NOCDATA
    h.ignorableWhitespace = OnCharacters;  // blanks kept, as the tree builder keeps them
    h.internalSubset = OnDoctype;
    h.serror = OnError;
    return h;
  }();
  return &handler;
}

Reader::Reader(std::string_view bytes, std::string part, int max_depth, uint64_t max_nodes,
               KeepFn keep)
    : state_(std::make_unique<State>()) {
  InitLibxmlOnce();
  state_->part = std::move(part);
  state_->max_depth = max_depth;
  state_->max_nodes = max_nodes;
  state_->keep = std::move(keep);
  state_->bytes = bytes;
}

Reader::Reader(std::function<int(char* buffer, int size)> read, std::string part, int max_depth,
               uint64_t max_nodes, KeepFn keep)
    : Reader(std::string_view(), std::move(part), max_depth, max_nodes, std::move(keep)) {
  state_->read = std::move(read);
}

Reader::~Reader() {
  if (state_->ctxt != nullptr) xmlFreeParserCtxt(state_->ctxt);
}

bool Reader::Next(Event* event) {
  State& s = *state_;
  if (s.returned != nullptr) {
    s.returned->Reset();
    s.spare.push_back(std::move(s.returned));
  }
  while (s.events.empty()) {
    if (!s.Feed()) return false;
  }
  if (!s.status.ok()) return false;
  *event = s.events.front().event;
  s.returned = std::move(s.events.front().arena);
  s.events.pop_front();
  return true;
}

const Status& Reader::status() const { return state_->status; }
bool Reader::FinishedCleanly() const { return state_->finished && state_->status.ok(); }

Status WithRoot(std::string_view bytes, const std::string& part, int max_depth,
                uint64_t max_nodes, const std::function<void(Node*)>& fn) {
  Reader reader(bytes, part, max_depth, max_nodes,
                [](std::string_view, int, std::string_view) { return Keep::kTree; });
  Event event;
  if (reader.Next(&event)) {
    fn(event.tree);
    while (reader.Next(&event)) {}
    return reader.status();
  }
  if (!reader.status().ok()) return reader.status();
  return Status::Corrupt(part + ": в части нет корневого элемента (no root element)");
}

std::string_view Name(const Node* node) {
  if (node == nullptr || !node->is_element) return {};
  return node->name;
}

bool Is(const Node* node, std::string_view local_name) { return Name(node) == local_name; }

Node* Child(const Node* node, std::string_view local_name) {
  if (node == nullptr) return nullptr;
  for (Node* c = node->children; c != nullptr; c = c->next) {
    if (Is(c, local_name)) return c;
  }
  return nullptr;
}

namespace {
const Attribute* FindAttribute(const Node* node, std::string_view local_name) {
  if (node == nullptr) return nullptr;
  for (int i = 0; i < node->attribute_count; ++i) {
    if (node->attributes[i].name == local_name) return &node->attributes[i];
  }
  return nullptr;
}
}  // namespace

std::string_view Attr(const Node* node, std::string_view local_name) {
  const Attribute* a = FindAttribute(node, local_name);
  return a != nullptr ? a->value : std::string_view();
}

bool HasAttr(const Node* node, std::string_view local_name) {
  return FindAttribute(node, local_name) != nullptr;
}

std::string Text(const Node* node) {
  std::string out;
  if (node == nullptr) return out;
  for (const Node* c = node->children; c != nullptr; c = c->next) {
    if (!c->is_element) out += c->text;
  }
  return out;
}

std::string_view ChildVal(const Node* node, std::string_view child) {
  return Attr(Child(node, child), "val");
}

bool OnOff(const Node* node) {
  if (node == nullptr) return false;
  if (!HasAttr(node, "val")) return true;
  std::string_view v = Attr(node, "val");
  return !(v == "0" || v == "false" || v == "off");
}

int IntAttr(const Node* node, std::string_view local_name, int fallback) {
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
