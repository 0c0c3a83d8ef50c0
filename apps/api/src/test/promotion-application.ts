/**
 * A promotion application (促销申请) as the form posts it to POST /promotions: one store, one
 * product, every field the handbook's application asks for filled in. A test overrides only what
 * it is about (the dates, the cost, the source); the browser tests post the same body.
 */
export function promotionApplication(storeId: string | undefined, productId: string | undefined, overrides: Record<string, unknown> = {}) {
  return {
    title: '店庆薯片堆头',
    source: 'store_request',
    storeIds: [storeId],
    productIds: [productId],
    startDate: '2026-10-11',
    endDate: '2026-10-20',
    purpose: '借店庆客流提升销量',
    storeSupport: '店方免费提供堆头一个',
    materials: [{ name: '堆头围板', qty: 1 }],
    staffCount: 1,
    estimatedCost: 3000,
    estimatedEffect: '约多销售300袋',
    ...overrides,
  };
}
