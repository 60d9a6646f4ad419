// DOCX reader: one test per feature of real Word and LibreOffice files.
#include "parsers/docx/docx_reader.h"

#include <gtest/gtest.h>

#include "parsers/docx/numbering.h"
#include "parsers/reader.h"
#include "tests/testing/docx_builder.h"

namespace planparse {
namespace {

using testing::DocxParts;
using testing::MakeDocx;
using testing::P;

Document Read(const std::string& bytes) {
  Result<Document> doc = ReadDocumentBytes(bytes, "test.docx", ReaderOptions());
  EXPECT_TRUE(doc.ok()) << doc.status().ToString();
  return doc.ok() ? doc.take() : Document();
}

std::vector<std::string> Texts(const Document& doc) {
  std::vector<std::string> out;
  for (const Block& b : doc.body) {
    if (b.kind == BlockKind::kParagraph) out.push_back(b.paragraph.text);
  }
  return out;
}

std::vector<std::string> Labels(const Document& doc) {
  std::vector<std::string> out;
  for (const Block& b : doc.body) {
    if (b.kind == BlockKind::kParagraph) out.push_back(b.paragraph.list_label);
  }
  return out;
}

std::string NumPr(int num_id, int level) {
  return "<w:numPr><w:ilvl w:val=\"" + std::to_string(level) + "\"/><w:numId w:val=\"" +
         std::to_string(num_id) + "\"/></w:numPr>";
}

std::string Level(int ilvl, const std::string& format, const std::string& text, int start = 1,
                  const std::string& extra = "") {
  return "<w:lvl w:ilvl=\"" + std::to_string(ilvl) + "\"><w:start w:val=\"" +
         std::to_string(start) + "\"/><w:numFmt w:val=\"" + format +
         "\"/><w:lvlText w:val=\"" + text + "\"/>" + extra + "</w:lvl>";
}

TEST(DocxPackage, FindsMainPartThroughRelationshipsNotFixedPath) {
  DocxParts parts;
  parts.main_part = "content/main.xml";
  parts.body = P("Текст из нестандартного места");
  Document doc = Read(MakeDocx(parts));
  EXPECT_EQ(Texts(doc), std::vector<std::string>{"Текст из нестандартного места"});
  EXPECT_EQ(doc.source.format, "docx");
  EXPECT_EQ(doc.body[0].span.part, "content/main.xml");
  EXPECT_EQ(doc.body[0].span.block, 0);
}

// Relationships read before from the same bytes are reused only for the same source part:
// the same "styles.xml" target means content/styles.xml beside content/main.xml and
// word/styles.xml beside word/document.xml.
TEST(DocxPackage, RelationshipsReadBeforeResolveAgainstTheirOwnPart) {
  DocxParts parts;
  parts.styles = "<w:style w:type=\"paragraph\" w:styleId=\"H\"><w:name w:val=\"heading 2\"/></w:style>";
  parts.body = P("a", "<w:pStyle w:val=\"H\"/>");
  DocxParts elsewhere = parts;
  elsewhere.main_part = "content/document.xml";
  for (int pass = 0; pass < 2; ++pass) {
    Document in_word = Read(MakeDocx(parts));
    ASSERT_EQ(in_word.body.size(), 1u);
    EXPECT_EQ(in_word.body[0].paragraph.heading_level, 2) << pass;
    Document in_content = Read(MakeDocx(elsewhere));
    ASSERT_EQ(in_content.body.size(), 1u);
    EXPECT_EQ(in_content.body[0].paragraph.heading_level, 2) << pass;
    EXPECT_EQ(in_content.body[0].span.part, "content/document.xml") << pass;
  }
}

TEST(DocxPackage, ZipWithoutWordPartsIsRejectedWithReason) {
  std::string zip = testing::MakeZip({{"hello.txt", "hi"}});
  Result<Document> doc = ReadDocumentBytes(zip, "x.docx", ReaderOptions());
  ASSERT_FALSE(doc.ok());
  EXPECT_NE(doc.status().message().find("x.docx"), std::string::npos);
  EXPECT_NE(doc.status().message().find("не является документом Word"), std::string::npos);
}

TEST(DocxPackage, DoctypeIsRejected) {
  DocxParts parts;
  parts.extra["word/document.xml"] = "";  // replaced below
  std::string doc_xml =
      "<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
      "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
      "<w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>";
  std::string zip = testing::MakeZip(
      {{"_rels/.rels",
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"r\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
        "relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>"},
       {"word/document.xml", doc_xml}});
  Result<Document> doc = ReadDocumentBytes(zip, "xxe.docx", ReaderOptions());
  ASSERT_FALSE(doc.ok());
  EXPECT_NE(doc.status().message().find("DOCTYPE"), std::string::npos);
}

TEST(DocxPackage, IllFormedMainPartIsAnErrorNamingThePart) {
  std::string zip = testing::MakeZip(
      {{"_rels/.rels",
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"r\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
        "relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>"},
       {"word/document.xml", "<w:document xmlns:w=\"x\"><w:body><w:p></w:body>"}});
  Result<Document> doc = ReadDocumentBytes(zip, "bad.docx", ReaderOptions());
  ASSERT_FALSE(doc.ok());
  EXPECT_NE(doc.status().message().find("word/document.xml"), std::string::npos);
}

// The main part is parsed as it inflates, so a ZIP limit stops the XML midway: the error
// must give the ZIP's reason, not a broken-XML one, and name the part.
TEST(DocxPackage, MainPartPastTheEntryLimitIsRejectedForThatReason) {
  std::string body;
  for (int i = 0; i < 4000; ++i) body += P("Строка плана номер " + std::to_string(i));
  ReaderOptions options;
  options.max_entry_bytes = 64 << 10;
  Result<Document> doc = ReadDocumentBytes(MakeDocx(body), "big.docx", options);
  ASSERT_FALSE(doc.ok());
  EXPECT_NE(doc.status().message().find("word/document.xml: распакованная часть больше"),
            std::string::npos)
      << doc.status().message();
  // Under the limit the same document reads whole.
  options.max_entry_bytes = 64 << 20;
  doc = ReadDocumentBytes(MakeDocx(body), "big.docx", options);
  ASSERT_TRUE(doc.ok()) << doc.status().message();
  EXPECT_EQ(doc.value().body.size(), 4000u);
  EXPECT_EQ(doc.value().body.back().paragraph.text, "Строка плана номер 3999");
}

TEST(DocxPackage, CorePropertiesAreRead) {
  DocxParts parts;
  parts.body = P("x");
  parts.core = "<dc:title>План работы МО</dc:title><dc:creator>Иванова И.И.</dc:creator>"
               "<dcterms:created>2023-08-30T10:00:00Z</dcterms:created>";
  Document doc = Read(MakeDocx(parts));
  EXPECT_EQ(doc.properties.title, "План работы МО");
  EXPECT_EQ(doc.properties.creator, "Иванова И.И.");
  EXPECT_EQ(doc.properties.created, "2023-08-30T10:00:00Z");
}

TEST(DocxStyles, HeadingLevelFromBasedOnChainAndRussianName) {
  DocxParts parts;
  parts.styles =
      "<w:style w:type=\"paragraph\" w:styleId=\"h2\"><w:name w:val=\"Заголовок 2\"/></w:style>"
      "<w:style w:type=\"paragraph\" w:styleId=\"mine\"><w:name w:val=\"Мой\"/>"
      "<w:basedOn w:val=\"h2\"/></w:style>"
      "<w:style w:type=\"paragraph\" w:styleId=\"outl\"><w:name w:val=\"x\"/>"
      "<w:pPr><w:outlineLvl w:val=\"0\"/></w:pPr></w:style>"
      "<w:style w:type=\"paragraph\" w:styleId=\"H3\"><w:name w:val=\"heading 3\"/></w:style>";
  parts.body = P("a", "<w:pStyle w:val=\"mine\"/>") + P("b", "<w:pStyle w:val=\"outl\"/>") +
               P("c", "<w:pStyle w:val=\"H3\"/>") + P("d");
  Document doc = Read(MakeDocx(parts));
  ASSERT_EQ(doc.body.size(), 4u);
  EXPECT_EQ(doc.body[0].paragraph.heading_level, 2);
  // Each style is listed once in the document, and paragraphs refer to it.
  ASSERT_EQ(doc.styles.size(), 4u);
  ASSERT_GE(doc.body[0].paragraph.style, 0);
  EXPECT_EQ(doc.styles[doc.body[0].paragraph.style].id, "mine");
  EXPECT_EQ(doc.styles[doc.body[0].paragraph.style].name, "Мой");
  EXPECT_EQ(doc.styles[doc.body[2].paragraph.style].name, "heading 3");
  EXPECT_EQ(doc.styles[doc.body[3].paragraph.style].id, "");
  EXPECT_EQ(doc.body[1].paragraph.heading_level, 1);
  EXPECT_EQ(doc.body[2].paragraph.heading_level, 3);
  EXPECT_EQ(doc.body[3].paragraph.heading_level, 0);
}

TEST(DocxStyles, BasedOnCycleDoesNotHang) {
  DocxParts parts;
  parts.styles =
      "<w:style w:type=\"paragraph\" w:styleId=\"a\"><w:name w:val=\"A\"/><w:basedOn w:val=\"b\"/></w:style>"
      "<w:style w:type=\"paragraph\" w:styleId=\"b\"><w:name w:val=\"B\"/><w:basedOn w:val=\"a\"/></w:style>";
  parts.body = P("x", "<w:pStyle w:val=\"a\"/>");
  Document doc = Read(MakeDocx(parts));
  EXPECT_EQ(doc.body[0].paragraph.heading_level, 0);
  EXPECT_EQ(doc.body[0].paragraph.list_label, "");
}

TEST(DocxNumbering, DecimalMultilevelRestartsSublevelAfterParent) {
  DocxParts parts;
  parts.numbering = "<w:abstractNum w:abstractNumId=\"0\">" + Level(0, "decimal", "%1.") +
                    Level(1, "decimal", "%1.%2.") + "</w:abstractNum>"
                    "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>";
  parts.body = P("a", NumPr(1, 0)) + P("b", NumPr(1, 1)) + P("c", NumPr(1, 1)) +
               P("d", NumPr(1, 0)) + P("e", NumPr(1, 1));
  Document doc = Read(MakeDocx(parts));
  EXPECT_EQ(Labels(doc), (std::vector<std::string>{"1.", "1.1.", "1.2.", "2.", "2.1."}));
  EXPECT_EQ(doc.body[1].paragraph.list_level, 1);
}

TEST(DocxNumbering, FormatsRomanLetterRussianAndBullet) {
  DocxParts parts;
  parts.numbering =
      "<w:abstractNum w:abstractNumId=\"0\">" + Level(0, "upperRoman", "%1.", 3) + "</w:abstractNum>"
      "<w:abstractNum w:abstractNumId=\"1\">" + Level(0, "russianLower", "%1)") + "</w:abstractNum>"
      "<w:abstractNum w:abstractNumId=\"2\">" + Level(0, "bullet", "\xEF\x82\xB7") + "</w:abstractNum>"
      "<w:abstractNum w:abstractNumId=\"3\">" + Level(0, "lowerLetter", "%1)", 26) + "</w:abstractNum>"
      "<w:abstractNum w:abstractNumId=\"4\">" + Level(0, "bullet", "-") + "</w:abstractNum>"
      "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
      "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/></w:num>"
      "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"2\"/></w:num>"
      "<w:num w:numId=\"4\"><w:abstractNumId w:val=\"3\"/></w:num>"
      "<w:num w:numId=\"5\"><w:abstractNumId w:val=\"4\"/></w:num>";
  parts.body = P("a", NumPr(1, 0)) + P("b", NumPr(1, 0)) + P("c", NumPr(2, 0)) +
               P("d", NumPr(2, 0)) + P("e", NumPr(3, 0)) + P("f", NumPr(4, 0)) +
               P("g", NumPr(4, 0)) + P("h", NumPr(5, 0));
  Document doc = Read(MakeDocx(parts));
  EXPECT_EQ(Labels(doc),
            (std::vector<std::string>{"III.", "IV.", "а)", "б)", "•", "z)", "aa)", "-"}));
}

TEST(DocxNumbering, RussianLettersSkipWhatWordSkips) {
  EXPECT_EQ(FormatNumber(9, "russianLower"), "и");
  EXPECT_EQ(FormatNumber(10, "russianLower"), "к");  // й is skipped
  EXPECT_EQ(FormatNumber(29, "russianUpper"), "АА");
  EXPECT_EQ(FormatNumber(4, "lowerRoman"), "iv");
  EXPECT_EQ(FormatNumber(7, "decimalZero"), "07");
  EXPECT_EQ(FormatNumber(3, "none"), "");
}

TEST(DocxNumbering, InstancesSharingDefinitionsContinueAndStartOverrideRestarts) {
  DocxParts parts;
  parts.numbering = "<w:abstractNum w:abstractNumId=\"0\">" + Level(0, "decimal", "%1.") +
                    "</w:abstractNum>"
                    "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
                    "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"0\"/></w:num>"
                    "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"0\"/>"
                    "<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>";
  parts.body = P("a", NumPr(1, 0)) + P("b", NumPr(1, 0)) + P("c", NumPr(2, 0)) +
               P("d", NumPr(3, 0)) + P("e", NumPr(3, 0)) + P("f", NumPr(1, 0));
  Document doc = Read(MakeDocx(parts));
  EXPECT_EQ(Labels(doc), (std::vector<std::string>{"1.", "2.", "3.", "1.", "2.", "3."}));
}

// Styles and numbering read before from the same bytes are copied, not read again: the
// copy starts its lists afresh, and a part that differs is read anew.
TEST(DocxNumbering, DefinitionsReadBeforeStartEachDocumentAfresh) {
  DocxParts parts;
  parts.styles = "<w:style w:type=\"paragraph\" w:styleId=\"H\"><w:name w:val=\"heading 2\"/></w:style>";
  parts.numbering = "<w:abstractNum w:abstractNumId=\"0\">" + Level(0, "decimal", "%1.") +
                    "</w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>";
  parts.body = P("a", "<w:pStyle w:val=\"H\"/>") + P("b", NumPr(1, 0)) + P("c", NumPr(1, 0));
  const std::string bytes = MakeDocx(parts);
  for (int pass = 0; pass < 3; ++pass) {
    Document doc = Read(bytes);
    EXPECT_EQ(doc.body[0].paragraph.heading_level, 2) << pass;
    EXPECT_EQ(Labels(doc), (std::vector<std::string>{"", "1.", "2."})) << pass;
  }
  DocxParts roman = parts;
  roman.numbering = "<w:abstractNum w:abstractNumId=\"0\">" + Level(0, "upperRoman", "%1.") +
                    "</w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>";
  EXPECT_EQ(Labels(Read(MakeDocx(roman))), (std::vector<std::string>{"", "I.", "II."}));
  EXPECT_EQ(Labels(Read(bytes)), (std::vector<std::string>{"", "1.", "2."}));
}

// A package listing two styles parts reads both, the second adding to the first, also
// when the first was read before from the same bytes.
TEST(DocxStyles, ASecondStylesPartAddsToTheFirst) {
  DocxParts parts;
  parts.styles = "<w:style w:type=\"paragraph\" w:styleId=\"A\"><w:name w:val=\"heading 1\"/></w:style>";
  parts.more_styles = "<w:style w:type=\"paragraph\" w:styleId=\"B\"><w:name w:val=\"heading 3\"/></w:style>";
  parts.body = P("a", "<w:pStyle w:val=\"A\"/>") + P("b", "<w:pStyle w:val=\"B\"/>");
  DocxParts alone = parts;
  alone.more_styles.clear();
  DocxParts second_alone = alone;
  second_alone.styles = parts.more_styles;
  for (int pass = 0; pass < 2; ++pass) {
    Document doc = Read(MakeDocx(parts));
    EXPECT_EQ(doc.body[0].paragraph.heading_level, 1) << pass;
    EXPECT_EQ(doc.body[1].paragraph.heading_level, 3) << pass;
    // Each part alone, read after: the other's style is not in it.
    Document first = Read(MakeDocx(alone));
    EXPECT_EQ(first.body[0].paragraph.heading_level, 1) << pass;
    EXPECT_EQ(first.body[1].paragraph.heading_level, 0) << pass;
    Document second = Read(MakeDocx(second_alone));
    EXPECT_EQ(second.body[0].paragraph.heading_level, 0) << pass;
    EXPECT_EQ(second.body[1].paragraph.heading_level, 3) << pass;
  }
}

TEST(DocxNumbering, InheritedFromParagraphStyleAndNumStyleLink) {
  DocxParts parts;
  parts.styles =
      "<w:style w:type=\"paragraph\" w:styleId=\"Task\"><w:name w:val=\"Задача\"/>"
      "<w:pPr><w:numPr><w:numId w:val=\"2\"/></w:numPr></w:pPr></w:style>"
      "<w:style w:type=\"paragraph\" w:styleId=\"SubTask\"><w:name w:val=\"Подзадача\"/>"
      "<w:basedOn w:val=\"Task\"/></w:style>";
  // numId 2 -> abstract 1, which only links to the definitions of abstract 0.
  parts.numbering = "<w:abstractNum w:abstractNumId=\"0\"><w:styleLink w:val=\"ListStyle\"/>" +
                    Level(0, "decimal", "%1)") +
                    Level(1, "russianLower", "%2)", 1, "<w:pStyle w:val=\"SubTask\"/>") +
                    "</w:abstractNum>"
                    "<w:abstractNum w:abstractNumId=\"1\"><w:numStyleLink w:val=\"ListStyle\"/></w:abstractNum>"
                    "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/></w:num>";
  parts.body = P("a", "<w:pStyle w:val=\"Task\"/>") + P("b", "<w:pStyle w:val=\"SubTask\"/>") +
               P("c", "<w:pStyle w:val=\"Task\"/>") +
               P("d", "<w:pStyle w:val=\"Task\"/><w:numPr><w:numId w:val=\"0\"/></w:numPr>");
  Document doc = Read(MakeDocx(parts));
  EXPECT_EQ(Labels(doc), (std::vector<std::string>{"1)", "а)", "2)", ""}));
  EXPECT_EQ(doc.body[3].paragraph.list_level, -1);
}

TEST(DocxRuns, TabsBreaksHyphensAndSymbols) {
  std::string body =
      "<w:p><w:r><w:t>a</w:t><w:tab/><w:t>b</w:t><w:br/><w:t>c</w:t><w:cr/>"
      "<w:t>организационно</w:t><w:noBreakHyphen/><w:t>методический пере</w:t><w:softHyphen/>"
      "<w:t>нос</w:t><w:sym w:font=\"Symbol\" w:char=\"F0B3\"/></w:r></w:p>";
  Document doc = Read(MakeDocx(body));
  EXPECT_EQ(Texts(doc)[0], "a\tb\nc\nорганизационно-методический перенос≥");
}

TEST(DocxRuns, TrackedChangesKeepInsertionsDropDeletionsAndMoves) {
  std::string body =
      "<w:p><w:r><w:t xml:space=\"preserve\">Срок: </w:t></w:r>"
      "<w:del w:id=\"1\" w:author=\"x\"><w:r><w:delText>май</w:delText></w:r></w:del>"
      "<w:ins w:id=\"2\" w:author=\"x\"><w:r><w:t>июнь</w:t></w:r></w:ins>"
      "<w:moveFrom w:id=\"3\" w:author=\"x\"><w:r><w:t>старое</w:t></w:r></w:moveFrom></w:p>";
  Document doc = Read(MakeDocx(body));
  EXPECT_EQ(Texts(doc)[0], "Срок: июнь");
}

TEST(DocxRuns, FieldsKeepResultDropInstruction) {
  std::string body =
      "<w:p><w:r><w:t xml:space=\"preserve\">Приложение </w:t></w:r>"
      "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
      "<w:r><w:instrText> SEQ Приложение \\* ARABIC </w:instrText></w:r>"
      "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>3</w:t></w:r>"
      "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
      "<w:fldSimple w:instr=\" PAGE \"><w:r><w:t>, стр. 7</w:t></w:r></w:fldSimple></w:p>";
  Document doc = Read(MakeDocx(body));
  EXPECT_EQ(Texts(doc)[0], "Приложение 3, стр. 7");
}

TEST(DocxRuns, HyperlinksSdtAndSmartTagsKeepText) {
  std::string body =
      "<w:p><w:hyperlink r:id=\"rIdX\"><w:r><w:t>сайт</w:t></w:r></w:hyperlink>"
      "<w:sdt><w:sdtPr><w:alias w:val=\"Дата\"/></w:sdtPr><w:sdtContent><w:r><w:t> 16.01.2026</w:t>"
      "</w:r></w:sdtContent></w:sdt></w:p>"
      "<w:sdt><w:sdtContent>" + P("в блоке") + "</w:sdtContent></w:sdt>";
  Document doc = Read(MakeDocx(body));
  EXPECT_EQ(Texts(doc), (std::vector<std::string>{"сайт 16.01.2026", "в блоке"}));
}

TEST(DocxRuns, AlternateContentTakesExactlyOneBranchAndTextBoxOnce) {
  std::string box = "<w:txbxContent>" + P("в рамке") + "</w:txbxContent>";
  std::string body =
      "<w:p><w:r><w:t>до</w:t></w:r><w:r><mc:AlternateContent>"
      "<mc:Choice Requires=\"wps\"><w:drawing><wps:wsp><wps:txbx>" + box +
      "</wps:txbx></wps:wsp></w:drawing></mc:Choice>"
      "<mc:Fallback><w:pict><v:shape><v:textbox>" + box +
      "</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>" +
      P("после");
  Document doc = Read(MakeDocx(body));
  EXPECT_EQ(Texts(doc), (std::vector<std::string>{"до", "в рамке", "после"}));
}

TEST(DocxRuns, UnknownChoiceFallsBackAndDropCapJoinsNextParagraph) {
  std::string body =
      "<w:p><w:r><mc:AlternateContent><mc:Choice Requires=\"w99\"><w:t>новое</w:t></mc:Choice>"
      "<mc:Fallback><w:t>запасное</w:t></mc:Fallback></mc:AlternateContent></w:r></w:p>"
      "<w:p><w:pPr><w:framePr w:dropCap=\"drop\" w:lines=\"3\"/></w:pPr><w:r><w:t>П</w:t></w:r></w:p>" +
      P("лан работы");
  Document doc = Read(MakeDocx(body));
  EXPECT_EQ(Texts(doc), (std::vector<std::string>{"запасное", "План работы"}));
}

TEST(DocxStories, NotesAndHeadersAreKeptApartFromBody) {
  DocxParts parts;
  parts.body = "<w:p><w:r><w:t>Текст</w:t></w:r><w:r><w:footnoteReference w:id=\"2\"/></w:r></w:p>";
  parts.footnotes =
      "<w:footnote w:type=\"separator\" w:id=\"0\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>"
      "<w:footnote w:id=\"2\">" + P("Сноска.") + "</w:footnote>";
  parts.header = P("Колонтитул");
  Document doc = Read(MakeDocx(parts));
  EXPECT_EQ(Texts(doc), std::vector<std::string>{"Текст"});
  ASSERT_EQ(doc.stories.size(), 2u);
  EXPECT_EQ(doc.stories[0].kind, Story::Kind::kFootnote);
  EXPECT_EQ(doc.stories[0].id, "2");
  EXPECT_EQ(doc.stories[0].blocks[0].paragraph.text, "Сноска.");
  EXPECT_EQ(doc.stories[1].kind, Story::Kind::kHeader);
  EXPECT_EQ(doc.stories[1].blocks[0].paragraph.text, "Колонтитул");
}

std::string Cell(const std::string& text, const std::string& tcpr = "") {
  return "<w:tc>" + (tcpr.empty() ? "" : "<w:tcPr>" + tcpr + "</w:tcPr>") + P(text) + "</w:tc>";
}

TEST(DocxTables, MergedHeaderSpansAndSectionRow) {
  // | №  | Мероприятие | Сроки        |
  // |    |             | начало | конец|   (№ and Мероприятие merged down)
  // | I. Раздел (spans all four)       |
  std::string body =
      "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>"
      "<w:tr><w:trPr><w:tblHeader/></w:trPr>" + Cell("№", "<w:vMerge w:val=\"restart\"/>") +
      Cell("Мероприятие", "<w:vMerge w:val=\"restart\"/>") +
      Cell("Сроки", "<w:gridSpan w:val=\"2\"/>") + "</w:tr>"
      "<w:tr><w:trPr><w:tblHeader/></w:trPr>" + Cell("", "<w:vMerge/>") + Cell("", "<w:vMerge/>") +
      Cell("начало") + Cell("конец") + "</w:tr>"
      "<w:tr>" + Cell("I. Раздел", "<w:gridSpan w:val=\"4\"/>") + "</w:tr>"
      "<w:tr><w:trPr><w:gridBefore w:val=\"1\"/></w:trPr>" + Cell("Семинар") + Cell("май") +
      "</w:tr></w:tbl>";
  Document doc = Read(MakeDocx(body));
  ASSERT_EQ(doc.body.size(), 1u);
  const Table& t = doc.body[0].table;
  EXPECT_EQ(t.grid_columns, 4);
  ASSERT_EQ(t.rows.size(), 4u);
  EXPECT_TRUE(t.rows[0].is_header);
  EXPECT_TRUE(t.rows[1].is_header);
  EXPECT_FALSE(t.rows[2].is_header);
  ASSERT_EQ(t.rows[0].cells.size(), 3u);
  EXPECT_EQ(t.rows[0].cells[0].row_span, 2);
  EXPECT_EQ(t.rows[0].cells[1].row_span, 2);
  EXPECT_EQ(t.rows[0].cells[2].col_span, 2);
  EXPECT_EQ(t.rows[0].cells[2].grid_column, 2);
  ASSERT_EQ(t.rows[1].cells.size(), 2u);  // the merged continuations are absorbed
  EXPECT_EQ(t.rows[1].cells[0].grid_column, 2);
  EXPECT_EQ(t.rows[2].cells[0].col_span, 4);
  EXPECT_EQ(t.rows[3].cells[0].grid_column, 1);
  EXPECT_EQ(t.rows[3].cells[1].blocks[0].paragraph.text, "май");
  EXPECT_EQ(t.rows[3].cells[1].span.table_row, 3);
  EXPECT_EQ(t.rows[3].cells[1].span.table_cell, 1);
  EXPECT_EQ(t.rows[3].cells[1].span.block, 0);
}

TEST(DocxTables, NestedTablesAndAbsurdGridSpanIsClamped) {
  std::string inner = "<w:tbl><w:tr>" + Cell("внутри") + "</w:tr></w:tbl>";
  std::string body = "<w:tbl><w:tr><w:tc>" + P("снаружи") + inner + "</w:tc>" +
                     Cell("x", "<w:gridSpan w:val=\"999999\"/>") + "</w:tr></w:tbl>";
  Document doc = Read(MakeDocx(body));
  const TableCell& outer = doc.body[0].table.rows[0].cells[0];
  ASSERT_EQ(outer.blocks.size(), 2u);
  EXPECT_EQ(outer.blocks[1].kind, BlockKind::kTable);
  EXPECT_EQ(outer.blocks[1].table.rows[0].cells[0].blocks[0].paragraph.text, "внутри");
  const TableCell& wide = doc.body[0].table.rows[0].cells[1];
  EXPECT_LE(wide.grid_column + wide.col_span, ReaderOptions().max_grid_columns);
  ASSERT_FALSE(doc.diagnostics.empty());
  EXPECT_EQ(doc.diagnostics[0].code, "docx.grid_span_clamped");
}

TEST(DocxTables, ListNumberingInsideCellsCountsInDocumentOrder) {
  DocxParts parts;
  parts.numbering = "<w:abstractNum w:abstractNumId=\"0\">" + Level(0, "decimal", "%1.") +
                    "</w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>";
  parts.body = "<w:tbl><w:tr><w:tc>" + P("а", NumPr(1, 0)) + "</w:tc></w:tr><w:tr><w:tc>" +
               P("б", NumPr(1, 0)) + "</w:tc></w:tr></w:tbl>";
  Document doc = Read(MakeDocx(parts));
  const Table& t = doc.body[0].table;
  EXPECT_EQ(t.rows[0].cells[0].blocks[0].paragraph.list_label, "1.");
  EXPECT_EQ(t.rows[1].cells[0].blocks[0].paragraph.list_label, "2.");
}

TEST(DocxLimits, LongParagraphIsCutWithDiagnostic) {
  ReaderOptions options;
  options.max_paragraph_bytes = 10;
  Result<Document> doc = ReadDocumentBytes(MakeDocx(P("12345") + "<w:p><w:r><w:t>123456</w:t>"
                                                    "<w:t>789012</w:t></w:r></w:p>"),
                                           "long.docx", options);
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc.value().body[1].paragraph.text, "123456");
  EXPECT_EQ(doc.value().diagnostics.at(0).code, "docx.paragraph_truncated");
}

}  // namespace
}  // namespace planparse
