#include "extractors/rules.h"

#include <cstdlib>
#include <cstring>
#include <memory>
#include <mutex>
#include <string_view>
#include <unordered_map>

#include "normalizer/keys.h"
#include "normalizer/letter_pattern.h"

namespace planparse {

// The bullets typed before list items, inside an RE2 character class: dashes and the
// asterisk (a minus too, so a bullet only before a space), and the rest, with the Symbol
// and Wingdings fonts' bullets PDF converters write as private-use characters. list_marker
// and bullet_marker both use them.
#define DASH_BULLETS "-−–—*"
#define OTHER_BULLETS "•·▪➢✓❖●○◦►→♦❑■□◆◇✔➤\\x{F0B7}\\x{F0A7}\\x{F076}\\x{F0D8}"

const std::vector<ExtractionRule>& LineRules() {
  static const std::vector<ExtractionRule> kRules = {
      {"goal_label",
       R"re(^\s*(?:\d{1,2}[.)]\s*)?(?:(?:основн|главн|общ|стратегическ)\pL*\s+)?цел[ьи](?:\s*[:.-]|(?:\s+[^\s:;.,-][^\s:;.,]*){1,8}\s*:|(?:\s+(?:работы|деятельности|программы|плана|методического|школьного|мо|шмо|ммо|рмо|гмо|моц|объединения)){1,3}\s*[:.-]?|\s|$)\s*(?:[:]\s*)?)re",
       "«Цель:», «Цели:», «Цель –», «Основная цель –», «Цель работы:», «Цели работы ММО:», or up to "
       "eight words before a colon («Цель работы МО на 2025-2026 учебный год:») at the start of a "
       "line; the goal follows («Целью работы является …» is a sentence, not the label; a heading "
       "«Цели и задачи» is goals_and_tasks_heading)",
       "Основная цель – повышение качества образования",
       "Главной целью «Кванториума» является"},
      {"goals_and_tasks_heading",
       R"re(^\s*(?:[\divx]{1,4}[.)]\s*)?цели\s+и\s+задачи(?:[\s:.]|$))re",
       "a heading over both labels («Цели и задачи», «II. Цели и задачи работы МО»): no goal "
       "label itself, the «Цель:» and «Задачи:» under it are",
       "II. Цели и задачи работы МО на 2025 год", "Цель и задачи проекта: повышение"},
      {"task_label",
       R"re(^\s*(?:(?:\d{1,2}[.)]\s*)?(?:(?:основн|главн|приоритетн|ключев|общ|стратегическ)\pL*\s+)?задачи(?:(?:\s+[^\s:;.,-][^\s:;.,]*){1,4}\s*:|(?:\s+(?:работы|деятельности|программы|плана|методического|школьного|мо|шмо|ммо|рмо|гмо|моц|объединения|на\s+\d{4}.*?год\S*)){0,3}\s*[:.-]?)|[^:]{0,80}\s(?:следующие|такие|поставлены)\s+задачи\s*:)\s*)re",
       "«Задачи:», «Основные задачи:», «Задачи работы:», up to four words before a colon «Задачи "
       "методической работы:» at the start of a line, or a lead-in that ends «… следующие "
       "задачи:»; items follow",
       "Для достижения цели поставлены следующие задачи:", "Задачами наставничества являются:"},
      {"list_marker",
       R"re(^\s*(?:\d{1,2}(?:\.\d{1,2})*[.)]|[)re" DASH_BULLETS OTHER_BULLETS R"re(]|[а-яa-z]\)|[ivx]+\.)\s*)re",
       "a typed list marker: «1.», «1.2.», «1)», «-», «−», «•», «●», «○», «►», «❑», «а)», «IV.»; "
       "the Symbol and Wingdings fonts' bullets PDF converters write as private-use characters "
       "(U+F0B7, U+F0A7, U+F076, U+F0D8)",
       "− апробация и внедрение моделей", "2026 год"},
      {"bullet_marker",
       R"re(^\s*(?:[)re" DASH_BULLETS R"re(]\s+|[)re" OTHER_BULLETS R"re(]\s*))re",
       "a bullet before a title, dropped from it as numbering is («• Проведение олимпиады», «- "
       "Семинар»; a dash glued to a figure, «-2Log», is a minus)",
       "• Проведение олимпиады", "-2Log(LR)"},
      {"approval_heading",
       R"re(^\s*"?(?:утверждаю|утверждено|утвержден|утверждена|согласовано|принято?\s+на\s+заседании)"?(?:\s|[:.,]|$))re",
       "the approval block's heading, in quotes too («УТВЕРЖДАЮ»)", "«УТВЕРЖДАЮ»",
       "Утверждение плана работы МОЦ на 2026 год"},
      {"agreement_heading",
       R"re(^\s*"?(?:согласовано|принято?\s+на\s+заседании|рассмотрено)"?(?:\s|[:.,]|$))re",
       "an approval block that only agrees to the plan: an «УТВЕРЖДАЮ» block after it approves it",
       "СОГЛАСОВАНО", "УТВЕРЖДАЮ"},
      {"order_number_first",
       R"re(приказ\pL*(?:\s+[^\s\d№]+){0,10}?\s*(?:№|n|no)\s*([0-9]+(?:\s*[-/]\s*[0-9\pL]+){0,3})\s*от\s*"?(\d{1,2})"?\s*[./]?\s*(\d{1,2}|\pL+)\s*[./]?\s*(\d{4}))re",
       "«Приказ № 1 от 16.01.2026г.»: number, then day, month, year (a few words without "
       "digits may stand between: «приказом директора № 87 от 02.09.2024»)",
       "Приказ № 1 от 16.01.2026г.", "приказ от 30.08.2023 № 123-о"},
      {"order_date_first",
       R"re(приказ\pL*(?:\s+\S+){0,10}?\s*от\s*"?(\d{1,2})"?\s*[./]?\s*(\d{1,2}|\pL+)\s*[./]?\s*(\d{4})\s*(?:г\.?|года)?\s*(?:№|n|no)\s*([0-9]+(?:\s*[-/]\s*[0-9\pL]+){0,3}))re",
       "«приказ от 30.08.2023 № 123-о»: day, month, year, then number; tried first, as any "
       "words may stand between («приказом директора МБОУ СОШ № 7 от 02.09.2024 № 87-од»: "
       "the school's number is not the order's)",
       "приказ от 15.01.2026 г. № 01-05/12", "Приказ № 1 от 16.01.2026г."},
      {"title_start",
       R"re(^\s*(?:(?:перспективный|календарный|годовой|рабочий|комплексный)\s+)?(?:план|отчет|(?:само)?анализ\s+(?:работы|деятельности)|аналитическая\s+справка|информация\s+о\s+(?:работе|деятельности)|итоги\s+работы|программа\s+(?:работы|деятельности)|циклограмма)(?:[^а-я]|$))re",
       "the first line of a plan's or report's title («План работы», «Отчёт о …», «Анализ "
       "деятельности …», «Информация о работе …»)",
       "Информация о работе РМО учителей биологии", "Планирование работы МО"},
      {"title_end",
       R"re((?:год\pL*|г\.?|гг\.?)\s*$)re",
       "a title line that names the year ends the title", "на 2023 - 2024 учебный год",
       "муниципального образования Кандалакшский район"},
      {"report_title",
       R"re(^\s*(?:отчет|(?:само)?анализ\s+(?:работы|деятельности)|аналитическая\s+справка|информация\s+о\s+(?:работе|деятельности)|итоги\s+работы))re",
       "a report's title", "Анализ работы ММО за 2020-2021 учебный год", "План работы МО"},
      {"past_tense",
       R"re((?:^|\s)(?:было|были|был|была|проведен\pL*|провели|прошл[аио]|состоял\pL*|приняли|принял[аи]?|организован\pL*|подготовлен\pL*|представил\pL*)(?:\s|[.,;:]|$))re",
       "words of a narrative about work done: a report", "Было проведено 5 заседаний",
       "Провести заседание МО"},
      {"template_blank",
       R"re(_{5,}|\(\s*заполняется)re",
       "underscore blanks or «(заполняется …)» mark an unfilled form", "на ___________ учебный год",
       "на 2024 учебный год"},
      {"toponym",
       R"re(^\s*\pL+(?:ск|цк)(?:ий|ая|ое|ого|ой|ом|ому|их)\s+(?:район|округ|област|кра[йяею]|город|поселени|муниципальн))re",
       "a place name: an adjective in -ский and «район», «округ», «область»; capitalised in the "
       "middle of a phrase («в муниципальном образовании» / «Кандалакшский район»)",
       "Кандалакшский район", "Городской конкурс чтецов"},
      {"oblique_adjective_start",
       R"re(^\s*\pL{3,}(?:ого|его|ому|ему|ых|их)(?:\s|$))re",
       "a line that begins with an adjective in an oblique case («Всероссийского конкурса», "
       "«Регионального этапа») goes on with the phrase before it, capital or not: a new cell "
       "seldom begins so",
       "Всероссийского конкурса", "Муниципальный конкурс"},
      {"signature_line",
       R"re(^\s*(?:руководител|куратор|директор|председател|заместител|составител|исполнител|секретар|методист|заведующ|ответственн)[^_]{0,80}_{3,}|(?:^|\s)подпись\s*[:_])re",
       "a signature line under a table: a signer's role («Методист ____ М.Н. Зайцева»), then a blank to sign on, or «Подпись:»",
       "Руководитель МО:____________________ Подпись:____________________",
       "Руководитель МО, педагоги-наставники"},
      {"section_roman",
       R"re(^\s*([ivxl]{1,6})\s*[.)]\s*(\S.*)$)re",
       "a part heading: «I. ОРГАНИЗАЦИОННО-МЕТОДИЧЕСКОЕ СОПРОВОЖДЕНИЕ»",
       "II. ЭКСПЕРТНО-КОНСУЛЬТАЦИОННОЕ СОПРОВОЖДЕНИЕ", "1.1. Мастерская"},
      {"section_numbered",
       R"re(^\s*(\d{1,2})\s*[.)]\s*([^\d\s].*)$)re",
       "a numbered heading: «1. Обновление форм, методик и содержания»",
       "2. Информационная деятельность", "1.1. Мастерская заместителей директоров"},
      {"section_word",
       R"re(^\s*(?:раздел|часть|модуль|блок|направление)\s*(\d{1,2}|[ivxl]{1,6})\s*[.:)]?\s+(\S.*)$)re",
       "a heading that names itself a part: «Раздел 1. Работа с педагогическими кадрами»",
       "Раздел 2. Работа с молодыми специалистами", "Разделы программы утверждены"},
      {"inline_item_number",
       R"re((?:^|\s)(\d{1,2})\s*[.)]\s+\pL)re",
       "a list's number inside a line («Задачи: 1) обновить …; 2) провести …»): the items are "
       "split there when the numbers run 1, 2, 3 …",
       "1) обновить рабочие программы; 2) провести неделю", "на 2025 г. и 10 классов"},
      {"meeting_heading",
       R"re(^\s*(?:(?:\d{1,2}|[ivx]{1,4})\s*(?:-?е)?\s*[.)]?\s*заседание|(?:перв|втор|трет|четверт|пят|шест|седьм|восьм|девят|десят)\pL{0,3}\s+заседание|заседание(?:\s+[\pL-]{1,12}){0,3}\s*№\s*\d{1,2}|заседание\s+\d{1,2})(?:\s|[.:(,]|$))re",
       "a meeting of the association named with its number, over the table of its agenda: "
       "«Заседание № 1», «Заседание ШМО №2 (ноябрь)», «Первое заседание», «1 заседание»",
       "Заседание ШМО № 2 (ноябрь)", "Заседание методического совета"},
      {"meeting_detail",
       R"re(^\s*(?:тема|дата|сроки?|форма|место|ответственн\pL*|повестка|вопросы)(?:\s+[\pL-]+){0,2}\s*:)re",
       "a line of a meeting's particulars between its heading and its table: «Тема: …», «Дата "
       "проведения: август», «Форма проведения: семинар»",
       "Дата проведения: август", "Темы самообразования педагогов"},
      {"extraction_artifact",
       R"re(\[bookmark:[^\]]*\])re",
       "artefacts of text extraction, dropped from values", "[bookmark: _GoBack]3.Заседание",
       "[1] сноска"},
      {"surname_tail",
       R"re(^\pL{1,4}\s+\pL\.\s*\pL\.?)re",
       "the end of a surname a narrow column broke without a hyphen: «Тютерев» / «а А.М.» "
       "(the code also requires the line to start in lower case)",
       "ва Т.В.", "и Петров А.А."},
      {"position_lead",
       R"re(^(?:директор|зам\.?|заместитель|методист|руководитель|председатель|заведующ\pL*|учитель|старший|ведущий|специалист)(?:\s+[^\s.]+\.?){0,5}$)re",
       "a position with no name after it, whose person a narrow column put on the next line: "
       "«Зам. директора» / «Лебедев С.А.»",
       "Зам. директора", "Методист Орлова Т.В."},
      {"position_line",
       R"re(^(?:(?:руководител|учител|заместител|методист|председател|заведующ|психолог|тьютор|специалист|администраци|наставник)\pL*|зам\.|директора?|педагоги?|классные\s+руководители|члены)(?:-\pL+)?(?:[\s,]+[^\s,]+){0,4}$)re",
       "a line of a responsible column naming people by their position, up to five words "
       "(match key): «Руководитель МО», «Учителя-предметники», «Зам. директора по УВР»",
       "Учителя-предметники", "Педагогический совет «Итоги года»"},
      {"initials_without_dot",
       R"re(^(\pL[\pL-]+\s+\pL\.\s*\pL)$)re",
       "«Тютерева А.М» written without the final dot of the initials",
       "Тютерева А.М", "Тютерева А.М."},
      {"person_name",
       R"re(^(?:\pL[\pL-]+\s+\pL\.\s*\pL\.?|\pL\.\s*\pL\.\s*\pL[\pL-]+)$)re",
       "a person: «Тютерева А.М.», «О.В. Глиюн»", "О.В. Глиюн", "МОЦ, ОУ"},
      {"signed_person",
       R"re(^(.*?\pL.*?)[\s_/]+/?(\pL[\pL-]+\s+\pL\.\s*\pL\.?|\pL\.\s*\pL\.\s*\pL[\pL-]+)\s*/?\s*$)re",
       "a position, a space to sign and the person at the end of one line: the position, then the person",
       "Директор школы ______ Н.В. Ковалёва", "Директор МБОУ «СОШ № 7»"},
      {"organisation",
       R"re((?:^|[^\pL])((?:мбоу|маоу|мкоу|моу|гбоу|гаоу|чоу|мбдоу|мадоу|мкдоу|мдоу|мбудо|маудо|мудо|мку|мбу|мау|гбу|гау|гку|гбпоу|гапоу)(?:\s*до)?(?:\s+\pL{2,6})?\s*[«"][^»"]{2,}[»"]))re",
       "an organisation by its legal form and name: «МБУ ДО «Центр развития творчества»»",
       "совещание в МБУ ДО «Центр развития творчества»", "МОЦ, ОУ"},
      {"leading_number",
       R"re(^\s*(\d{1,2}(?:\.\d{1,2})*)\s*[.)]?\s*)re",
       "a number typed before a title: «1.Организация», «1.1. Мастерская»",
       "1.Организация деятельности", "Организация деятельности"},
  };
  return kRules;
}

