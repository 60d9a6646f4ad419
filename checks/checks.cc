#include "checks/checks.h"

#include <re2/re2.h>

#include <algorithm>
#include <ctime>
#include <map>
#include <memory>

#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "normalizer/keys.h"

namespace planparse {

const std::vector<CheckRule>& CheckRules() {
  static const std::vector<CheckRule> kRules = {
      {"structure.unfilled_template", Severity::kError,
       "документ — незаполненный шаблон (прочерки вместо данных, пустые «Цель» и «Задачи»)",
       "ПЛАН РАБОТЫ на ________ учебный год; Цель: ; Задачи: ", "ПЛАН РАБОТЫ на 2025-2026 учебный год"},
      {"structure.no_title", Severity::kWarning, "не найден заголовок документа",
       "документ начинается сразу с таблицы", "ПЛАН РАБОТЫ МО на 2025-2026 учебный год"},
      {"structure.no_period", Severity::kWarning, "не указан период, на который составлен план",
       "ПЛАН РАБОТЫ МО", "ПЛАН РАБОТЫ МО на 2026 год"},
      {"structure.no_goal", Severity::kWarning, "в плане нет цели («Цель: …»)",
       "план без строки «Цель:»", "Цель: повышение качества образования."},
      {"structure.no_tasks", Severity::kWarning, "в плане нет задач («Задачи: …»)",
       "план без списка задач", "Задачи: 1. …; 2. …"},
      {"structure.no_events", Severity::kWarning, "в плане не найдено ни одного мероприятия",
       "план без таблицы мероприятий", "таблица «№ / Мероприятие / Сроки»"},
      {"structure.no_timing_column", Severity::kWarning, "ни у одного мероприятия не указан срок",
       "таблица без столбца «Сроки»", "таблица со столбцом «Сроки»"},
      {"numbering.duplicate", Severity::kError, "номер мероприятия повторяется",
       "1., 2., 2., 3.", "1., 2., 3."},
      {"numbering.gap", Severity::kWarning, "в нумерации пропуск",
       "1., 2., 4.", "1., 2., 3."},
      {"numbering.out_of_order", Severity::kWarning, "номера идут не по порядку",
       "1., 3., 2.", "1., 2., 3."},
      {"numbering.mixed", Severity::kInfo, "номера записаны по-разному (с точкой и без)",
       "1., 2., …, 7., 8, 9", "1., 2., 3."},
      {"event.no_timing", Severity::kWarning, "у мероприятия не указан срок",
       "строка таблицы с пустой ячейкой «Сроки»", "срок «октябрь»"},
      {"event.no_responsible", Severity::kWarning, "у мероприятия не указан ответственный",
       "пустая ячейка «Ответственный»", "«Иванова И.И.»"},
      {"event.timing_unreadable", Severity::kWarning, "срок не удаётся прочитать как дату",
       "«после окончания конкурса»", "«до 25 сентября 2023 г.»"},
      {"event.impossible_date", Severity::kError, "срок содержит несуществующую дату",
       "«31 июня», «30.02.2024»", "«30 июня»"},
      {"event.end_before_start", Severity::kError, "окончание срока раньше начала",
       "«май 2024 – сентябрь 2023»", "«сентябрь 2023 – май 2024»"},
      {"event.timing_outside_period", Severity::kWarning, "срок выходит за период плана",
       "«май 2024 г.» в плане на 2026 год", "«май 2026 г.» в плане на 2026 год"},
      {"event.duplicate", Severity::kWarning, "мероприятие повторяется",
       "два одинаковых мероприятия с одним сроком", "одинаковые названия с разными сроками"},
      {"text.impossible_year", Severity::kError, "в тексте невозможный год",
       "«до 20230 года»", "«до 2030 года»"},
      {"text.year_outside_period", Severity::kWarning,
       "в тексте упомянут год раньше периода плана (текст из прошлого плана?)",
       "«за 6 месяцев 2024г.» в плане на 2026 год", "«за 6 месяцев 2026г.» в плане на 2026 год"},
      {"text.misspelling", Severity::kWarning, "ошибка в устойчивом выражении",
       "«в течении года»", "«в течение года»"},
      {"text.mixed_script", Severity::kWarning,
       "слово набрано вперемешку кириллицей и латиницей (мешает поиску)", "«Цeль» (латинская e)",
       "«Цель»"},
      {"text.doubled_word", Severity::kInfo, "слово повторено дважды подряд",
       "«работа работа МО»", "«работа МО»"},
      {"text.unbalanced_quotes", Severity::kWarning, "кавычки «ёлочки» не закрыты или лишние",
       "«Обновление содержательной части", "«Обновление содержательной части»"},
      {"approval.blank", Severity::kError, "гриф утверждения не заполнен",
       "УТВЕРЖДАЮ ____________ приказ № ___", "УТВЕРЖДАЮ … приказ № 1 от 16.01.2026"},
      {"approval.order_after_start", Severity::kWarning,
       "приказ об утверждении издан позже начала периода плана",
       "приказ от 15.10.2023 для плана на 2023-2024 учебный год",
       "приказ от 30.08.2023 для плана на 2023-2024 учебный год"},
      {"approval.order_in_future", Severity::kWarning, "дата приказа об утверждении ещё не наступила",
       "приказ от 01.01.2099", "приказ от 16.01.2026"},
      {"report.unmentioned_event", Severity::kWarning,
       "запланированное мероприятие не упомянуто в отчёте",
       "в плане «Конкурс чтецов», в отчёте о нём ни слова", "в отчёте «Проведён конкурс чтецов»"},
      {"report.unplanned_event", Severity::kInfo,
       "в отчёте мероприятие, которого не было в плане",
       "в отчёте «Фестиваль робототехники», в плане его нет", "мероприятие есть в плане"},
  };
  return kRules;
}

namespace {

class Checker {
 public:
  Checker(const CheckOptions& options, std::vector<Diagnostic>* out) : options_(options), out_(out) {
    for (const CheckRule& r : CheckRules()) severity_[r.code] = r.severity;
  }
  bool Enabled(const std::string& code) const {
    if (options_.disabled.count(code)) return false;
    return options_.only.empty() || options_.only.count(code) > 0;
  }
  void Emit(const std::string& code, const std::string& message, const SourceSpan& span) {
    if (!Enabled(code)) return;
    auto it = severity_.find(code);
    out_->push_back({code, it == severity_.end() ? Severity::kWarning : it->second, message, span});
  }

