// Test-only: known visits written straight into `visits` / `visit_lines`, so that the
// promotion effect can be checked on exact order quantities independently of the visit
// route's own rules (suggestions, geofence, future check-ins).
import type { Db } from '../db/client.js';
import { visitLines, visits } from '../db/schema/index.js';
import { newId } from '../lib/ids.js';

export interface KnownOrder {
  storeId: string;
  repId: string;
  productId: string;
  date: string;
  orderQty: number;
}

export function insertKnownOrders(db: Db, orders: KnownOrder[]): void {
  db.transaction((tx) => {
    for (const o of orders) {
      const id = newId();
      const checkInAt = `${o.date}T02:00:00.000Z`; // 10:00 in Asia/Shanghai, the same date
      tx.insert(visits)
        .values({ id, storeId: o.storeId, repId: o.repId, checkInAt, visitDate: o.date, issues: [], bodyHash: id, createdAt: checkInAt, lineCount: 1 })
        .run();
      tx.insert(visitLines)
        .values({
          visitId: id,
          lineNo: 0,
          productId: o.productId,
          storeId: o.storeId,
          repId: o.repId,
          visitDate: o.date,
          checkInAt,
          shelfPriceMinor: 990,
          priceTagOk: true,
          stockQty: 10,
          facings: 3,
          onPromo: false,
          orderQty: o.orderQty,
          suggestion: {},
          issues: [],
        })
        .run();
    }
  });
}