const std::vector<ExtractionRule>& WrittenTextRules() {
  static const std::vector<ExtractionRule> kRules = {
      {"person_at_end",
       R"re((?:\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu}\.\s*\p{Lu}\.?|\p{Lu}\.\s*\p{Lu}\.\s*\p{Lu}\p{Ll}+)\s*$)re",
       "a person at a line's end, surname and initials either way round: with what goes before "
       "it, a responsible cell («Заместитель директора по УВР Волкова Т.П.»)",
       "Заместитель директора по УВР Волкова Т.П.", "Волкова Т.П. проводит семинар"},
      {"glued_part_heading",
       R"re(^(\s*[IVXLC]{1,5}\.)(\p{Lu}))re",
       "a part's Roman number with the heading glued on, its space lost in the PDF's text; "
       "a numbered item («III.1») is none",
       "IV.Работа с педагогами", "III.1 Работа с педагогами"},
      {"initials_alone",
       R"re(^\s*\p{Lu}\.\s*\p{Lu}\.?\s*[,;]?\s*$)re",
       "initials alone on a piece, the rest of a name broken over lines («Е.И.», «С.А.,»)",
       "С.А.,", "С.Иванова"},
      {"surname",
       R"re(^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$)re",
       "a capitalised word, double-barrelled too: the surname before initials on the next piece",
       "Петров-Водкин", "ПЕТРОВ"},
      {"capital_word_inside",
       R"re(\s(\p{Lu}\p{Ll}))re",
       "a capitalised word inside a line, which may begin the next cell («Специалисты МОЦ "
       "Выявление …»); group 1 is where",
       "Специалисты МОЦ Выявление одарённых детей", "Специалисты МОЦ выявляют одарённых детей"},
      {"abbreviation_start",
       R"re(^\s*\p{Lu}{2,}(?:\s|$|[,.;:)]))re",
       "a line that begins with an abbreviation («МОЦ, ОУ»): it starts no sentence",
       "МОЦ, ОУ", "Методисты МОЦ"},
      {"abbreviation_in_sentence",
       R"re(^\s*\p{Lu}{2,}\s+\p{Ll})re",
       "an abbreviation the sentence goes on after in lower case («ШМО учителей …»)",
       "ШМО учителей начальных классов", "ШМО Иванова Т.П."},
      {"glued_cells",
       R"re(^(.*\p{Ll}{2})(\p{Lu}\p{Ll}{2}.*)$)re",
       "two cells pdftotext ran together without a space («СеминарНоябрь»): a capital inside "
       "a word; the groups are the cells",
       "СеминарНоябрь", "Семинар Ноябрь"},
      {"timing_then_capital",
       R"re(^\S.{0,30}?\s\p{Lu}\p{Ll})re",
       "a short start, then a capitalised word: a month and the title's first line on one "
       "line («Январь Совещание …»), when the start is a timing",
       "Январь Совещание руководителей ШМО", "Январь, совещание руководителей"},
      {"cell_then_capitalised_tail",
       R"re(^(.*\S)\s+(\p{Lu}\p{Ll}+(?:\s+\S+){0,2})$)re",
       "a cell's words, then up to three words from a capitalised one: a timing one space "
       "after them («Консультации Март –») when the tail is a timing; the groups are the cells",
       "Консультации Март –", "Консультации для педагогов школ"},
      {"cell_then_person",
       R"re(^(.*\S)\s+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu}\.\s*\p{Lu}\.,?)$)re",
       "a cell's words, then a person one space after them («По графику Иванова Т.С.»); the "
       "groups are the cells",
       "По графику Иванова Т.С.", "Иванова Т.С."},
      {"person_then_cell",
       R"re(^(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu}\.\s*\p{Lu}\.)\s+(\S.*)$)re",
       "a person, then another cell's words («Гаврилов П.С. по графику»); with a comma after "
       "the initials a list of people goes on instead",
       "Гаврилов П.С. по графику", "Гаврилов П.С., Иванова Т.С."},
      {"completion_mark",
       R"re((?i)^(?:выполнен|перенесен|отменен|проведен)[оаы]?$)re",
       "a completion mark written into the plan («выполнено», «перенесено»)",
       "Перенесено", "Проведение"},
  };
  return kRules;
}

