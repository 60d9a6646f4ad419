// Plain-text reader: encodings, line ends, and layouts that already show a table.
#include "parsers/text/text_reader.h"

#include <gtest/gtest.h>
#include <unicode/unistr.h>

#include "parsers/reader.h"
#include "parsers/text/encoding.h"

namespace planparse {
namespace {

// A real paragraph of a plan, long enough for statistics to speak. Straight quotes:
// KOI8-R and CP866 have no guillemets.
const char* kRussian =
    "Цель: обеспечение выполнения показателя регионального проекта \"Все лучшее детям\" "
    "национального проекта \"Молодежь и дети\", в части охвата дополнительным образованием "
    "детей. Задачи: усиление воспитательного потенциала дополнительных общеобразовательных "
    "программ; формирование единого открытого образовательного пространства.";

std::string Encode(const std::string& utf8, const char* encoding) {
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(utf8);
  int32_t size = text.extract(0, text.length(), nullptr, 0, encoding);
  std::string out(static_cast<size_t>(size), '\0');
  text.extract(0, text.length(), out.data(), size, encoding);
  return out;
}

struct EncodingCase {
  const char* encoding;
  const char* expected;
};

class SingleByteEncodingTest : public ::testing::TestWithParam<EncodingCase> {};

TEST_P(SingleByteEncodingTest, PicksTheRightRussianCodePage) {
  std::string bytes = Encode(kRussian, GetParam().encoding);
  EXPECT_EQ(DetectEncoding(bytes), GetParam().expected);
  Result<DecodedText> decoded = DecodeToUtf8(bytes);
  ASSERT_TRUE(decoded.ok());
  EXPECT_EQ(decoded.value().utf8, kRussian);
}

INSTANTIATE_TEST_SUITE_P(RussianCodePages, SingleByteEncodingTest,
                         ::testing::Values(EncodingCase{"windows-1251", "windows-1251"},
                                           EncodingCase{"KOI8-R", "KOI8-R"},
                                           EncodingCase{"IBM866", "IBM866"}));

TEST(Encoding, ShortCapitalisedTitleStillDecodesRight) {
  // Short, upper-case lines are the hard case for letter statistics.
  const std::string title = "ПЛАН РАБОТЫ методического объединения на 2025 год";
  for (const char* enc : {"windows-1251", "KOI8-R", "IBM866"}) {
    EXPECT_EQ(DetectEncoding(Encode(title, enc)), enc) << enc;
  }
}

TEST(Encoding, BomsAndUtf16WithoutBom) {
  EXPECT_EQ(DetectEncoding("\xEF\xBB\xBFплан"), "UTF-8");
  EXPECT_EQ(DetectEncoding(std::string("\xFF\xFE", 2) + Encode("план", "UTF-16LE")), "UTF-16LE");
  EXPECT_EQ(DetectEncoding(std::string("\xFE\xFF", 2) + Encode("план", "UTF-16BE")), "UTF-16BE");
  EXPECT_EQ(DetectEncoding(std::string("\xFF\xFE\x00\x00", 4) + Encode("план", "UTF-32LE")),
            "UTF-32LE");
  EXPECT_EQ(DetectEncoding(Encode(kRussian, "UTF-16LE")), "UTF-16LE");
  EXPECT_EQ(DetectEncoding(Encode(kRussian, "UTF-16BE")), "UTF-16BE");
  EXPECT_EQ(DetectEncoding(kRussian), "UTF-8");
  Result<DecodedText> d = DecodeToUtf8(std::string("\xFF\xFE", 2) + Encode("план", "UTF-16LE"));
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d.value().utf8, "план");  // the BOM is not part of the text
}

TEST(Encoding, Utf8ValidatorRejectsOverlongsAndSurrogates) {
  EXPECT_TRUE(IsValidUtf8("план"));
  EXPECT_FALSE(IsValidUtf8("\xC0\xAF"));          // overlong "/"
  EXPECT_FALSE(IsValidUtf8("\xED\xA0\x80"));      // surrogate
  EXPECT_FALSE(IsValidUtf8("\xF4\x90\x80\x80"));  // above U+10FFFF
  EXPECT_FALSE(IsValidUtf8("\xD0"));              // truncated
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

std::string CellText(const TableCell& cell) { return PlainText(cell.blocks); }

TEST(TextLayout, TabSeparatedRowsBecomeTable) {
  std::vector<Block> blocks = LayoutLines(Lines(
      "План\n"
      "№\tНаименование\tСроки\n"
      "1.\tУтверждение плана\tЯнварь 2026г.\n"
      "\tИспользование ресурсов\tПостоянно\n"
      "\n"
      "2\tМониторинг\tДекабрь\n"
      "Конец"));
  ASSERT_EQ(blocks.size(), 3u);
  EXPECT_EQ(blocks[0].paragraph.text, "План");
  ASSERT_EQ(blocks[1].kind, BlockKind::kTable);
  const Table& t = blocks[1].table;
  EXPECT_EQ(t.grid_columns, 3);
  EXPECT_TRUE(t.words_spaced);  // written by Word's "save as text", cell by cell
  ASSERT_EQ(t.rows.size(), 4u);
  EXPECT_EQ(CellText(t.rows[2].cells[0]), "\n");
  EXPECT_EQ(CellText(t.rows[3].cells[1]), "Мониторинг\n");
  EXPECT_EQ(t.rows[3].span.first_line, 6);
  EXPECT_EQ(blocks[1].span.first_line, 2);
  EXPECT_EQ(blocks[1].span.last_line, 6);
  EXPECT_EQ(blocks[2].span.first_line, 7);
}

// Word's "save as text" writes a merged section row as its text led by the tabs of the
// cells before it: one row of one cell over the table, which goes on after it.
TEST(TextLayout, TabLedSectionRowsStayInTheTable) {
  std::vector<Block> blocks = LayoutLines(Lines(
      "№ п/п\tСодержание работы\tСроки\tОтветственные\n"
      "\tЗаседание № 1\n"
      "1.\tАнализ работы МО\tавгуст\tРуководитель МО\n"
      "\tЗаседание № 2\t\n"
      "2.\tИтоги контрольных работ\tоктябрь\tУчителя МО\n"
      "\tЗаметки на полях\n"
      "Конец"));
  ASSERT_EQ(blocks.size(), 3u);
  ASSERT_EQ(blocks[0].kind, BlockKind::kTable);
  const Table& t = blocks[0].table;
  EXPECT_EQ(t.grid_columns, 4);
  ASSERT_EQ(t.rows.size(), 5u);
  ASSERT_EQ(t.rows[1].cells.size(), 1u);
  EXPECT_EQ(CellText(t.rows[1].cells[0]), "Заседание № 1\n");
  EXPECT_EQ(t.rows[1].cells[0].col_span, 4);
  EXPECT_EQ(CellText(t.rows[3].cells[0]), "Заседание № 2\n");
  EXPECT_EQ(CellText(t.rows[4].cells[1]), "Итоги контрольных работ\n");
  // A tab-led line after the last row is no section row: no row of the table follows.
  EXPECT_EQ(blocks[1].paragraph.text, "\tЗаметки на полях");
}

// A cell of several paragraphs carries its row over several lines: the lines go on with
// the last field until the row has all its fields. A line without tabs after a row goes on
// with its last cell when it names a person, starts in lower case or follows a comma.
TEST(TextLayout, TabSeparatedRowsRunOverLinesWithTheirCells) {
  std::vector<Block> blocks = LayoutLines(Lines(
      "№\tМероприятие\tСроки\tОтветственный\n"
      "1.\tЗаседание МО\tавгуст\tИванова А.А.\n"
      "2.\tПодготовка к олимпиадам:\n"
      "- школьный этап;\n"
      "- муниципальный этап\tоктябрь-ноябрь\tПетрова Б.Б.\n"
      "3.\tНеделя математики\tфевраль\tСидоров В.В.\n"
      "Козлова Г.Г.\n"
      "Раздел 2. Работа с кадрами\n"
      "4.\tАттестация\tпо графику\tзам. директора,\n"
      "классные руководители\n"
      "Конец"));
  ASSERT_EQ(blocks.size(), 2u);
  ASSERT_EQ(blocks[0].kind, BlockKind::kTable);
  const Table& t = blocks[0].table;
  ASSERT_EQ(t.rows.size(), 6u);
  EXPECT_EQ(CellText(t.rows[2].cells[1]), "Подготовка к олимпиадам:\n- школьный этап;\n- муниципальный этап\n");
  EXPECT_EQ(CellText(t.rows[2].cells[2]), "октябрь-ноябрь\n");
  EXPECT_EQ(t.rows[2].span.first_line, 3);
  EXPECT_EQ(t.rows[2].span.last_line, 5);
  EXPECT_EQ(CellText(t.rows[3].cells[3]), "Сидоров В.В.\nКозлова Г.Г.\n");
  ASSERT_EQ(t.rows[4].cells.size(), 1u);  // a section row
  EXPECT_EQ(CellText(t.rows[4].cells[0]), "Раздел 2. Работа с кадрами\n");
  EXPECT_EQ(CellText(t.rows[5].cells[3]), "зам. директора,\nклассные руководители\n");
  EXPECT_EQ(blocks[1].paragraph.text, "Конец");
}

// `pandoc -t plain` draws tables with rules: a grid table ("+---+", "|" between cells,
// "+===+" under the header) and a multiline table (dash groups under the header give the
// columns; rows stand apart by blank lines between two full rules).
TEST(TextLayout, TablesDrawnWithRulesBecomeTables) {
  std::vector<Block> blocks = LayoutLines(Lines(
      "+----+---------------------+----------+\n"
      "| №  | Тема заседания      | Сроки    |\n"
      "+====+=====================+==========+\n"
      "| 1. | Заседание № 1.      | август   |\n"
      "|    | Планирование работы |          |\n"
      "+----+---------------------+----------+\n"
      "| 2. | Итоги года:         | май      |\n"
      "|    | 1                   |          |\n"
      "|    | . анализ работы     |          |\n"
      "+----+---------------------+----------+\n"
      "\n"
      "  ---------------------------------------------\n"
      "  №    Наименование мероприятия     Сроки\n"
      "  ---- ---------------------------- -----------\n"
      "  1.   Утверждение плана работы МОЦ Январь\n"
      "       на 2026 год                  2026г.\n"
      "\n"
      "  2.   Оказание методической помощи В течение\n"
      "                                    года\n"
      "  ---------------------------------------------\n"
      "Конец"));
  ASSERT_EQ(blocks.size(), 4u);
  ASSERT_EQ(blocks[0].kind, BlockKind::kTable);
  const Table& grid = blocks[0].table;
  EXPECT_FALSE(grid.words_spaced);  // laid out in columns, words broken to fit them
  ASSERT_EQ(grid.rows.size(), 3u);
  EXPECT_TRUE(grid.rows[0].is_header);
  EXPECT_FALSE(grid.rows[1].is_header);
  EXPECT_EQ(CellText(grid.rows[1].cells[1]), "Заседание № 1.\nПланирование работы\n");
  EXPECT_EQ(CellText(grid.rows[2].cells[2]), "май\n");
  EXPECT_EQ(CellText(grid.rows[2].cells[1]), "Итоги года:\n1. анализ работы\n");  // "1" / "." joined
  EXPECT_EQ(grid.rows[1].span.first_line, 4);
  EXPECT_EQ(grid.rows[1].span.last_line, 5);
  ASSERT_EQ(blocks[2].kind, BlockKind::kTable);
  const Table& dashed = blocks[2].table;
  ASSERT_EQ(dashed.rows.size(), 3u);
  EXPECT_EQ(CellText(dashed.rows[0].cells[1]), "Наименование мероприятия\n");
  EXPECT_EQ(dashed.rows[0].span.first_line, 13);
  EXPECT_EQ(CellText(dashed.rows[1].cells[1]), "Утверждение плана работы МОЦ\nна 2026 год\n");
  EXPECT_EQ(CellText(dashed.rows[1].cells[2]), "Январь\n2026г.\n");
  EXPECT_EQ(CellText(dashed.rows[2].cells[2]), "В течение\nгода\n");
  EXPECT_EQ(blocks[3].paragraph.text, "Конец");
}

TEST(TextLayout, AListBeforeATableDrawnWithRulesIsNoTable) {
  // pandoc writes a list "1.  …" with two spaces after the number; the grid table after
  // it has cells ("|   | молодым специалистам") that begin where the items' text does,
  // which is no sign of a table of the items.
  std::vector<Block> blocks = LayoutLines(Lines(
      "Задачи:\n"
      "\n"
      "1.  оказать методическую помощь в организации урока;\n"
      "\n"
      "2.  развивать потребность в самообразовании;\n"
      "\n"
      "3.  обеспечить адаптацию молодых специалистов в коллективе.\n"
      "\n"
      "+---+---------------------------+-----------+---------+--------------+\n"
      "| № | Содержание работы         | Форма     | Сроки   | О            |\n"
      "| п |                           | п         |         | тветственный |\n"
      "| / |                           | роведения |         |              |\n"
      "| п |                           |           |         |              |\n"
      "+===+===========================+===========+=========+==============+\n"
      "| О |                           |           |         |              |\n"
      "| р |                           |           |         |              |\n"
      "| г |                           |           |         |              |\n"
      "| а |                           |           |         |              |\n"
      "| н |                           |           |         |              |\n"
      "| и |                           |           |         |              |\n"
      "| з |                           |           |         |              |\n"
      "| а |                           |           |         |              |\n"
      "| ц |                           |           |         |              |\n"
      "| и |                           |           |         |              |\n"
      "| о |                           |           |         |              |\n"
      "| н |                           |           |         |              |\n"
      "| н |                           |           |         |              |\n"
      "| а |                           |           |         |              |\n"
      "| я |                           |           |         |              |\n"
      "| р |                           |           |         |              |\n"
      "| а |                           |           |         |              |\n"
      "| б |                           |           |         |              |\n"
      "| о |                           |           |         |              |\n"
      "| т |                           |           |         |              |\n"
      "| а |                           |           |         |              |\n"
      "+---+---------------------------+-----------+---------+--------------+\n"
      "| 1 | Назначение наставников    | Приказ    | С       | Директор     |\n"
      "| . | молодым специалистам      |           | ентябрь | школы        |\n"
      "|   |                           |           |         | Петрова Н.В. |\n"
      "+---+---------------------------+-----------+---------+--------------+\n"
      "| 2 | Составление               | Собе      | С       | Наставники   |\n"
      "| . | индивидуальных планов     | седование | ентябрь |              |\n"
      "|   | профессионального         |           | –       |              |\n"
      "|   | развития молодых          |           | октябрь |              |\n"
      "|   | педагогов                 |           |         |              |\n"
      "+---+---------------------------+-----------+---------+--------------+\n"
      "| 3 | Анкетирование молодых     | Анке      | Октябрь | Педа         |\n"));
  std::vector<std::string> paragraphs;
  std::vector<const Table*> tables;
  for (const Block& b : blocks) {
    if (b.kind == BlockKind::kTable) tables.push_back(&b.table);
    if (b.kind == BlockKind::kParagraph && !b.paragraph.text.empty()) paragraphs.push_back(b.paragraph.text);
  }
  EXPECT_EQ(paragraphs, (std::vector<std::string>{"Задачи:", "1.  оказать методическую помощь в организации урока;",
                                                  "2.  развивать потребность в самообразовании;",
                                                  "3.  обеспечить адаптацию молодых специалистов в коллективе."}));
  ASSERT_EQ(tables.size(), 1u);  // the grid table
  EXPECT_EQ(tables[0]->grid_columns, 5);
}

// pandoc writes a merged section row into the first column of a multiline table, a few
// words a line ("Работа с" / "одарёнными" / "детьми"): one cell across the row, a line a
// paragraph as in any cell (the extraction joins them). A number alone there stays a row's
// number.
TEST(TextLayout, RuledTableSectionRowInTheFirstColumnSpansTheRow) {
  std::vector<Block> blocks = LayoutLines(Lines(
      "  ---------------------------------------------\n"
      "  №          Наименование мероприятия Сроки\n"
      "  ---------- ------------------------ -----------\n"
      "  Работа с\n"
      "  одарёнными\n"
      "  детьми\n"
      "\n"
      "  1.         Олимпиада                ноябрь\n"
      "\n"
      "  2.\n"
      "  ---------------------------------------------\n"
      "Конец"));
  ASSERT_EQ(blocks.size(), 2u);
  const Table& t = blocks[0].table;
  ASSERT_EQ(t.rows.size(), 4u);
  ASSERT_EQ(t.rows[1].cells.size(), 1u);
  EXPECT_EQ(t.rows[1].cells[0].col_span, 3);
  EXPECT_EQ(CellText(t.rows[1].cells[0]), "Работа с\nодарёнными\nдетьми\n");
  EXPECT_EQ(t.rows[3].cells.size(), 3u);  // "2." alone: a row whose other cells are empty
}

TEST(TextLayout, TikaCellPerLineRowsBecomeTable) {
  std::vector<Block> blocks = LayoutLines(Lines(
      "Задачи:\n"
      "\tНазвание мероприятия\n"
      "\tСроки проведения\n"
      "\n"
      "\t1.Организация деятельности\n"
      "\tв течение года\n"
      "\n"
      "\t2. Раздел\n"
      "\n"
      "\t3.Заседание\n"
      "продолжение в той же ячейке\n"
      "\tоктябрь\n"
      "\n"
      "Подпись"));
  ASSERT_EQ(blocks.size(), 4u) << PlainText(blocks);  // paragraph, table, blank, paragraph
  const Table& t = blocks[1].table;
  EXPECT_EQ(t.grid_columns, 2);
  ASSERT_EQ(t.rows.size(), 4u);
  EXPECT_EQ(CellText(t.rows[1].cells[1]), "в течение года\n");
  ASSERT_EQ(t.rows[2].cells.size(), 1u);
  EXPECT_EQ(t.rows[2].cells[0].col_span, 2);  // a lone cell spans the row: a section row
  EXPECT_EQ(CellText(t.rows[3].cells[0]), "3.Заседание\nпродолжение в той же ячейке\n");
  EXPECT_EQ(t.rows[3].cells[0].span.first_line, 10);
  EXPECT_EQ(t.rows[3].cells[0].span.last_line, 11);
  EXPECT_EQ(blocks[3].paragraph.text, "Подпись");
}

TEST(TextLayout, TikaLineWithoutBlankBeforeItContinuesTheCell) {
  std::vector<Block> blocks = LayoutLines(Lines("\tа\n\tб\n\n\tв\n\tг\nдальше"));
  ASSERT_EQ(blocks.size(), 1u);
  EXPECT_EQ(CellText(blocks[0].table.rows[1].cells[1]), "г\nдальше\n");
}

// Word's "save as text" writes a list's number or bullet and a tab before each item: two
// fields, no header. That is a list; with a header it is a table of two columns.
TEST(TextLayout, NumberedListWithTabsIsNotATable) {
  for (const char* marker : {"1.", "2)", "•", "o"}) {
    SCOPED_TRACE(marker);
    const std::string m = marker;
    std::vector<Block> blocks =
        LayoutLines(Lines("Задачи:\n" + m + "\tИзучить документы.\n" + m + "\tОбобщить опыт.\n" + m + "\tПровести неделю."));
    ASSERT_EQ(blocks.size(), 4u);
    for (const Block& b : blocks) EXPECT_EQ(b.kind, BlockKind::kParagraph);
  }
  std::vector<Block> table = LayoutLines(Lines("№\tМероприятие\n1.\tСеминар\n2.\tКонкурс"));
  ASSERT_EQ(table.size(), 1u);
  EXPECT_EQ(table[0].kind, BlockKind::kTable);
}

TEST(TextLayout, IndentedProseIsNotATable) {
  std::vector<Block> blocks = LayoutLines(Lines("\tАбзац с отступом.\nЕщё строка.\n\tИ ещё."));
  for (const Block& b : blocks) EXPECT_EQ(b.kind, BlockKind::kParagraph);
}

TEST(TextReader, LineEndsNulsAndFormFeeds) {
  Result<Document> doc = ReadDocumentBytes(std::string("a\r\nb\rc\nd\0e\ff", 12), "x.txt",
                                           ReaderOptions());
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  std::vector<std::string> texts;
  for (const Block& b : doc.value().body) {
    texts.push_back(b.kind == BlockKind::kPageBreak ? "<page>" : b.paragraph.text);
  }
  EXPECT_EQ(texts, (std::vector<std::string>{"a", "b", "c", "de", "<page>", "f"}));
  ASSERT_EQ(doc.value().diagnostics.size(), 1u);
  EXPECT_EQ(doc.value().diagnostics[0].code, "text.nul_bytes");
}

TEST(TextReader, BinaryDataAndEmptyFilesAreRejectedWithReason) {
  std::string binary;
  for (int i = 0; i < 4096; ++i) binary.push_back(static_cast<char>((i * 7919) % 32));
  Result<Document> doc = ReadDocumentBytes(binary, "data.txt", ReaderOptions());
  ASSERT_FALSE(doc.ok());
  EXPECT_NE(doc.status().message().find("data.txt"), std::string::npos);
  EXPECT_NE(doc.status().message().find("не похож на текст"), std::string::npos);
  Result<Document> empty = ReadDocumentBytes("", "empty.txt", ReaderOptions());
  ASSERT_FALSE(empty.ok());
  EXPECT_NE(empty.status().message().find("пуст"), std::string::npos);
}

TEST(TextReader, Cp1251FileIsDecodedAndRecorded) {
  Result<Document> doc =
      ReadDocumentBytes(Encode(std::string(kRussian) + "\n", "windows-1251"), "old.txt",
                        ReaderOptions());
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc.value().source.encoding, "windows-1251");
  EXPECT_EQ(doc.value().source.format, "text");
  EXPECT_EQ(doc.value().body[0].paragraph.text, kRussian);
}

TEST(Reader, RecognisedUnsupportedFormatsGiveAdvice) {
  Result<Document> pdf = ReadDocumentBytes("%PDF-1.7 ...", "plan.pdf", ReaderOptions());
  ASSERT_FALSE(pdf.ok());
  EXPECT_NE(pdf.status().message().find("pdftotext"), std::string::npos);
  Result<Document> doc =
      ReadDocumentBytes(std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1 rest", 13), "old.doc",
                        ReaderOptions());
  ASSERT_FALSE(doc.ok());
  EXPECT_NE(doc.status().message().find(".docx"), std::string::npos);
}

TEST(Reader, MissingFileAndDirectoryAreClearErrors) {
  Result<Document> missing = ReadDocumentFile("/nonexistent/plan.docx", ReaderOptions());
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().code(), Status::Code::kNotFound);
  EXPECT_NE(missing.status().message().find("/nonexistent/plan.docx"), std::string::npos);
  Result<Document> dir = ReadDocumentFile("/tmp", ReaderOptions());
  ASSERT_FALSE(dir.ok());
  EXPECT_NE(dir.status().message().find("каталог"), std::string::npos);
}

}  // namespace
}  // namespace planparse

