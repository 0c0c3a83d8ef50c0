import { displayIssues, suggestOrder, toMinor, type OrderSuggestion, type VisitLineIssue } from '@fieldbeat/domain';
import type { Product, Settings, VisitInput, VisitLineInput } from '../api/types';
import type { LineHistory } from './visit-history';

export type { LineHistory, StoreHistory } from './visit-history';
export { historyFromVisits } from './visit-history';

/**
 * One SKU row as the rep types it. Inputs are kept as the strings typed, so an empty field
 * stays empty (not 0) and a half-typed "12." is not rewritten under the thumb.
 */
export interface LineDraft {
  productId: string;
  stockQty: string;
  shelfPrice: string;
  priceTagOk: boolean;
  facings: string;
  onPromo: boolean;
  promoType: string;
  promoStart: string;
  promoEnd: string;
  orderQty: string;
  productionDate: string;
  shelfLayer: string;
}

export interface VisitDraft {
  id: string;
  storeId: string;
  checkInAt: string | null;
  /** Where the rep checked in: kept once set, so the geofence check is the check-in's. */
  location: { lat: number; lng: number; accuracy?: number } | null;
  /** Later fixes (重新定位), oldest first; they never replace `location`. Absent in older drafts. */
  relocations?: Relocation[];
  lines: Record<string, LineDraft>;
  competitorNotes: string;
  promoterNotes: string;
  storeOpinion: string;
  repSuggestion: string;
  signedBy: string;
}

export type Relocation = NonNullable<VisitInput['relocations']>[number];

/** The most fixes a visit keeps (the API's bound): beyond it the oldest relocations give way. */
export const MAX_RELOCATIONS = 20;

/**
 * 重新定位: the first check-in position stays the visit's location (a rep 2 km away cannot erase
 * the warning by relocating at the store); a new fix is added to the history. Without a check-in
 * position yet (checked in without location), the fix becomes it.
 */
export function relocateDraft(draft: VisitDraft, position: { lat: number; lng: number; accuracy?: number }, at: string): void {
  if (!draft.location) {
    draft.location = position;
    return;
  }
  draft.relocations = [...(draft.relocations ?? []), { ...position, at }].slice(-MAX_RELOCATIONS);
}

export type LineFieldError = 'required' | 'nonNegativeInt' | 'money' | 'dateOrder';
export type LineField = 'stockQty' | 'shelfPrice' | 'facings' | 'orderQty' | 'promoEnd';

export interface LineResult {
  /** The rep counted this product (stock entered): it becomes a line of the visit. */
  filled: boolean;
  /** R1 with this visit's stock; null until a valid stock is typed. */
  suggestion: OrderSuggestion | null;
  /** R3 display issues, once the numbers they need are valid. */
  issues: VisitLineIssue[];
  errors: Partial<Record<LineField, LineFieldError>>;
}

export function newVisitDraft(id: string, storeId: string): VisitDraft {
  return {
    id,
    storeId,
    checkInAt: null,
    location: null,
    lines: {},
    competitorNotes: '',
    promoterNotes: '',
    storeOpinion: '',
    repSuggestion: '',
    signedBy: '',
  };
}

/** A fresh row: the shelf price starts at the retail price, facings at last visit's count. */
export function emptyLine(product: Product, history?: LineHistory): LineDraft {
  return {
    productId: product.id,
    stockQty: '',
    shelfPrice: String(product.retailPrice),
    priceTagOk: true,
    facings: history?.facings !== null && history?.facings !== undefined ? String(history.facings) : '',
    onPromo: false,
    promoType: '',
    promoStart: '',
    promoEnd: '',
    orderQty: '',
    productionDate: '',
    shelfLayer: '',
  };
}

/** A whole number ≥ 0, null when blank, NaN when not a valid quantity. */
export function parseQty(text: string): number | null {
  const s = text.trim();
  if (s === '') return null;
  return /^\d{1,9}$/.test(s) ? Number(s) : Number.NaN;
}

