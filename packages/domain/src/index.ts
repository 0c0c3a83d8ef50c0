// @fieldbeat/domain: the handbook's rules (the product's rules, RULES) as pure functions. No I/O,
// no framework, no Node built-ins: the API and the SPA (in the browser) import the same code.

export * from './errors/domain-error.js';
export * from './shared/validation.js';
export * from './shared/actor.js';
export * from './shared/exact-decimal.js';
export type * from './shared/json.js';

// Vocabulary
export * from './vocabulary/permissions.js';
export * from './vocabulary/stores.js';
export * from './vocabulary/returns.js';
export * from './vocabulary/promotions.js';
export * from './vocabulary/tasks.js';
export * from './vocabulary/visit-issues.js';
export * from './vocabulary/score-lines.js';
export * from './vocabulary/webhook-events.js';
export * from './vocabulary/duty-cadences.js';

// Files people open in a spreadsheet
export * from './files/csv-cell.js';

// Settings, money, time, calendar
export * from './settings/settings.js';
export * from './money/money.js';
export * from './time/calendar-date.js';
export * from './time/month.js';
export * from './time/iso-week.js';
export * from './time/zoned-time.js';
export * from './calendar/work-calendar.js';
export * from './calendar/monthly-deadline.js';

// Explanations
export * from './explanations/explanation.js';
export * from './explanations/messages-en.js';
export * from './explanations/messages-zh-cn.js';
export * from './explanations/render-explanation.js';

// R1..R6
export * from './reorder/suggest-order.js';
export * from './returns/return-eligibility.js';
export * from './returns/return-transition.js';
export * from './returns/refund.js';
export * from './returns/return-request.js';
export * from './visits/visit-frequency.js';
export * from './visits/display-issues.js';
export * from './visits/geofence.js';
export * from './scoring/half-points.js';
export * from './scoring/scoring-scheme.js';
export * from './scoring/collection.js';
export * from './scoring/score-month.js';
export * from './scoring/project-total.js';
export * from './scoring/scoring-records.js';
export * from './promotions/promotion-transition.js';
export * from './promotions/promotion-application.js';
export * from './promotions/promotion-effect.js';
export * from './tasks/task-transition.js';
export * from './surveys/market-survey.js';
export * from './work-logs/work-log.js';
export * from './roles/role-definition.js';
export * from './roles/duty-cadence.js';
export * from './reports/sales-change.js';
export * from './reports/sales-anomaly.js';
export * from './visits/compliance-week.js';
