// Output text, match keys, mixed scripts and hyphenation repair.
#include <gtest/gtest.h>
#include <unicode/uchar.h>
#include <unicode/uspoof.h>
#include <unicode/unistr.h>

#include <random>
#include <string>
#include <vector>

#include "normalizer/hyphenation.h"
#include "normalizer/keys.h"
#include "normalizer/letter_pattern.h"
#include "normalizer/text.h"

namespace planparse {
namespace {

TEST(NormalizeText, SpacesInvisiblesAndNfc) {
  EXPECT_EQ(NormalizeText("  План\u00A0работы\u2009МО\u202F2025  "), "План работы МО 2025");
  EXPECT_EQ(NormalizeText("органи\u00ADзация\u200B \uFEFFметодиста"), "организация методиста");
  EXPECT_EQ(NormalizeText("\tЦель:\n  развитие\r\n"), "Цель: развитие");
  EXPECT_EQ(NormalizeText("и\u0306"), "й");  // decomposed й composes (NFC)
  EXPECT_EQ(NormalizeText("«Эколята–дошколята» — конкурс"), "«Эколята–дошколята» — конкурс");
  EXPECT_EQ(NormalizeText(""), "");
}

// Text that is already normal is returned as it is by a single check; each character that
// check must not let through is tried once inside otherwise normal text.
TEST(NormalizeText, OnlyTextAlreadyNormalIsPassedThrough) {
  const std::string clean = "План № 1 «Эколята–дошколята» — конкурс, 2025 г. (ёж) Ñ ¿";
  EXPECT_EQ(NormalizeText(clean), clean);
  EXPECT_TRUE(IsNormalText(clean));
  struct { const char* in; const char* out; } cases[] = {
      {"а\u00A0б", "а б"}, {"а\u0085б", "а б"},    {"а\u00ADб", "аб"},  {"а\u0080б", "а\u0080б"},
      {"а\u2000б", "а б"}, {"а\u200Aб", "а б"},    {"а\u200Bб", "аб"},  {"а\u200Dб", "аб"},
      {"а\u2028б", "а б"}, {"а\u2029б", "а б"},    {"а\u202Fб", "а б"}, {"а\u205Fб", "а б"},
      {"а\u2060б", "аб"},  {"а\uFEFFб", "аб"},     {"а\u3000б", "а б"}, {"а\x7Fб", "а б"},
      {"а  б", "а б"},      {" а", "а"},             {"а ", "а"},          {"а\tб", "а б"},
      {"и\u0306", "й"},    {"а\xC0б", "а\uFFFDб"}};
  for (const auto& c : cases) {
    EXPECT_EQ(NormalizeText(c.in), c.out) << c.in;
    // IsNormalText may doubt normal text, never pass text NormalizeText changes.
    if (std::string(c.in) != c.out) {
      EXPECT_FALSE(IsNormalText(c.in)) << c.in;
    }
  }
}

// An invisible removed from between a letter and its accent leaves them to compose, and
// normalised text normalises to itself: later stages join normalised paragraphs without
// normalising them again.
TEST(NormalizeText, IsNfcAfterInvisiblesGoAndNormalisesToItself) {
  EXPECT_EQ(NormalizeText("e\u00AD\u0301"), "\u00E9");          // soft hyphen (text already NFC)
  EXPECT_EQ(NormalizeText("и\u200B\u0306 \u0439"), "й й");      // zero-width space
  EXPECT_EQ(NormalizeText("e\uFEFF\u0301 и\u0306"), "\u00E9 й");  // BOM, and text not NFC
  const char* pieces[] = {"e",     "а",      " ",        "\u200B", "\u0301", "\u00A0", "\u00AD", "\uFEFF",
                          "\t",    "\x01",   "й",        "и\u0306", "\u200D", "x",     "\u2028", "\xC0"};
  std::mt19937 random(7);
  for (int t = 0; t < 20000; ++t) {
    std::string text;
    for (int n = static_cast<int>(random() % 8); n > 0; --n) text += pieces[random() % std::size(pieces)];
    const std::string once = NormalizeText(text);
    ASSERT_EQ(NormalizeText(once), once) << text;
  }
}

// HasLetter is RE2's \pL over every code point, alone and after text without letters.
TEST(HasLetter, IsWhatRe2CallsALetter) {
  const RE2 letter(R"(\pL)");
  int letters = 0, disagreements = 0;
  for (UChar32 c = 0; c <= 0x10FFFF; ++c) {
    if (c >= 0xD800 && c <= 0xDFFF) continue;
    std::string text;
    icu::UnicodeString(c).toUTF8String(text);
    const bool re2 = RE2::PartialMatch(text, letter);
    letters += re2;
    disagreements += HasLetter(text) != re2;
    if (c % 97 == 0) {
      ASSERT_EQ(HasLetter("12.09, — " + text), re2) << c;
    }
  }
  EXPECT_GT(letters, 100000);
  EXPECT_EQ(disagreements, 0);
  EXPECT_FALSE(HasLetter(""));
  EXPECT_FALSE(HasLetter("1.2. — «» \xff\xfe"));  // ill-formed bytes are no letters
  EXPECT_TRUE(HasLetter("1. Заседание"));
}

TEST(MatchKey, FoldsCaseYoDashesQuotesAndLookalikes) {
  EXPECT_EQ(MatchKey("ЦЕЛЬ:"), "цель:");
  EXPECT_EQ(MatchKey("Цель :"), "цель :");
  EXPECT_EQ(MatchKey("Цeль"), "цель");          // Latin e inside a Cyrillic word
  EXPECT_EQ(MatchKey("ЗAДАЧИ"), "задачи");      // Latin A
  EXPECT_EQ(MatchKey("Ёлка ещё"), "елка еще");
  EXPECT_EQ(MatchKey("апрель–май — «план»"), "апрель-май - \"план\"");
  EXPECT_EQ(MatchKey("Office 365"), "office 365");  // Latin words stay Latin
  EXPECT_EQ(MatchKey("ТЕСТ\u00A0\u00A0ТЕСТ"), "тест тест");
  EXPECT_EQ(MatchKey("Straße"), "strasse");     // full case folding
}

// The key of a text's first words is how the whole key begins, whole words only.
TEST(MatchKeyOfStart, IsTheStartOfTheWholeKeyInWholeWords) {
  const std::string texts[] = {
      "1.2. Проведение семинара «Функциональная грамотность» для учителей начальных классов",
      "   IV. ОРГАНИЗАЦИОННО-МЕТОДИЧЕСКАЯ ДЕЯТЕЛЬНОСТЬ  муниципального опорного центра",
      "\u2022\u00A0Цeль работы (Latin e) — повышение качества образования обучающихся",
      "Straße Straße Straße Straße Straße Straße Straße",
      "а) короткий",
  };
  for (const std::string& text : texts) {
    const std::string whole = MatchKey(text), start = MatchKeyOfStart(text, 16);
    EXPECT_EQ(whole.compare(0, start.size(), start), 0) << text;
    EXPECT_GE(start.size(), 16u) << text;
    EXPECT_TRUE(start.size() == whole.size() || whole[start.size()] == ' ') << text;
  }
  EXPECT_EQ(MatchKeyOfStart("1.2. Проведение семинара для учителей", 8), "1.2. проведение");
  EXPECT_EQ(MatchKeyOfStart("а) короткий", 32), "а) короткий");
}

// MatchKey folds ASCII and Cyrillic letters without ICU: each must fold as ICU folds it.
TEST(MatchKey, FoldsEveryCyrillicAndAsciiLetterAsIcuDoes) {
  auto utf8 = [](const icu::UnicodeString& u) {
    std::string s;
    u.toUTF8String(s);
    return s;
  };
  int letters = 0;
  for (UChar32 c = 0x21; c <= 0x52F; ++c) {
    if (!u_isalpha(c) || (c >= 0x80 && c < 0x400)) continue;  // Latin-1 and Greek: elsewhere
    if (c == 0x401 || c == 0x451) continue;                    // Ё, ё: е by design
    ++letters;
    icu::UnicodeString folded(c);
    folded.foldCase(U_FOLD_CASE_DEFAULT);
    EXPECT_EQ(MatchKey(utf8(icu::UnicodeString(c))), utf8(folded)) << "U+" << std::hex << c;
  }
  EXPECT_GE(letters, 52 + 250);
}

// Text of ASCII and basic Cyrillic takes a byte-level path; an "é" appended after a space
// sends the same text down the code-point path. Both must give the same key.
TEST(MatchKey, AsciiCyrillicTextKeysAsTheCodePointPathDoes) {
  const std::vector<std::string> pieces = {
      "Цель", "ЗAДАЧИ", "Цeль", "ёлка", "ЁЖ", "Ѐ", "Џ", "ђ", "Office", "MOУ", "cyp", "xopoшo", "y",
      "365", "1.2.", " ", "  ", "-", "'", "`", "\"", "«", "»", "—", "№", ":", ",", "(", ")", "q", "Q",
      "§", "°", "²", "µ", "ª", "…", "“", "„", "´", "\u200B", "\u00AD", "−", "é"};
  std::mt19937 random(7);
  for (int n = 0; n < 2000; ++n) {
    std::string text;
    const int length = static_cast<int>(random() % 8) + 1;
    for (int k = 0; k < length; ++k) text += pieces[random() % pieces.size()];
    const std::string general = MatchKey(text + " é");
    const std::string expected = general.size() >= 3 && general.compare(general.size() - 3, 3, " é") == 0
                                     ? general.substr(0, general.size() - 3)
                                     : general.substr(0, general.size() - 2);  // text was all space
    EXPECT_EQ(MatchKey(text), expected) << text;
  }
}

// MatchKey(text, &basic) tells what IsBasicText(key) would, for every code point between
// Cyrillic letters, after a Latin look-alike, and alone (each path the key may take).
TEST(MatchKey, TellsWhetherTheKeyIsBasicTextAsIsBasicTextDoes) {
  int basic_keys = 0, other_keys = 0;
  for (UChar32 c = 1; c <= 0x10FFFF; c += c < 0x3000 ? 1 : 61) {
    if (c >= 0xD800 && c <= 0xDFFF) continue;
    std::string ch;
    icu::UnicodeString(c).toUTF8String(ch);
    for (const std::string& text : {"Аб" + ch + "в", "x" + ch + "Я", ch}) {
      bool basic = !IsBasicText(MatchKey(text));  // the opposite, so it must be set
      const std::string key = MatchKey(text, &basic);
      ASSERT_EQ(key, MatchKey(text)) << "U+" << std::hex << c;
      ASSERT_EQ(basic, IsBasicText(key)) << "U+" << std::hex << c;
      ++(basic ? basic_keys : other_keys);
    }
  }
  EXPECT_GT(basic_keys, 1000);
  EXPECT_GT(other_keys, 10000);
}

// Characters counts eight bytes at a time: every byte but a continuation byte, in any bytes.
TEST(Characters, CountsEveryByteButContinuationBytes) {
  EXPECT_EQ(Characters(""), 0u);
  EXPECT_EQ(Characters("План работы № 1 — «МО»"), 22u);
  std::mt19937 random(5);
  for (int t = 0; t < 5000; ++t) {
    std::string bytes(random() % 40, '\0');
    for (char& b : bytes) b = static_cast<char>(random());
    size_t expected = 0;
    for (char b : bytes) expected += (static_cast<unsigned char>(b) & 0xC0) != 0x80;
    ASSERT_EQ(Characters(bytes), expected);
  }
}

// SkipCyrillicPairs reads eight bytes at a time; it must stop where reading a pair at a
// time stops, at every offset of every mix of letters, other bytes and cut sequences, in
// both its modes (basic_only stops at U+0460–U+047F, "ѡ" … "ѿ").
TEST(SkipCyrillicPairs, StopsWhereAPairAtATimeStops) {
  const char* pieces[] = {"а",    "я",    "Ѐ",        "ѿ", "ё",    "a", " ", "ѡ",
                          "\xD0", "\xD1", "\xD2\x80", "«", "\x80", "й", "џ"};
  std::mt19937 random(11);
  for (int t = 0; t < 20000; ++t) {
    std::string text;
    const int length = static_cast<int>(random() % 24);
    for (int k = 0; k < length; ++k) text += pieces[random() % (sizeof pieces / sizeof *pieces)];
    for (bool basic_only : {false, true}) {
      for (size_t i = 0; i <= text.size(); ++i) {
        size_t expected = i;
        while (expected + 1 < text.size()) {
          const auto lead = static_cast<unsigned char>(text[expected]);
          const auto trail = static_cast<unsigned char>(text[expected + 1]);
          if ((lead != 0xD0 && lead != 0xD1) || (trail & 0xC0) != 0x80) break;
          if (basic_only && lead == 0xD1 && trail >= 0xA0) break;
          expected += 2;
        }
        ASSERT_EQ(SkipCyrillicPairs(text, i, basic_only), expected)
            << text << " at " << i << (basic_only ? " (basic only)" : "");
      }
    }
  }
}

TEST(IsBasicText, AsciiBasicCyrillicAndPlanPunctuation) {
  EXPECT_TRUE(IsBasicText(""));
  EXPECT_TRUE(IsBasicText("План работы МО «Учитель» № 5 — 2024–2025 гг.\u00A0… Ёлкин ђ џ"));
  EXPECT_FALSE(IsBasicText("Ѡ"));        // old Cyrillic, past U+045F
  EXPECT_FALSE(IsBasicText("café"));     // Latin-1 letter
  EXPECT_FALSE(IsBasicText("µ"));        // a letter among Latin-1 symbols
  EXPECT_FALSE(IsBasicText("Ιωάννου"));  // Greek
  EXPECT_FALSE(IsBasicText("\xD0"));     // cut short
}

// Basicness is a character's own: text of whole characters is basic when each of them is,
// however the letters fall on the eight bytes IsBasicText reads at once.
TEST(IsBasicText, IsBasicWhenEveryCharacterIs) {
  const std::vector<std::string> pieces = {"а", "я", "п", "р", "Ѐ", "Џ",     "ѐ", "џ",
                                           "Ѡ", "ѿ", "Ґ", "a", "Z", " ",     "«", "—",
                                           "№", "é", "µ", "Ω", "€", "\u00A0"};
  std::mt19937 random(3);
  for (int t = 0; t < 20000; ++t) {
    std::string text;
    bool basic = true;
    const int length = static_cast<int>(random() % 20);
    for (int k = 0; k < length; ++k) {
      const std::string& piece = pieces[random() % pieces.size()];
      text += piece;
      basic = basic && IsBasicText(piece);
    }
    ASSERT_EQ(IsBasicText(text), basic) << text;
  }
  EXPECT_FALSE(IsBasicText("Ѡ"));
  EXPECT_TRUE(IsBasicText("џ"));
}

TEST(NarrowLetters, ReplacesEveryLetterClass) {
  EXPECT_EQ(NarrowLetters(R"(^\pL{1,4}\s+[\pL-]+[^\pL]\.)"),
            R"(^[A-Za-z\x{400}-\x{45F}]{1,4}\s+[A-Za-z\x{400}-\x{45F}-]+[^A-Za-z\x{400}-\x{45F}]\.)");
  EXPECT_EQ(NarrowLetters(R"(\\pL[]\pL]\p{Lu})"), R"(\\pL[]A-Za-z\x{400}-\x{45F}][A-Z\x{400}-\x{42F}])");
  EXPECT_EQ(NarrowLetters(R"([^\p{Ll}\s]\p{Ll}+)"), R"([^a-z\x{430}-\x{45F}\s][a-z\x{430}-\x{45F}]+)");
  EXPECT_EQ(NarrowLetters(R"(\\p{Lu})"), R"(\\p{Lu})");  // an escaped backslash, then text
}

// Capitals and small letters narrowed match as the full classes on every basic letter,
// case-sensitive or not.
TEST(NarrowLetters, CapitalsAndSmallLettersMatchAsTheFullClasses) {
  for (bool case_sensitive : {true, false}) {
    RE2::Options options;
    options.set_case_sensitive(case_sensitive);
    for (const char* pattern : {R"(^\p{Lu}$)", R"(^\p{Ll}$)", R"(^[^\p{Lu}]$)", R"(^[\p{Ll}\d]$)"}) {
      RE2 full(pattern, options), narrow(NarrowLetters(pattern), options);
      ASSERT_TRUE(narrow.ok()) << narrow.error();
      for (UChar32 c = 0x20; c <= 0x45F; ++c) {
        if (c >= 0x7F && c < 0x400) continue;  // not basic text
        std::string s;
        icu::UnicodeString(c).toUTF8String(s);
        EXPECT_EQ(RE2::FullMatch(s, full), RE2::FullMatch(s, narrow)) << pattern << " U+" << std::hex << c;
      }
    }
  }
}

// The narrow form for basic text, the full form for any other, each matching as it should.
TEST(LetterPattern, PicksTheFormTheTextNeeds) {
  const LetterPattern surname(R"(^\p{Lu}\p{Ll}+$)");
  EXPECT_NE(&surname.For("Иванова"), &surname.For("Ιωάννου"));
  EXPECT_EQ(&surname.For("Иванова"), &surname.For("Petrov"));
  EXPECT_EQ(&surname.For("Ιωάννου"), &surname.Full());
  EXPECT_TRUE(RE2::FullMatch("Иванова", surname.For("Иванова")));
  EXPECT_TRUE(RE2::FullMatch("Ιωάννου", surname.For("Ιωάννου")));
  EXPECT_FALSE(RE2::FullMatch("иванова", surname.For("иванова")));
  const LetterPattern any_case(R"(^\p{Lu}\p{Ll}+$)", /*case_sensitive=*/false);
  EXPECT_TRUE(RE2::FullMatch("иванова", any_case.For("иванова")));
  const LetterPattern digits(R"(^\d+$)");  // no letter class: one form
  EXPECT_EQ(&digits.For("12"), &digits.For("Ιω"));
}

TEST(Confusables, EveryLookalikePairIsConfusableForIcu) {
  UErrorCode error = U_ZERO_ERROR;
  USpoofChecker* checker = uspoof_open(&error);
  ASSERT_TRUE(U_SUCCESS(error));
  uspoof_setChecks(checker, USPOOF_CONFUSABLE, &error);
  int pairs = 0;
  for (char32_t c = 'A'; c <= 'z'; ++c) {
    char32_t cyr = CyrillicLookalike(c);
    if (cyr == 0) continue;
    ++pairs;
    icu::UnicodeString a(static_cast<UChar32>(c)), b(static_cast<UChar32>(cyr));
    error = U_ZERO_ERROR;
    int32_t result = uspoof_areConfusableUnicodeString(checker, a, b, &error);
    EXPECT_TRUE(U_SUCCESS(error));
    EXPECT_NE(result, 0) << "not confusable for ICU: U+" << std::hex << static_cast<int>(c);
  }
  uspoof_close(checker);
  EXPECT_GE(pairs, 15);
  EXPECT_EQ(CyrillicLookalike('z'), 0u);
}

TEST(MixedScript, FindsWordsMixingCyrillicAndLatinWithOffsets) {
  std::vector<MixedScriptWord> found = FindMixedScriptWords("Цeль работы МOУ и Office 365");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].word, "Цeль");
  EXPECT_EQ(found[0].offset, 0u);
  EXPECT_EQ(found[1].word, "МOУ");
  EXPECT_EQ(found[1].offset, std::string("Цeль работы ").size());
  EXPECT_TRUE(FindMixedScriptWords("План работы на 2025 год, IT-куб").empty());
}