/** A price in major units with at most 2 decimals, null when blank, NaN when malformed. */
export function parseMoney(text: string): number | null {
  const s = text.trim().replace(',', '.');
  if (s === '') return null;
  return /^\d{1,10}(\.\d{1,2})?$/.test(s) ? Number(s) : Number.NaN;
}

export interface LineContext {
  settings: Pick<Settings, 'reorderFactor' | 'minFacings'>;
  /** The visit's calendar date (YYYY-MM-DD), for expired promotion tags. */
  visitDate: string;
}

/**
 * Everything the row shows while the rep types: the suggested order (R1) and the shelf issues
 * (R3), computed by the shared domain rules — the same code the server runs on submit.
 */
export function evaluateLine(product: Product, line: LineDraft, history: LineHistory | undefined, ctx: LineContext): LineResult {
  const errors: LineResult['errors'] = {};
  const stock = parseQty(line.stockQty);
  const facings = parseQty(line.facings);
  const price = parseMoney(line.shelfPrice);
  const order = parseQty(line.orderQty);
  const filled = stock !== null;

  if (Number.isNaN(stock)) errors.stockQty = 'nonNegativeInt';
  if (Number.isNaN(order)) errors.orderQty = 'nonNegativeInt';
  if (Number.isNaN(facings)) errors.facings = 'nonNegativeInt';
  else if (filled && facings === null) errors.facings = 'required';
  if (Number.isNaN(price)) errors.shelfPrice = 'money';
  else if (filled && price === null) errors.shelfPrice = 'required';
  if (line.onPromo && line.promoStart && line.promoEnd && line.promoEnd < line.promoStart) errors.promoEnd = 'dateOrder';

  let suggestion: OrderSuggestion | null = null;
  if (stock !== null && !Number.isNaN(stock)) {
    try {
      suggestion = suggestOrder(history ? { prevStock: history.prevStock, prevOrder: history.prevOrder } : null, stock, {
        factor: ctx.settings.reorderFactor,
        packSize: Math.max(1, product.packSize || 1),
      });
    } catch {
      suggestion = null; // malformed settings or history: show no suggestion rather than a wrong one
    }
  }

  let issues: VisitLineIssue[] = [];
  if (filled && facings !== null && !Number.isNaN(facings) && price !== null && !Number.isNaN(price)) {
    try {
      issues = displayIssues(
        {
          shelfPrice: toMinor(price),
          priceTagOk: line.priceTagOk,
          facings,
          onPromo: line.onPromo,
          promoEnd: line.onPromo && line.promoEnd ? line.promoEnd : null,
        },
        { retailPrice: toMinor(product.retailPrice), isKey: product.isKey, isNew: product.isNew },
        { visitDate: ctx.visitDate, minFacings: ctx.settings.minFacings },
      ).issues;
    } catch {
      issues = [];
    }
  }
  return { filled, suggestion, issues, errors };
}

/** One counted row as a line of POST /visits; null for a row whose stock is blank or not a number. */
export function lineInput(line: LineDraft): VisitLineInput | null {
  const stock = parseQty(line.stockQty);
  if (stock === null || Number.isNaN(stock)) return null;
  const out: VisitLineInput = {
    productId: line.productId,
    stockQty: stock,
    shelfPrice: parseMoney(line.shelfPrice) ?? 0,
    priceTagOk: line.priceTagOk,
    facings: parseQty(line.facings) ?? 0,
  };
  const order = parseQty(line.orderQty);
  if (order !== null && !Number.isNaN(order)) out.orderQty = order;
  if (line.onPromo) {
    out.onPromo = true;
    if (line.promoType.trim()) out.promoType = line.promoType.trim();
    if (line.promoStart) out.promoStart = line.promoStart;
    if (line.promoEnd) out.promoEnd = line.promoEnd;
  }
  if (line.productionDate) out.productionDate = line.productionDate;
  if (line.shelfLayer.trim()) out.shelfLayer = line.shelfLayer.trim();
  return out;
}

