// libFuzzer: the timing and period parsers.
#include <cstddef>
#include <cstdint>
#include <string>

#include "normalizer/period.h"
#include "normalizer/timing.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  (void)planparse::ParseTiming(text, planparse::PeriodFromSpec("2023-2024"));
  (void)planparse::ParseTiming(text, std::nullopt);
  (void)planparse::ParsePeriod(text);
  return 0;
}
