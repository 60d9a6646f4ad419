// Golden tests: the whole `dump` and `extract` output of every sample equals the files in
// tests/data/golden/. PLANPARSE_UPDATE_GOLDEN=1 rewrites them (review the diff!).
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "exporters/document_writer.h"
#include "exporters/plan_writer.h"
#include "extractors/plan_extractor.h"
#include "parsers/reader.h"

namespace planparse {
namespace {

namespace fs = std::filesystem;

std::string Slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

std::vector<std::string> Samples() {
  std::vector<std::string> out;
  for (const auto& e : fs::directory_iterator(fs::path(PLANPARSE_SOURCE_DIR) / "samples")) {
    std::string ext = e.path().extension().string();
    if (ext == ".docx" || ext == ".txt") out.push_back(e.path().filename().string());
  }
  std::sort(out.begin(), out.end());
  return out;
}

class GoldenDump : public ::testing::TestWithParam<std::string> {};

void Check(const std::string& rendered, const fs::path& golden) {
  if (std::getenv("PLANPARSE_UPDATE_GOLDEN") != nullptr) {
    std::ofstream(golden, std::ios::binary) << rendered;
    return;
  }
  ASSERT_TRUE(fs::exists(golden)) << golden << " missing; run with PLANPARSE_UPDATE_GOLDEN=1";
  EXPECT_EQ(rendered, Slurp(golden)) << "differs from " << golden;
}

TEST_P(GoldenDump, DocumentAndPlanMatch) {
  // A relative path keeps the output independent of where the checkout lives.
  fs::current_path(PLANPARSE_SOURCE_DIR);
  const std::string name = GetParam();
  Result<Document> doc = ReadDocumentFile("samples/" + name, ReaderOptions());
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  std::ostringstream json, text;
  WriteDocumentJson(doc.value(), json);
  WriteDocumentText(doc.value(), text);
  fs::path dir = fs::path("tests/data/golden");
  Check(json.str(), dir / (name + ".json"));
  Check(text.str(), dir / (name + ".txt"));
  std::ostringstream plan;
  WritePlanJson(ExtractPlan(doc.value(), ExtractOptions()), doc.value().source, true, plan);
  Check(plan.str(), dir / (name + ".plan.json"));
}

INSTANTIATE_TEST_SUITE_P(Samples, GoldenDump, ::testing::ValuesIn(Samples()),
                         [](const ::testing::TestParamInfo<std::string>& info) {
                           std::string n = info.param;
                           for (char& c : n) if (!isalnum(static_cast<unsigned char>(c))) c = '_';
                           return n;
                         });

}  // namespace
}  // namespace planparse
