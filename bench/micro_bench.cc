// Micro-benchmarks (Google Benchmark) for the stages, so that a regression shows in the
// stage that caused it: the DOCX and text readers, the normalizer, the timing parser, the
// rebuilding of flattened tables and the whole extraction. Inputs are the samples.
// usage: build/bench/micro_bench [--benchmark_filter=REGEX]   (run from the source tree)
#include <benchmark/benchmark.h>

#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "extractors/flat_tables.h"
#include "extractors/plan_extractor.h"
#include "normalizer/hyphenation.h"
#include "normalizer/keys.h"
#include "normalizer/text.h"
#include "normalizer/timing.h"
#include "parsers/reader.h"
#include "parsers/text/text_reader.h"

namespace planparse {
namespace {

std::string Slurp(const std::string& name) {
  std::ifstream in(std::string(PLANPARSE_SOURCE_DIR) + "/samples/" + name, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

const std::string& DocxBytes() {
  static const std::string bytes = Slurp("plan_moc_kandalaksha_2023.docx");
  return bytes;
}
const std::string& FlatText() {  // seed 004: a table written cell after cell
  static const std::string bytes = Slurp("004_9397bc01d3360ab6.txt");
  return bytes;
}

void BM_ReadDocx(benchmark::State& state) {
  for (auto _ : state) {
    Result<Document> doc = ReadDocumentBytes(DocxBytes(), "plan.docx", ReaderOptions());
    benchmark::DoNotOptimize(doc);
  }
  state.SetBytesProcessed(state.iterations() * DocxBytes().size());
}
BENCHMARK(BM_ReadDocx);

void BM_ReadText(benchmark::State& state) {
  for (auto _ : state) {
    Result<Document> doc = ReadDocumentBytes(FlatText(), "plan.txt", ReaderOptions());
    benchmark::DoNotOptimize(doc);
  }
  state.SetBytesProcessed(state.iterations() * FlatText().size());
}
BENCHMARK(BM_ReadText);

const std::vector<std::string>& Phrases() {
  static const std::vector<std::string> phrases = {
      "Мастерская заместителей директоров по УВР образовательных организаций",
      "  Круглые\u00a0столы,  совещания, отчетные мероприятия ",
      "Тютерева А.М., Михайлова Т.В.",
      "Совершенствование профессиональной компетентности в условиях Концепции развития",
      "«Точка роста» — центр образования естественно-научной направленности"};
  return phrases;
}

void BM_NormalizeText(benchmark::State& state) {
  size_t bytes = 0;
  for (auto _ : state) {
    for (const std::string& p : Phrases()) {
      benchmark::DoNotOptimize(NormalizeText(p));
      bytes += p.size();
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
}
BENCHMARK(BM_NormalizeText);

void BM_MatchKey(benchmark::State& state) {
  size_t bytes = 0;
  for (auto _ : state) {
    for (const std::string& p : Phrases()) {
      benchmark::DoNotOptimize(MatchKey(p));
      bytes += p.size();
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
}
BENCHMARK(BM_MatchKey);

void BM_JoinLinesWithHyphens(benchmark::State& state) {
  const std::vector<std::string> lines = {"Совершенствова-", "ние профессиональ-", "ной компетентности",
                                          "педагогов допол-", "нительного образования"};
  const Hyphenator* hyphenator = Hyphenator::Default();
  for (auto _ : state) benchmark::DoNotOptimize(JoinLines(lines, hyphenator));
}
BENCHMARK(BM_JoinLinesWithHyphens);

// One cell of N wrapped lines (a hostile or broken document): time per line must stay
// flat as N grows; it grew with N while each line re-read all the text joined before it.
void BM_JoinLinesLongCell(benchmark::State& state) {
  std::vector<std::string> lines;
  for (int64_t i = 0; i < state.range(0); ++i) lines.push_back(i % 2 ? "зация педагогов" : "органи-");
  const Hyphenator* hyphenator = Hyphenator::Default();
  for (auto _ : state) benchmark::DoNotOptimize(JoinLines(lines, hyphenator));
  state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_JoinLinesLongCell)->Arg(1000)->Arg(10000);

// pdftotext -layout text of N numbered rows: time per row must stay flat as N grows.
void BM_LayoutLinesAligned(benchmark::State& state) {
  std::vector<std::string> lines = {"№    Наименование      Сроки    Ответств   Результат"};
  for (int64_t i = 0; i < state.range(0); ++i) {
    lines.push_back(std::to_string(i + 1) + ".   Совещание         сентябр  Иванова    Протокол");
    lines.push_back("     руководителей МО  ь 2025   И.И.       совещания");
  }
  for (auto _ : state) benchmark::DoNotOptimize(LayoutLines(lines));
  state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_LayoutLinesAligned)->Arg(1000)->Arg(10000);

void BM_ParseTiming(benchmark::State& state) {
  const std::vector<std::string> cells = {"сентябрь 2023 г. – июнь 2024 г.", "В течение года",
                                          "1 раз в полугодие: декабрь 2023 г., июнь 2024 г.",
                                          "с 15 по 20 сентября", "15.09–20.09.2025", "II полугодие",
                                          "До 25 сентября 2023 г.", "по отдельному графику"};
  Period period{2023, 9, 2024, 8, true};
  // Distinct texts each time (a day number that changes), so the per-thread memo of
  // parsed cells cannot answer: this is the parser's own cost.
  int64_t n = 0;
  for (auto _ : state) {
    for (const std::string& c : cells) {
      benchmark::DoNotOptimize(ParseTiming(c + " " + std::to_string(++n % 100000), period));
    }
  }
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(cells.size()));
}
BENCHMARK(BM_ParseTiming);

// The same cells again and again, as a plan's timing column repeats them.
void BM_ParseTimingRepeated(benchmark::State& state) {
  const std::vector<std::string> cells = {"сентябрь 2023 г.", "В течение года", "май 2024 г."};
  Period period{2023, 9, 2024, 8, true};
  for (auto _ : state) {
    for (const std::string& c : cells) benchmark::DoNotOptimize(ParseTiming(c, period));
  }
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(cells.size()));
}
BENCHMARK(BM_ParseTimingRepeated);

void BM_RebuildFlattenedTables(benchmark::State& state) {
  Result<Document> doc = ReadDocumentBytes(FlatText(), "plan.txt", ReaderOptions());
  for (auto _ : state) {
    Document copy = doc.value();
    benchmark::DoNotOptimize(RebuildFlattenedTables(&copy, FlatTableOptions()));
  }
  state.SetBytesProcessed(state.iterations() * FlatText().size());
}
BENCHMARK(BM_RebuildFlattenedTables);

void BM_ExtractPlanDocx(benchmark::State& state) {
  Result<Document> doc = ReadDocumentBytes(DocxBytes(), "plan.docx", ReaderOptions());
  for (auto _ : state) benchmark::DoNotOptimize(ExtractPlan(doc.value(), ExtractOptions()));
}
BENCHMARK(BM_ExtractPlanDocx);

}  // namespace
}  // namespace planparse

BENCHMARK_MAIN();
