#include "model/plan.h"

namespace planparse {

const char* PlanKindName(PlanKind kind) {
  switch (kind) {
    case PlanKind::kPlan: return "plan";
    case PlanKind::kReport: return "report";
    case PlanKind::kTemplate: return "template";
  }
  return "plan";
}

}  // namespace planparse