class HyphenationTest : public ::testing::Test {
 protected:
  void SetUp() override {
    hyphenator_ = Hyphenator::Default();
    if (hyphenator_ == nullptr) GTEST_SKIP() << "hunspell-ru not installed";
  }
  const Hyphenator* hyphenator_ = nullptr;
};

// Headings pandoc squeezed into a narrow column, glued back without their spaces: split
// into the fewest known words; known words, short unknown ones and text without a glued
// word stay as they are.
TEST_F(HyphenationTest, SplitsWordsGluedTogether) {
  EXPECT_EQ(SplitGluedWords("Информационнаядеятельность", hyphenator_), "Информационная деятельность");
  EXPECT_EQ(SplitGluedWords("Научно-методическаядеятельность", hyphenator_), "Научно-методическая деятельность");
  EXPECT_EQ(SplitGluedWords("Работасодарённымидетьми", hyphenator_), "Работа с одарёнными детьми");
  EXPECT_EQ(SplitGluedWords("АНАЛИТИЧЕСКАЯДЕЯТЕЛЬНОСТЬ.МОНИТОРИНГРАЗВИТИЯ", hyphenator_),
            "АНАЛИТИЧЕСКАЯ ДЕЯТЕЛЬНОСТЬ. МОНИТОРИНГ РАЗВИТИЯ");
  EXPECT_EQ(SplitGluedWords("Организационно-методическая деятельность", hyphenator_),
            "Организационно-методическая деятельность");
  EXPECT_EQ(SplitGluedWords("Профориентационная работа", hyphenator_), "Профориентационная работа");
  // A compound the dictionary lacks is no glued words because it begins with one ("меж").
  EXPECT_EQ(SplitGluedWords("Межсекционная работа", hyphenator_), "Межсекционная работа");
  EXPECT_EQ(SplitGluedWords("Работадлямолодыхпедагогов", hyphenator_), "Работа для молодых педагогов");
  EXPECT_EQ(SplitGluedWords("План МО, т.п. и г.Москва", hyphenator_), "План МО, т.п. и г.Москва");
  EXPECT_EQ(SplitGluedWords("Информационнаядеятельность", nullptr), "Информационнаядеятельность");
  // Figures and "№" a word ran into; "год" may end a glued run.
  EXPECT_EQ(SplitGluedWords("Заседание№1.«Планирование работы на2025-2026учебныйгод»", hyphenator_),
            "Заседание № 1. «Планирование работы на 2025-2026 учебный год»");
  EXPECT_EQ(SplitGluedWords("Заседание ШМО №2 (ноябрь) в 5а классе", hyphenator_),
            "Заседание ШМО №2 (ноябрь) в 5а классе");
}

