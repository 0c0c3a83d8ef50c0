import type { Explanation, OrderSuggestion } from '@fieldbeat/domain';

// Its own module: the service writes it and the view reads it, and the service imports the view.

/** What is stored in visit_lines.suggestion: R1's decision and, beside it, why each R3 issue was raised. */
export interface StoredSuggestion extends Omit<OrderSuggestion, 'explanation'> {
  explanation: Explanation;
  previousVisitId: string | null;
  previousCheckInAt: string | null;
  issueDetails: Partial<Record<string, Explanation>>;
}
