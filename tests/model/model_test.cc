#include <gtest/gtest.h>

#include <random>

#include "model/document.h"
#include "model/status.h"
#include "parsers/sha256.h"

namespace planparse {
namespace {

TEST(SourceSpan, DescribesPackageAndTextPlaces) {
  SourceSpan docx;
  docx.part = "word/document.xml";
  docx.block = 12;
  docx.table_row = 3;
  docx.table_cell = 2;
  EXPECT_EQ(docx.ToString(), "word/document.xml block 12 row 3 cell 2");
  SourceSpan text;
  text.first_line = 10;
  text.last_line = 14;
  EXPECT_EQ(text.ToString(), "lines 10-14");
  text.last_line = 10;
  EXPECT_EQ(text.ToString(), "line 10");
}

TEST(SourceSpan, CopiesShareThePartName) {
  SourceSpan span;
  span.part = "word/document.xml";
  SourceSpan copy = span;
  EXPECT_EQ(&copy.part.str(), &span.part.str());  // one string, not one per span
  EXPECT_EQ(copy.part, "word/document.xml");
  copy.part = "word/footnotes.xml";
  EXPECT_EQ(span.part, "word/document.xml");
  EXPECT_TRUE(SourceSpan().part.empty());
  EXPECT_TRUE(PartName("").empty());
  EXPECT_EQ(SourceSpan().part.str(), "");
}

// PartName counts its sharers: the name lives while any copy does, through moves and
// assignments (ASan in `make check` reports a name freed early or never).
TEST(SourceSpan, PartNameLivesAsLongAsItsLastCopy) {
  PartName kept;
  {
    PartName first("word/header1.xml");
    PartName second = first;
    PartName moved = std::move(second);
    EXPECT_TRUE(second.empty());  // NOLINT: a moved-from name is empty
    kept = moved;
    moved = PartName("word/footer1.xml");
    PartName& same = first;
    first = same;  // assigning a name to itself keeps it
    EXPECT_EQ(first, "word/header1.xml");
  }
  EXPECT_EQ(kept, "word/header1.xml");
  std::vector<SourceSpan> spans(1000);
  for (SourceSpan& s : spans) s.part = kept;
  spans.resize(1);
  kept = PartName();
  EXPECT_EQ(spans[0].part, "word/header1.xml");
  EXPECT_EQ(sizeof(SourceSpan), 32u);  // one pointer: large tables hold a span per cell
}

// The main part's name is one for the process: names made apart share it, and it outlives
// every span that named it, so spans of the main part copy a pointer and count nothing.
TEST(SourceSpan, MainPartNameIsOneForTheProcess) {
  const std::string* kept = nullptr;
  {
    PartName first("word/document.xml");
    PartName second(std::string("word/document.xml"));
    EXPECT_EQ(&first.str(), &second.str());
    std::vector<SourceSpan> spans(100);
    for (SourceSpan& s : spans) s.part = second;
    kept = &first.str();
  }
  EXPECT_EQ(*kept, "word/document.xml");  // still there (ASan would report it freed)
  EXPECT_NE(&PartName("word/header1.xml").str(), &PartName("word/header1.xml").str());
}

TEST(Status, CarriesCodeMessageAndContext) {
  Status ok;
  EXPECT_TRUE(ok.ok());
  Status bad = Status::Corrupt("word/document.xml: XML повреждён").WithContext("plan.docx: ");
  EXPECT_FALSE(bad.ok());
  EXPECT_EQ(bad.code(), Status::Code::kCorrupt);
  EXPECT_EQ(bad.ToString(), "corrupt: plan.docx: word/document.xml: XML повреждён");
  Result<int> r = Status::NotFound("x");
  EXPECT_FALSE(r.ok());
  Result<int> v = 5;
  EXPECT_TRUE(v.ok());
  EXPECT_EQ(v.value(), 5);
}

TEST(Sha256, KnownVectors) {
  EXPECT_EQ(Sha256Hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(Sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(Sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  EXPECT_EQ(Sha256Hex(std::string(1000000, 'a')),
            "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
  EXPECT_EQ(Sha256HexPortable("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(Sha256HexPortable(std::string(1000000, 'a')),
            "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

// The CPU's SHA instructions (where the machine has them) give the portable digest for
// every length around the block boundaries and for random bytes.
TEST(Sha256, FastPathAgreesWithThePortableOne) {
  std::mt19937 random(11);
  for (size_t length = 0; length < 300; ++length) {
    std::string bytes(length, '\0');
    for (char& c : bytes) c = static_cast<char>(random());
    ASSERT_EQ(Sha256Hex(bytes), Sha256HexPortable(bytes)) << length;
  }
  std::string large(1 << 20, '\0');
  for (char& c : large) c = static_cast<char>(random());
  EXPECT_EQ(Sha256Hex(large), Sha256HexPortable(large));
}

TEST(PlainText, ParagraphsAndTableRows) {
  Block p;
  p.paragraph.text = "Цель";
  p.paragraph.list_label = "1.";
  Block t;
  t.kind = BlockKind::kTable;
  TableRow row;
  TableCell a, b;
  a.blocks.push_back(p);
  b.blocks.push_back(p);
  row.cells = {a, b};
  t.table.rows.push_back(row);
  EXPECT_EQ(PlainText({p, t}), "1. Цель\n1. Цель\t1. Цель\n");
}

}  // namespace
}  // namespace planparse
