#include "batch/wire.h"

#include <cstdint>
#include <cstring>
#include <type_traits>

namespace planparse {
namespace {

// Each struct's fields are listed once, in Fields(); the Encoder and the Decoder walk
// that one list, so the two directions cannot drift apart when a field is added.
class Encoder {
 public:
  void operator()(const std::string& s) {
    Number(s.size());
    out_ += s;
  }
  void operator()(const PartName& p) { (*this)(p.str()); }
  void operator()(bool b) { out_.push_back(b ? 1 : 0); }
  void operator()(int v) { Number(static_cast<uint64_t>(static_cast<int64_t>(v))); }
  void operator()(uint64_t v) { Number(v); }
  void operator()(double v) {
    char bytes[sizeof v];
    std::memcpy(bytes, &v, sizeof v);
    out_.append(bytes, sizeof v);
  }
  template <typename Enum, typename = std::enable_if_t<std::is_enum_v<Enum>>>
  void operator()(Enum e) {
    Number(static_cast<uint64_t>(e));
  }
  std::string Take() { return std::move(out_); }

  void Number(uint64_t v) {
    char bytes[sizeof v];
    std::memcpy(bytes, &v, sizeof v);
    out_.append(bytes, sizeof v);
  }

 private:
  std::string out_;
};

class Decoder {
 public:
  explicit Decoder(std::string_view in) : in_(in) {}
  void operator()(std::string& s) {
    uint64_t n = Number();
    if (n > in_.size()) return Fail();
    s.assign(in_.data(), n);
    in_.remove_prefix(n);
  }
  // Spans name the same few parts: consecutive equal names share one PartName.
  void operator()(PartName& p) {
    std::string s;
    (*this)(s);
    if (s != last_part_.str()) last_part_ = PartName(s);
    p = last_part_;
  }
  void operator()(bool& b) {
    if (in_.empty()) return Fail();
    b = in_[0] != 0;
    in_.remove_prefix(1);
  }
  void operator()(int& v) { v = static_cast<int>(static_cast<int64_t>(Number())); }
  void operator()(uint64_t& v) { v = Number(); }
  void operator()(double& v) {
    if (in_.size() < sizeof v) return Fail();
    std::memcpy(&v, in_.data(), sizeof v);
    in_.remove_prefix(sizeof v);
  }
  template <typename Enum, typename = std::enable_if_t<std::is_enum_v<Enum>>>
  void operator()(Enum& e) {
    e = static_cast<Enum>(Number());
  }
  bool ok() const { return ok_; }
  bool done() const { return ok_ && in_.empty(); }
  size_t left() const { return in_.size(); }

  uint64_t Number() {
    uint64_t v = 0;
    if (in_.size() < sizeof v) {
      Fail();
      return 0;
    }
    std::memcpy(&v, in_.data(), sizeof v);
    in_.remove_prefix(sizeof v);
    return v;
  }
  void Fail() {
    ok_ = false;
    in_ = {};
  }

