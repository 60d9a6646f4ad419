// Writers for `planparse check`: lines a reviewer reads ("file:place: severity code
// message", grouped per document, with a summary), or JSON for tools.
#ifndef PLANPARSE_EXPORTERS_CHECK_WRITER_H_
#define PLANPARSE_EXPORTERS_CHECK_WRITER_H_

#include <ostream>
#include <string>
#include <vector>

#include "model/diagnostic.h"
#include "model/plan.h"

namespace planparse {

struct CheckedDocument {
  std::string path;
  std::string kind;                    // "plan", "report", "template"; "" when unreadable
  std::string error;                   // why it could not be read, "" when read
  std::vector<Diagnostic> diagnostics;
};

struct CheckCounts {
  int errors = 0;
  int warnings = 0;
  int infos = 0;
  int unreadable = 0;
};

CheckCounts Count(const std::vector<CheckedDocument>& docs);
void WriteCheckText(const std::vector<CheckedDocument>& docs, std::ostream& out);
void WriteCheckJson(const std::vector<CheckedDocument>& docs, std::ostream& out);

}  // namespace planparse

#endif  // PLANPARSE_EXPORTERS_CHECK_WRITER_H_
