// Approval block, title, period, goals and tasks: what stands before and around the tables.
#include <re2/re2.h>
#include <unicode/unistr.h>

#include <cstdio>

#include "extractors/internal.h"
#include "extractors/rules.h"
#include "normalizer/keys.h"
#include "normalizer/period.h"
#include "normalizer/text.h"
#include "normalizer/timing_rules.h"

namespace planparse {
namespace {

bool Matches(const Line& line, const char* rule) {
  return !line.is_table() && KeyMatches(line, rule);
}

// "Цель:", "Цели работы МО:"; not the heading "Цели и задачи" over both labels.
bool IsGoalLabel(const Line& line) {
  return Matches(line, "goal_label") && !Matches(line, "goals_and_tasks_heading");
}

bool IsLabel(const Line& line) {
  return IsGoalLabel(line) || Matches(line, "task_label") ||
         Matches(line, "approval_heading");
}

// The text after a label matched at the start of the line, in the line's own spelling
// (the match key has the same number of code points before the label's end).
std::string AfterLabel(const Line& line, const char* rule) {
  std::string key = MatchKey(line.text);
  re2::StringPiece input(key);
  if (!RE2::Consume(&input, Rule(rule, key))) return line.text;
  icu::UnicodeString folded = icu::UnicodeString::fromUTF8(key.substr(0, key.size() - input.size()));
  int32_t code_points = folded.countChar32();
  icu::UnicodeString original = icu::UnicodeString::fromUTF8(line.text);
  int32_t offset = original.moveIndex32(0, code_points);
  std::string rest;
  original.tempSubStringBetween(offset).toUTF8String(rest);
  rest = NormalizeText(rest);
  // A label longer than the rule spells out ("Задачи методического объединения" / "учителей
  // начальных классов на 2025-2026 учебный год:"): when the matched part ends with no colon,
  // dash or full stop of its own, words in lower case up to a colon, with no sentence
  // ending among them, are the label's too.
  const std::string label = key.substr(0, key.size() - input.size());
  const size_t label_end = label.find_last_not_of(' ');
  const bool label_closed = label_end != std::string::npos && std::string(":-.").find(label[label_end]) != std::string::npos;
  const size_t colon = rest.find(':');
  if (!label_closed && colon != std::string::npos &&
      colon <= 200 && !rest.empty() && !StartsWithCapital(rest, true) &&
      rest.find_first_of(".;!?") > colon && std::count(rest.begin(), rest.begin() + static_cast<long>(colon), ' ') < 12) {
    rest = NormalizeText(rest.substr(colon + 1));
  }
  return rest;
}

bool EndsSentence(const std::string& text) {
  if (text.empty()) return false;
  char last = text.back();
  return last == '.' || last == '!' || last == '?' ||
         (text.size() >= 3 && text.compare(text.size() - 3, 3, "…") == 0);
}

bool EndsItem(const std::string& text) {
  return EndsSentence(text) || (!text.empty() && text.back() == ';');
}

int MonthFromText(const std::string& word) {
  std::string w = MatchKey(word);
  if (!w.empty() && w[0] >= '0' && w[0] <= '9') return std::atoi(w.c_str());
  for (const TimingWordRule& rule : MonthWordRules()) {
    if (RE2::FullMatch(w, rule.pattern)) return rule.value;
  }
  return 0;
}

std::string IsoDate(const std::string& day, const std::string& month, const std::string& year) {
  int d = std::atoi(day.c_str()), m = MonthFromText(month), y = std::atoi(year.c_str());
  if (d < 1 || d > 31 || m < 1 || m > 12 || y < 1900 || y > 2100) return "";
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", y, m, d);
  return buffer;
}

// "УТВЕРЖДАЮ" and the lines after it, up to the title (with `to_blank`, up to a blank
// line: a block written apart from the top). Returns the index after the block.
size_t ReadApproval(const std::vector<Line>& lines, size_t start, Context* ctx, bool to_blank = false) {
  static const RE2 kPosition(R"(директор|заведующ|начальник|руководител|председател|ректор|президент|глава)");
  static const RE2 kOrder(R"(^\s*(?:приказ|от\s))");  // "приказом директора …" names no position
  static const RE2 kBlankEdges(R"(^[_\s]+|[_\s]+$)");  // "______ А.Б. Иванов ___"
  static const RE2 kSpaces(R"(\s+)");
  Approval approval;
  approval.heading = lines[start].text;
  approval.span = lines[start].span;
  std::vector<std::string> parts = {lines[start].text};
  size_t i = start + 1;
  int taken = 0;
  for (; i < lines.size() && taken < 8; ++i) {
    const Line& l = lines[i];
    if (l.is_table() || Matches(l, "title_start") || IsGoalLabel(l) ||
        Matches(l, "task_label") || Matches(l, "approval_heading")) {
      break;  // (the next block: "СОГЛАСОВАНО …", then "УТВЕРЖДАЮ …")
    }
    if (l.blank()) {
      if (to_blank) break;
      continue;
    }
    parts.push_back(l.text);
    ++taken;
    std::string person = l.text;
    RE2::GlobalReplace(&person, kBlankEdges, "");
    if (approval.position.empty() && RE2::PartialMatch(l.key, kPosition) &&
        !RE2::PartialMatch(l.key, kOrder)) {
      approval.position = l.text;
      // "Директор школы ______ Н.В. Ковалёва": the person signs on the position's line.
      std::string position, signer;
      if (approval.person.empty() &&
          RE2::FullMatch(l.text, Rule("signed_person", l.text), &position, &signer)) {
        RE2::GlobalReplace(&position, kBlankEdges, "");
        approval.position = position;
        approval.person = signer;
      }
    } else if (approval.person.empty() && RE2::FullMatch(person, Rule("person_name", person))) {
      approval.person = person;
    }
  }
  std::string joined;
  for (const std::string& p : parts) joined += (joined.empty() ? "" : " / ") + p;
  approval.raw = joined;
  std::string key = MatchKey(joined);
  std::string number, day, month, year;
  if (RE2::PartialMatch(key, Rule("order_date_first", key), &day, &month, &year, &number) ||
      RE2::PartialMatch(key, Rule("order_number_first", key), &number, &day, &month, &year)) {
    RE2::GlobalReplace(&number, kSpaces, "");
    approval.order_number = number;
    approval.order_date = IsoDate(day, month, year);
  }
  approval.blank = approval.order_number.empty() && approval.person.empty() &&
                   RE2::PartialMatch(key, Rule("template_blank"));
  ctx->plan->approval = std::move(approval);
  return i;
}

// The title's first line and the short lines that continue it, up to the line naming the
// year. Returns the index after the title.
size_t ReadTitle(const std::vector<Line>& lines, size_t start, Context* ctx) {
  std::vector<std::string> parts = {lines[start].text};
  size_t i = start + 1;
  auto finished = [&]() {
    const std::string key = MatchKey(parts.back());
    return RE2::PartialMatch(key, Rule("title_end", key)) ||
           ParsePeriod(parts.back()).has_value();
  };
  while (i < lines.size() && parts.size() < 6 && !finished()) {
    const Line& l = lines[i];
    if (l.blank()) {
      ++i;
      continue;
    }
    if (l.is_table() || IsLabel(l) || StartsWithListMarker(l) || l.text.size() > 500 ||
        Matches(l, "title_start")) {
      break;
    }
    parts.push_back(l.text);
    ++i;
  }
  Plan& plan = *ctx->plan;
  plan.title.text = CleanValue(parts, ctx->hyphenator, false, ctx->breaks);
  plan.title.span = lines[start].span;
  return i;
}

// The items a label's own line lists: "1) обновить …; 2) провести …" (numbers running
// 1, 2, 3 …) or "обновить программы; провести неделю" (parts of two words or more apart by
// ";"); else the text as one item.
std::vector<std::string> SplitInlineItems(const std::string& text) {
  std::vector<std::string> items;
  // Numbered: where each number in turn begins.
  std::vector<size_t> starts;
  const RE2& number_rule = Rule("inline_item_number", text);
  re2::StringPiece match[2];
  size_t from = 0;
  while (from < text.size() &&
         number_rule.Match(text, from, text.size(), RE2::UNANCHORED, match, 2)) {
    const size_t at = static_cast<size_t>(match[1].data() - text.data());
    if (match[1] == std::to_string(starts.size() + 1)) starts.push_back(at);
    from = static_cast<size_t>(match[0].data() - text.data()) + match[0].size();
  }
  if (starts.size() >= 2 && text.find_first_not_of(' ') == starts[0]) {
    for (size_t k = 0; k < starts.size(); ++k) {
      const size_t end = k + 1 < starts.size() ? starts[k + 1] : text.size();
      items.push_back(NormalizeText(StripListMarker(text.substr(starts[k], end - starts[k]))));
    }
    return items;
  }
  // Parts apart by ";", each kept with its ";" (the items reader asks whether one ended so).
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find(';', start);
    end = end == std::string::npos ? text.size() : end + 1;
    std::string part = NormalizeText(text.substr(start, end - start));
    if (!part.empty() && part != ";") items.push_back(std::move(part));
    start = end;
  }
  auto one_word = [](const std::string& part) { return part.find(' ') == std::string::npos; };
  if (items.size() < 2 || std::any_of(items.begin(), items.end(), one_word)) items.assign(1, text);
  return items;
}

// Items of a list (tasks, several goals): marker-led lines; in wrapped text, lines that
// continue an unfinished item. `first`, the text after the label on its line, may list
// items of its own. Returns the index after the list.
size_t ReadItems(const std::vector<Line>& lines, size_t start, std::string first,
                 bool wrapped_text, Context* ctx, std::vector<TextItem>* out) {
  std::vector<std::vector<std::string>> items;
  std::vector<SourceSpan> spans;
  if (!first.empty()) {
    for (std::string& item : SplitInlineItems(first)) {
      items.push_back({std::move(item)});
      spans.push_back(lines[start - 1].span);
    }
  }
  size_t i = start;
  int blanks = 0;
  bool roman_items = false;
  bool unmarked_items = false;  // the items have no markers
  auto ends_with_semicolon = [](const std::string& text) { return !text.empty() && text.back() == ';'; };
  for (; i < lines.size(); ++i) {
    const Line& l = lines[i];
    if (l.is_table()) break;
    if (l.blank()) {
      if (++blanks >= 3) break;
      continue;
    }
    if (IsLabel(l) || Matches(l, "title_start") || l.heading_level > 0) break;
    bool unfinished = !items.empty() && !EndsItem(items.back().back());
    // "III. Заседания методического объединения" after tasks «а) … б) …»: a part heading
    // of the document, not one more item, unless the items themselves are Roman-numbered.
    const bool roman = l.label.empty() && Matches(l, "section_roman");
    if (items.empty()) roman_items = roman;
    if (roman && !roman_items) break;
    // Items without markers, one a line, each but the last ended by ";" ("изучить
    // документы;" / "организовать взаимопосещение уроков;" / "обобщить опыт."): a line
    // after an item so ended, or a first line so ended, is the next item.
    const bool next_unmarked = items.empty() ? ends_with_semicolon(l.text)
                                             : ends_with_semicolon(items.back().back()) && unmarked_items;
    if (StartsWithListMarker(l)) {
      items.push_back({l.label.empty() ? StripListMarker(l.text) : l.text});
      spans.push_back(l.span);
    } else if (next_unmarked && blanks < 2) {
      unmarked_items = true;
      items.push_back({l.text});
      spans.push_back(l.span);
    } else if (wrapped_text && unfinished && blanks < 2) {
      items.back().push_back(l.text);
    } else {
      break;
    }
    blanks = 0;
  }
  for (size_t k = 0; k < items.size(); ++k) {
    std::string text = CleanValue(items[k], ctx->hyphenator, false, ctx->breaks);
    if (!text.empty()) out->push_back({text, spans[k]});
  }
  return i;
}

// Where a task label begins inside a goal's line ("Цель – повышение качества. Задачи:
// 1) …"), after a sentence ends; std::string::npos when none does. The label must end
// with a colon.
size_t InlineTaskLabel(const std::string& text) {
  for (size_t dot = text.find(". "); dot != std::string::npos; dot = text.find(". ", dot + 1)) {
    const size_t at = text.find_first_not_of(' ', dot + 1);
    if (at == std::string::npos) break;
    const std::string key = MatchKey(std::string_view(text).substr(at));
    re2::StringPiece input(key);
    if (RE2::Consume(&input, Rule("task_label", key)) &&
        key.substr(0, key.size() - input.size()).find(':') != std::string::npos) {
      return at;
    }
  }
  return std::string::npos;
}

// The goal after "Цель:" (on the same line or the next), joined over wrapped lines; or a
// list of goals after "Цели:". A task label on the goal's own line ends the goal: the text
// from it is returned in *inline_tasks.
void ReadGoals(const std::vector<Line>& lines, size_t at, bool wrapped_text, Context* ctx,
               std::string* inline_tasks) {
  std::string rest = AfterLabel(lines[at], "goal_label");
  if (const size_t label = InlineTaskLabel(rest); label != std::string::npos) {
    *inline_tasks = rest.substr(label);
    rest = NormalizeText(rest.substr(0, label));
    if (!rest.empty()) ctx->plan->goals.push_back({rest, lines[at].span});
    return;
  }
  size_t i = at + 1;
  if (rest.empty()) {
    while (i < lines.size() && lines[i].blank()) ++i;
    if (i >= lines.size() || lines[i].is_table() || IsLabel(lines[i])) return;
    if (StartsWithListMarker(lines[i])) {
      ReadItems(lines, i, "", wrapped_text, ctx, &ctx->plan->goals);
      return;
    }
  }
  std::vector<std::string> parts;
  if (!rest.empty()) parts.push_back(rest);
  SourceSpan span = rest.empty() ? lines[i].span : lines[at].span;
  for (; i < lines.size(); ++i) {
    const Line& l = lines[i];
    if (l.is_table()) break;
    if (l.blank()) {
      if (!parts.empty() && EndsSentence(parts.back())) break;
      continue;
    }
    if (IsLabel(l) || StartsWithListMarker(l) || l.heading_level > 0) break;
    if (!parts.empty() && (EndsSentence(parts.back()) || !wrapped_text)) break;
    parts.push_back(l.text);
  }
  std::string text = CleanValue(parts, ctx->hyphenator, false, ctx->breaks);
  if (!text.empty()) ctx->plan->goals.push_back({text, span});
}

}  // namespace