namespace {
// Each rule compiled on its first use, in the case mode and form asked for: compiling all
// of them up front cost a short run 40 ms, most of its time. After that a lookup takes no
// lock (std::call_once is one atomic load once done).
struct CompiledRule {
  explicit CompiledRule(const char* pattern) : exact(pattern, true), ignoring_case(pattern, false) {}
  LetterPattern exact, ignoring_case;
};

// A rule table compiled rule by rule on first use, looked up by name.
class CompiledRules {
 public:
  explicit CompiledRules(const std::vector<ExtractionRule>& rules) {
    for (size_t i = 0; i < rules.size(); ++i) {
      compiled_.push_back(std::make_unique<CompiledRule>(rules[i].pattern));
      index_.emplace(rules[i].name, i);
    }
  }
  // The rule `name` in the case mode asked for; in its narrow form when `text` is given
  // and basic.
  const RE2& Get(const char* name, bool case_sensitive, const std::string_view* text) const {
    const LetterPattern& pattern = Find(name, case_sensitive);
    return text != nullptr ? pattern.For(*text) : pattern.Full();
  }
  const LetterPattern& Find(const char* name, bool case_sensitive) const {
    auto found = index_.find(name);
    if (found == index_.end()) std::abort();  // an unknown rule name is a programming error
    const CompiledRule& r = *compiled_[found->second];
    return case_sensitive ? r.exact : r.ignoring_case;
  }

