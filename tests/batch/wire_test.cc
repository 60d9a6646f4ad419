// The worker wire format: every sample's plan survives encoding and decoding (its JSON is
// byte for byte the same), and truncated or padded messages are refused.
#include "batch/wire.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <sstream>

#include "exporters/plan_writer.h"
#include "extractors/plan_extractor.h"
#include "parsers/reader.h"

namespace planparse {
namespace {

std::string Json(const Outcome& o) {
  std::ostringstream out;
  WritePlanJson(o.plan, o.source, true, out);
  return out.str();
}

std::vector<Outcome> SampleOutcomes() {
  std::vector<Outcome> out;
  for (const auto& entry : std::filesystem::directory_iterator(PLANPARSE_SOURCE_DIR "/samples")) {
    if (!entry.is_regular_file()) continue;
    Result<Document> doc = ReadDocumentFile(entry.path().string(), ReaderOptions());
    if (!doc.ok()) continue;
    Outcome o;
    o.ok = true;
    o.source = doc.value().source;
    o.plan = ExtractPlan(doc.value(), ExtractOptions());
    out.push_back(std::move(o));
  }
  return out;
}

TEST(Wire, EverySamplePlanRoundTrips) {
  std::vector<Outcome> outcomes = SampleOutcomes();
  ASSERT_GE(outcomes.size(), 10u);
  for (const Outcome& o : outcomes) {
    Outcome back;
    ASSERT_TRUE(DecodeOutcome(EncodeOutcome(o), &back)) << o.source.path;
    EXPECT_TRUE(back.ok);
    EXPECT_EQ(Json(back), Json(o)) << o.source.path;
    EXPECT_EQ(back.plan.events.size(), o.plan.events.size());
  }
}

TEST(Wire, FieldsTheJsonLeavesOutRoundTripToo) {
  Outcome o;
  o.ok = true;
  Event e;
  e.number = "1.1";
  e.number_dot = true;
  e.timing.problem = "31 июня не существует";
  e.timing.valid = false;
  e.confidence = 0.25;
  o.plan.events.push_back(e);
  Person p{"Иванова И.И.", "responsible", "МОЦ"};
  o.plan.people.push_back(p);
  o.rendered = "{\"schema_version\": \"1.0\"}\n";
  Outcome back;
  ASSERT_TRUE(DecodeOutcome(EncodeOutcome(o), &back));
  ASSERT_EQ(back.plan.events.size(), 1u);
  EXPECT_TRUE(back.plan.events[0].number_dot);
  EXPECT_EQ(back.plan.events[0].timing.problem, "31 июня не существует");
  EXPECT_FALSE(back.plan.events[0].timing.valid);
  EXPECT_DOUBLE_EQ(back.plan.events[0].confidence, 0.25);
  ASSERT_EQ(back.plan.people.size(), 1u);
  EXPECT_EQ(back.plan.people[0].organisation, "МОЦ");
  EXPECT_EQ(back.rendered, o.rendered);
}

TEST(Wire, FailuresCarryTheirReason) {
  Outcome o;
  o.error = "a.docx: файл повреждён";
  Outcome back;
  ASSERT_TRUE(DecodeOutcome(EncodeOutcome(o), &back));
  EXPECT_FALSE(back.ok);
  EXPECT_EQ(back.error, o.error);
}

TEST(Wire, TruncatedOrPaddedMessagesAreRefused) {
  std::vector<Outcome> outcomes = SampleOutcomes();
  ASSERT_FALSE(outcomes.empty());
  const std::string bytes = EncodeOutcome(outcomes[0]);
  Outcome back;
  for (size_t cut : {size_t{0}, size_t{1}, bytes.size() / 3, bytes.size() / 2, bytes.size() - 1}) {
    EXPECT_FALSE(DecodeOutcome(bytes.substr(0, cut), &back)) << cut;
  }
  EXPECT_FALSE(DecodeOutcome(bytes + "x", &back));
  // A length that claims more than is there.
  std::string lying = bytes;
  lying[1] = '\xff';
  lying[8] = '\x7f';
  EXPECT_FALSE(DecodeOutcome(lying, &back));
}

}  // namespace
}  // namespace planparse
