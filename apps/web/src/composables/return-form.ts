import { returnEligibility, type ReturnEligibility } from '@fieldbeat/domain';
import type { Product, ReturnInput, ReturnReason, Store } from '../api/types';
import { parseQty } from './visit-form';

export interface ReturnDraft {
  storeId: string;
  productId: string;
  qty: string;
  reason: ReturnReason | '';
  requestDate: string;
  productionDate: string;
  contentsRemaining: string;
  contentsTotal: string;
  notes: string;
}

export type ReturnField = 'storeId' | 'productId' | 'qty' | 'reason' | 'productionDate' | 'contentsRemaining' | 'contentsTotal';

/** Which extra inputs a reason needs (R2): the form shows only those. */
export function fieldsFor(reason: ReturnReason | ''): ('productionDate' | 'contents')[] {
  if (reason === 'slow_moving') return ['productionDate'];
  if (reason === 'packaging_damage') return ['contents'];
  return [];
}

export function validateReturn(d: ReturnDraft): Partial<Record<ReturnField, 'required' | 'positiveInt' | 'nonNegativeInt' | 'contents'>> {
  const errors: Partial<Record<ReturnField, 'required' | 'positiveInt' | 'nonNegativeInt' | 'contents'>> = {};
  if (!d.storeId) errors.storeId = 'required';
  if (!d.productId) errors.productId = 'required';
  if (!d.reason) errors.reason = 'required';
  const qty = parseQty(d.qty);
  if (qty === null) errors.qty = 'required';
  else if (Number.isNaN(qty) || qty < 1) errors.qty = 'positiveInt';
  const needs = fieldsFor(d.reason);
  if (needs.includes('productionDate') && !d.productionDate) errors.productionDate = 'required';
  if (needs.includes('contents')) {
    const rem = parseQty(d.contentsRemaining);
    const tot = parseQty(d.contentsTotal);
    if (rem === null) errors.contentsRemaining = 'required';
    else if (Number.isNaN(rem)) errors.contentsRemaining = 'nonNegativeInt';
    if (tot === null) errors.contentsTotal = 'required';
    else if (Number.isNaN(tot) || tot < 1) errors.contentsTotal = 'positiveInt';
    if (rem !== null && tot !== null && !Number.isNaN(rem) && !Number.isNaN(tot) && rem > tot) errors.contentsRemaining = 'contents';
  }
  return errors;
}

/**
 * R2 live, on the phone: the same rule the server applies, from the product's shelf life and
 * clearance window and the store's status. Null until the reason is chosen (or while the
 * numbers typed cannot be read).
 */
export function liveEligibility(d: ReturnDraft, product: Product | undefined, store: Store | undefined): ReturnEligibility | null {
  if (!d.reason) return null;
  const rem = parseQty(d.contentsRemaining);
  const tot = parseQty(d.contentsTotal);
  try {
    return returnEligibility({
      reason: d.reason,
      requestDate: d.requestDate,
      contentsRemaining: rem !== null && !Number.isNaN(rem) ? rem : null,
      contentsTotal: tot !== null && !Number.isNaN(tot) ? tot : null,
      productionDate: d.productionDate || null,
      shelfLifeDays: product?.shelfLifeDays ?? null,
      clearanceWindows: product?.clearance ? [product.clearance] : [],
      storeStatus: store?.status ?? null,
    });
  } catch {
    return null;
  }
}

/** The body of POST /returns (and /returns/preview): only the fields the reason uses. */
export function buildReturnBody(d: ReturnDraft, id?: string): ReturnInput {
  const body: ReturnInput = {
    storeId: d.storeId,
    productId: d.productId,
    qty: parseQty(d.qty) ?? 0,
    reason: d.reason as ReturnReason,
    requestDate: d.requestDate,
  };
  if (id) body.id = id;
  const needs = fieldsFor(d.reason);
  if (needs.includes('productionDate') && d.productionDate) body.productionDate = d.productionDate;
  if (needs.includes('contents')) {
    body.contentsRemaining = parseQty(d.contentsRemaining) ?? 0;
    body.contentsTotal = parseQty(d.contentsTotal) ?? 0;
  }
  if (d.notes.trim()) body.notes = d.notes.trim();
  return body;
}