 private:
  std::vector<std::unique_ptr<CompiledRule>> compiled_;
  std::unordered_map<std::string_view, size_t> index_;
};

const CompiledRules& CompiledLineRules() {
  static const CompiledRules compiled(LineRules());
  return compiled;
}
const RE2& Compiled(const char* name, bool case_sensitive, const std::string_view* text) {
  return CompiledLineRules().Get(name, case_sensitive, text);
}
}  // namespace

const RE2& Rule(const char* name) { return Compiled(name, true, nullptr); }
const RE2& RuleIgnoringCase(const char* name) { return Compiled(name, false, nullptr); }
const RE2& Rule(const char* name, std::string_view text) { return Compiled(name, true, &text); }
const RE2& RuleIgnoringCase(const char* name, std::string_view text) { return Compiled(name, false, &text); }
const RE2& RuleOfForm(const char* name, bool basic_text) {
  return CompiledLineRules().Find(name, true).ForBasic(basic_text);
}

const RE2& WrittenRule(const char* name, std::string_view text) {
  static const CompiledRules compiled(WrittenTextRules());
  return compiled.Get(name, true, &text);
}


const char* ColumnRoleName(ColumnRole role) {
  switch (role) {
    case ColumnRole::kOther: return "other";
    case ColumnRole::kNumber: return "number";
    case ColumnRole::kTitle: return "title";
    case ColumnRole::kTiming: return "timing";
    case ColumnRole::kResponsible: return "responsible";
    case ColumnRole::kForm: return "form";
    case ColumnRole::kPlace: return "place";
    case ColumnRole::kAudience: return "audience";
    case ColumnRole::kResult: return "result";
    case ColumnRole::kNote: return "note";
    case ColumnRole::kSection: return "section";
  }
  return "other";
}

