// The safe XML layer: what a reader keeps, the text and attributes of kept trees, limits.
#include "parsers/docx/xml.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace planparse::xml {
namespace {

// The root and w:body-like "body" open; body's children built whole, except "tbl", whose
// children are; everything after body dropped.
Keep BodyLike(std::string_view name, int depth, std::string_view parent) {
  if (depth == 0 || name == "body") return Keep::kOpen;
  if (parent == "body" && name == "tbl") return Keep::kOpen;
  if (parent == "body" || parent == "tbl") return Keep::kTree;
  return Keep::kDrop;
}

// Each event as "open NAME", "close NAME" or "tree NAME:TEXT OF ITS FIRST CHILD ELEMENT".
std::vector<std::string> Events(Reader* reader) {
  std::vector<std::string> out;
  Event event;
  while (reader->Next(&event)) {
    if (event.kind == Event::kOpen) out.push_back("open " + std::string(event.name));
    if (event.kind == Event::kClose) out.push_back("close " + std::string(event.name));
    if (event.kind == Event::kTree) {
      const Node* first = event.tree->children;
      while (first != nullptr && !first->is_element) first = first->next;
      out.push_back("tree " + std::string(event.name) + ":" + Text(first));
    }
  }
  return out;
}

const char kDocument[] =
    "<?xml version=\"1.0\"?>\n"
    "<w:document xmlns:w=\"urn:w\"><w:background/><w:body>\n"
    "  <w:p><w:t>один</w:t></w:p>\n"
    "  <w:tbl><w:tblPr/><w:tr><w:t>строка 1</w:t></w:tr><w:tr><w:t>строка 2</w:t></w:tr></w:tbl>\n"
    "  <w:p><w:t>два</w:t></w:p>\n"
    "</w:body><w:after><w:p><w:t>не читается</w:t></w:p></w:after></w:document>";

TEST(XmlReader, ReportsWhatItIsAskedToKeepInDocumentOrder) {
  Reader reader(kDocument, "part.xml", 200, 1'000'000, BodyLike);
  EXPECT_EQ(Events(&reader),
            (std::vector<std::string>{"open document", "open body", "tree p:один", "open tbl",
                                      "tree tblPr:", "tree tr:строка 1", "tree tr:строка 2",
                                      "close tbl", "tree p:два", "close body", "close document"}));
  EXPECT_TRUE(reader.status().ok()) << reader.status().message();
  EXPECT_TRUE(reader.FinishedCleanly());
}

TEST(XmlReader, ReadsTheSameFromACallbackHandingOverOneByteAtATime) {
  const std::string bytes = kDocument;
  size_t at = 0;
  Reader reader(
      [&](char* buffer, int size) {
        if (at == bytes.size() || size < 1) return 0;
        buffer[0] = bytes[at++];
        return 1;
      },
      "part.xml", 200, 1'000'000, BodyLike);
  Reader whole(kDocument, "part.xml", 200, 1'000'000, BodyLike);
  EXPECT_EQ(Events(&reader), Events(&whole));
  EXPECT_TRUE(reader.FinishedCleanly());
}

TEST(XmlReader, TextAndAttributesHaveTheirReferencesResolved) {
  const std::string xml =
      "<r a=\"x &amp; y &#38; z &lt; &#1046;\" b=''>"
      "<t>A &amp; B<![CDATA[<c>&amp;]]>&#1046;<!-- not text --> и</t></r>";
  std::string a, b, text;
  bool has_b = false, has_c = true;
  Status st = WithRoot(xml, "part.xml", 200, 1'000'000, [&](Node* root) {
    a = std::string(Attr(root, "a"));
    has_b = HasAttr(root, "b");
    has_c = HasAttr(root, "c");
    b = std::string(Attr(root, "b"));
    text = Text(Child(root, "t"));
  });
  ASSERT_TRUE(st.ok()) << st.message();
  EXPECT_EQ(a, "x & y & z < Ж");
  EXPECT_TRUE(has_b);
  EXPECT_EQ(b, "");
  EXPECT_FALSE(has_c);
  EXPECT_EQ(text, "A & B<c>&amp;Ж и");
}

TEST(XmlReader, EachTreeIsWholeWhenReportedThoughTheirMemoryIsReused) {
  std::string xml = "<body>";
  for (int i = 0; i < 3000; ++i) {
    xml += "<p n=\"" + std::to_string(i) + "\"><t>абзац " + std::to_string(i) + "</t></p>";
  }
  xml += "</body>";
  Reader reader(xml, "part.xml", 200, 1'000'000, BodyLike);
  Event event;
  int trees = 0;
  while (reader.Next(&event)) {
    if (event.kind != Event::kTree) continue;
    ASSERT_EQ(Attr(event.tree, "n"), std::to_string(trees));
    ASSERT_EQ(Text(Child(event.tree, "t")), "абзац " + std::to_string(trees));
    ++trees;
  }
  EXPECT_EQ(trees, 3000);
  EXPECT_TRUE(reader.FinishedCleanly());
}

TEST(XmlReader, RefusesADoctypeBeforeAnyEntityIsRead) {
  const std::string xml =
      "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
      "<body><p><t>&e;</t></p></body>";
  Reader reader(xml, "word/document.xml", 200, 1'000'000, BodyLike);
  EXPECT_TRUE(Events(&reader).empty());
  EXPECT_EQ(reader.status().code(), Status::Code::kCorrupt);
  EXPECT_NE(reader.status().message().find("DOCTYPE"), std::string::npos);
  EXPECT_FALSE(reader.FinishedCleanly());
}

TEST(XmlReader, IllFormedXmlNamesThePartAndTheLine) {
  Reader reader("<body>\n<p>\n</body>", "word/document.xml", 200, 1'000'000, BodyLike);
  Events(&reader);
  EXPECT_EQ(reader.status().code(), Status::Code::kCorrupt);
  EXPECT_EQ(reader.status().message().rfind("word/document.xml строка 3: XML повреждён (", 0), 0u)
      << reader.status().message();
}

TEST(XmlReader, AnUnfinishedPartIsNotFinishedCleanly) {
  Reader reader("<body><p><t>текст</t></p>", "part.xml", 200, 1'000'000, BodyLike);
  EXPECT_EQ(Events(&reader), (std::vector<std::string>{"open body", "tree p:текст"}));
  EXPECT_FALSE(reader.FinishedCleanly());
}

TEST(XmlReader, AReadErrorStopsTheReader) {
  Reader reader([](char*, int) { return -1; }, "part.xml", 200, 1'000'000, BodyLike);
  Event event;
  EXPECT_FALSE(reader.Next(&event));
  EXPECT_FALSE(reader.status().ok());
  EXPECT_FALSE(reader.FinishedCleanly());
}

TEST(XmlReader, NestingDeeperThanTheLimitIsRefusedInsideAndOutsideTrees) {
  std::string deep;
  for (int i = 0; i < 12; ++i) deep += "<s>";
  for (int i = 0; i < 12; ++i) deep += "</s>";
  const std::string xml = "<body>" + deep + "</body>";  // the reader reads it in place
  for (Keep keep : {Keep::kPass, Keep::kTree}) {
    Reader reader(xml, "part.xml", 10, 1'000'000,
                  [keep](std::string_view, int depth, std::string_view) {
                    return depth == 0 ? Keep::kOpen : keep;
                  });
    Events(&reader);
    EXPECT_EQ(reader.status().code(), Status::Code::kLimitExceeded);
    EXPECT_NE(reader.status().message().find("глубже 10"), std::string::npos);
  }
  Reader shallow(xml, "part.xml", 12, 1'000'000, BodyLike);
  Events(&shallow);
  EXPECT_TRUE(shallow.FinishedCleanly());
}

TEST(XmlReader, MoreNodesThanTheLimitAreRefused) {
  std::string xml = "<body>";
  for (int i = 0; i < 50; ++i) xml += "<p><t>x</t></p>";
  xml += "</body>";
  Reader reader(xml, "part.xml", 200, 120, BodyLike);  // 1 + 50 × 3 nodes
  Events(&reader);
  EXPECT_EQ(reader.status().code(), Status::Code::kLimitExceeded);
  Reader enough(xml, "part.xml", 200, 151, BodyLike);
  Events(&enough);
  EXPECT_TRUE(enough.FinishedCleanly()) << enough.status().message();
}

TEST(XmlReader, ATextNodeOverTenMegabytesIsRefused) {
  const std::string over = "<body><p>" + std::string(10'000'001, 'x') + "</p></body>";
  const std::string under_xml = "<body><p>" + std::string(10'000'000, 'x') + "</p></body>";
  Reader reader(over, "part.xml", 200, 1'000'000, BodyLike);
  EXPECT_EQ(Events(&reader), std::vector<std::string>{"open body"});
  EXPECT_EQ(reader.status().code(), Status::Code::kLimitExceeded);
  Reader under(under_xml, "part.xml", 200, 1'000'000, BodyLike);
  Event event;
  size_t size = 0;
  while (under.Next(&event)) {
    if (event.kind == Event::kTree) size = Text(event.tree).size();
  }
  EXPECT_EQ(size, 10'000'000u);
}

TEST(XmlReader, WithRootSaysWhenThereIsNoRoot) {
  Status st = WithRoot("", "part.xml", 200, 1'000'000, [](Node*) { FAIL(); });
  EXPECT_FALSE(st.ok());
  EXPECT_NE(st.message().find("part.xml"), std::string::npos);
}

}  // namespace
}  // namespace planparse::xml
