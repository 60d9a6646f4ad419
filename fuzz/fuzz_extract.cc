// libFuzzer: the whole pipeline: read (any format), extract the plan, check it.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "checks/checks.h"
#include "extractors/plan_extractor.h"
#include "parsers/reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  planparse::ReaderOptions options;
  options.max_total_inflated_bytes = 64 << 20;
  planparse::Result<planparse::Document> doc = planparse::ReadDocumentBytes(
      std::string_view(reinterpret_cast<const char*>(data), size), "fuzz", options);
  if (!doc.ok()) return 0;
  planparse::Plan plan = planparse::ExtractPlan(doc.value(), planparse::ExtractOptions());
  planparse::CheckOptions check;
  check.today = "2026-01-01";
  (void)planparse::CheckPlan(plan, check);
  return 0;
}
