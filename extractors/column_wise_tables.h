// Internal to extractors/: tables plain pdftotext wrote column by column. Their rows
// cannot be rebuilt; the text is flagged (text.table_by_columns), and where the titles can
// still be told apart they are read, each row flagged table.row_title_only.
#ifndef PLANPARSE_EXTRACTORS_COLUMN_WISE_TABLES_H_
#define PLANPARSE_EXTRACTORS_COLUMN_WISE_TABLES_H_

#include <cstddef>
#include <vector>

#include "extractors/flat_lines.h"
#include "model/diagnostic.h"
#include "model/document.h"

namespace planparse::flat {

// Adds text.table_by_columns where a table was written column by column: the row numbers
// one under the other ("№", "1.", "2.", "3."), or a column's title ("Срок") as a block of
// its own after a row has begun.
void FlagColumnWiseTable(Document* doc);

// Whether, after a header that names only "№" and the title, other columns' titles follow
// as blocks of their own ("Срок", "Ответственн" / "ый") before the second row begins.
bool OtherColumnsFollowApart(const std::vector<TextLine>& lines, size_t from);

// Rows of such a table from `from` on, numbers beside their titles: a row is its number
// and the title lines that follow it in one block; the other columns' blocks are left out.
// Adds the rows to `table` (two columns) and a table.row_title_only note per row to
// `notes`; returns the line after the table.
size_t TitleOnlyRows(const std::vector<TextLine>& lines, size_t from, Table* table,
                     std::vector<Diagnostic>* notes);

// The titles of a table written column by column with the numbers apart from them
// ("№" and the numbers one under the other on each page): a table of titles replaces the
// text. Returns the table's block, or -1.
long RebuildTitleColumnRuns(Document* doc);

// Whether a table led by its timing column ("Месяц", "Сроки") was written column by column
// from `from` on: three timings or more, each begun in capitals, one under the other before
// any title ("Сентябрь" / "Октябрь" / "Ноябрь" / "Декабрь –" / "январь").
bool TimingsFollowApart(const std::vector<TextLine>& lines, size_t from);

// Rows of such a table from `from` on: the title column's blocks, which follow each run of
// timings up to the responsible column's block (people, positions), split into titles where
// a line begins with a list marker ("1.", "•") or in capitals after a line that may end a
// title. Each row (`width` cells, text only in `title_column`) is added to `table` with a
// table.row_title_only note in `notes`, and the table with a text.table_by_columns note;
// returns the line after the table (`from` when no title was found).
size_t TitleBlocksAfterTimings(const std::vector<TextLine>& lines, size_t from, int width, int title_column,
                               Table* table, std::vector<Diagnostic>* notes);

}  // namespace planparse::flat

#endif  // PLANPARSE_EXTRACTORS_COLUMN_WISE_TABLES_H_