namespace planparse {
namespace {

// A line over max_paragraph_bytes is cut at a character boundary, with a diagnostic
// naming the first such line; shorter lines are untouched.
TEST(TextLimits, OverlongLinesAreCutWithADiagnostic) {
  ReaderOptions options;
  options.max_paragraph_bytes = 1 << 20;
  std::string text = "План работы\n";
  for (int i = 0; i < 700000; ++i) text += "я";  // 1.4 MB of two-byte letters
  text += "\nконец\n";
  Result<Document> doc = ReadDocumentBytes(text, "long.txt", options);
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc.value().diagnostics.size(), 1u);
  EXPECT_EQ(doc.value().diagnostics[0].code, "text.line_cut");
  EXPECT_EQ(doc.value().diagnostics[0].span.first_line, 2);
  size_t longest = 0;
  for (const Block& b : doc.value().body) {
    longest = std::max(longest, b.paragraph.text.size());
    std::string round_trip;
    icu::UnicodeString::fromUTF8(b.paragraph.text).toUTF8String(round_trip);
    EXPECT_EQ(round_trip, b.paragraph.text);  // still valid UTF-8
  }
  EXPECT_LE(longest, options.max_paragraph_bytes);
  EXPECT_GT(longest, options.max_paragraph_bytes - 4);
}

}  // namespace
}  // namespace planparse