const std::vector<ColumnRule>& ColumnRules() {
  static const std::vector<ColumnRule> kRules = {
      {ColumnRole::kNumber, {"number", R"re(^\s*(?:№|n|no|номер)\s*(?:п\s*/\s*п|пп)?\.?\s*$|^\s*п\s*/\s*п\s*$)re",
        "the numbering column", "№ п/п", "№ приказа о проведении"}},
      {ColumnRole::kTiming, {"timing", R"re(срок|^\s*дат[аы]|период|^\s*месяц|время\s+проведения|когда)re",
        "timing: «Сроки», «Дата», «Срок исполнения», «Месяц»", "Сроки проведения мероприятия", "Ответственный"}},
      {ColumnRole::kResponsible, {"responsible", R"re(ответствен|исполнител|выступающ|организатор|кто\s+проводит|докладчик)re",
        "people and bodies in charge", "Ответственный организатор", "Целевая аудитория"}},
      {ColumnRole::kResult, {"result", R"re(результат|продукт|выход|итог|отчетност|отчетн\pL*\s+документ)re",
        "the expected result; «Содержание, результат» is a result column, and so is «Форма "
        "отчётности» (the report the event leaves, not the way it is held)", "Содержание, результат",
        "Содержание деятельности"}},
      {ColumnRole::kForm, {"form", R"re(^\s*форм[аы]|форма\s+проведен|форма\s+работы)re",
        "the form of the event", "Форма проведения мероприятия", "Информационная деятельность"}},
      {ColumnRole::kPlace, {"place", R"re(^\s*место)re",
        "where it takes place; «Место проведения, форма»", "Место проведения, форма", "Сроки"}},
      {ColumnRole::kAudience, {"audience", R"re(участник|аудитори|категори|для\s+кого|контингент|целев|привлека|слушател)re",
        "who takes part", "Целевая аудитория", "Наименование мероприятия"}},
      {ColumnRole::kNote, {"note", R"re(примечани|отметк|выполнени)re",
        "notes and completion marks", "Отметка о выполнении", "Мероприятие"}},
      {ColumnRole::kSection, {"section", R"re(^\s*(?:направлени\pL*\s+(?:работы|деятельности)|раздел\pL*(?:\s+(?:плана|работы))?|блок\pL*|модул\pL*)\s*$)re",
        "a column that groups the rows («Направление работы» beside «Содержание»): each row's "
        "section; the title when the table has no other",
        "Направление работы", "Направление деятельности МО по развитию"}},
      {ColumnRole::kTitle, {"title", R"re(наименовани|назван|мероприяти|содержани|тем[аы]|повестк|вопрос|направлени|вид\s+деятельности|деятельност)re",
        "what is done: «Наименование мероприятия», «Содержание работы», «Тема», «Повестка»",
        "Название мероприятия", "Сроки"}},
  };
  return kRules;
}