TEST_F(HyphenationTest, RemovesHyphenThatSplitsAWord) {
  EXPECT_EQ(JoinLines({"работа органи-", "заций дополнительного"}, hyphenator_),
            "работа организаций дополнительного");
  EXPECT_EQ(JoinLines({"повышение профес-", "сионального мастерства"}, hyphenator_),
            "повышение профессионального мастерства");
  EXPECT_EQ(JoinLines({"методи-", "ческая помощь"}, hyphenator_), "методическая помощь");
  EXPECT_EQ(JoinLines({"Самостоя-", "тельная работа"}, hyphenator_), "Самостоятельная работа");
}

TEST_F(HyphenationTest, KeepsHyphenOfCompoundsAndRanges) {
  EXPECT_EQ(JoinLines({"организационно-", "методическими"}, hyphenator_),
            "организационно-методическими");
  EXPECT_EQ(JoinLines({"тренеры-", "преподаватели"}, hyphenator_), "тренеры-преподаватели");
  EXPECT_EQ(JoinLines({"апрель-", "май"}, hyphenator_), "апрель-май");
  EXPECT_EQ(JoinLines({"«Эколята-", "дошколята»"}, hyphenator_), "«Эколята-дошколята»");
  EXPECT_EQ(JoinLines({"материально-", "технического"}, hyphenator_), "материально-технического");
  EXPECT_EQ(JoinLines({"сертификатов18-", "летних"}, hyphenator_), "сертификатов18-летних");
  EXPECT_EQ(JoinLines({"кто-", "нибудь"}, hyphenator_), "кто-нибудь");
  // Broken before the hyphen (MuPDF): the compound goes on; "- …" with a space is an item.
  EXPECT_EQ(JoinLines({"Организационно", "-методическое обеспечение"}, hyphenator_),
            "Организационно-методическое обеспечение");
  EXPECT_EQ(JoinLines({"Январь", "-март 2024 г."}, hyphenator_), "Январь-март 2024 г.");
  EXPECT_EQ(JoinLines({"собрания:", "- родительские"}, hyphenator_), "собрания: - родительские");
  EXPECT_EQ(JoinLines({"2023", "-2024"}, hyphenator_), "2023 -2024");
}

