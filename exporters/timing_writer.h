// JSON of a parsed timing cell (`planparse timing`, and the "timing" object of events).
#ifndef PLANPARSE_EXPORTERS_TIMING_WRITER_H_
#define PLANPARSE_EXPORTERS_TIMING_WRITER_H_

#include <ostream>

#include "normalizer/timing.h"

namespace planparse {

// {"raw", "start", "end", "kind", "recurrence", "dates", ...}; absent dates are null.
void WriteTimingJson(const Timing& timing, std::ostream& out);

}  // namespace planparse

#endif  // PLANPARSE_EXPORTERS_TIMING_WRITER_H_
