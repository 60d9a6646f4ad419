// Timing: the "Сроки" cell of a plan's event table turned into dates a database can query.
// A month with no year falls inside the plan's period; phrases meaning "throughout the
// period" take its bounds; "по запросу" gives no dates. Anything unreadable is kind
// "unknown" with the raw text kept: never a crash and never an invented date.
#ifndef PLANPARSE_NORMALIZER_TIMING_H_
#define PLANPARSE_NORMALIZER_TIMING_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/timing.h"
#include "normalizer/period.h"

namespace planparse {


Timing ParseTiming(std::string_view raw, const std::optional<Period>& period);

}  // namespace planparse

#endif  // PLANPARSE_NORMALIZER_TIMING_H_
