#include "normalizer/timing_rules.h"

namespace planparse {

const std::vector<TimingPhraseRule>& TimingPhraseRules() {
  static const std::vector<TimingPhraseRule> kRules = {
      {"throughout_year", R"(в\s*течени[еия]\s+(?:всего\s+)?(?:(?:учебного|календарного|отчетного|текущего|плана|)\s*)?(?:года|периода|\d{4}|уч\.?\s*г))",
       TimingKind::kThroughoutPeriod, Recurrence::kNone,
       "«в течение года» and its variants, including the common misspelling «в течении»",
       "В течении учебного года", "в течение недели после конкурса"},
      {"permanently", R"((?:^|[^а-я])(?:постоянно|систематически|круглогодично|весь\s+(?:период|(?:учебный\s+|календарный\s+)?год)))",
       TimingKind::kThroughoutPeriod, Recurrence::kNone,
       "«постоянно»: the event runs throughout the plan's period", "Постоянно (в течение 2026г)",
       "непостоянно"},
      {"monthly", R"(ежемесячн|(?:^|\s)кажд\pL+\s+месяц|раз\s*(?:в\s|/)\s*месяц)",
       TimingKind::kThroughoutPeriod, Recurrence::kMonthly,
       "monthly events span the whole period («ежемесячно», «до 5 числа каждого месяца»)",
       "до 5 числа каждого месяца", "в течение месяца"},
      {"weekly", R"(еженедельн|(?:^|\s)кажд\pL+\s+(?:недел|понедельник|вторник|сред|четверг|пятниц|суббот)|раз\s*(?:в\s|/)\s*недел|(?:^|\s)по\s+(?:понедельникам|вторникам|средам|четвергам|пятницам|субботам))",
       TimingKind::kThroughoutPeriod, Recurrence::kWeekly,
       "weekly events span the whole period: «еженедельно», «каждый вторник», «по средам»",
       "Каждый вторник", "неделя"},
      {"quarterly", R"(ежекварт|(?:^|\s)кажд\pL+\s+(?:квартал|четверт)|раз\s*(?:в\s|/)\s*(?:квартал|четверт)|(?:^|\s)(?:в\s+)?(?:конц\pL*|окончани\pL*|итогам)\s+(?:каждой\s+)?четверт)",
       TimingKind::kThroughoutPeriod, Recurrence::kQuarterly,
       "quarterly events span the whole period, school quarters («1 раз в четверть», «в конце "
       "четверти», «по итогам четверти») too",
       "1 раз в четверть", "I четверть"},
      {"semiannual", R"(раз\s*(?:в\s|/)\s*полугоди|(?:^|\s)кажд\pL+\s+полугоди|(?:2|два)\s+раза\s*(?:в\s|/)\s*год)",
       TimingKind::kUnknown, Recurrence::kSemiannual,
       "twice a year (\"раз в полугодие\", \"1 раз/полугодие\"); the months listed give the dates",
       "1 раз/полугодие, декабрь 2023 г., июнь 2024 г.",
       "II полугодие"},
      {"annual", R"(ежегодн|(?:^|[^\d]\s*)раз\s*(?:в\s|/)\s*год|(?:^|\s)кажд\pL+\s+год)",
       TimingKind::kUnknown, Recurrence::kAnnual,
       "yearly; the month given (if any) gives the date", "Декабрь (ежегодно)", "годовой отчет"},
      {"on_request", R"(по\s+(?:запрос|заявк|мере\s+необходимост|необходимост|согласовани|требовани)|дата\s+по\s+согласовани)",
       TimingKind::kOnRequest, Recurrence::kNone,
       "«по запросу», «по мере необходимости», «по согласованию»: no dates", "по мере необходимости",
       "запросы родителей"},
      {"by_schedule", R"((?:по|согласно)\s+(?:\S+\s+){0,2}?(?:график|расписани|плану|положени))",
       TimingKind::kBySchedule, Recurrence::kNone,
       "«по отдельному графику», «согласно графику курсов»: dates are elsewhere",
       "по отдельному графику", "график работы утверждён"},
  };
  return kRules;
}

const std::vector<TimingWordRule>& MonthWordRules() {
  static const std::vector<TimingWordRule> kRules = {
      {"january", "январ[ьяюе]?|янв", 1, "январь in every case; «янв.»", "января", "январский"},
      {"february", "феврал[ьяюе]?|фев|февр", 2, "февраль; «фев.», «февр.»", "Феврале", "февральский"},
      {"march", "март[аеу]?|мар", 3, "март; «мар.»", "марте", "марш"},
      {"april", "апрел[ьяюе]?|апр", 4, "апрель; «апр.»", "апреля", "апрельский"},
      {"may", "ма[йяюе]", 5, "май: мая, маю, мае", "мая", "маяк"},
      {"june", "июн[ьяюе]?", 6, "июнь; «июн.»", "июне", "июньский"},
      {"july", "июл[ьяюе]?", 7, "июль; «июл.»", "июля", "июльский"},
      {"august", "август[аеу]?|авг", 8, "август; «авг.»", "августа", "августовский"},
      {"september", "сентябр[ьяюе]?|сент?", 9, "сентябрь; «сен.», «сент.»", "сентября", "сентябрьский"},
      {"october", "октябр[ьяюе]?|окт", 10, "октябрь; «окт.»", "октябре", "октябрьский"},
      {"november", "ноябр[ьяюе]?|нояб?", 11, "ноябрь; «ноя.», «нояб.»", "ноября", "ноябрьский"},
      {"december", "декабр[ьяюе]?|дек", 12, "декабрь; «дек.»", "декабрь", "декабрист"},
  };
  return kRules;
}

const std::vector<TimingWordRule>& SeasonWordRules() {
  static const std::vector<TimingWordRule> kRules = {
      {"winter", "зим(?:а|ы|е|у|ой|ою)|зимн\\pL*", 1, "зима, зимние каникулы: December–February", "зимние", "зимовье"},
      {"spring", "весн(?:а|ы|е|у|ой|ою)|весенн\\pL*", 2, "весна, весенние каникулы: March–May", "весной", "весна2"},
      {"summer", "лет(?:о|а|у|ом)|летн\\pL*", 3, "лето, летние каникулы: June–August", "летом", "лет5"},
      {"autumn", "осен(?:ь|и|ью)|осенн\\pL*", 4, "осень, осенние каникулы: September–November", "осенью", "осётр"},
  };
  return kRules;
}

const std::vector<TimingWordRule>& OrdinalWordRules() {
  static const std::vector<TimingWordRule> kRules = {
      {"first", "перв(?:ая|ое|ой|ую|ого|ом|ый)", 1, "первая четверть, первое полугодие",
       "первое", "перво"},
      {"second", "втор(?:ая|ое|ой|ую|ого|ом)", 2, "вторая четверть, в течение второго полугодия",
       "второго", "вторник"},
      {"third", "трет(?:ья|ье|ьей|ью|ьего|ьем|ий)", 3, "третья четверть", "третья", "треть"},
      {"fourth", "четверт(?:ая|ой|ую|ого|ом|ый)", 4,
       "четвёртая четверть (the ordinal, not the noun «четверть», «четверти»)", "четвертая",
       "четверти"},
  };
  return kRules;
}

}  // namespace planparse