void ExtractFrontMatter(const std::vector<Line>& lines, Context* ctx) {
  Plan& plan = *ctx->plan;
  const bool wrapped_text = ctx->doc.source.format != "docx";
  // The top: approval block and title, before the first table or goal.
  int seen = 0;
  for (size_t i = 0; i < lines.size() && seen < ctx->options.title_search_lines;) {
    const Line& l = lines[i];
    if (l.is_table() || IsGoalLabel(l) || Matches(l, "task_label")) break;
    if (l.blank()) {
      ++i;
      continue;
    }
    ++seen;
    // The plan's approval is its first block, unless that only agrees to it
    // ("СОГЛАСОВАНО") and another approves it ("УТВЕРЖДАЮ").
    auto agreed_only = [&plan] {
      return RE2::PartialMatch(MatchKey(plan.approval->heading), Rule("agreement_heading"));
    };
    if (Matches(l, "approval_heading") &&
        (!plan.approval || (!Matches(l, "agreement_heading") && agreed_only()))) {
      i = ReadApproval(lines, i, ctx);
    } else if (plan.title.text.empty() && Matches(l, "title_start") && l.text.size() <= 800) {
      i = ReadTitle(lines, i, ctx);
    } else {
      ++i;
    }
  }

  // Plain text from PDF may hold the approval block after the tables: pdftotext writes a
  // block aligned right at its page's end. With none at the top, an "УТВЕРЖДАЮ" there is it.
  if (!plan.approval && wrapped_text) {
    size_t after_tables = lines.size();
    for (size_t i = lines.size(); i-- > 0;) {
      if (lines[i].is_table()) break;
      after_tables = i;
    }
    for (size_t i = after_tables; i < lines.size() && after_tables > 0; ++i) {
      if (Matches(lines[i], "approval_heading") && !Matches(lines[i], "agreement_heading")) {
        ReadApproval(lines, i, ctx, /*to_blank=*/true);
        break;
      }
    }
  }

  // Period: from the title; else the first academic year the text names ("В 2020-2021
  // учебном году"), then any period named in text or table cells ("на 2026 год"); else
  // inferred from the years the timing cells name (ExtractEvents, after the tables).
  if (!plan.title.text.empty()) {
    plan.period = ParsePeriod(plan.title.text);
    if (plan.period) plan.period_source = "title";
  }
  // Running text first, for an academic year; then running text and table cells in order,
  // for any period (cell text is made only until one is found).
  for (const Line& l : lines) {
    if (plan.period) break;
    if (l.is_table() || l.blank()) continue;
    std::optional<Period> p = ParsePeriod(l.text);
    if (!p || !p->academic) continue;
    plan.period = p;
    plan.period_source = "text";
  }
  auto try_text = [&plan](const std::string& text) {
    plan.period = ParsePeriod(text);
    if (plan.period) plan.period_source = "text";
  };
  for (const Line& l : lines) {
    if (plan.period) break;
    if (!l.is_table()) {
      if (!l.blank()) try_text(l.text);
      continue;
    }
    for (const TableRow& row : ctx->doc.body[l.table_block].table.rows) {
      for (const TableCell& cell : row.cells) {
        if (!plan.period) try_text(PlainText(cell.blocks));
      }
    }
  }

  // The document's own goals and tasks: the first "Цель:" and the first "Задачи:".
  bool goals_done = false, tasks_done = false;
  for (size_t i = 0; i < lines.size() && !(goals_done && tasks_done); ++i) {
    if (!goals_done && IsGoalLabel(lines[i])) {
      goals_done = true;
      std::string inline_tasks;
      ReadGoals(lines, i, wrapped_text, ctx, &inline_tasks);
      if (!inline_tasks.empty() && !tasks_done) {
        // "Цель: … . Задачи: 1) …; 2) …" on one line.
        tasks_done = true;
        Line tasks_line = lines[i];
        tasks_line.text = inline_tasks;
        ReadItems(lines, i + 1, AfterLabel(tasks_line, "task_label"), wrapped_text, ctx, &plan.tasks);
      }
    } else if (!tasks_done && Matches(lines[i], "task_label")) {
      tasks_done = true;
      ReadItems(lines, i + 1, AfterLabel(lines[i], "task_label"), wrapped_text, ctx, &plan.tasks);
    }
  }
}

