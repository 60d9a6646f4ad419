#include "exporters/timing_writer.h"

#include "exporters/json_values.h"

namespace planparse {

void WriteTimingJson(const Timing& timing, std::ostream& out) {
  out << TimingJson(timing).dump(-1, ' ', false, Json::error_handler_t::replace) << '\n';
}

}  // namespace planparse
