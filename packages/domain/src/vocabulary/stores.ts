/** 重点门店 / 一般门店. */
export const STORE_TIERS = ['key', 'normal'] as const;
export type StoreTier = (typeof STORE_TIERS)[number];

/** KA (key account chains), agents (代理商), wholesale outlets (批发网点), retail. */
export const STORE_CHANNELS = ['ka', 'agent', 'wholesale', 'retail'] as const;
export type StoreChannel = (typeof STORE_CHANNELS)[number];

/** `closing` and `closed` make a store_closure return standard (门店关门清场). */
export const STORE_STATUSES = ['active', 'closing', 'closed'] as const;
export type StoreStatus = (typeof STORE_STATUSES)[number];
