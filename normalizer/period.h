// Reading a plan's Period (model/timing.h) from titles and headers ("на 2025 – 2026 учебный год", "на 2026 год").
#ifndef PLANPARSE_NORMALIZER_PERIOD_H_
#define PLANPARSE_NORMALIZER_PERIOD_H_

#include <optional>
#include <string>
#include <string_view>

#include "model/timing.h"

namespace planparse {


// The first period named in `text` (a title, a header line), or nullopt.
std::optional<Period> ParsePeriod(std::string_view text);

// Whether a year is one a plan may name (1990 to 2100): others are typing slips.
bool PlausibleYear(int year);

// A period written for the command line: "2023-2024" or "2023/2024" (academic year),
// "2026" (calendar year). nullopt when malformed.
std::optional<Period> PeriodFromSpec(std::string_view spec);

}  // namespace planparse

#endif  // PLANPARSE_NORMALIZER_PERIOD_H_