// pandoc -t plain breaks long words in narrow columns anywhere, without a hyphen.
TEST_F(HyphenationTest, RejoinsAWordANarrowColumnBrokeAnywhere) {
  // Neither half is a word; three pieces whose first is a word by itself ("Орг").
  EXPECT_EQ(JoinLines({"1.", "Орг", "анизац", "ионно-", "методи", "ческая", "работа"}, hyphenator_),
            "1. Организационно-методическая работа");
  EXPECT_EQ(JoinLines({"Работа с", "пед", "агогич", "ескими", "кадрами"}, hyphenator_),
            "Работа с педагогическими кадрами");
  // A piece glued on completes the word before the last space ("в" + "ыполнено").
  EXPECT_EQ(JoinLines({"в", "ыпол", "нено"}, hyphenator_), "выполнено");
  // A capital alone starts a word the dictionary may not know (a surname); not one that
  // stands before a word ("В" / "течение").
  EXPECT_EQ(JoinLines({"Б", "елова С.Н."}, hyphenator_), "Белова С.Н.");
  EXPECT_EQ(JoinLines({"В", "течение года"}, hyphenator_), "В течение года");
  // A letter alone that is no preposition or conjunction ends the word before it.
  EXPECT_EQ(JoinLines({"Функциональна", "я грамотность"}, hyphenator_), "Функциональная грамотность");
  EXPECT_EQ(JoinLines({"работа", "и развитие"}, hyphenator_), "работа и развитие");
  // A last line of one letter is no preposition.
  EXPECT_EQ(JoinLines({"выполнен", "о"}, hyphenator_), "выполнено");
  EXPECT_EQ(JoinLines({"Работа о", "проекте"}, hyphenator_), "Работа о проекте");
  // An abbreviation is no piece of the next word; long lines are no narrow column's.
  EXPECT_EQ(JoinLines({"по УВР", "обра", "зовательных"}, hyphenator_), "по УВР образовательных");
  EXPECT_EQ(JoinLines({"Тютерева Кандалакша", "ыпол нено и ещё много других слов"}, hyphenator_),
            "Тютерева Кандалакша ыпол нено и ещё много других слов");
  // A DOCX cell's paragraphs are not pieces of words.
  EXPECT_EQ(JoinLines({"Орг", "анизац"}, hyphenator_, LineBreaks::kParagraphs), "Орг анизац");
}

