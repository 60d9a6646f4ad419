// Row and heading numbers as the text readers see them.
#include "parsers/text/numbers.h"

#include <gtest/gtest.h>

namespace planparse::text {
namespace {

TEST(Numbers, ArabicNumbers) {
  for (const char* yes : {"1", "1.", "2.3.", "12", "1.2.3"}) EXPECT_TRUE(IsArabicNumber(yes)) << yes;
  for (const char* no : {"", ".1", "1)", "IV.", "1a", "123456789", " 1"}) EXPECT_FALSE(IsArabicNumber(no)) << no;
}

TEST(Numbers, RowNumbers) {
  for (const char* yes : {"1", "1.", " 2.3. ", "3)", "IV.", "II)", "XII."}) EXPECT_TRUE(IsRowNumber(yes)) << yes;
  for (const char* no : {"", "  ", "IV", "I", "Работа", "1 а", "IVXLCC.", "(3)", ")"}) EXPECT_FALSE(IsRowNumber(no)) << no;
}

TEST(Numbers, ListMarkers) {
  for (const char* yes : {"1.", " 2) ", "•", "-", "–", "o", "\uF0B7", "IV."}) EXPECT_TRUE(IsListMarker(yes)) << yes;
  for (const char* no : {"", " ", "о", "1 а", "Работа", "--", "••"}) EXPECT_FALSE(IsListMarker(no)) << no;
}

}  // namespace
}  // namespace planparse::text
