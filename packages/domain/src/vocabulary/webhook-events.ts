export const WEBHOOK_EVENTS = [
  'visit.created',
  'promotion.submitted',
  'promotion.approved',
  'promotion.rejected',
  'promotion.completed',
  'return.created',
  'return.approved',
  'return.executed',
  'scorecard.finalized',
] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];