TEST(JoinLines, RangesAndDatesBrokenAfterADashOrInsideGoOnWithoutASpace) {
  EXPECT_EQ(JoinLines({"Анализ работы за 2023–", "2024 учебный год"}, nullptr), "Анализ работы за 2023–2024 учебный год");
  EXPECT_EQ(JoinLines({"обучающихся 2–", "4 классов"}, nullptr), "обучающихся 2–4 классов");
  EXPECT_EQ(JoinLines({"27.09.20", "24"}, nullptr), "27.09.2024");
  EXPECT_EQ(JoinLines({"с 1.09.", "2024 г."}, nullptr), "с 1.09.2024 г.");
  EXPECT_EQ(JoinLines({"пункты 1.2.", "3 и 4"}, nullptr), "пункты 1.2. 3 и 4");
  EXPECT_EQ(JoinLines({"2023 –", "2024 учебный год"}, nullptr), "2023 – 2024 учебный год");
  EXPECT_EQ(JoinLines({"2023–", "2024"}, nullptr, LineBreaks::kParagraphs), "2023– 2024");
}

TEST(JoinLines, OpeningQuoteOrBracketAtALinesEndOpensTheNextLinesWord) {
  EXPECT_EQ(JoinLines({"Семинар", "«", "Современное занятие»"}, nullptr), "Семинар «Современное занятие»");
  EXPECT_EQ(JoinLines({"Олимпиада (", "школьный этап)"}, nullptr), "Олимпиада (школьный этап)");
  EXPECT_EQ(JoinLines({"Конкурс „", "Учитель года“"}, nullptr), "Конкурс „Учитель года“");
  EXPECT_EQ(JoinLines({"Семинар «", "Современное»"}, nullptr, LineBreaks::kParagraphs), "Семинар « Современное»");
}

