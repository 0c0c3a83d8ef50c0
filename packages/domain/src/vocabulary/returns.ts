/** 退货标准: the five standard reasons, and `other` (超出标准外, 先请示后执行). */
export const RETURN_REASONS = [
  'packaging_damage',
  'quality_defect',
  'slow_moving',
  'company_clearance',
  'store_closure',
  'other',
] as const;
export type ReturnReason = (typeof RETURN_REASONS)[number];

export const RETURN_STATUSES = ['pending_approval', 'approved', 'rejected', 'executed'] as const;
export type ReturnStatus = (typeof RETURN_STATUSES)[number];