/** The request body of POST /visits for a finished draft: only the counted products. */
export function buildVisitBody(draft: VisitDraft, checkOutAt: string): VisitInput & { id: string } {
  const lines: VisitLineInput[] = [];
  for (const line of Object.values(draft.lines)) {
    const out = lineInput(line);
    if (out) lines.push(out);
  }
  const body: VisitInput & { id: string } = {
    id: draft.id,
    storeId: draft.storeId,
    checkInAt: draft.checkInAt ?? checkOutAt,
    checkOutAt,
    lines,
  };
  if (draft.location) {
    const { lat, lng, accuracy } = draft.location;
    body.location = accuracy === undefined ? { lat, lng } : { lat, lng, accuracy };
    // The 重新定位 history goes with the visit (and so with its outbox replay). A fix the server
    // would refuse (taken before the check-in or after the check-out, by a phone whose clock
    // moved) is left out rather than blocking the whole visit in the outbox.
    const from = Date.parse(body.checkInAt);
    const to = Date.parse(checkOutAt);
    const relocations = (draft.relocations ?? [])
      .filter((r) => Date.parse(r.at) >= from && Date.parse(r.at) <= to)
      .slice(-MAX_RELOCATIONS)
      .map(({ lat, lng, accuracy, at }) => (accuracy === undefined ? { lat, lng, at } : { lat, lng, accuracy, at }));
    if (relocations.length) body.relocations = relocations;
  }
  for (const key of ['competitorNotes', 'promoterNotes', 'storeOpinion', 'repSuggestion', 'signedBy'] as const) {
    const v = draft[key].trim();
    if (v) body[key] = v;
  }
  return body;
}

export interface VisitSummary {
  filled: number;
  issues: number;
  /** What is ordered: the order quantities typed (a suggestion shown in grey is not an order). */
  totalOrder: number;
  /** What R1 suggests over all rows, shown beside the ordered total. */
  suggestedTotal: number;
  /** Rows the rep started that cannot be sent as they are. */
  invalidRows: number;
  suggestedRows: number;
}

export function summarize(results: Iterable<LineResult>, lines: Iterable<LineDraft>): VisitSummary {
  const summary: VisitSummary = { filled: 0, issues: 0, totalOrder: 0, suggestedTotal: 0, invalidRows: 0, suggestedRows: 0 };
  for (const r of results) {
    if (r.filled) summary.filled += 1;
    summary.issues += r.issues.length;
    if (Object.keys(r.errors).length > 0) summary.invalidRows += 1;
    const suggested = r.suggestion?.suggested ?? 0;
    if (suggested > 0) summary.suggestedRows += 1;
    summary.suggestedTotal += suggested;
  }
  for (const l of lines) {
    const q = parseQty(l.orderQty);
    if (q !== null && !Number.isNaN(q)) summary.totalOrder += q;
  }
  return summary;
}

/** A suggestion the rep has not adopted: a positive suggested order beside an empty order field. */
export interface PendingSuggestion {
  productId: string;
  suggested: number;
}

/**
 * The rows whose suggested order is only the grey placeholder: nothing is typed in the order
 * field, so nothing is ordered. A typed quantity (also 0, or another number) is the rep's decision.
 */
export function pendingSuggestions(
  lines: Record<string, LineDraft>,
  resultOf: (productId: string) => LineResult,
): PendingSuggestion[] {
  const pending: PendingSuggestion[] = [];
  for (const [productId, line] of Object.entries(lines)) {
    const suggested = resultOf(productId).suggestion?.suggested ?? 0;
    if (suggested > 0 && line.orderQty.trim() === '') pending.push({ productId, suggested });
  }
  return pending;
}

/** 采用全部建议: each pending suggestion becomes the typed order; typed orders stay as typed. */
export function adoptSuggestions(lines: Record<string, LineDraft>, pending: readonly PendingSuggestion[]): number {
  let adopted = 0;
  for (const p of pending) {
    const line = lines[p.productId];
    if (!line || line.orderQty.trim() !== '') continue;
    line.orderQty = String(p.suggested);
    adopted += 1;
  }
  return adopted;
}
