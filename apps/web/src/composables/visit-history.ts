import type { Visit } from '../api/types';

/** What the previous visit that counted a product recorded (R1's prevStock / prevOrder). */
export interface LineHistory {
  prevStock: number;
  prevOrder: number;
  facings: number | null;
  shelfPrice: number | null;
  visitedAt: string;
}

/** productId → the newest counted line of that product in this store. */
export type StoreHistory = Map<string, LineHistory>;

/**
 * R1 compares with "the previous visit of that store that counted that product": the newest
 * visit is not enough when it skipped a product, so take each product's newest line.
 */
export function historyFromVisits(visits: readonly Visit[]): StoreHistory {
  const newestFirst = [...visits].sort((a, b) => (b.checkInAt ?? '').localeCompare(a.checkInAt ?? ''));
  const history: StoreHistory = new Map();
  for (const visit of newestFirst) {
    for (const line of visit.lines ?? []) {
      if (history.has(line.productId) || typeof line.stockQty !== 'number') continue;
      history.set(line.productId, {
        prevStock: line.stockQty,
        prevOrder: line.orderQty ?? 0,
        facings: typeof line.facings === 'number' ? line.facings : null,
        shelfPrice: typeof line.shelfPrice === 'number' ? line.shelfPrice : null,
        visitedAt: visit.checkInAt,
      });
    }
  }
  return history;
}
