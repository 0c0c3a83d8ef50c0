import { isDate } from '@fieldbeat/domain';
import type { Product } from '../api/types';
import type { ProductInput } from '../api/masterdata';
import { parseMoney } from './record-forms';

type Translate = (key: string, named?: Record<string, unknown>) => string;

export interface ProductDraft {
  sku: string;
  barcode: string;
  name: string;
  spec: string;
  unit: string;
  category: string;
  brand: string;
  retailPrice: string;
  supplyPrice: string;
  shelfLifeDays: string;
  packSize: string;
  isKey: boolean;
  isNew: boolean;
  onClearance: boolean;
  clearanceFrom: string;
  clearanceTo: string;
}

const text = (v: unknown) => (v === null || v === undefined ? '' : String(v));

export function productToDraft(p: Product | null): ProductDraft {
  return {
    sku: p?.sku ?? '',
    barcode: text(p?.barcode),
    name: p?.name ?? '',
    spec: text(p?.spec),
    unit: p?.unit ?? '',
    category: text(p?.category),
    brand: text(p?.brand),
    retailPrice: text(p?.retailPrice),
    supplyPrice: text(p?.supplyPrice),
    shelfLifeDays: text(p?.shelfLifeDays),
    packSize: text(p?.packSize ?? 1),
    isKey: p?.isKey ?? false,
    isNew: p?.isNew ?? false,
    onClearance: !!p?.clearance,
    clearanceFrom: p?.clearance?.from ?? '',
    clearanceTo: p?.clearance?.to ?? '',
  };
}

const wholeIn = (v: string, min: number, max: number) => /^\d+$/.test(v.trim()) && Number(v) >= min && Number(v) <= max;

export function productErrors(d: ProductDraft, t: Translate): Record<string, string> {
  const e: Record<string, string> = {};
  if (!d.sku.trim()) e.sku = t('errors.required');
  if (!d.name.trim()) e.name = t('errors.required');
  if (!d.unit.trim()) e.unit = t('errors.required');
  if (parseMoney(d.retailPrice) === null) e.retailPrice = t('errors.money');
  if (parseMoney(d.supplyPrice) === null) e.supplyPrice = t('errors.money');
  if (!wholeIn(d.shelfLifeDays, 1, 36500)) e.shelfLifeDays = t('fieldErrors.wholeRange', { min: 1, max: 36500 });
  if (!wholeIn(d.packSize, 1, 10000)) e.packSize = t('fieldErrors.wholeRange', { min: 1, max: 10000 });
  if (d.onClearance) {
    if (!isDate(d.clearanceFrom)) e['clearance.from'] = t('fieldErrors.date');
    if (!isDate(d.clearanceTo)) e['clearance.to'] = t('fieldErrors.date');
    else if (isDate(d.clearanceFrom) && d.clearanceTo < d.clearanceFrom) e['clearance.to'] = t('errors.dateOrder');
  }
  return e;
}

export function draftToProduct(d: ProductDraft): ProductInput {
  return {
    sku: d.sku.trim(),
    barcode: d.barcode.trim() || null,
    name: d.name.trim(),
    spec: d.spec.trim() || null,
    unit: d.unit.trim(),
    category: d.category.trim() || null,
    brand: d.brand.trim() || null,
    retailPrice: parseMoney(d.retailPrice)!,
    supplyPrice: parseMoney(d.supplyPrice)!,
    shelfLifeDays: Number(d.shelfLifeDays),
    packSize: Number(d.packSize),
    isKey: d.isKey,
    isNew: d.isNew,
    clearance: d.onClearance ? { from: d.clearanceFrom, to: d.clearanceTo } : null,
  };
}

/** A clearance window that covers the day (公司指定清场产品: returns of it are standard then). */
export function onClearance(p: Pick<Product, 'clearance'>, today: string): boolean {
  return !!p.clearance && p.clearance.from <= today && today <= p.clearance.to;
}