TEST(JoinLines, PunctuationOnTheNextLineOfWrappedTextJoinsTheWordBefore) {
  EXPECT_EQ(JoinLines({"Методисты", ", педагоги"}, nullptr), "Методисты, педагоги");
  EXPECT_EQ(JoinLines({"Январь-март 2024 г. (по", "запросу", ")"}, nullptr),
            "Январь-март 2024 г. (по запросу)");
  // A DOCX cell's paragraphs are not wrapped lines: each keeps its own start.
  EXPECT_EQ(JoinLines({"Методисты", ", педагоги"}, nullptr, LineBreaks::kParagraphs),
            "Методисты , педагоги");
}

TEST_F(HyphenationTest, RejoinsWordsBrokenWithoutHyphenInNarrowColumns) {
  EXPECT_EQ(JoinLines({"Специалис", "ты"}, hyphenator_), "Специалисты");
  EXPECT_EQ(JoinLines({"Ежеквартал", "ьно"}, hyphenator_), "Ежеквартально");
  // Both halves are words ("исполнит", "ель"): the dictionary cannot tell, so they stay.
  EXPECT_EQ(JoinLines({"Исполнит", "ель"}, hyphenator_), "Исполнит ель");
  EXPECT_EQ(JoinLines({"план", "работы"}, hyphenator_), "план работы");  // two words stay two
  EXPECT_EQ(JoinLines({"Исполнит", "ель"}, nullptr), "Исполнит ель");
}