 private:
  std::string_view in_;
  bool ok_ = true;
  PartName last_part_;
};

// Vectors and optionals, for both directions.
template <typename T>
void Item(Encoder& io, const T& value);
template <typename T>
void Item(Decoder& io, T& value);

void Item(Encoder& io, const std::string& s) { io(s); }
void Item(Decoder& io, std::string& s) { io(s); }

// A std::vector or std::deque.
template <typename Sequence>
void Vector(Encoder& io, const Sequence& v) {
  io.Number(v.size());
  for (const auto& x : v) Item(io, x);
}
template <typename Sequence>
void Vector(Decoder& io, Sequence& v) {
  uint64_t n = io.Number();
  v.clear();
  for (uint64_t i = 0; i < n && io.ok(); ++i) {
    v.emplace_back();
    Item(io, v.back());
  }
}
template <typename T>
void Optional(Encoder& io, const std::optional<T>& o) {
  io(o.has_value());
  if (o) Item(io, *o);
}
template <typename T>
void Optional(Decoder& io, std::optional<T>& o) {
  bool present = false;
  io(present);
  o.reset();
  if (present && io.ok()) {
    o.emplace();
    Item(io, *o);
  }
}

// The field lists. `S` is the struct, const for the Encoder.
template <typename Io, typename S>
void SpanFields(Io& io, S& s) {
  io(s.part); io(s.block); io(s.table_row); io(s.table_cell); io(s.first_line); io(s.last_line);
}
template <typename Io, typename S>
void PeriodFields(Io& io, S& p) {
  io(p.start_year); io(p.start_month); io(p.end_year); io(p.end_month); io(p.academic);
}
template <typename Io, typename S>
void TimingFields(Io& io, S& t) {
  io(t.raw); io(t.kind); io(t.recurrence); io(t.start); io(t.end);
  io(t.start_day_of_month); io(t.end_day_of_month); Vector(io, t.dates); io(t.valid); io(t.problem);
}
template <typename Io, typename S>
void TextItemFields(Io& io, S& t) {
  io(t.text); SpanFields(io, t.span);
}
template <typename Io, typename S>
void ApprovalFields(Io& io, S& a) {
  io(a.heading); io(a.position); io(a.person); io(a.order_number); io(a.order_date);
  io(a.raw); io(a.blank); SpanFields(io, a.span);
}
template <typename Io, typename S>
void SectionFields(Io& io, S& s) {
  io(s.number); io(s.title); io(s.level); SpanFields(io, s.span);
}
template <typename Io, typename S>
void EventFields(Io& io, S& e) {
  io(e.number); io(e.number_dot); io(e.section); io(e.title); TimingFields(io, e.timing);
  Vector(io, e.responsible); io(e.form); io(e.audience); io(e.result); io(e.place); io(e.note);
  SpanFields(io, e.span); io(e.confidence);
}
template <typename Io, typename S>
void PersonFields(Io& io, S& p) {
  io(p.name); io(p.role); io(p.organisation);
}
template <typename Io, typename S>
void DiagnosticFields(Io& io, S& d) {
  io(d.code); io(d.severity); io(d.message); SpanFields(io, d.span);
}
template <typename Io, typename S>
void PlanFields(Io& io, S& p) {
  io(p.kind); TextItemFields(io, p.title); Vector(io, p.organisations); Optional(io, p.period);
  io(p.period_source); Optional(io, p.approval); Vector(io, p.goals); Vector(io, p.tasks);
  Vector(io, p.sections); Vector(io, p.events); Vector(io, p.people); Vector(io, p.diagnostics);
}
template <typename Io, typename S>
void SourceFields(Io& io, S& s) {
  io(s.path); io(s.format); io(s.encoding); io(s.sha256); io(s.size_bytes);
}

#define PLANPARSE_WIRE_ITEM(Type, Fields)                                  \
  template <>                                                              \
  void Item(Encoder& io, const Type& value) { Fields(io, value); }         \
  template <>                                                              \
  void Item(Decoder& io, Type& value) { Fields(io, value); }
PLANPARSE_WIRE_ITEM(Period, PeriodFields)
PLANPARSE_WIRE_ITEM(TextItem, TextItemFields)
PLANPARSE_WIRE_ITEM(Approval, ApprovalFields)
PLANPARSE_WIRE_ITEM(Section, SectionFields)
PLANPARSE_WIRE_ITEM(Event, EventFields)
PLANPARSE_WIRE_ITEM(Person, PersonFields)
PLANPARSE_WIRE_ITEM(Diagnostic, DiagnosticFields)
#undef PLANPARSE_WIRE_ITEM

}  // namespace

std::string EncodeOutcomeHead(const Outcome& outcome) {
  Encoder io;
  io(outcome.ok);
  io(outcome.error);
  if (outcome.ok) {
    PlanFields(io, outcome.plan);
    SourceFields(io, outcome.source);
    io(outcome.warned);
    io.Number(outcome.rendered.size());  // the rendered bytes follow the head
  }
  return io.Take();
}

std::string EncodeOutcome(const Outcome& outcome) {
  std::string bytes = EncodeOutcomeHead(outcome);
  if (outcome.ok) bytes += outcome.rendered;
  return bytes;
}

bool DecodeOutcome(std::string bytes, Outcome* outcome) {
  Decoder io(bytes);
  *outcome = Outcome();
  io(outcome->ok);
  io(outcome->error);
  if (!outcome->ok) return io.done();
  PlanFields(io, outcome->plan);
  SourceFields(io, outcome->source);
  io(outcome->warned);
  const uint64_t rendered = io.Number();
  if (!io.ok() || io.left() != rendered) return false;
  // The rendered text, often most of the message, keeps the message's own buffer.
  const size_t head = bytes.size() - io.left();
  outcome->rendered = std::move(bytes);
  outcome->rendered.erase(0, head);
  return true;
}

}  // namespace planparse
