import { validatePromotionApplication } from '@fieldbeat/domain';
import type { PromotionInput, PromotionSource } from '../api/types';
import { normalizeErrorPath } from '../api/errors';
import { parseMoney, parseQty } from './visit-form';

export interface PromotionDraft {
  title: string;
  source: Exclude<PromotionSource, 'company'>;
  storeIds: string[];
  productIds: string[];
  startDate: string;
  endDate: string;
  purpose: string;
  storeSupport: string;
  baselineSales: string;
  materials: { name: string; qty: string }[];
  staffCount: string;
  estimatedCost: string;
  estimatedEffect: string;
}

export function emptyPromotion(): PromotionDraft {
  return {
    title: '',
    source: 'store_request',
    storeIds: [],
    productIds: [],
    startDate: '',
    endDate: '',
    purpose: '',
    storeSupport: '',
    baselineSales: '',
    materials: [{ name: '', qty: '' }],
    staffCount: '0',
    estimatedCost: '',
    estimatedEffect: '',
  };
}

/** The body of POST /promotions; a baseline typed as a number is sent as a number. */
export function buildPromotionBody(d: PromotionDraft): PromotionInput {
  const num = (s: string) => {
    const n = parseMoney(s);
    return n !== null && !Number.isNaN(n) ? n : null;
  };
  const body: PromotionInput = {
    title: d.title.trim(),
    source: d.source,
    storeIds: [...d.storeIds],
    productIds: [...d.productIds],
    startDate: d.startDate,
    endDate: d.endDate,
    purpose: d.purpose.trim(),
    materials: d.materials
      .filter((m) => m.name.trim() || m.qty.trim())
      .map((m) => ({ name: m.name.trim(), qty: parseQty(m.qty) ?? Number.NaN })),
    staffCount: parseQty(d.staffCount) ?? Number.NaN,
    estimatedCost: num(d.estimatedCost) ?? Number.NaN,
    estimatedEffect: d.estimatedEffect.trim(),
  };
  if (d.source === 'store_request') body.storeSupport = d.storeSupport.trim();
  if (d.source === 'rep_initiated') {
    const baseline = d.baselineSales.trim();
    body.baselineSales = (num(baseline) ?? baseline) as number;
  }
  return body;
}

/**
 * R5's form rules, from the domain (the server runs the same check): which fields are wrong.
 * Keys are dotted paths (`materials.0.qty`), like the server's field errors.
 */
export function promotionErrors(d: PromotionDraft): Record<string, string> {
  const result = validatePromotionApplication(buildPromotionBody(d));
  const map: Record<string, string> = {};
  for (const e of result.errors) {
    const key = normalizeErrorPath(e.path);
    if (!(key in map)) map[key] = e.message;
  }
  return map;
}