 private:
  const CheckOptions& options_;
  std::vector<Diagnostic>* out_;
  std::map<std::string, Severity> severity_;
};

std::string Quote(const std::string& text) {
  std::string t = text;
  if (t.size() > 120) {
    size_t cut = 120;
    while (cut > 0 && (static_cast<unsigned char>(t[cut]) & 0xC0) == 0x80) --cut;
    t = t.substr(0, cut) + "…";
  }
  return "«" + t + "»";
}

std::string EventName(const Event& e) {
  return "Мероприятие" + (e.number.empty() ? std::string() : " № " + e.number) + " " + Quote(e.title);
}

std::string Today(const CheckOptions& options) {
  if (!options.today.empty()) return options.today;
  std::time_t now = std::time(nullptr);
  std::tm tm{};
  localtime_r(&now, &tm);
  char buffer[16];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%d", &tm);
  return buffer;
}

std::vector<int> Components(const std::string& number) {
  std::vector<int> out;
  size_t start = 0;
  while (start < number.size()) {
    size_t dot = number.find('.', start);
    if (dot == std::string::npos) dot = number.size();
    std::string part = number.substr(start, dot - start);
    if (part.empty() || part.find_first_not_of("0123456789") != std::string::npos || part.size() > 4) return {};
    out.push_back(std::stoi(part));
    start = dot + 1;
  }
  return out;
}

void CheckStructure(const Plan& plan, Checker* c) {
  if (plan.kind == PlanKind::kTemplate) {
    c->Emit("structure.unfilled_template",
            "Документ — незаполненный шаблон: вместо названия, года и данных стоят прочерки "
            "или пустые поля; его нужно заполнить перед сдачей",
            plan.title.span);
    return;  // the rest would only repeat this
  }
  if (plan.title.text.empty()) {
    c->Emit("structure.no_title", "Не найден заголовок документа (например, «План работы … на 2025–2026 учебный год»)", SourceSpan{});
  }
  if (!plan.period) {
    c->Emit("structure.no_period", "Не указан период: в заголовке нет учебного или календарного года", plan.title.span);
  }
  if (plan.kind != PlanKind::kPlan) return;
  if (plan.goals.empty()) c->Emit("structure.no_goal", "В плане не найдена цель («Цель: …»)", SourceSpan{});
  if (plan.tasks.empty()) c->Emit("structure.no_tasks", "В плане не найдены задачи («Задачи: …»)", SourceSpan{});
  if (plan.events.empty()) {
    c->Emit("structure.no_events", "В плане не найдено ни одного мероприятия (таблицы с мероприятиями)", SourceSpan{});
  }
}

void CheckNumbering(const Plan& plan, Checker* c) {
  const Event* previous = nullptr;
  std::vector<int> last;
  std::map<std::string, std::vector<std::string>> seen;  // section -> numbers
  for (const Event& e : plan.events) {
    if (e.number.empty()) continue;
    std::vector<int> n = Components(e.number);
    if (n.empty()) continue;
    std::vector<std::string>& numbers = seen[e.section];
    if (std::find(numbers.begin(), numbers.end(), e.number) != numbers.end()) {
      c->Emit("numbering.duplicate", EventName(e) + ": номер " + e.number + " уже был выше", e.span);
    } else if (previous != nullptr && previous->section == e.section && !last.empty()) {
      const std::vector<int>& a = last;
      bool next = false, ahead = false;
      if (n.size() == a.size() && std::equal(a.begin(), a.end() - 1, n.begin())) {
        next = n.back() == a.back() + 1;
        ahead = n.back() > a.back() + 1;
      } else if (n.size() == a.size() + 1 && std::equal(a.begin(), a.end(), n.begin())) {
        next = n.back() == 1;
        ahead = n.back() > 1;
      } else if (n.size() < a.size() && std::equal(n.begin(), n.end() - 1, a.begin())) {
        next = n.back() == a[n.size() - 1] + 1;
        ahead = n.back() > a[n.size() - 1] + 1;
      } else {
        next = true;  // a different scheme: reported once below
      }
      if (ahead) {
        c->Emit("numbering.gap", EventName(e) + ": после № " + previous->number + " идёт № " + e.number, e.span);
      } else if (!next) {
        c->Emit("numbering.out_of_order", EventName(e) + ": № " + e.number + " стоит после № " + previous->number, e.span);
      }
    }
    numbers.push_back(e.number);
    previous = &e;
    last = n;
  }
  // Numbers printed both with and without a final dot ("7." then "8"): two schemes.
  const Event* with_dot = nullptr;
  const Event* without_dot = nullptr;
  for (const Event& e : plan.events) {
    if (Components(e.number).empty()) continue;
    const Event*& slot = e.number_dot ? with_dot : without_dot;
    if (slot == nullptr) slot = &e;
  }
  if (with_dot != nullptr && without_dot != nullptr) {
    c->Emit("numbering.mixed",
            "Номера записаны по-разному: «" + with_dot->number + ".» с точкой и «" +
                without_dot->number + "» без точки",
            without_dot->span);
  }
}

void CheckEvents(const Plan& plan, Checker* c) {
  bool any_timing = false, any_responsible = false;
  for (const Event& e : plan.events) {
    any_timing = any_timing || !e.timing.raw.empty();
    any_responsible = any_responsible || !e.responsible.empty();
  }
  if (!plan.events.empty() && !any_timing) {
    c->Emit("structure.no_timing_column", "Ни у одного мероприятия не указан срок проведения", SourceSpan{});
  }
  std::map<std::string, const Event*> titles;
  for (const Event& e : plan.events) {
    const Timing& t = e.timing;
    if (any_timing && t.raw.empty()) c->Emit("event.no_timing", EventName(e) + ": не указан срок", e.span);
    // Only where other events name someone: a plan without the column is not faulted per row.
    if (any_responsible && e.responsible.empty()) {
      c->Emit("event.no_responsible", EventName(e) + ": не указан ответственный", e.span);
    }
    if (!t.raw.empty() && !t.valid) {
      c->Emit("event.impossible_date", EventName(e) + ": в сроке " + Quote(t.raw) + " — " + t.problem, e.span);
    } else if (!t.raw.empty() && t.kind == TimingKind::kUnknown && t.recurrence == Recurrence::kNone) {
      c->Emit("event.timing_unreadable", EventName(e) + ": срок " + Quote(t.raw) + " не удаётся прочитать как дату", e.span);
    }
    if (!t.start.empty() && !t.end.empty() && t.end < t.start) {
      c->Emit("event.end_before_start", EventName(e) + ": в сроке " + Quote(t.raw) + " окончание раньше начала", e.span);
    }
    if (plan.period && !t.start.empty() && t.kind != TimingKind::kThroughoutPeriod &&
        (t.start < plan.period->Start() || t.end > plan.period->End())) {
      c->Emit("event.timing_outside_period",
              EventName(e) + ": срок " + Quote(t.raw) + " выходит за период плана (" +
                  plan.period->Start() + " — " + plan.period->End() + ")",
              e.span);
    }
    std::string key = MatchKey(e.title) + "|" + MatchKey(t.raw);
    auto [it, inserted] = titles.emplace(key, &e);
    if (!inserted) {
      c->Emit("event.duplicate",
              EventName(e) + " с тем же сроком уже есть выше" +
                  (it->second->number.empty() ? "" : " (№ " + it->second->number + ")"),
              e.span);
    }
  }
}

// Fixed phrases written wrongly: pattern (on the match key), the right spelling.
struct Misspelling {
  const char* pattern;
  const char* right;
};
const Misspelling kMisspellings[] = {
    {R"re(в\s+течении\s+(?:всего\s+)?(?:учебного\s+|календарного\s+)?(?:года|месяца|недели|периода|дня|\d{4}))re", "в течение"},
    {R"re((?:^|\s)вцелях(?:\s|$))re", "в целях"},
    {R"re(по\s+окончанию\s+)re", "по окончании"},
    {R"re(согласно\s+(?:приказа|плана|графика|положения))re", "согласно (кому? чему?): согласно приказу, плану"},
    {R"re((?:^|\s)не\s+смотря\s+на)re", "несмотря на"},
    {R"re(обьедин)re", "объединение (с твёрдым знаком)"},
};

void CheckText(const std::string& text, const std::string& where, const SourceSpan& span,
               const std::optional<Period>& period, Checker* c) {
  if (text.empty()) return;
  const std::string key = MatchKey(text);
  static const RE2 kImpossibleYear(R"re((?:^|[^\d])(\d{5,})\s*(?:г\.?|год\pL*)(?:\s|[.,;:)]|$))re");
  std::string number;
  if (RE2::PartialMatch(key, kImpossibleYear, &number)) {
    c->Emit("text.impossible_year", where + ": год " + number + " невозможен (опечатка?)", span);
  }
  if (period) {
    static const RE2 kYear(R"re((?:^|[^\d.])((?:19|20)\d{2})\s*(?:г\.?|год\pL*|гг)(?:\s|[.,;:)]|$))re");
    re2::StringPiece input(key);
    std::string year;
    while (RE2::FindAndConsume(&input, kYear, &year)) {
      if (std::stoi(year) < period->start_year) {
        c->Emit("text.year_outside_period",
                where + ": упомянут " + year + " год, а план на " + std::to_string(period->start_year) +
                    (period->end_year != period->start_year ? "–" + std::to_string(period->end_year) : "") +
                    " — возможно, текст перенесён из старого плана",
                span);
        break;
      }
    }
  }
  // Compiled once, in the order of the table.
  static const std::vector<std::unique_ptr<RE2>> misspellings = [] {
    std::vector<std::unique_ptr<RE2>> out;
    for (const Misspelling& m : kMisspellings) out.push_back(std::make_unique<RE2>(m.pattern));
    return out;
  }();
  for (size_t k = 0; k < misspellings.size(); ++k) {
    if (RE2::PartialMatch(key, *misspellings[k])) {
      c->Emit("text.misspelling", where + ": " + Quote(text) + " — правильно «" + kMisspellings[k].right + "»", span);
    }
  }
  for (const MixedScriptWord& w : FindMixedScriptWords(text)) {
    c->Emit("text.mixed_script",
            where + ": в слове «" + w.word + "» смешаны русские и латинские буквы", span);
  }
  // Doubled words: the same word twice in a row (letters only, case-folded).
  std::vector<std::string> words;
  std::string word;
  for (size_t i = 0; i <= key.size(); ++i) {
    unsigned char ch = i < key.size() ? static_cast<unsigned char>(key[i]) : ' ';
    bool letter = ch >= 0x80 || (ch >= 'a' && ch <= 'z');
    if (letter) {
      word.push_back(static_cast<char>(ch));
    } else {
      if (!word.empty()) words.push_back(word);
      if (ch != ' ') words.push_back(std::string(1, static_cast<char>(ch)));  // punctuation breaks runs
      word.clear();
    }
  }
  for (size_t i = 1; i < words.size(); ++i) {
    if (words[i] == words[i - 1] && words[i].size() >= 2 && static_cast<unsigned char>(words[i][0]) >= 0x80) {
      c->Emit("text.doubled_word", where + ": слово «" + words[i] + "» повторено дважды подряд", span);
      break;
    }
  }
  auto count = [&](const char* s) {
    size_t n = 0;
    for (size_t at = text.find(s); at != std::string::npos; at = text.find(s, at + 1)) ++n;
    return n;
  };
  // Nested quotes often share one closing mark («… «Сердце отдаю детям»): not an error.
  const size_t opens = count("«"), closes = count("»");
  const bool merged_closing = opens == closes + 1 && closes > 0 && text.rfind("»") + 2 >= text.size();
  if (opens != closes && !merged_closing) {
    c->Emit("text.unbalanced_quotes", where + ": кавычки «…» не парные в " + Quote(text), span);
  }
}

void CheckAllText(const Plan& plan, Checker* c) {
  CheckText(plan.title.text, "Заголовок", plan.title.span, plan.period, c);
  for (const TextItem& g : plan.goals) CheckText(g.text, "Цель", g.span, plan.period, c);
  for (const TextItem& t : plan.tasks) CheckText(t.text, "Задача", t.span, plan.period, c);
  for (const Event& e : plan.events) {
    const std::string name = EventName(e);
    CheckText(e.title, name, e.span, plan.period, c);
    CheckText(e.timing.raw, name + ", срок", e.span, std::nullopt, c);
    CheckText(e.form, name + ", форма", e.span, plan.period, c);
    CheckText(e.audience, name + ", участники", e.span, plan.period, c);
    CheckText(e.result, name + ", результат", e.span, plan.period, c);
  }
}

void CheckApproval(const Plan& plan, const CheckOptions& options, Checker* c) {
  if (!plan.approval) return;
  const Approval& a = *plan.approval;
  if (a.blank) {
    c->Emit("approval.blank", "Гриф «" + a.heading + "» не заполнен: нет подписи, номера и даты приказа", a.span);
    return;
  }
  if (a.order_date.empty()) return;
  if (plan.period && a.order_date.substr(0, 7) > plan.period->Start()) {
    c->Emit("approval.order_after_start",
            "Приказ об утверждении от " + a.order_date + " издан позже начала периода плана (" +
                plan.period->Start() + ")",
            a.span);
  }
  if (a.order_date > Today(options)) {
    c->Emit("approval.order_in_future", "Дата приказа об утверждении " + a.order_date + " ещё не наступила", a.span);
  }
}

// Content words of a title, cut to their first five letters (a crude stem).
std::vector<std::string> Stems(const std::string& text) {
  std::vector<std::string> out;
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(MatchKey(text));
  icu::UnicodeString word;
  auto flush = [&]() {
    if (word.length() >= 4) {
      std::string s;
      word.tempSubString(0, 5).toUTF8String(s);
      out.push_back(s);
    }
    word.remove();
  };
  for (int32_t i = 0; i < u.length(); i = u.moveIndex32(i, 1)) {
    UChar32 ch = u.char32At(i);
    if (u_isalpha(ch)) word.append(ch);
    else flush();
  }
  flush();
  return out;
}

double Overlap(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  if (a.empty()) return 0;
  int hit = 0;
  for (const std::string& s : a) hit += std::find(b.begin(), b.end(), s) != b.end();
  return static_cast<double>(hit) / a.size();
}

}  // namespace

std::vector<Diagnostic> CheckPlan(const Plan& plan, const CheckOptions& options) {
  std::vector<Diagnostic> out;
  Checker c(options, &out);
  CheckStructure(plan, &c);
  if (plan.kind != PlanKind::kTemplate) {
    CheckNumbering(plan, &c);
    CheckEvents(plan, &c);
    CheckAllText(plan, &c);
    CheckApproval(plan, options, &c);
  }
  return out;
}

std::vector<Diagnostic> CheckReportAgainstPlan(const Plan& plan, const Plan& report,
                                               const Document& report_doc,
                                               const CheckOptions& options) {
  std::vector<Diagnostic> out;
  Checker c(options, &out);
  // What the report says: its paragraphs and table rows, as stem lists.
  std::vector<std::vector<std::string>> said;
  std::string all = PlainText(report_doc.body);
  size_t start = 0;
  while (start < all.size()) {
    size_t end = all.find('\n', start);
    if (end == std::string::npos) end = all.size();
    said.push_back(Stems(all.substr(start, end - start)));
    start = end + 1;
  }
  for (const Event& e : plan.events) {
    std::vector<std::string> stems = Stems(e.title);
    if (stems.empty()) continue;
    double best = 0;
    for (const auto& s : said) best = std::max(best, Overlap(stems, s));
    if (best < 0.5) {
      c.Emit("report.unmentioned_event",
             EventName(e) + " из плана не упомянуто в отчёте", e.span);
    }
  }
  std::vector<std::vector<std::string>> planned;
  for (const Event& e : plan.events) planned.push_back(Stems(e.title));
  for (const Event& r : report.events) {
    std::vector<std::string> stems = Stems(r.title);
    if (stems.empty()) continue;
    double best = 0;
    for (const auto& p : planned) best = std::max(best, Overlap(stems, p));
    if (best < 0.5) c.Emit("report.unplanned_event", EventName(r) + " из отчёта не было в плане", r.span);
  }
  return out;
}

}  // namespace planparse
