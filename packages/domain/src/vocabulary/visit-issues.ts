/** Display-compliance issues of one visit line (生动化陈列, 价签). */
export const VISIT_LINE_ISSUES = [
  'facings_below_minimum',
  'price_tag_missing',
  'price_mismatch',
  'promo_tag_expired',
] as const;
export type VisitLineIssue = (typeof VISIT_LINE_ISSUES)[number];

/** Issues of a visit as a whole. */
export const VISIT_ISSUES = ['outside_geofence'] as const;
export type VisitIssue = (typeof VISIT_ISSUES)[number];
