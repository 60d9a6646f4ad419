// Every real DOCX of the shared corpora is read, or rejected with a reason naming the file:
// never a crash, a hang or an exception. Skipped when ../shared is absent (a user's clone).
#include <gtest/gtest.h>

#include <filesystem>

#include "parsers/reader.h"

namespace planparse {
namespace {

namespace fs = std::filesystem;

fs::path Corpus(const char* name) {
  return fs::path(PLANPARSE_SOURCE_DIR) / ".." / "shared" / "corpora" / name;
}

std::vector<fs::path> Files(const fs::path& dir) {
  std::vector<fs::path> out;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().extension() == ".docx") out.push_back(entry.path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

TEST(Corpus, PandocTestSuiteIsReadWhole) {
  fs::path dir = Corpus("pandoc-docx");
  if (!fs::is_directory(dir)) GTEST_SKIP() << dir << " absent";
  std::vector<fs::path> files = Files(dir);
  ASSERT_GT(files.size(), 50u);
  for (const fs::path& f : files) {
    Result<Document> doc = ReadDocumentFile(f.string(), ReaderOptions());
    EXPECT_TRUE(doc.ok()) << f << ": " << doc.status().ToString();
    if (doc.ok()) {
      EXPECT_EQ(doc.value().source.format, "docx") << f;
    }
  }
}

TEST(Corpus, PoiCrashersAreReadOrCleanlyRejected) {
  fs::path dir = Corpus("poi-docx");
  if (!fs::is_directory(dir)) GTEST_SKIP() << dir << " absent";
  int read = 0, rejected = 0;
  for (const fs::path& f : Files(dir)) {
    Result<Document> doc = ReadDocumentFile(f.string(), ReaderOptions());
    if (doc.ok()) {
      ++read;
    } else {
      ++rejected;
      EXPECT_NE(doc.status().message().find(f.string()), std::string::npos) << f;
      EXPECT_GT(doc.status().message().size(), f.string().size() + 10) << f;
    }
  }
  EXPECT_GT(read, 80);  // most are real files that Word opens
  std::cout << "poi-docx: read " << read << ", rejected " << rejected << "\n";
}

}  // namespace
}  // namespace planparse