void DecideKind(const std::vector<Line>& lines, Context* ctx) {
  Plan& plan = *ctx->plan;
  int blanks = 0, fill_notes = 0;
  bool empty_goal_label = false, empty_task_label = false;
  for (const Line& l : lines) {
    if (l.is_table() || l.blank()) continue;
    if (RE2::PartialMatch(l.key, Rule("template_blank"))) {
      ++blanks;
      if (l.key.find("заполняется") != std::string::npos) ++fill_notes;
    }
    if (IsGoalLabel(l) && AfterLabel(l, "goal_label").empty()) empty_goal_label = true;
    if (Matches(l, "task_label") && AfterLabel(l, "task_label").empty()) empty_task_label = true;
  }
  // A narrative of work done ("Было проведено …"): counted only for a text without title
  // or events, the one case it decides.
  auto narrative = [&lines] {
    int past = 0;
    for (const Line& l : lines) {
      if (l.is_table() || l.blank()) continue;
      if (KeyMatches(l, "past_tense") && ++past >= 5) return true;
    }
    return false;
  };
  int template_signals = 0;
  const std::string title_key = MatchKey(plan.title.text);
  if (RE2::PartialMatch(title_key, Rule("template_blank"))) ++template_signals;
  if (blanks >= 2) ++template_signals;
  if (fill_notes > 0) ++template_signals;
  if (empty_goal_label && empty_task_label && plan.goals.empty() && plan.tasks.empty()) {
    ++template_signals;
  }
  if (template_signals >= 2) {
    plan.kind = PlanKind::kTemplate;
  } else if (RE2::PartialMatch(title_key, Rule("report_title")) ||
             (plan.title.text.empty() && plan.events.empty() && narrative())) {
    plan.kind = PlanKind::kReport;
  } else {
    plan.kind = PlanKind::kPlan;
  }
}

}  // namespace planparse
