// Plan: what a work plan or report says, as the JSON contract (shared/seeds/README.md)
// serialises it. Every item keeps the SourceSpan it was read from.
#ifndef PLANPARSE_MODEL_PLAN_H_
#define PLANPARSE_MODEL_PLAN_H_

#include <deque>
#include <optional>
#include <string>
#include <vector>

#include "model/diagnostic.h"
#include "model/document.h"
#include "model/source_span.h"
#include "model/timing.h"

namespace planparse {

enum class PlanKind { kPlan, kReport, kTemplate };
const char* PlanKindName(PlanKind kind);  // "plan", "report", "template"

// A goal, a task, a title: text as a careful human would type it, and where it was.
struct TextItem {
  std::string text;
  SourceSpan span;
};

// "УТВЕРЖДАЮ … Приказ № 1 от 16.01.2026г."
struct Approval {
  std::string heading;        // "УТВЕРЖДАЮ", "Утверждено", "Согласовано"
  std::string position;       // "Директор МБОУ «СОШ № 3»", "" when not stated
  std::string person;         // "О.В. Глиюн", "" when not stated
  std::string order_number;   // "1", "123-о"; "" when not stated
  std::string order_date;     // "2026-01-16"; "" when not stated
  std::string raw;            // the block's lines joined with " / "
  bool blank = false;         // only underscores where the data should be
  SourceSpan span;
};

struct Section {
  std::string number;         // "I", "1", "" when unnumbered
  std::string title;          // numbering removed, capitals as printed
  int level = 1;              // 1 for parts, 2 for their subsections
  SourceSpan span;
};

struct Event {
  std::string number;                 // as printed without trailing dot; "" = null
  std::string section;                // innermost section title; "" = null
  std::string title;
  Timing timing;                      // raw "" = no timing cell
  std::vector<std::string> responsible;
  std::string form;                   // "" = null
  std::string audience;
  std::string result;
  std::string place;
  std::string note;
  SourceSpan span;                    // the row (or the item inside a cell)
  double confidence = 1.0;            // how sure the table reading is (1 for real tables)
  bool number_dot = false;            // the number was printed with a final dot ("1.", "1.1.")
};

struct Person {
  std::string name;                   // "Тютерева А.М.", "О.В. Глиюн"
  std::string role;                   // "responsible", "approver"
  std::string organisation;           // when the text states it
};

struct Plan {
  PlanKind kind = PlanKind::kPlan;
  TextItem title;                     // text "" = null
  std::vector<std::string> organisations;
  std::optional<Period> period;
  std::string period_source;          // "title", "text", "" when unknown
  std::optional<Approval> approval;
  std::vector<TextItem> goals;
  std::vector<TextItem> tasks;
  std::vector<Section> sections;
  // A deque: a plan of 20,000 rows grows it without ever holding two arrays of events.
  std::deque<Event> events;
  std::vector<Person> people;
  std::vector<Diagnostic> diagnostics;
};

}  // namespace planparse

#endif  // PLANPARSE_MODEL_PLAN_H_
