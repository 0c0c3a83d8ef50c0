import { localDate } from '@fieldbeat/domain';
import { connectionOf, type Db } from '../db/client.js';
import { getProductBySku, getStoreByCode } from '../db/repos/masterdata.js';
import { getSettings } from '../db/repos/organisation.js';
import { createPromotion, reportPromotion, transitionPromotion } from '../services/promotions/index.js';
import { createReturn, transitionReturn } from '../services/returns/index.js';
import { demoPrincipals, fail } from './principals.js';
import { generateDemoPromotions, generateDemoReturns } from './visits.js';


/**
 * The demo's promotions and returns (demo/visits.ts), applied through the same services the
 * routes use, each step by the demo user who would take it: the R5 and R2 rules decide every
 * status, so the demo cannot show a state the API would refuse.
 */
export function seedDemoApprovals(db: Db, print: (line: string) => void, now: Date = new Date()): void {
  if (connectionOf(db).prepare('SELECT 1 FROM promotions LIMIT 1').get() || connectionOf(db).prepare('SELECT 1 FROM returns LIMIT 1').get()) return;
  const today = localDate(now, getSettings(db).settings.timezone);

  const as = demoPrincipals(db);
  const storeId = (code: string) => getStoreByCode(db, code)?.id ?? fail(`store ${code}`);
  const productId = (sku: string) => getProductBySku(db, sku)?.id ?? fail(`product ${sku}`);

  const promotions = generateDemoPromotions({ today });
  for (const plan of promotions) {
    const created = createPromotion(db, as(plan.applicantUsername), {
      title: plan.title,
      source: plan.source,
      storeIds: plan.storeCodes.map(storeId),
      productIds: plan.skus.map(productId),
      startDate: plan.startDate,
      endDate: plan.endDate,
      purpose: plan.purpose,
      storeSupport: plan.storeSupport ?? null,
      baselineSales: plan.baselineSales ?? null,
      materials: plan.materials,
      staffCount: plan.staffCount,
      estimatedCost: plan.estimatedCost,
      estimatedEffect: plan.estimatedEffect,
    });
    let status = created.status as string;
    for (const step of plan.steps) {
      const actor = as(step.byUsername);
      status =
        step.action === 'report'
          ? reportPromotion(db, actor, created.id, step.report).status
          : transitionPromotion(db, actor, created.id, step.action, step.note ?? null).status;
    }
    if (status !== plan.expectedStatus) throw new Error(`demo promotion ${plan.key}: ${status}, expected ${plan.expectedStatus}`);
  }

  const returns = generateDemoReturns({ today });
  for (const plan of returns) {
    const { row } = createReturn(db, as(plan.requesterUsername), {
      storeId: storeId(plan.storeCode),
      productId: productId(plan.sku),
      qty: plan.qty,
      reason: plan.reason,
      requestDate: plan.requestDate,
      productionDate: plan.productionDate ?? null,
      contentsRemaining: plan.contentsRemaining ?? null,
      contentsTotal: plan.contentsTotal ?? null,
      notes: plan.notes ?? null,
    });
    let status = row.status;
    for (const step of plan.steps) {
      const actor = as(step.byUsername);
      status =
        step.action === 'execute'
          ? transitionReturn(db, actor, row.id, 'execute', { refundAmount: step.refundAmount }).status
          : transitionReturn(db, actor, row.id, step.action, { note: step.note ?? null }).status;
    }
    if (status !== plan.expectedStatus) throw new Error(`demo return ${plan.key}: ${status}, expected ${plan.expectedStatus}`);
  }
  print(`Demo approvals: ${promotions.length} promotions and ${returns.length} returns through their workflows.`);
}
