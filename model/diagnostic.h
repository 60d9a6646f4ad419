// Diagnostic: a problem found in a document, kept as data (code, severity, place, message).
#ifndef PLANPARSE_MODEL_DIAGNOSTIC_H_
#define PLANPARSE_MODEL_DIAGNOSTIC_H_

#include <string>

#include "model/source_span.h"

namespace planparse {

enum class Severity { kInfo, kWarning, kError };

struct Diagnostic {
  std::string code;      // stable identifier, e.g. "docx.part_unreadable"
  Severity severity = Severity::kWarning;
  std::string message;   // in Russian, for the methodologist who reads it
  SourceSpan span;
};

const char* SeverityName(Severity severity);  // "info", "warning", "error"

}  // namespace planparse

#endif  // PLANPARSE_MODEL_DIAGNOSTIC_H_
