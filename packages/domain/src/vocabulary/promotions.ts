/** 公司要求落实的 / 店方要求支持的 / 业务人员发现销售机会申请的促销活动. */
export const PROMOTION_SOURCES = ['company', 'store_request', 'rep_initiated'] as const;
export type PromotionSource = (typeof PROMOTION_SOURCES)[number];

export const PROMOTION_STATUSES = [
  'draft',
  'submitted',
  'pending_gm',
  'approved',
  'rejected',
  'withdrawn',
  'completed',
] as const;
export type PromotionStatus = (typeof PROMOTION_STATUSES)[number];

export const PROMOTION_ACTIONS = ['submit', 'approve', 'reject', 'withdraw', 'report'] as const;
export type PromotionAction = (typeof PROMOTION_ACTIONS)[number];