// A DOCX cell's paragraphs are not wrapped lines: no word is rejoined across them, while
// a line-end hyphen is still repaired.
TEST_F(HyphenationTest, ParagraphsAreNotRejoinedWithoutHyphen) {
  EXPECT_EQ(JoinLines({"Специалис", "ты"}, hyphenator_, LineBreaks::kParagraphs), "Специалис ты");
  EXPECT_EQ(JoinLines({"органи-", "заций"}, hyphenator_, LineBreaks::kParagraphs), "организаций");
}

TEST(JoinLines, SpacesAndNoDictionary) {
  EXPECT_EQ(JoinLines({"Цель: создание ", "  условий", "", "для детей"}, nullptr),
            "Цель: создание условий для детей");
  EXPECT_EQ(JoinLines({"органи-", "заций"}, nullptr), "органи-заций");  // unsure: kept
  EXPECT_EQ(JoinLines({"2023 -", "2024"}, nullptr), "2023 - 2024");
}

TEST(Hyphenator, MissingDictionaryIsAClearError) {
  HyphenatorOptions options;
  options.dictionary_path = "/nonexistent/ru.dic";
  Result<std::unique_ptr<Hyphenator>> h = Hyphenator::Open(options);
  ASSERT_FALSE(h.ok());
  EXPECT_NE(h.status().message().find("hunspell-ru"), std::string::npos);
}

}  // namespace
}  // namespace planparse