ColumnRole RoleOfHeader(const std::string& header_text) {
  static const std::vector<std::unique_ptr<LetterPattern>> compiled = [] {
    std::vector<std::unique_ptr<LetterPattern>> out;
    for (const ColumnRule& r : ColumnRules()) out.push_back(std::make_unique<LetterPattern>(r.rule.pattern));
    return out;
  }();
  auto role_of = [](const std::string& text) {
    const std::string key = MatchKey(text);
    if (key.empty() || key.size() > 200) return ColumnRole::kOther;
    for (size_t i = 0; i < compiled.size(); ++i) {
      if (RE2::PartialMatch(key, compiled[i]->For(key))) return ColumnRules()[i].role;
    }
    return ColumnRole::kOther;
  };
  // Header texts repeat from table to table and plan to plan ("Сроки", "Ответственный"):
  // the roles of short texts are remembered per thread, up to a bounded number of them.
  constexpr size_t kMaxRemembered = 4096, kMaxLength = 256;
  if (header_text.size() > kMaxLength) return role_of(header_text);
  thread_local std::unordered_map<std::string, ColumnRole> remembered;
  auto it = remembered.find(header_text);
  if (it != remembered.end()) return it->second;
  const ColumnRole role = role_of(header_text);
  if (remembered.size() >= kMaxRemembered) remembered.clear();
  remembered.emplace(header_text, role);
  return role;
}

}  // namespace planparse
