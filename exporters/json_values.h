// Internal to exporters/: the JSON values several writers share.
#ifndef PLANPARSE_EXPORTERS_JSON_VALUES_H_
#define PLANPARSE_EXPORTERS_JSON_VALUES_H_

#include <nlohmann/json.hpp>

#include "model/diagnostic.h"
#include "model/source_span.h"
#include "normalizer/timing.h"

namespace planparse {

using Json = nlohmann::ordered_json;

Json SpanJson(const SourceSpan& span);
Json TimingJson(const Timing& timing);
// {"code", "severity", "message", "where", "place", "source_span"}.
Json DiagnosticJson(const Diagnostic& diagnostic);
// A string, or null when empty.
Json StringOrNull(const std::string& s);

}  // namespace planparse

#endif  // PLANPARSE_EXPORTERS_JSON_VALUES_H_
